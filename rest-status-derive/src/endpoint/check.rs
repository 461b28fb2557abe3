//! The rules `#[rest_endpoint]` applies while it expands, each a function that records
//! what is wrong in the [`Ctxt`] and says which line of SPEC section 3 it enforces.
//! The rules about the policy's table run later, in const evaluation
//! (`rest_status_core::check`), because the policy is a type the macro cannot read.

use proc_macro2::{Delimiter, Group, Span, TokenStream, TokenTree};
use quote::ToTokens;
use rest_status_core::{Method, StatusSet};
use syn::spanned::Spanned;
use syn::{Expr, ExprLit, Lit, LitInt};

use super::ast::Handler;
use super::attr::Args;
use crate::ctxt::Ctxt;

/// One status of `statuses(...)`, with the literal the errors point at.
pub(crate) struct DeclaredStatus {
    pub(crate) code: u16,
    pub(crate) span: Span,
}

/// SPEC 3: "`method = ...` (required)". Missing, it is an error at the attribute.
pub(crate) fn required_method(cx: &Ctxt, args: &Args) -> Option<(Method, Span)> {
    match &args.method {
        Some(value) => method(cx, value),
        None => {
            cx.syn_error(syn::Error::new(
                Span::call_site(),
                "missing `method`: write the handler's HTTP method, e.g. `#[rest_endpoint(method = \"GET\")]`",
            ));
            None
        }
    }
}

/// SPEC 3: "the standard methods are written in capitals; `\"delete\"` is an error that
/// suggests `\"DELETE\"`"; an unknown method lists the methods there are.
fn method(cx: &Ctxt, value: &Expr) -> Option<(Method, Span)> {
    let Expr::Lit(ExprLit {
        lit: Lit::Str(lit), ..
    }) = value
    else {
        cx.error_spanned_by(
            value,
            "expected the method as a string in capitals, e.g. `method = \"GET\"`",
        );
        return None;
    };
    let name = lit.value();
    if let Some(method) = Method::from_name(&name) {
        return Some((method, lit.span()));
    }
    let message = match Method::from_name(&name.trim().to_ascii_uppercase()) {
        Some(method) => format!(
            "unknown method {name:?}: HTTP methods are written in capitals; write \"{method}\""
        ),
        None => {
            let all: Vec<String> = Method::ALL.iter().map(|m| format!("\"{m}\"")).collect();
            format!(
                "unknown method {name:?}: expected one of {}",
                all.join(", ")
            )
        }
    };
    cx.error_spanned_by(lit, message);
    None
}

/// SPEC 3: "`statuses(...)`: the declared status set, integer literals"; a status is
/// in 100..=599 ("A duplicate status in `statuses(...)` is an error at the repeated
/// literal").
pub(crate) fn declared_statuses(cx: &Ctxt, args: &Args) -> Option<Vec<DeclaredStatus>> {
    let (keyword, list) = args.statuses.as_ref()?;
    if list.is_empty() {
        cx.error_spanned_by(
            keyword,
            "`statuses()` is empty: list every status the handler returns, e.g. `statuses(200, 404)`",
        );
        return None;
    }
    let mut declared = Vec::new();
    let mut seen = StatusSet::EMPTY;
    for item in list {
        let Some((code, lit)) = status(cx, item) else {
            continue;
        };
        if seen.contains(code) {
            cx.error_spanned_by(
                lit,
                format!("duplicate status {code}: it is already in `statuses(...)`"),
            );
            continue;
        }
        seen = seen.with(code);
        declared.push(DeclaredStatus {
            code,
            span: lit.span(),
        });
    }
    Some(declared)
}

/// Whether every option was read and `declared` holds every item the user wrote in
/// `statuses(...)`: checking a type against part of the list would report statuses
/// that are there.
pub(crate) fn arguments_complete(args: &Args, declared: Option<&[DeclaredStatus]>) -> bool {
    args.complete
        && match (&args.statuses, declared) {
            (None, _) => true,
            (Some((_, list)), Some(declared)) => list.len() == declared.len(),
            (Some(_), None) => false,
        }
}

/// One item of `statuses(...)`: an integer literal in 100..=599.
fn status<'a>(cx: &Ctxt, item: &'a Expr) -> Option<(u16, &'a LitInt)> {
    const RANGE: &str = "an HTTP status is an integer in 100..=599";
    match item {
        Expr::Lit(ExprLit {
            lit: Lit::Int(lit), ..
        }) => match lit.base10_parse::<u16>() {
            Ok(code) if StatusSet::in_range(code) => Some((code, lit)),
            _ => {
                cx.error_spanned_by(
                    lit,
                    format!("status {} is out of range: {RANGE}", lit.base10_digits()),
                );
                None
            }
        },
        Expr::Lit(ExprLit {
            lit: Lit::Str(lit), ..
        }) => {
            cx.error_spanned_by(
                lit,
                format!(
                    "expected an integer, not a string: write the status without quotes, e.g. `{}`",
                    lit.value().trim()
                ),
            );
            None
        }
        other => {
            cx.error_spanned_by(
                other,
                format!("expected a status code literal such as `404`: {RANGE}"),
            );
            None
        }
    }
}

