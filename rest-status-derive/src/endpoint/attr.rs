//! Parsing `#[rest_endpoint(...)]`'s arguments into their syntax, before any rule is
//! applied (`valid.rs` applies them).

use proc_macro2::{Delimiter, Spacing, TokenStream, TokenTree};
use syn::parse::Parser;
use syn::punctuated::Punctuated;
use syn::{token, Expr, ExprLit, Lit, LitStr, Path, Token};

use crate::ctxt::{Attr, Ctxt};

/// The arguments as written.
pub(crate) struct Args {
    /// `method = ...`: the value, checked by `valid::method_is_known`.
    pub(crate) method: Option<Expr>,
    /// `statuses(...)`: the keyword, for spans, and the items.
    pub(crate) statuses: Option<(Path, Punctuated<Expr, Token![,]>)>,
    /// `policy = path`.
    pub(crate) policy: Option<Path>,
    /// `crate = path`: how the handler's crate names the facade.
    pub(crate) krate: Option<Path>,
    /// False when an option was written but its value could not be read, or reading
    /// stopped early: checking without it would report what the user did not mean
    /// (the default policy instead of the one written in quotes, say).
    pub(crate) complete: bool,
}

pub(crate) const KEYS: &str = "`method`, `statuses`, `policy` or `crate`";

/// Parses every argument it can, recording each problem in `cx` and going on.
pub(crate) fn parse(cx: &Ctxt, args: TokenStream) -> Args {
    if let Some(args) = usual(&args) {
        return args;
    }
    let mut method = Attr::none(cx, "method");
    let mut statuses = Attr::none(cx, "statuses");
    let mut policy = Attr::none(cx, "policy");
    let mut krate = Attr::none(cx, "crate");
    let mut complete = true;
    if let Err(error) = crate::depth::check(&args) {
        cx.syn_error(error);
        return Args {
            method: None,
            statuses: None,
            policy: None,
            krate: None,
            complete: false,
        };
    }

    let parser = syn::meta::parser(|meta| {
        if meta.path.is_ident("method") {
            // method = "GET"
            let value = crate::tokens::written_expr(meta.value()?)?;
            method.set(&meta.path, value);
        } else if meta.path.is_ident("statuses") {
            // statuses(200, 404)
            if meta.input.peek(token::Paren) {
                let content;
                syn::parenthesized!(content in meta.input);
                let list =
                    Punctuated::parse_terminated_with(&content, crate::tokens::written_expr)?;
                statuses.set(&meta.path, (meta.path.clone(), list));
            } else {
                cx.error_spanned_by(
                    &meta.path,
                    "`statuses` takes a list of status codes: `statuses(200, 404)`",
                );
                complete = false;
                skip_value(&meta)?;
            }
        } else if meta.path.is_ident("policy") {
            // policy = path::To::Policy
            match parse_path(cx, &meta, "policy = rest_status::Extended")? {
                Some(path) => policy.set(&meta.path, path),
                None => complete = false,
            }
        } else if meta.path.is_ident("crate") {
            // crate = ::path::to::rest_status
            match parse_path(cx, &meta, "crate = ::rest_status")? {
                Some(path) => krate.set(&meta.path, path),
                None => complete = false,
            }
        } else {
            let key = quote::ToTokens::to_token_stream(&meta.path).to_string();
            cx.error_spanned_by(
                &meta.path,
                format!("unknown option `{}`: expected {KEYS}", key.replace(' ', "")),
            );
            skip_value(&meta)?;
        }
        Ok(())
    });
    if let Err(error) = parser.parse2(args) {
        cx.syn_error(error);
        complete = false;
    }

    Args {
        method: method.get(),
        statuses: statuses.get(),
        policy: policy.get(),
        krate: krate.get(),
        complete,
    }
}

/// The usual arguments, read without syn's parser: `method = "..."` first, then any of
/// `statuses(...)` of integer literals, `policy = path` and `crate = path` with plain
/// paths (`crate::ApiPolicy`, `::rest_status`), each once. The macro runs once per
/// handler, unoptimized in a debug build, and syn's parser was a third of its time on
/// a handler with `statuses(...)`, and a quarter with `policy = ...`. What they say is
/// checked later, as for any other arguments; anything else (an option twice, a path
/// with generics, a value of another kind) takes the full parser, with its errors.
fn usual(args: &TokenStream) -> Option<Args> {
    let tokens: Vec<TokenTree> = args.clone().into_iter().collect();
    let (method, mut rest) = match &tokens[..] {
        [TokenTree::Ident(key), TokenTree::Punct(eq), TokenTree::Literal(value), rest @ ..]
            if eq.as_char() == '=' && key == "method" =>
        {
            (value, rest)
        }
        _ => return None,
    };
    let Lit::Str(method) = Lit::new(method.clone()) else {
        return None;
    };
    let mut statuses = None;
    let mut policy = None;
    let mut krate = None;
    while !rest.is_empty() {
        let [TokenTree::Punct(comma), TokenTree::Ident(key), after @ ..] = rest else {
            return None;
        };
        if comma.as_char() != ',' {
            return None;
        }
        // One string: comparing an `Ident` to a `str` makes one each time.
        let name = key.to_string();
        rest = match after {
            [TokenTree::Group(list), after @ ..]
                if name == "statuses"
                    && statuses.is_none()
                    && list.delimiter() == Delimiter::Parenthesis =>
            {
                statuses = Some((Path::from(key.clone()), integer_list(list.stream())?));
                after
            }
            [TokenTree::Punct(eq), after @ ..]
                if eq.as_char() == '=' && eq.spacing() == Spacing::Alone =>
            {
                let slot = match name.as_str() {
                    "policy" => &mut policy,
                    "crate" => &mut krate,
                    _ => return None,
                };
                if slot.is_some() {
                    return None;
                }
                let (path, after) = plain_path(after)?;
                *slot = Some(path);
                after
            }
            _ => return None,
        };
    }
    Some(Args {
        method: Some(Expr::Lit(ExprLit {
            attrs: Vec::new(),
            lit: Lit::Str(method),
        })),
        statuses,
        policy,
        krate,
        complete: true,
    })
}

