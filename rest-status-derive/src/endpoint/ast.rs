//! A typed view of the handler: its signature, its body kept as tokens, and the parts
//! of its return type whose statuses are checked.

use proc_macro2::{Delimiter, Group, Ident, Span, TokenStream, TokenTree};
use quote::{quote, ToTokens};
use syn::parse::{Parse, ParseStream};
use syn::{Attribute, GenericArgument, PathArguments, ReturnType, Signature, Type, Visibility};

/// A fn with a body. Only the signature is parsed: the body is kept as the tokens the
/// user wrote, which is cheaper than a syntax tree (the macro runs once per handler,
/// unoptimized in debug builds) and re-emits it exactly.
pub(crate) struct Handler {
    pub(crate) attrs: Vec<Attribute>,
    pub(crate) sig: Signature,
    /// `{ ... }`.
    pub(crate) body: Group,
}

impl Parse for Handler {
    fn parse(input: ParseStream) -> syn::Result<Handler> {
        let attrs = input.call(Attribute::parse_outer)?;
        let _: Visibility = input.parse()?;
        let sig = input.parse()?;
        let body: Group = input.parse()?;
        if body.delimiter() != Delimiter::Brace {
            return Err(syn::Error::new(body.span(), "expected the fn's body"));
        }
        Ok(Handler { attrs, sig, body })
    }
}

impl Handler {
    /// The fn as written (`item`, the tokens this was parsed from), with `checks` first
    /// in its body, after any inner attributes (`#![allow(...)]`), which must stay
    /// first. Everything before the body is passed on as the user's own tokens rather
    /// than printed again from the syntax tree.
    pub(crate) fn with_checks(self, item: TokenStream, checks: TokenStream) -> TokenStream {
        let mut tokens = self.body.stream().into_iter().peekable();
        let mut inner_attributes = TokenStream::new();
        loop {
            let is_inner = {
                let mut ahead = tokens.clone();
                matches!(ahead.next(), Some(TokenTree::Punct(p)) if p.as_char() == '#')
                    && matches!(ahead.next(), Some(TokenTree::Punct(p)) if p.as_char() == '!')
                    && matches!(ahead.next(), Some(TokenTree::Group(g)) if g.delimiter() == Delimiter::Bracket)
            };
            if !is_inner {
                break;
            }
            inner_attributes.extend(tokens.by_ref().take(3));
        }
        let mut stream = inner_attributes;
        stream.extend(checks);
        stream.extend(tokens);
        let mut body = Group::new(Delimiter::Brace, stream);
        body.set_span(self.body.span());
        // The parse ended at the body, so the body is the item's last token.
        let mut item: Vec<TokenTree> = item.into_iter().collect();
        item.pop();
        item.push(TokenTree::Group(body));
        item.into_iter().collect()
    }
}

/// A part of the return type checked on its own: the whole type, or one side of a
/// syntactic `Result<T, E>` (so each side is reported with its own name and span).
pub(crate) struct ReturnPart {
    /// `return type`, `success type` or `error type`, for the messages.
    pub(crate) role: &'static str,
    /// The type as it can be named in the check.
    pub(crate) ty: TokenStream,
    /// The type as the user wrote it, for the messages.
    pub(crate) display: String,
    /// The first and last token of the type, so an error underlines all of it.
    pub(crate) span: (Span, Span),
    pub(crate) context: Context,
}

/// Where a part's statuses can be read.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Context {
    /// In a `const` item of the body, which `cargo check` evaluates.
    Item,
    /// The type names the fn's generic parameters or `Self`, which a nested item
    /// cannot name: in an inline `const { }` block, evaluated when the handler is
    /// instantiated (`cargo build`).
    Instance,
    /// `impl Trait`: the type cannot be named at all; only `statuses(...)` can say.
    Opaque,
}

/// The first and last token of `sig`'s return type, or the fn's name without one.
pub(crate) fn return_span(sig: &Signature) -> (Span, Span) {
    match &sig.output {
        ReturnType::Type(_, ty) => first_and_last(&ty.to_token_stream(), sig.ident.span()),
        ReturnType::Default => (sig.ident.span(), sig.ident.span()),
    }
}

/// The spans of the first and last of `tokens`, so an error underlines all of them;
/// `fallback` for no tokens.
fn first_and_last(tokens: &TokenStream, fallback: Span) -> (Span, Span) {
    let mut spans = tokens.clone().into_iter().map(|token| token.span());
    let first = spans.next().unwrap_or(fallback);
    (first, spans.last().unwrap_or(first))
}

