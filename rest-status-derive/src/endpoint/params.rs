//! The handler's parameters whose extractors may reject a request: every parameter
//! with a type the check can name, probed in const evaluation for
//! `rest_status::Rejections` (a parameter whose type does not implement it, such as
//! `State<S>`, adds nothing).
//!
//! The type system answers, not the parameter's name, so `use axum::Json as J` is
//! still axum's `Json`, and a type of one's own named `Json` is not. Left out: the
//! receiver (`self`), `impl Trait` parameters (an extractor is a named type), types
//! that name the fn's generic parameters or `Self`, which a `const` item cannot name,
//! and types that are no extractor by how they are written (`no_extractor`), which
//! would each cost the build a probe for nothing.

use proc_macro2::{Delimiter, Spacing, TokenStream, TokenTree};

use super::ast::{self, Placement, ReturnPart};

/// The parameters of `params` (the tokens between a fn's parentheses) that the check
/// probes, each with `role` `parameter`.
pub(crate) fn extractors(params: TokenStream, generics: &[String]) -> Vec<ReturnPart> {
    split_commas(params)
        .into_iter()
        .filter_map(|param| parameter_type(&param))
        .filter(|ty| !no_extractor(ty))
        .map(|ty| ast::part("parameter", ty, generics))
        .filter(|part| part.placement == Placement::Item)
        .collect()
}

/// The tokens of each parameter: split at the commas outside any `<...>` (groups
/// hold their own commas).
fn split_commas(params: TokenStream) -> Vec<Vec<TokenTree>> {
    let mut all = vec![Vec::new()];
    let mut depth = 0i32;
    let mut previous_joint_dash = false;
    for token in params {
        if let TokenTree::Punct(punct) = &token {
            match punct.as_char() {
                ',' if depth == 0 => {
                    all.push(Vec::new());
                    previous_joint_dash = false;
                    continue;
                }
                '<' => depth += 1,
                // Not the end of `->`.
                '>' if !previous_joint_dash => depth -= 1,
                _ => {}
            }
            previous_joint_dash = punct.as_char() == '-' && punct.spacing() == Spacing::Joint;
        } else {
            previous_joint_dash = false;
        }
        if let Some(last) = all.last_mut() {
            last.push(token);
        }
    }
    all.retain(|param| !param.is_empty());
    all
}

/// The type of `pattern: Type`, after any attributes; `None` for a receiver or a
/// parameter without a type.
fn parameter_type(param: &[TokenTree]) -> Option<Vec<TokenTree>> {
    let mut i = 0;
    // #[attribute]
    while matches!(param.get(i), Some(TokenTree::Punct(p)) if p.as_char() == '#')
        && matches!(param.get(i + 1), Some(TokenTree::Group(g)) if g.delimiter() == Delimiter::Bracket)
    {
        i += 2;
    }
    let rest = &param[i..];
    let mut depth = 0i32;
    for (at, token) in rest.iter().enumerate() {
        let TokenTree::Punct(punct) = token else {
            continue;
        };
        match punct.as_char() {
            '<' => depth += 1,
            '>' => depth -= 1,
            ':' if depth == 0 => {
                // One `:`, not half of a path's `::`.
                let joined_after = punct.spacing() == Spacing::Joint;
                let joined_before = at > 0
                    && matches!(&rest[at - 1], TokenTree::Punct(p) if p.as_char() == ':' && p.spacing() == Spacing::Joint);
                if joined_after || joined_before {
                    continue;
                }
                let pattern = &rest[..at];
                if is_receiver(pattern) {
                    return None;
                }
                let ty = rest[at + 1..].to_vec();
                return (!ty.is_empty()).then_some(ty);
            }
            _ => {}
        }
    }
    None
}

