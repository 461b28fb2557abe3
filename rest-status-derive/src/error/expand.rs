//! The impls of `Statuses` and `RestError` for valid input.
//!
//! Written as [`SourceText`], which the compiler lexes in one go, with the
//! user's own tokens put in where an error may point at them: the type, its generics
//! and where clause, the `crate` path, and each interpolated message's bindings and
//! `format_args!`, spanned at the message so that a field without `Display` is reported
//! there.

use std::fmt::Write as _;

use proc_macro2::{Delimiter, Group, Literal, Punct, Spacing, Span, TokenStream, TokenTree};
use quote::ToTokens;
use rest_status_core::__private::derive::{body_prefix, constant_body, http_constant};
use rest_status_core::__private::endpoint::words;
use rest_status_core::{reason_phrase, StatusSet};
use syn::ext::IdentExt as _;
use syn::{parse_quote, Ident, Member, WhereClause, WherePredicate};

use super::ast::{Case, Input};
use super::attr::{Format, MessageOption};
use super::case::default_code;
use super::template::FieldRef;
use crate::tokens::{extend_punct, SourceText, Trees};

/// The name the expansion gives `rest_status::__private` in its block: every path goes
/// through it, fewer tokens for the macro to write and for rustc to resolve.
const PRIVATE: &str = "__rest_status_private";

pub(crate) fn derive(input: &Input) -> TokenStream {
    let private = Ident::new(PRIVATE, Span::call_site());
    let cases: Vec<Resolved> = input
        .cases
        .iter()
        .filter_map(|case| Resolved::new(input, case, &private))
        .collect();

    let bounds = display_bounds(input, &cases, &private);
    let mut rest_generics;
    let mut rest_where_clause = input.original.generics.where_clause.as_ref();
    if !bounds.is_empty() {
        rest_generics = input.original.generics.clone();
        rest_generics.make_where_clause().predicates.extend(bounds);
        rest_where_clause = rest_generics.where_clause.as_ref();
    }

    let mut out = SourceText::default();
    out.push("#[doc(hidden)] const _: () = ");
    out.group(Delimiter::Brace, |out| {
        match &input.krate {
            Some(path) => {
                out.push("use ");
                out.tokens(path);
                let _ = write!(out, "::__private as {PRIVATE};");
            }
            None => {
                let _ = write!(out, "use ::rest_status::__private as {PRIVATE};");
            }
        }

        impl_header(out, input, "Statuses", input.original.generics.where_clause.as_ref());
        out.group(Delimiter::Brace, |out| {
            // The set as its bits, computed here: `StatusSet::of(&[...])` would cost the
            // compiler an array to borrow and a loop to evaluate.
            let set = cases
                .iter()
                .map(|case| case.status)
                .filter(|status| StatusSet::in_range(*status))
                .fold(StatusSet::EMPTY, StatusSet::with);
            let _ = write!(
                out,
                "const STATUSES: {PRIVATE}::StatusSet = {PRIVATE}::derive::status_set(["
            );
            for (i, word) in words(set).iter().enumerate() {
                let comma = if i == 0 { "" } else { "," };
                let _ = write!(out, "{comma}{word:#x}");
            }
            let _ = write!(
                out,
                "]); const SOURCES: &'static [{PRIVATE}::StatusSource] = &["
            );
            for case in &cases {
                let _ = write!(out, "{PRIVATE}::StatusSource {{ status: {}u16, name:", case.status);
                out.string(&case.case.ident.unraw().to_string()).push(" },");
            }
            out.push("];");
        });

        impl_header(out, input, "derive::RestError", rest_where_clause);
        out.group(Delimiter::Brace, |out| {
            let _ = write!(out, "fn status(&self) -> {PRIVATE}::http::StatusCode");
            out.group(Delimiter::Brace, |out| {
                dispatch(out, input, &cases, false, |case, out| {
                    let _ = match http_constant(case.status) {
                        Some(name) => write!(out, "{PRIVATE}::http::StatusCode::{name}"),
                        None => write!(
                            out,
                            "const {{ {PRIVATE}::derive::status_code({}u16) }}",
                            case.status
                        ),
                    };
                });
            });

            let _ = write!(
                out,
                "fn code(&self) -> &'static {PRIVATE}::core::primitive::str"
            );
            out.group(Delimiter::Brace, |out| {
                dispatch(out, input, &cases, false, |case, out| {
                    out.string(&case.code);
                });
            });

            // Method calls, not paths through the alias: `write_str` and `write_fmt` are
            // `Formatter`'s inherent methods, which no trait in the user's scope can
            // shadow, and a method call costs the compiler less to resolve than the path.
            let _ = write!(
                out,
                "fn fmt_message(&self, __formatter: &mut {PRIVATE}::core::fmt::Formatter<'_>,) -> {PRIVATE}::core::fmt::Result"
            );
            out.group(Delimiter::Brace, |out| {
                dispatch(out, input, &cases, true, |case, out| match &case.message {
                    Body::Fixed(text) => {
                        out.push("__formatter.write_str(").string(text).push(")");
                    }
                    Body::Template { call, .. } => {
                        let mut trees = Trees::default();
                        trees.0.push(TokenTree::Ident(Ident::new("__formatter", Span::call_site())));
                        extend_punct(&mut trees.0, ".", Span::call_site());
                        trees.0.push(TokenTree::Ident(Ident::new("write_fmt", Span::call_site())));
                        trees.0.push(TokenTree::Group(call.clone()));
                        out.tokens(&trees);
                    }
                });
            });

            // One call, its bytes chosen by a `match` whose arms are literals: the whole
            // body when the message is constant, its start when it interpolates
            // (`write_body`).
            let _ = write!(
                out,
                "fn write_json(&self, __out: &mut {PRIVATE}::derive::Vec<{PRIVATE}::core::primitive::u8>)"
            );
            out.group(Delimiter::Brace, |out| {
                let bodies = |out: &mut SourceText| {
                    dispatch(out, input, &cases, false, |case, out| {
                        let body = match &case.message {
                            Body::Fixed(text) => constant_body(&case.code, text),
                            Body::Template { .. } => body_prefix(&case.code),
                        };
                        out.string(&body);
                    });
                };
                if cases.is_empty() {
                    // `match *self {}`: an enum without variants has no body to write,
                    // and a call around the match would be unreachable.
                    bodies(out);
                } else {
                    let _ = write!(out, "{PRIVATE}::derive::write_body");
                    out.group(Delimiter::Parenthesis, |out| {
                        out.push("__out, self, ");
                        bodies(out);
                    });
                }
            });

            if let Some(Format::Problem) = input.format {
                let _ = write!(
                    out,
                    "const FORMAT: {PRIVATE}::derive::BodyFormat = {PRIVATE}::derive::BodyFormat::Problem;"
                );
            }
        });

        let predicates: Vec<&WherePredicate> = rest_where_clause
            .iter()
            .flat_map(|clause| &clause.predicates)
            .collect();
        macro_call(out, input, &predicates, |out| {
            // `(status, "code", "message")` per case, the message as written: what the
            // OpenAPI responses show.
            out.push("responses");
            out.group(Delimiter::Brace, |out| {
                for case in &cases {
                    let message = match &case.message {
                        Body::Fixed(text) => text.clone(),
                        Body::Template { message, .. } => message.original.value(),
                    };
                    let _ = write!(out, "({}u16,", case.status);
                    out.string(&case.code).push(",").string(&message).push("),");
                }
            });
        });
    });
    // A token, not text: after the block, which holds the user's tokens, text would
    // be lexed on its own.
    out.tokens(&Punct::new(';', Spacing::Alone));
    out.into_tokens()
}

