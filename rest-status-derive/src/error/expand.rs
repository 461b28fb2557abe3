//! The impls of `Statuses` and `RestError` for valid input.

use proc_macro2::{Span, TokenStream, TokenTree};
use quote::{format_ident, quote, quote_spanned, ToTokens};
use rest_status_core::__private::derive::{body_prefix, constant_body, http_constant};
use rest_status_core::reason_phrase;
use syn::ext::IdentExt as _;
use syn::{parse_quote, Ident, LitByteStr, LitStr, WherePredicate};

use super::ast::{Case, Input};
use super::attr::{Format, Message};
use super::case::default_code;
use super::template::FieldRef;

pub(crate) fn derive(input: &Input) -> TokenStream {
    let krate = match &input.krate {
        Some(path) => path.to_token_stream(),
        None => super::default_crate(),
    };
    let cases: Vec<Resolved> = input
        .cases
        .iter()
        .filter_map(|case| Resolved::new(input, case))
        .collect();

    let ty = &input.original.ident;
    let (impl_generics, ty_generics, where_clause) = input.original.generics.split_for_impl();
    let mut rest_generics = input.original.generics.clone();
    let bounds = display_bounds(input, &cases, &krate);
    if !bounds.is_empty() {
        rest_generics.make_where_clause().predicates.extend(bounds);
    }
    let rest_where_clause = &rest_generics.where_clause;
    let predicates = rest_where_clause
        .iter()
        .flat_map(|clause| &clause.predicates);

    let statuses = cases.iter().map(|case| case.status);
    let format = match input.format {
        Some(Format::Problem) => quote! {
            const FORMAT: #krate::__private::derive::BodyFormat =
                #krate::__private::derive::BodyFormat::Problem;
        },
        Some(Format::Errors) | None => TokenStream::new(),
    };
    let sources = cases.iter().map(|case| {
        let status = case.status;
        let name = case.case.ident.unraw().to_string();
        quote!(#krate::__private::StatusSource { status: #status, name: #name })
    });

    let status = dispatch(input, &cases, |case| {
        (None, status_code(case.status, &krate))
    });
    let code = dispatch(input, &cases, |case| {
        let code = &case.code;
        (None, quote!(#code))
    });
    let fmt_message = dispatch(input, &cases, |case| match &case.message {
        Body::Fixed(text) => (
            None,
            quote!(#krate::__private::core::fmt::Formatter::write_str(__formatter, #text)),
        ),
        Body::Template(message) => {
            let (bindings, args) = case.bindings(message, &krate);
            (
                Some(bindings),
                quote!(#krate::__private::core::fmt::Formatter::write_fmt(__formatter, #args)),
            )
        }
    });
    let write_json = dispatch(input, &cases, |case| match &case.message {
        Body::Fixed(text) => {
            let body = LitByteStr::new(&constant_body(&case.code, text), Span::call_site());
            (
                None,
                quote!(#krate::__private::derive::write_constant(__out, #body)),
            )
        }
        Body::Template(_) => {
            let prefix = LitByteStr::new(&body_prefix(&case.code), Span::call_site());
            (
                None,
                quote!(#krate::__private::derive::write_interpolated(__out, #prefix, self)),
            )
        }
    });

    quote! {
        #[doc(hidden)]
        const _: () = {
            #[automatically_derived]
            #[allow(deprecated)] // the user's type may be; its impls are not a use
            impl #impl_generics #krate::__private::Statuses for #ty #ty_generics #where_clause {
                const STATUSES: #krate::__private::StatusSet =
                    #krate::__private::StatusSet::of(&[#(#statuses),*]);
                const SOURCES: &'static [#krate::__private::StatusSource] = &[#(#sources),*];
            }

            #[automatically_derived]
            #[allow(deprecated)] // the user's type may be; its impls are not a use
            impl #impl_generics #krate::__private::derive::RestError for #ty #ty_generics #rest_where_clause {
                fn status(&self) -> #krate::__private::http::StatusCode {
                    #status
                }

                fn code(&self) -> &'static #krate::__private::core::primitive::str {
                    #code
                }

                fn fmt_message(
                    &self,
                    __formatter: &mut #krate::__private::core::fmt::Formatter<'_>,
                ) -> #krate::__private::core::fmt::Result {
                    #fmt_message
                }

                fn write_json(&self, __out: &mut #krate::__private::derive::Vec<#krate::__private::core::primitive::u8>) {
                    #write_json
                }

                #format
            }

            #krate::__private::__rest_status_integrations! {
                impl {#impl_generics} for {#ty #ty_generics} where {#(#predicates,)*}
            }
        };
    }
}

/// `http::StatusCode::NOT_FOUND` for a status `http` names, an inline `const` that
/// computes it for the rest.
fn status_code(status: u16, krate: &TokenStream) -> TokenStream {
    match http_constant(status) {
        Some(name) => {
            let name = Ident::new(name, Span::call_site());
            quote!(#krate::__private::http::StatusCode::#name)
        }
        None => quote!(const { #krate::__private::derive::status_code(#status) }),
    }
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
    Template(&'a Message),
}

impl<'a> Resolved<'a> {
    /// `None` only for input that `valid.rs` refused, which never reaches here.
    fn new(input: &'a Input, case: &'a Case<'a>) -> Option<Resolved<'a>> {
        let status = case.status(input)?.error_status()?;
        let code = match &case.options.code {
            Some(code) => code.value.clone(),
            None => default_code(case.ident, status),
        };
        let message = match &case.options.message {
            Some(message) => match message.template.text() {
                Some(text) => Body::Fixed(text),
                None => Body::Template(message),
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

    /// The pattern fields that bind what `message` interpolates, and the
    /// `format_args!` that writes it. Spanned at the message, so that a field without
    /// `Display` is reported there.
    fn bindings(&self, message: &Message, krate: &TokenStream) -> (TokenStream, TokenStream) {
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
            if let Some(own) = self.case.field(field) {
                let member = &own.member;
                let binding = binding(field);
                patterns.push(quote_spanned!(span=> #member: #binding));
            }
        }
        let format = LitStr::new(&message.template.format_string(), span);
        let args = message.template.fields().map(binding);
        (
            quote!(#(#patterns,)*),
            quote_spanned!(span=> #krate::__private::core::format_args!(#format, #(#args),*)),
        )
    }
}

/// `match self { Self::Variant { .. } => body, ... }`, or the body alone for a struct
/// (a one-arm match would only add noise). `arm` gives the pattern's bindings, if any,
/// and the body of one case.
fn dispatch<'a>(
    input: &Input,
    cases: &'a [Resolved<'a>],
    arm: impl Fn(&'a Resolved<'a>) -> (Option<TokenStream>, TokenStream),
) -> TokenStream {
    let struct_case = input.cases.first().filter(|case| case.variant.is_none());
    if struct_case.is_some() {
        return match cases.first().map(&arm) {
            Some((Some(bindings), body)) => quote! {
                let Self { #bindings .. } = self;
                #body
            },
            Some((None, body)) => body,
            None => TokenStream::new(),
        };
    }
    if cases.is_empty() {
        // An enum without variants has no value to match on.
        return quote!(match *self {});
    }
    let arms = cases.iter().map(|case| {
        let ident = case.case.ident;
        let (bindings, body) = arm(case);
        quote!(Self::#ident { #bindings .. } => #body,)
    });
    quote! {
        match self {
            #(#arms)*
        }
    }
}

/// `T: Display` for each interpolated field whose type mentions a type parameter, so
/// that a generic error asks for `Display` only where its message needs it.
fn display_bounds(input: &Input, cases: &[Resolved], krate: &TokenStream) -> Vec<WherePredicate> {
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
        let Body::Template(message) = &case.message else {
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
            bounds.push(parse_quote!(#ty: #krate::__private::core::fmt::Display));
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
