//! The impls of `Statuses` and `RestError` for valid input.

use proc_macro2::{Delimiter, Group, Literal, Span, TokenStream, TokenTree};
use quote::{format_ident, quote, quote_spanned, ToTokens, TokenStreamExt};
use rest_status_core::__private::derive::{body_prefix, constant_body, http_constant};
use rest_status_core::reason_phrase;
use syn::ext::IdentExt as _;
use syn::{parse_quote, Ident, LitStr, WherePredicate};

use super::ast::{Case, Input};
use super::attr::{Format, MessageOption};
use super::case::default_code;
use super::template::FieldRef;
use crate::tokens::{extend_method_call, extend_punct, extend_rooted_path};

pub(crate) fn derive(input: &Input) -> TokenStream {
    let krate = match &input.krate {
        Some(path) => path.to_token_stream(),
        None => super::default_crate(),
    };
    // Every path below goes through this alias, declared once in the block the impls
    // are in: fewer tokens for the macro to write and for rustc to resolve.
    let private = private_alias();
    let cases: Vec<Resolved> = input
        .cases
        .iter()
        .filter_map(|case| Resolved::new(input, case, &private))
        .collect();

    let ty = &input.original.ident;
    let (impl_generics, ty_generics, where_clause) = input.original.generics.split_for_impl();
    let mut rest_generics = input.original.generics.clone();
    let bounds = display_bounds(input, &cases, &private);
    if !bounds.is_empty() {
        rest_generics.make_where_clause().predicates.extend(bounds);
    }
    let rest_where_clause = &rest_generics.where_clause;
    let predicates: Vec<&WherePredicate> = rest_where_clause
        .iter()
        .flat_map(|clause| &clause.predicates)
        .collect();

    let statuses = cases.iter().map(|case| case.status);
    let format = match input.format {
        Some(Format::Problem) => quote! {
            const FORMAT: #private::derive::BodyFormat =
                #private::derive::BodyFormat::Problem;
        },
        Some(Format::Errors) | None => TokenStream::new(),
    };
    let mut sources = TokenStream::new();
    // `(status, "code", "message")` per case, the message as written: what the
    // OpenAPI responses show (`__rest_status_openapi!`).
    let mut documented = TokenStream::new();
    for case in &cases {
        let message = match &case.message {
            Body::Fixed(text) => text.clone(),
            Body::Template { message, .. } => message.original.value(),
        };
        let (status, code) = (case.status, &case.code);
        documented.extend(quote!((#status, #code, #message),));
    }
    for case in &cases {
        let (status, name) = (case.status, case.case.ident.unraw().to_string());
        sources.extend(quote!(#private::StatusSource { status: #status, name: #name },));
    }

    // The arms are written token by token into one stream: composing small streams
    // costs a round trip to the compiler each, and there are 24 arms to an enum of six.
    let status = dispatch(input, &cases, false, |case, out| {
        match http_constant(case.status) {
            Some(name) => extend_rooted_path(out, &private, &["http", "StatusCode", name]),
            None => {
                let status = case.status;
                out.extend(quote!(const { #private::derive::status_code(#status) }));
            }
        }
    });
    let code = dispatch(input, &cases, false, |case, out| {
        out.append(Literal::string(&case.code));
    });
    // Method calls, not paths through the alias: `write_str` and `write_fmt` are
    // `Formatter`'s inherent methods, which no trait in the user's scope can shadow,
    // and a method call costs the compiler less to resolve than the path.
    let fmt_message = dispatch(input, &cases, true, |case, out| match &case.message {
        Body::Fixed(text) => {
            extend_method_call(
                out,
                "__formatter",
                "write_str",
                TokenTree::Literal(Literal::string(text)).into(),
            );
        }
        Body::Template { args, .. } => {
            extend_method_call(out, "__formatter", "write_fmt", args.clone());
        }
    });
    // One call, its bytes chosen by a `match` whose arms are literals: the whole body
    // when the message is constant, its start when it interpolates (`write_body`).
    let bodies = dispatch(input, &cases, false, |case, out| {
        let bytes = match &case.message {
            Body::Fixed(text) => constant_body(&case.code, text),
            Body::Template { .. } => body_prefix(&case.code),
        };
        out.append(Literal::byte_string(&bytes));
    });
    let write_json = if cases.is_empty() {
        // `match *self {}`: an enum without variants has no body to write, and a call
        // around the match would be unreachable.
        bodies
    } else {
        quote!(#private::derive::write_body(__out, self, #bodies))
    };

    quote! {
        #[doc(hidden)]
        const _: () = {
            use #krate::__private as #private;

            #[automatically_derived]
            #[allow(deprecated)] // the user's type may be; its impls are not a use
            impl #impl_generics #private::Statuses for #ty #ty_generics #where_clause {
                const STATUSES: #private::StatusSet =
                    #private::StatusSet::of(&[#(#statuses),*]);
                const SOURCES: &'static [#private::StatusSource] = &[#sources];
            }

            #[automatically_derived]
            #[allow(deprecated)] // the user's type may be; its impls are not a use
            impl #impl_generics #private::derive::RestError for #ty #ty_generics #rest_where_clause {
                fn status(&self) -> #private::http::StatusCode {
                    #status
                }

                fn code(&self) -> &'static #private::core::primitive::str {
                    #code
                }

                fn fmt_message(
                    &self,
                    __formatter: &mut #private::core::fmt::Formatter<'_>,
                ) -> #private::core::fmt::Result {
                    #fmt_message
                }

                fn write_json(&self, __out: &mut #private::derive::Vec<#private::core::primitive::u8>) {
                    #write_json
                }

                #format
            }

            #private::__rest_status_integrations! {
                impl {#impl_generics} for {#ty #ty_generics} where {#(#predicates,)*}
            }

            #private::__rest_status_openapi! {
                impl {#impl_generics} for {#ty #ty_generics} where {#(#predicates,)*}
                responses {#documented}
            }
        };
    }
}

/// The name the expansion gives `rest_status::__private` in its block.
pub(super) fn private_alias() -> Ident {
    Ident::new("__rest_status_private", Span::call_site())
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
        /// The pattern fields that bind what the message interpolates.
        bindings: TokenStream,
        /// The `format_args!` that writes it.
        args: TokenStream,
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
                    let (bindings, args) = bindings(case, message, private);
                    Body::Template {
                        message,
                        bindings,
                        args,
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

/// The pattern fields that bind what `message` interpolates, and the `format_args!`
/// that writes it. Spanned at the message, so that a field without `Display` is
/// reported there.
fn bindings(case: &Case, message: &MessageOption, private: &Ident) -> (TokenStream, TokenStream) {
    let span = message.original.span();
    let binding = |field: &FieldRef| {
        let name = match field {
            FieldRef::Named(name) => name.clone(),
            FieldRef::Position(index) => index.to_string(),
        };
        format_ident!("__field_{}", name, span = span)
    };
    let mut patterns = Vec::new();
    let mut bound: Vec<&FieldRef> = Vec::new();
    for field in message.template.fields() {
        if bound.contains(&field) {
            continue;
        }
        bound.push(field);
        if let Some(own) = case.field(field) {
            let member = &own.member;
            let binding = binding(field);
            patterns.push(quote_spanned!(span=> #member: #binding));
        }
    }
    let format = LitStr::new(&message.template.format_string(), span);
    let args = message.template.fields().map(binding);
    (
        quote!(#(#patterns,)*),
        quote_spanned!(span=> #private::core::format_args!(#format, #(#args),*)),
    )
}

/// `match self { Self::Variant { .. } => body, ... }`, or the body alone for a struct
/// (a one-arm match would only add noise). With `bind`, a pattern binds the fields its
/// message interpolates; `body` writes the body of one case.
fn dispatch<'a>(
    input: &Input,
    cases: &'a [Resolved<'a>],
    bind: bool,
    body: impl Fn(&'a Resolved<'a>, &mut TokenStream),
) -> TokenStream {
    let bindings = |case: &Resolved| match &case.message {
        Body::Template { bindings, .. } if bind => Some(bindings.clone()),
        _ => None,
    };
    let struct_case = input.cases.first().filter(|case| case.variant.is_none());
    if struct_case.is_some() {
        let Some(case) = cases.first() else {
            return TokenStream::new();
        };
        let mut out = match bindings(case) {
            Some(bindings) => quote!(let Self { #bindings .. } = self;),
            None => TokenStream::new(),
        };
        body(case, &mut out);
        return out;
    }
    if cases.is_empty() {
        // An enum without variants has no value to match on.
        return quote!(match *self {});
    }
    let mut arms = TokenStream::new();
    for case in cases {
        arms.append(Ident::new("Self", Span::call_site()));
        extend_punct(&mut arms, "::", Span::call_site());
        arms.append(case.case.ident.clone());
        let mut pattern = bindings(case).unwrap_or_default();
        extend_punct(&mut pattern, "..", Span::call_site());
        arms.append(Group::new(Delimiter::Brace, pattern));
        extend_punct(&mut arms, "=>", Span::call_site());
        body(case, &mut arms);
        extend_punct(&mut arms, ",", Span::call_site());
    }
    let mut out = quote!(match self);
    out.append(Group::new(Delimiter::Brace, arms));
    out
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