/// `#[automatically_derived] impl<T> path::Trait for Type<T> where ...`, the generics,
/// the type and the where clause the user's tokens.
fn impl_header(out: &mut SourceText, input: &Input, tr: &str, where_clause: Option<&WhereClause>) {
    let generics = &input.original.generics;
    let (impl_generics, ty_generics, _) = generics.split_for_impl();
    // `deprecated`: the user's type may be; its impls are not a use.
    out.push("#[automatically_derived] #[allow(deprecated)] impl");
    if !generics.params.is_empty() {
        out.tokens(&impl_generics);
    }
    let _ = write!(out, " {PRIVATE}::{tr} for ");
    out.tokens(&input.original.ident);
    if !generics.params.is_empty() {
        out.tokens(&ty_generics);
    }
    if let Some(clause) = where_clause.filter(|clause| !clause.predicates.is_empty()) {
        out.tokens(clause);
    }
}

/// `alias::__rest_status_integrations! { impl {<T>} for {Type<T>} where {T: Bound,} ... }`,
/// `rest` writing the `...`.
fn macro_call(
    out: &mut SourceText,
    input: &Input,
    predicates: &[&WherePredicate],
    rest: impl FnOnce(&mut SourceText),
) {
    let generics = &input.original.generics;
    let (impl_generics, ty_generics, _) = generics.split_for_impl();
    let _ = write!(out, "{PRIVATE}::__rest_status_integrations!");
    out.group(Delimiter::Brace, |out| {
        // Trees, the user's tokens in three of the four groups: text would be lexed
        // around each of them.
        let word = |word: &str| TokenTree::Ident(Ident::new(word, Span::call_site()));
        let group = |tokens: TokenStream| TokenTree::Group(Group::new(Delimiter::Brace, tokens));
        let has_params = !generics.params.is_empty();
        let mut ty = input.original.ident.to_token_stream();
        let mut impl_tokens = TokenStream::new();
        if has_params {
            impl_generics.to_tokens(&mut impl_tokens);
            ty_generics.to_tokens(&mut ty);
        }
        let mut bounds = TokenStream::new();
        for predicate in predicates {
            predicate.to_tokens(&mut bounds);
            bounds.extend([TokenTree::Punct(Punct::new(',', Spacing::Alone))]);
        }
        out.tokens(&Trees(vec![
            word("impl"),
            group(impl_tokens),
            word("for"),
            group(ty),
            word("where"),
            group(bounds),
        ]));
        rest(out);
    });
}