/// Whether `ty` is written as a type that is no extractor with known rejections: a
/// reference or pointer (extractors are taken by value), a tuple, array or slice, a
/// primitive (`u64`, `bool`, `str`), a fn pointer or a trait object. `Rejections` is
/// implemented for none of them, and the orphan rules keep a crate from implementing
/// it for any but a reference to a type of its own, which no framework takes as an
/// extractor.
fn no_extractor(ty: &[TokenTree]) -> bool {
    match ty {
        [TokenTree::Punct(punct), ..] => matches!(punct.as_char(), '&' | '*' | '!'),
        [TokenTree::Group(group)] => match group.delimiter() {
            Delimiter::Bracket => true,
            // `()` and `(A, B)`; `(Json<T>)` is `Json<T>`.
            Delimiter::Parenthesis => {
                let inner = group.stream();
                inner.is_empty() || split_commas(inner).len() > 1
            }
            _ => false,
        },
        // One string for the word: comparing an `Ident` to a `str` makes one each
        // time; and a `match`, not a search of a list, since the macro runs
        // unoptimized in a debug build.
        [TokenTree::Ident(ident)] => matches!(
            ident.to_string().as_str(),
            "bool"
                | "char"
                | "str"
                | "u8"
                | "u16"
                | "u32"
                | "u64"
                | "u128"
                | "usize"
                | "i8"
                | "i16"
                | "i32"
                | "i64"
                | "i128"
                | "isize"
                | "f32"
                | "f64"
        ),
        [TokenTree::Ident(ident), ..] => matches!(
            ident.to_string().as_str(),
            "dyn" | "fn" | "unsafe" | "extern"
        ),
        _ => false,
    }
}

/// `self`, `mut self`, `&self`, `&'a mut self` (before `: Box<Self>`).
fn is_receiver(pattern: &[TokenTree]) -> bool {
    matches!(pattern.last(), Some(TokenTree::Ident(ident)) if ident == "self")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn types(params: &str) -> Vec<String> {
        let params: TokenStream = params.parse().expect("valid tokens");
        extractors(params, &["T".to_owned()])
            .into_iter()
            .map(|part| part.display)
            .collect()
    }

    #[test]
    fn each_parameter_type_as_written() {
        assert_eq!(
            types(
                "State(db): State<Db>, Path(id): Path<u64>, Query(page): Query<Page>, Json(new): Json<NewItem>"
            ),
            ["State<Db>", "Path<u64>", "Query<Page>", "Json<NewItem>"]
        );
        assert_eq!(
            types("Path((a, b)): axum::extract::Path<(u32, HashMap<String, u8>)>,"),
            ["axum::extract::Path<(u32, HashMap<String, u8>)>"]
        );
        assert_eq!(
            types("#[allow(unused)] body: web::Json<Item>, mut form: Form<Filter>"),
            ["web::Json<Item>", "Form<Filter>"]
        );
        assert_eq!(
            types("Item { id, name: _ }: Item, axum::Json(x): Wrap<fn(u8) -> u8>"),
            ["Item", "Wrap<fn(u8) -> u8>"]
        );
    }

    #[test]
    fn receivers_generics_and_impl_trait_are_left_out() {
        assert_eq!(
            types("&self, x: Json<T>, y: impl Into<u8>, z: Json<Item>"),
            ["Json<Item>"]
        );
        assert_eq!(types("self: Box<Self>, mut self"), [] as [&str; 0]);
        assert_eq!(types("&'a mut self"), [] as [&str; 0]);
        assert_eq!(types(""), [] as [&str; 0]);
    }

    #[test]
    fn lifetimes_are_elided_for_the_check() {
        let params: TokenStream = "req: Wrap<'a, HttpRequest>".parse().unwrap();
        let parts = extractors(params, &[]);
        assert_eq!(
            crate::tokens::display(&parts[0].ty.0),
            "Wrap<'_, HttpRequest>"
        );
    }

    #[test]
    fn types_that_are_no_extractor_are_left_out() {
        assert_eq!(
            types(
                "id: u64, user: &str, req: &'a HttpRequest, raw: *const u8, pair: (u8, Json<Item>), \
                 unit: (), list: [u8; 4], slice: &[u8], f: fn(u8) -> u8, d: Box<dyn Fn()>, \
                 flag: bool, text: String, json: (Json<Item>), path: std::primitive::u64"
            ),
            ["Box<dyn Fn()>", "String", "(Json<Item>)", "std::primitive::u64"]
        );
    }
}