/// A path of identifiers at the start of `tokens`, `::` before it or not
/// (`crate::ApiPolicy`, `::rest_status`), up to a comma or the end, and the tokens
/// after it; `None` for anything else (generics, a keyword that syn would refuse),
/// which syn then reads.
fn plain_path(mut tokens: &[TokenTree]) -> Option<(Path, &[TokenTree])> {
    let mut path = Path {
        leading_colon: None,
        segments: Punctuated::new(),
    };
    loop {
        let separator = match tokens {
            [TokenTree::Punct(first), TokenTree::Punct(second), after @ ..]
                if first.as_char() == ':'
                    && first.spacing() == Spacing::Joint
                    && second.as_char() == ':' =>
            {
                tokens = after;
                Some(Token![::]([first.span(), second.span()]))
            }
            _ => None,
        };
        match (separator, path.segments.is_empty()) {
            (Some(separator), true) => path.leading_colon = Some(separator),
            (Some(separator), false) => path.segments.push_punct(separator),
            (None, true) => {}
            (None, false) => break,
        }
        let [TokenTree::Ident(ident), after @ ..] = tokens else {
            return None;
        };
        // One string per segment: comparing an `Ident` to a `str` makes one each time.
        if is_keyword(&ident.to_string()) {
            return None;
        }
        path.segments.push_value(ident.clone().into());
        tokens = after;
    }
    match tokens.first() {
        None => Some((path, tokens)),
        Some(TokenTree::Punct(comma)) if comma.as_char() == ',' => Some((path, tokens)),
        Some(_) => None,
    }
}

/// Whether `word` is a keyword that is no path segment: all of them but `crate`,
/// `self`, `super` and `Self`. A `match`, not a search of a list: the macro runs
/// unoptimized in a debug build.
fn is_keyword(word: &str) -> bool {
    matches!(
        word,
        "abstract"
            | "as"
            | "async"
            | "await"
            | "become"
            | "box"
            | "break"
            | "const"
            | "continue"
            | "do"
            | "dyn"
            | "else"
            | "enum"
            | "extern"
            | "false"
            | "final"
            | "fn"
            | "for"
            | "gen"
            | "if"
            | "impl"
            | "in"
            | "let"
            | "loop"
            | "macro"
            | "match"
            | "mod"
            | "move"
            | "mut"
            | "override"
            | "priv"
            | "pub"
            | "ref"
            | "return"
            | "static"
            | "struct"
            | "trait"
            | "true"
            | "try"
            | "type"
            | "typeof"
            | "unsafe"
            | "unsized"
            | "use"
            | "virtual"
            | "where"
    )
}

/// `200, 404`: integer literals separated by commas, a trailing one allowed; `None`
/// for anything else, which syn then reads (and reports, if it is wrong).
fn integer_list(list: TokenStream) -> Option<Punctuated<Expr, Token![,]>> {
    let mut items = Punctuated::new();
    let mut tokens = list.into_iter();
    while let Some(token) = tokens.next() {
        let TokenTree::Literal(literal) = token else {
            return None;
        };
        let Lit::Int(lit) = Lit::new(literal) else {
            return None;
        };
        items.push_value(Expr::Lit(ExprLit {
            attrs: Vec::new(),
            lit: Lit::Int(lit),
        }));
        match tokens.next() {
            None => break,
            Some(TokenTree::Punct(comma)) if comma.as_char() == ',' => {
                items.push_punct(Token![,](comma.span()));
            }
            Some(_) => return None,
        }
    }
    Some(items)
}

/// `key = path`; a quoted path is an error that shows the unquoted form.
fn parse_path(
    cx: &Ctxt,
    meta: &syn::meta::ParseNestedMeta,
    example: &str,
) -> syn::Result<Option<Path>> {
    let value = meta.value()?;
    if value.peek(LitStr) {
        let lit: LitStr = value.parse()?;
        cx.error_spanned_by(
            &lit,
            format!("expected a path, not a string: write it without quotes, e.g. `{example}`"),
        );
        return Ok(None);
    }
    value.parse().map(Some)
}

