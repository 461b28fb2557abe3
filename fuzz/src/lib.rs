//! The two macros of `rest-status-derive` as functions over text, for the fuzz
//! targets.
//!
//! A proc-macro crate exports nothing but its macros, so the derive crate's modules are
//! compiled here once more, declared at the paths they have there (`crate::ctxt`,
//! `crate::depth`, `crate::endpoint`, `crate::error`, `crate::tokens`) so that their
//! `crate::` paths resolve. The code fuzzed is the code the compiler runs, not a copy.

#![forbid(unsafe_code)]

#[path = "../../rest-status-derive/src/ctxt.rs"]
mod ctxt;
#[path = "../../rest-status-derive/src/depth.rs"]
mod depth;
#[path = "../../rest-status-derive/src/endpoint/mod.rs"]
mod endpoint;
#[path = "../../rest-status-derive/src/error/mod.rs"]
mod error;
#[path = "../../rest-status-derive/src/tokens.rs"]
mod tokens;

use proc_macro2::{Delimiter, TokenStream, TokenTree};

/// `#[derive(RestError)]` on the type written in `text`. Text that does not lex is
/// skipped: the compiler never hands a macro such tokens.
///
/// # Panics
///
/// When the macro panics, or answers with neither a compile error nor the impls.
pub fn derive_rest_error(text: &str) {
    let Ok(input) = text.parse::<TokenStream>() else {
        return;
    };
    let output = error::derive(input).to_string();
    assert!(
        output.contains("compile_error") || output.contains("RestError for"),
        "neither an error nor the impls: {output}"
    );
}

/// `#[rest_endpoint(args)] item` with `text` written `(args) item`; without the
/// leading parentheses, the arguments are empty and all of `text` is the item. Text
/// that does not lex is skipped.
///
/// # Panics
///
/// When the macro panics, or answers with neither a compile error nor the item.
pub fn rest_endpoint(text: &str) {
    let Ok(tokens) = text.parse::<TokenStream>() else {
        return;
    };
    let mut trees = tokens.into_iter().peekable();
    let args = match trees.peek() {
        Some(TokenTree::Group(group)) if group.delimiter() == Delimiter::Parenthesis => {
            let args = group.stream();
            trees.next();
            args
        }
        _ => TokenStream::new(),
    };
    let item: TokenStream = trees.collect();
    let item_text = item.to_string();
    let output = endpoint::expand(args, item).to_string();
    // A handler the macro checked whole itself (a built-in policy, declared statuses,
    // an `impl Trait` return type) comes back as written; anything else holds an error
    // or its checks, and the item in any case.
    let item_body = item_text.rsplit('{').next().unwrap_or_default();
    assert!(
        output.contains("compile_error") || output.contains(item_body),
        "neither an error nor the item: {output}"
    );
}