/// A case with its defaults filled in.
struct Resolved<'a> {
    case: &'a Case<'a>,
    status: u16,
    code: String,
    message: Body<'a>,
}

enum Body<'a> {
    /// Known while expanding: the body is a constant.
    Fixed(String),
    /// Interpolates fields (only a 4xx).
    Template {
        message: &'a MessageOption,
        /// `{ id: __field_id, .. }`: the pattern that binds what the message
        /// interpolates.
        pattern: Group,
        /// `(alias::core::format_args!("...", __field_id))`: the arguments of the
        /// `write_fmt` that writes it.
        call: Group,
    },
}

impl<'a> Resolved<'a> {
    /// `None` only for input that `valid.rs` refused, which never reaches here.
    fn new(input: &'a Input, case: &'a Case<'a>, private: &Ident) -> Option<Resolved<'a>> {
        let status = case.status(input)?.error_status()?;
        let code = match &case.options.code {
            Some(code) => code.value.clone(),
            None => default_code(case.ident, status),
        };
        let message = match &case.options.message {
            Some(message) => match message.template.text() {
                Some(text) => Body::Fixed(text),
                None => {
                    let (pattern, call) = bindings(case, message, private);
                    Body::Template {
                        message,
                        pattern,
                        call,
                    }
                }
            },
            None => Body::Fixed(reason_phrase(status)?.to_owned()),
        };
        Some(Resolved {
            case,
            status,
            code,
            message,
        })
    }
}

/// The pattern that binds what `message` interpolates, and the `format_args!` that
/// writes it. Spanned at the message, so that a field without `Display` is reported
/// there; built tree by tree, each group one round trip to the compiler.
fn bindings(case: &Case, message: &MessageOption, private: &Ident) -> (Group, Group) {
    let span = message.original.span();
    let binding = |field: &FieldRef| {
        let name = match field {
            FieldRef::Named(name) => format!("__field_{name}"),
            FieldRef::Position(index) => format!("__field_{index}"),
        };
        TokenTree::Ident(Ident::new(&name, span))
    };
    let punct = |c: char| {
        let mut punct = Punct::new(c, Spacing::Alone);
        punct.set_span(span);
        TokenTree::Punct(punct)
    };
    let mut pattern = TokenStream::new();
    let mut bound: Vec<&FieldRef> = Vec::new();
    for field in message.template.fields() {
        if bound.contains(&field) {
            continue;
        }
        bound.push(field);
        if let Some(own) = case.field(field) {
            match &own.member {
                Member::Named(ident) => pattern.extend([TokenTree::Ident(ident.clone())]),
                Member::Unnamed(index) => index.to_tokens(&mut pattern),
            }
            pattern.extend([punct(':'), binding(field), punct(',')]);
        }
    }
    extend_punct(&mut pattern, "..", Span::call_site());

    let mut format = Literal::string(&message.template.format_string());
    format.set_span(span);
    let mut args = TokenStream::new();
    args.extend([TokenTree::Literal(format)]);
    for field in message.template.fields() {
        args.extend([punct(','), binding(field)]);
    }
    let mut args = Group::new(Delimiter::Parenthesis, args);
    args.set_span(span);
    let mut call = TokenStream::new();
    call.extend([TokenTree::Ident(private.clone())]);
    crate::tokens::extend_path(&mut call, &["core", "format_args"], span);
    call.extend([punct('!'), TokenTree::Group(args)]);
    (
        Group::new(Delimiter::Brace, pattern),
        Group::new(Delimiter::Parenthesis, call),
    )
}

/// `match self { Self::Variant { .. } => body, ... }`, or the body alone for a struct
/// (a one-arm match would only add noise). With `bind`, a pattern binds the fields its
/// message interpolates; `body` writes the body of one case.
fn dispatch<'a>(
    out: &mut SourceText,
    input: &Input,
    cases: &'a [Resolved<'a>],
    bind: bool,
    body: impl Fn(&'a Resolved<'a>, &mut SourceText),
) {
    let pattern = |case: &'a Resolved<'a>| match &case.message {
        Body::Template { pattern, .. } if bind => Some(pattern),
        _ => None,
    };
    let struct_case = input.cases.first().filter(|case| case.variant.is_none());
    if struct_case.is_some() {
        let Some(case) = cases.first() else {
            return;
        };
        if let Some(pattern) = pattern(case) {
            out.push("let Self");
            out.tokens(pattern);
            out.push(" = self;");
        }
        body(case, out);
        return;
    }
    if cases.is_empty() {
        // An enum without variants has no value to match on.
        out.push("match *self {}");
        return;
    }
    out.push("match self ");
    out.group(Delimiter::Brace, |out| {
        // Variants whose bodies are the same text share an arm, `A { .. } | B { .. }`:
        // one body less for the compiler to check and lower (two 500s, say).
        let mut shared: Vec<(String, Vec<&Ident>)> = Vec::new();
        for case in cases {
            let Some(pattern) = pattern(case) else {
                let mut text = SourceText::default();
                body(case, &mut text);
                match text.as_text() {
                    Some(text) => match shared.iter_mut().find(|(body, _)| body == text) {
                        Some((_, variants)) => variants.push(case.case.ident),
                        None => shared.push((text.to_owned(), vec![case.case.ident])),
                    },
                    None => {
                        let _ = write!(out, "Self::{} {{ .. }} => ", case.case.ident);
                        out.append(text);
                        out.push(",");
                    }
                }
                continue;
            };
            // An arm around the user's tokens is written as trees: text would be lexed
            // once before the pattern, once before the call and once after.
            let mut arm = Trees::default();
            arm.0
                .push(TokenTree::Ident(Ident::new("Self", Span::call_site())));
            extend_punct(&mut arm.0, "::", Span::call_site());
            arm.0.push(TokenTree::Ident(case.case.ident.clone()));
            arm.0.push(TokenTree::Group(pattern.clone()));
            extend_punct(&mut arm.0, "=>", Span::call_site());
            out.tokens(&arm);
            body(case, out);
            // A token: after the user's tokens, text is lexed on its own.
            out.tokens(&Punct::new(',', Spacing::Alone));
        }
        for (body, variants) in &shared {
            for (i, variant) in variants.iter().enumerate() {
                let or = if i == 0 { "" } else { " | " };
                let _ = write!(out, "{or}Self::{variant} {{ .. }}");
            }
            let _ = write!(out, " => {body},");
        }
    });
}