/// The parts of `sig`'s return type.
pub(crate) fn return_parts(sig: &Signature) -> Vec<ReturnPart> {
    let generics: Vec<Ident> = sig
        .generics
        .type_params()
        .map(|param| param.ident.clone())
        .chain(sig.generics.const_params().map(|param| param.ident.clone()))
        .collect();
    let ty = match &sig.output {
        ReturnType::Type(_, ty) => ty,
        ReturnType::Default => {
            // No return type: `()`, reported at the fn's name.
            let span = sig.ident.span();
            return vec![ReturnPart {
                role: "return type",
                ty: quote!(()),
                display: "()".to_owned(),
                span: (span, span),
                context: Context::Item,
            }];
        }
    };
    match result_sides(ty) {
        Some((ok, err)) => vec![
            part("success type", ok, &generics),
            part("error type", err, &generics),
        ],
        None => vec![part("return type", ty, &generics)],
    }
}

fn part(role: &'static str, ty: &Type, generics: &[Ident]) -> ReturnPart {
    let tokens = ty.to_token_stream();
    let context = if matches!(ungroup(ty), Type::ImplTrait(_)) || mentions(&tokens, &["impl"]) {
        Context::Opaque
    } else if mentions(&tokens, &["Self"])
        || tokens_mention(&tokens, &|ident| {
            generics.iter().any(|g| ident == g) || looks_like_type_parameter(ident)
        })
    {
        Context::Instance
    } else {
        Context::Item
    };
    ReturnPart {
        role,
        ty: if context == Context::Item {
            elide_lifetimes(tokens.clone())
        } else {
            tokens.clone()
        },
        display: display(&tokens),
        span: first_and_last(&tokens, Span::call_site()),
        context,
    }
}

/// `T`, `S`, `T2`: the usual names of type parameters. The macro sees a method, not
/// its impl block, so it cannot know the impl's parameters; a name like these is taken
/// for one, since an inline const can name a concrete type too (it is only checked
/// later), while a `const` item naming an impl parameter does not compile (E0401).
fn looks_like_type_parameter(ident: &Ident) -> bool {
    let name = ident.to_string();
    let mut chars = name.chars();
    chars.next().is_some_and(|c| c.is_ascii_uppercase()) && chars.all(|c| c.is_ascii_digit())
}

/// `T` and `E` of a type written `Result<T, E>` (any path ending in `Result` with two
/// type arguments: `std::result::Result`, `axum::response::Result`...). An alias with
/// one argument, like `io::Result<T>`, is checked as a whole.
fn result_sides(ty: &Type) -> Option<(&Type, &Type)> {
    let Type::Path(path) = ungroup(ty) else {
        return None;
    };
    if path.qself.is_some() {
        return None;
    }
    let last = path.path.segments.last()?;
    if last.ident != "Result" {
        return None;
    }
    let PathArguments::AngleBracketed(args) = &last.arguments else {
        return None;
    };
    let mut types = args.args.iter().map(|arg| match arg {
        GenericArgument::Type(ty) => Some(ty),
        _ => None,
    });
    match (types.next(), types.next(), types.next()) {
        (Some(Some(ok)), Some(Some(err)), None) => Some((ok, err)),
        _ => None,
    }
}

fn ungroup(mut ty: &Type) -> &Type {
    loop {
        match ty {
            Type::Group(group) => ty = &group.elem,
            Type::Paren(paren) => ty = &paren.elem,
            _ => return ty,
        }
    }
}

fn mentions(tokens: &TokenStream, names: &[&str]) -> bool {
    tokens_mention(tokens, &|ident| names.iter().any(|name| ident == name))
}

fn tokens_mention(tokens: &TokenStream, is_name: &dyn Fn(&Ident) -> bool) -> bool {
    let mut previous_is_quote = false;
    for token in tokens.clone() {
        let found = match &token {
            // `'a` is a lifetime, not the type parameter `a`.
            TokenTree::Ident(ident) => !previous_is_quote && is_name(ident),
            TokenTree::Group(group) => tokens_mention(&group.stream(), is_name),
            _ => false,
        };
        if found {
            return true;
        }
        previous_is_quote = matches!(&token, TokenTree::Punct(p) if p.as_char() == '\'');
    }
    false
}

/// The type with every lifetime but `'static` written `'_`: a `const` item in the body
/// cannot name the fn's lifetimes, and a type's statuses never depend on them.
fn elide_lifetimes(tokens: TokenStream) -> TokenStream {
    let mut previous_is_quote = false;
    tokens
        .into_iter()
        .map(|token| {
            let token = match token {
                TokenTree::Ident(ident) if previous_is_quote && ident != "static" => {
                    TokenTree::Ident(Ident::new("_", ident.span()))
                }
                TokenTree::Group(group) => {
                    let mut new = Group::new(group.delimiter(), elide_lifetimes(group.stream()));
                    new.set_span(group.span());
                    TokenTree::Group(new)
                }
                other => other,
            };
            previous_is_quote = matches!(&token, TokenTree::Punct(p) if p.as_char() == '\'');
            token
        })
        .collect()
}

/// The type as a person writes it: `Result<Ok<Invoice>, InvoiceError>`, `&'a str`,
/// `impl IntoResponse + Send`.
pub(crate) fn display(tokens: &TokenStream) -> String {
    let mut out = String::new();
    write_tokens(&mut out, tokens.clone());
    out
}