/// SPEC 3 is about handlers: the macro goes on a fn with a body. Anything else is an
/// error that names what it found.
pub(crate) fn handler(cx: &Ctxt, item: TokenStream) -> Option<Handler> {
    // The body stays tokens; only what comes before it is read. syn would copy every
    // token of the body into its buffer first.
    let (head, body) = split_body(&item);
    let head_stream: TokenStream = head.iter().cloned().collect();
    if let Err(error) = crate::depth::check(&head_stream) {
        cx.syn_error(error);
        return None;
    }
    if let Some(body) = body {
        if let Some(function) = Handler::scan(&head, body.clone()) {
            return Some(function);
        }
        if let Ok((attrs, sig)) =
            syn::parse::Parser::parse2(Handler::parse_head, head_stream.clone())
        {
            return Some(Handler::from_syn(head_stream, &attrs, &sig, body));
        }
    }
    // Not a fn with a body: parse it all, for syn's error.
    let error = match syn::parse::Parser::parse2(Handler::expect_fn, item.clone()) {
        Err(error) => error,
        // The head and the body read apart above already; together they cannot.
        Ok(()) => syn::Error::new_spanned(&item, "expected a handler fn with a body"),
    };
    // Saying what the item is instead would parse all of it, body included.
    if crate::depth::check(&item).is_err() {
        cx.syn_error(error);
        return None;
    }
    match syn::parse2::<syn::Item>(item) {
        Ok(syn::Item::Verbatim(tokens)) if is_declaration(&tokens) => cx.error_spanned_by(
            tokens,
            "#[rest_endpoint] goes on a handler fn with a body; a declaration without one has nothing to check",
        ),
        Ok(syn::Item::Fn(_) | syn::Item::Verbatim(_)) | Err(_) => cx.syn_error(error),
        Ok(other) => cx.error_spanned_by(
            item_keyword(&other),
            format!(
                "#[rest_endpoint] goes on a handler fn, not on {}",
                item_kind(&other)
            ),
        ),
    }
    None
}

/// The item without its last token, and that token when it is a `{ ... }` group, a
/// fn's body.
fn split_body(item: &TokenStream) -> (Vec<TokenTree>, Option<Group>) {
    let mut tokens: Vec<TokenTree> = item.clone().into_iter().collect();
    match tokens.pop() {
        Some(TokenTree::Group(group)) if group.delimiter() == Delimiter::Brace => {
            (tokens, Some(group))
        }
        Some(last) => {
            tokens.push(last);
            (tokens, None)
        }
        None => (tokens, None),
    }
}

/// The checks are items in the body named once per handler: a second
/// `#[rest_endpoint]` on the same fn would define them twice.
pub(crate) fn applied_once(cx: &Ctxt, function: &Handler) -> bool {
    for attr in &function.repeated {
        cx.error_spanned_by(
            attr,
            "#[rest_endpoint] is given twice on this fn: keep one, with all the arguments",
        );
    }
    function.repeated.is_empty()
}

/// `fn name(...);`, as in a trait or an extern block.
fn is_declaration(tokens: &TokenStream) -> bool {
    let mut tokens = tokens.clone().into_iter();
    tokens.any(|token| matches!(&token, TokenTree::Ident(ident) if ident == "fn"))
        && !tokens.any(|token| matches!(&token, TokenTree::Group(group) if group.delimiter() == Delimiter::Brace))
}

fn item_kind(item: &syn::Item) -> &'static str {
    match item {
        syn::Item::Const(_) => "a const",
        syn::Item::Enum(_) => "an enum",
        syn::Item::ExternCrate(_) => "an extern crate",
        syn::Item::ForeignMod(_) => "an extern block",
        syn::Item::Impl(_) => "an impl block",
        syn::Item::Macro(_) => "a macro invocation",
        syn::Item::Mod(_) => "a module",
        syn::Item::Static(_) => "a static",
        syn::Item::Struct(_) => "a struct",
        syn::Item::Trait(_) => "a trait",
        syn::Item::TraitAlias(_) => "a trait alias",
        syn::Item::Type(_) => "a type alias",
        syn::Item::Union(_) => "a union",
        syn::Item::Use(_) => "a use declaration",
        _ => "this item",
    }
}

/// The keyword that says what the item is (`struct`, `enum`...), the smallest span.
fn item_keyword(item: &syn::Item) -> TokenStream {
    let span = match item {
        syn::Item::Const(item) => item.const_token.span(),
        syn::Item::Enum(item) => item.enum_token.span(),
        syn::Item::Impl(item) => item.impl_token.span(),
        syn::Item::Mod(item) => item.mod_token.span(),
        syn::Item::Static(item) => item.static_token.span(),
        syn::Item::Struct(item) => item.struct_token.span(),
        syn::Item::Trait(item) => item.trait_token.span(),
        syn::Item::Type(item) => item.type_token.span(),
        syn::Item::Union(item) => item.union_token.span(),
        syn::Item::Use(item) => item.use_token.span(),
        other => return other.to_token_stream(),
    };
    quote::quote_spanned!(span=> item)
}

/// SPEC 3: "A return type with no known statuses (`impl IntoResponse`...) and no
/// `statuses(...)` is a compile error that says to declare them". An `impl Trait` part
/// is known to have none now; other parts are probed in const evaluation.
pub(crate) fn opaque_parts_need_statuses(cx: &Ctxt, parts: &[super::ast::ReturnPart]) {
    for part in parts {
        if part.context == super::ast::Context::Opaque {
            cx.error_spanned_by(
                &part.ty,
                format!(
                    "the statuses of the {} `{}` are not known at compile time: an `impl Trait` type hides them\nhelp: declare the statuses the handler returns, e.g. `statuses(200, 404)`",
                    part.role, part.display
                ),
            );
        }
    }
}
