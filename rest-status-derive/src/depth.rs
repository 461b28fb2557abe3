//! How deep the input nests, checked before syn parses it.
//!
//! syn parses by recursion, and a proc macro runs on the compiler's stack: a type
//! nested a couple of hundred levels deep, which rustc itself parses, would overflow
//! that stack and crash the compiler instead of failing with an error. Input nested
//! deeper than [`LIMIT`], or with a chain longer than [`RUN_LIMIT`] tokens, is a compile
//! error at the token that goes past it.

use proc_macro2::{Spacing, TokenStream, TokenTree};

/// The deepest nesting the macros parse. Real code stays far below it; a build of the
/// compiler with its usual 8 MiB stack crashed at about 170 levels of generics in a
/// handler's return type before this check.
pub(crate) const LIMIT: usize = 64;

/// The most tokens in a row, at one level, without a `,` or `;`. syn also recurses
/// along chains that open no group (`x = x = ...`, `return return ...`); a type or
/// an expression in real code is a few dozen tokens.
pub(crate) const RUN_LIMIT: usize = 384;

/// An error at the first token of `tokens` nested deeper than [`LIMIT`] levels. A level
/// is what syn parses by recursion: a group, an unclosed `<` of generics, a `->`, or
/// one prefix of a run like `&&*!-` (`&'a mut` counts as one).
pub(crate) fn check(tokens: &TokenStream) -> syn::Result<()> {
    check_from(tokens.clone(), 0)
}

/// [`check`] of tokens already taken apart, which putting together again would cost a
/// round trip to the compiler.
pub(crate) fn check_trees(tokens: &[TokenTree]) -> syn::Result<()> {
    check_from(tokens.iter().cloned(), 0)
}

fn check_from(tokens: impl IntoIterator<Item = TokenTree>, outer: usize) -> syn::Result<()> {
    let mut angles = 0;
    let mut arrows = 0;
    let mut prefixes = 0;
    let mut run = 0;
    // The previous token, when a punctuation joined to this one (`-` of `->`).
    let mut joined: Option<char> = None;
    for token in tokens {
        let mut next_joined = None;
        match &token {
            TokenTree::Punct(punct) => {
                let c = punct.as_char();
                match (joined, c) {
                    (Some('-'), '>') => {
                        arrows += 1;
                        prefixes -= 1; // the `-` was no prefix after all
                    }
                    (Some('='), '>') | (_, '\'') => {}
                    (_, '<') => angles += 1,
                    (_, '>') => angles = usize::saturating_sub(angles, 1),
                    (_, '&' | '*' | '!' | '-' | '|') => prefixes += 1,
                    // The end of one type or expression: the next starts afresh.
                    (_, ',' | ';') => {
                        arrows = 0;
                        prefixes = 0;
                        run = 0;
                    }
                    _ => prefixes = 0,
                }
                if punct.spacing() == Spacing::Joint {
                    next_joined = Some(c);
                }
            }
            // `&'a mut dyn`, `*const impl`: still the same prefix. Only a word after a
            // prefix is read: reading one makes a string of it, the macros' most
            // frequent cost here.
            TokenTree::Ident(ident)
                if prefixes == 0
                    || joined == Some('\'')
                    || matches!(ident.to_string().as_str(), "mut" | "const" | "dyn" | "impl") => {}
            TokenTree::Ident(_) | TokenTree::Literal(_) => prefixes = 0,
            TokenTree::Group(group) => {
                let inner = outer + angles + arrows + prefixes + 1;
                if inner > LIMIT {
                    return Err(too_deep(group.span_open()));
                }
                check_from(group.stream(), inner)?;
                prefixes = 0;
            }
        }
        joined = next_joined;
        run += 1;
        if outer + angles + arrows + prefixes > LIMIT || run > RUN_LIMIT {
            return Err(too_deep(token.span()));
        }
    }
    Ok(())
}

fn too_deep(span: proc_macro2::Span) -> syn::Error {
    syn::Error::new(
        span,
        format!(
            "nested more than {LIMIT} levels deep, or more than {RUN_LIMIT} tokens without a `,` or `;`: the macro stops here rather than overflow the compiler's stack\nhelp: name the inner part with a type alias outside the macro's input"
        ),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn depth_ok(text: &str) -> bool {
        check(&text.parse().unwrap()).is_ok()
    }

    fn nested(open: &str, inner: &str, close: &str, depth: usize) -> String {
        format!("{}{inner}{}", open.repeat(depth), close.repeat(depth))
    }

    #[test]
    fn groups_generics_prefixes_and_arrows_are_levels() {
        for (open, close) in [
            ("(", ")"),
            ("[", "]"),
            ("Option<", ">"),
            ("&'a mut ", ""),
            ("fn() -> ", ""),
        ] {
            assert!(depth_ok(&nested(open, "T", close, LIMIT)), "{open}");
            assert!(!depth_ok(&nested(open, "T", close, LIMIT + 1)), "{open}");
        }
    }

    #[test]
    fn siblings_do_not_add_up() {
        let wide = ["&A", "Vec<&B>", "fn() -> u8", "(C)"]
            .repeat(100)
            .join(", ");
        assert!(depth_ok(&format!("fn f({wide}) -> Result<A, B> {{}}")));
        assert!(depth_ok(&"a >= b && c <= d || !e => f;".repeat(100)));
        let enum_body = "A(&'static str), B { x: Vec<Option<u8>> },".repeat(100);
        assert!(depth_ok(&format!("enum E {{ {enum_body} }}")));
    }

    #[test]
    fn long_chains_without_a_separator_are_refused() {
        for link in ["x = ", "return ", "move || ", "a::"] {
            assert!(depth_ok(&format!("{}x", link.repeat(50))), "{link}");
            assert!(!depth_ok(&format!("{}x", link.repeat(1000))), "{link}");
        }
        // A separator starts the count again.
        assert!(depth_ok(&"a = b, ".repeat(1000)));
    }

    #[test]
    fn the_error_points_at_the_token_past_the_limit() {
        let error = check(&nested("(", "T", ")", 1000).parse().unwrap()).unwrap_err();
        assert!(
            error
                .to_string()
                .starts_with("nested more than 64 levels deep"),
            "{error}"
        );
    }
}