fn write_tokens(out: &mut String, tokens: TokenStream) {
    let mut previous_is_word = false;
    for token in tokens {
        match token {
            TokenTree::Ident(ident) => {
                if previous_is_word {
                    out.push(' ');
                }
                out.push_str(&ident.to_string());
                previous_is_word = true;
            }
            TokenTree::Literal(lit) => {
                if previous_is_word {
                    out.push(' ');
                }
                out.push_str(&lit.to_string());
                previous_is_word = true;
            }
            TokenTree::Punct(punct) => {
                let c = punct.as_char();
                match c {
                    ',' => out.push_str(", "),
                    ';' => out.push_str("; "),
                    '+' | '=' => {
                        out.push(' ');
                        out.push(c);
                        out.push(' ');
                    }
                    '-' if punct.spacing() == proc_macro2::Spacing::Joint => out.push_str(" -"),
                    '>' if out.ends_with(" -") => out.push_str("> "),
                    _ => out.push(c),
                }
                // `'a str`: the lifetime's name is a word after the quote.
                previous_is_word = false;
                if c == '\'' {
                    continue;
                }
            }
            TokenTree::Group(group) => {
                let (open, close) = match group.delimiter() {
                    Delimiter::Parenthesis => ("(", ")"),
                    Delimiter::Bracket => ("[", "]"),
                    Delimiter::Brace => ("{", "}"),
                    Delimiter::None => ("", ""),
                };
                if previous_is_word && group.delimiter() == Delimiter::None {
                    out.push(' ');
                }
                out.push_str(open);
                write_tokens(out, group.stream());
                out.push_str(close);
                previous_is_word = group.delimiter() == Delimiter::None;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parts(sig: &str) -> Vec<(String, String, Context)> {
        let sig: Signature = syn::parse_str(sig).unwrap();
        return_parts(&sig)
            .into_iter()
            .map(|part| (part.role.to_owned(), part.display, part.context))
            .collect()
    }

    fn one(role: &str, display: &str, context: Context) -> (String, String, Context) {
        (role.to_owned(), display.to_owned(), context)
    }

    #[test]
    fn a_result_is_checked_side_by_side() {
        assert_eq!(
            parts("fn f() -> Result<Ok<Invoice>, InvoiceError>"),
            [
                one("success type", "Ok<Invoice>", Context::Item),
                one("error type", "InvoiceError", Context::Item)
            ]
        );
        assert_eq!(
            parts("fn f() -> std::result::Result<(), crate::Error>"),
            [
                one("success type", "()", Context::Item),
                one("error type", "crate::Error", Context::Item)
            ]
        );
        // An alias with one argument is one type.
        assert_eq!(
            parts("fn f() -> io::Result<u8>"),
            [one("return type", "io::Result<u8>", Context::Item)]
        );
    }

    #[test]
    fn no_return_type_is_unit() {
        assert_eq!(parts("fn f()"), [one("return type", "()", Context::Item)]);
    }

    #[test]
    fn generics_self_and_impl_trait() {
        assert_eq!(
            parts("fn f<T: X, const N: usize>() -> Result<Ok<T>, E<N>>"),
            [
                one("success type", "Ok<T>", Context::Instance),
                one("error type", "E<N>", Context::Instance)
            ]
        );
        assert_eq!(
            parts("fn f(&self) -> Result<Self, Error>"),
            [
                one("success type", "Self", Context::Instance),
                one("error type", "Error", Context::Item)
            ]
        );
        assert_eq!(
            parts("fn f() -> impl IntoResponse + Send"),
            [one(
                "return type",
                "impl IntoResponse + Send",
                Context::Opaque
            )]
        );
        assert_eq!(
            parts("fn f<'a>(x: &'a str) -> Result<Ok<&'a str>, Error>")[0],
            one("success type", "Ok<&'a str>", Context::Item)
        );
        // A one-letter name is taken for an impl's type parameter.
        assert_eq!(
            parts("fn f(&self) -> Result<Ok<S>, Error>")[0],
            one("success type", "Ok<S>", Context::Instance)
        );
    }

    #[test]
    fn lifetimes_are_elided_for_the_check() {
        let sig: Signature = syn::parse_str("fn f<'a>() -> Ok<&'a str, &'static str>").unwrap();
        let part = &return_parts(&sig)[0];
        assert_eq!(display(&part.ty), "Ok<&'_ str, &'static str>");
    }

    #[test]
    fn display_reads_like_source() {
        let ty: Type = syn::parse_str("Box<dyn Fn(u8) -> Result<(), [u8; 4]> + Send>").unwrap();
        assert_eq!(
            display(&ty.to_token_stream()),
            "Box<dyn Fn(u8) -> Result<(), [u8; 4]> + Send>"
        );
    }
}