/// `T: Display` for each interpolated field whose type mentions a type parameter, so
/// that a generic error asks for `Display` only where its message needs it.
fn display_bounds(input: &Input, cases: &[Resolved], private: &Ident) -> Vec<WherePredicate> {
    let params: Vec<&Ident> = input
        .original
        .generics
        .type_params()
        .map(|param| &param.ident)
        .collect();
    if params.is_empty() {
        return Vec::new();
    }
    let mut bounds: Vec<WherePredicate> = Vec::new();
    let mut seen: Vec<String> = Vec::new();
    for case in cases {
        let Body::Template { message, .. } = &case.message else {
            continue;
        };
        for field in message.template.fields() {
            let Some(own) = case.case.field(field) else {
                continue;
            };
            let ty = &own.original.ty;
            let key = ty.to_token_stream().to_string();
            if seen.contains(&key) || !mentions(ty.to_token_stream(), &params) {
                continue;
            }
            seen.push(key);
            bounds.push(parse_quote!(#ty: #private::core::fmt::Display));
        }
    }
    bounds
}

/// Whether a type's tokens name one of `params`.
fn mentions(tokens: TokenStream, params: &[&Ident]) -> bool {
    tokens.into_iter().any(|token| match token {
        TokenTree::Ident(ident) => params.iter().any(|param| **param == ident),
        TokenTree::Group(group) => mentions(group.stream(), params),
        _ => false,
    })
}