/// Steps over the value of an option that could not be used, so the options after it
/// are still read: `= expr` or `(...)`.
fn skip_value(meta: &syn::meta::ParseNestedMeta) -> syn::Result<()> {
    if meta.input.peek(Token![=]) {
        meta.value()?.parse::<Expr>()?;
    } else if meta.input.peek(token::Paren) {
        meta.input.parse::<TokenTree>()?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use quote::{quote, ToTokens};

    /// What syn's parser makes of `args`, for comparison with the shortcut.
    fn by_syn(args: TokenStream) -> String {
        let cx = Ctxt::new();
        let mut method = None;
        let parser = syn::meta::parser(|meta| {
            method = Some(meta.value()?.parse::<Expr>()?);
            Ok(())
        });
        parser.parse2(args).unwrap();
        assert!(cx.check().is_ok());
        method.unwrap().to_token_stream().to_string()
    }

    #[test]
    fn usual_arguments_read_as_syn_reads_them() {
        for args in [quote!(method = "DELETE"), quote!(method = "get")] {
            let cx = Ctxt::new();
            let read = parse(&cx, args.clone());
            assert!(cx.check().is_ok());
            assert!(read.complete && read.statuses.is_none() && read.policy.is_none());
            let method = read.method.unwrap().to_token_stream().to_string();
            assert_eq!(method, by_syn(args));
        }
        // Paths: what syn reads, the same tokens and spans.
        for args in [
            quote!(method = "GET", policy = crate::ApiPolicy),
            quote!(method = "GET", policy = Strict, crate = ::rest_status),
            quote!(
                method = "GET",
                crate = my::rest_status,
                statuses(200),
                policy = self::P
            ),
            quote!(method = "GET", policy = r#type::P),
            quote!(method = "GET", policy = super::super::Q),
        ] {
            let fast = usual(&args).expect("read without syn");
            let mut by_syn = (None, None);
            let parser = syn::meta::parser(|meta| {
                if meta.path.is_ident("policy") {
                    by_syn.0 = Some(meta.value()?.parse::<Path>()?);
                } else if meta.path.is_ident("crate") {
                    by_syn.1 = Some(meta.value()?.parse::<Path>()?);
                } else if meta.path.is_ident("statuses") {
                    meta.input.parse::<TokenTree>()?;
                } else {
                    meta.value()?.parse::<Expr>()?;
                }
                Ok(())
            });
            parser.parse2(args.clone()).unwrap();
            let text = |path: Option<Path>| path.map(|path| path.to_token_stream().to_string());
            assert_eq!(text(fast.policy), text(by_syn.0), "{args}");
            assert_eq!(text(fast.krate), text(by_syn.1), "{args}");
        }
        // Anything else takes the full parser.
        for args in [
            quote!(method = 1),
            quote!(methods = "GET"),
            quote!(policy = P, method = "GET"),
            quote!(method = "GET", statuses("200")),
            quote!(method = "GET", statuses(200 404)),
            quote!(method = "GET", statuses(200), statuses(404)),
            quote!(method = "GET", policy = P, policy = Q),
            quote!(method = "GET", policy = "Strict"),
            quote!(method = "GET", policy = P<u8>),
            quote!(method = "GET", policy = <P as Q>::R),
            quote!(method = "GET", policy = fn),
            quote!(method = "GET", policy = a::),
            quote!(method = "GET", policy = P Q),
            quote!(method = "GET", policy = P,),
            quote!(method = "GET", policy == P),
            quote!(method = "GET", policy),
            quote!(method = "GET", policies = P),
            quote!(method = "GET"; policy = P),
        ] {
            assert!(usual(&args).is_none(), "{args}");
        }
    }

    #[test]
    fn statuses_read_as_syn_reads_them() {
        for args in [
            quote!(method = "GET", statuses(200, 404)),
            quote!(method = "GET", statuses(200,)),
            quote!(method = "GET", statuses()),
            quote!(method = "GET", statuses(0x1F4, 404u16)),
        ] {
            let fast = usual(&args).expect("read without syn");
            let cx = Ctxt::new();
            let mut by_syn = Vec::new();
            let parser = syn::meta::parser(|meta| {
                if meta.path.is_ident("statuses") {
                    let content;
                    syn::parenthesized!(content in meta.input);
                    by_syn = Punctuated::<Expr, Token![,]>::parse_terminated(&content)?
                        .into_iter()
                        .map(|e| e.to_token_stream().to_string())
                        .collect();
                } else {
                    meta.value()?.parse::<Expr>()?;
                }
                Ok(())
            });
            parser.parse2(args.clone()).unwrap();
            assert!(cx.check().is_ok());
            let (keyword, list) = fast.statuses.unwrap();
            assert!(keyword.is_ident("statuses"));
            let fast: Vec<String> = list
                .iter()
                .map(|e| e.to_token_stream().to_string())
                .collect();
            assert_eq!(fast, by_syn, "{args}");
        }
    }
}
