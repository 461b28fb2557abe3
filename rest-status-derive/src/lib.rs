//! Proc macros of [rest-status](https://docs.rs/rest-status). Use them through the
//! `rest-status` facade, which documents them.
//!
//! Each macro is a plain function over `proc_macro2::TokenStream`, `error::derive` and
//! `endpoint::expand`; the entry points below only convert the tokens. `fuzz/judge`
//! compiles these modules again to call those functions without a compiler, for the
//! fuzz targets and the malformed-input corpus: neither macro panics, whatever the
//! input.

#![forbid(unsafe_code)]

mod ctxt;
mod depth;
mod endpoint;
mod error;
mod tokens;

/// Implements `rest_status::RestError`; documented on the facade's re-export.
#[proc_macro_derive(RestError, attributes(rest))]
pub fn derive_rest_error(input: proc_macro::TokenStream) -> proc_macro::TokenStream {
    error::derive(input.into()).into()
}

/// Checks a handler's statuses against a policy; documented in the `rest-status` facade.
#[proc_macro_attribute]
pub fn rest_endpoint(
    args: proc_macro::TokenStream,
    item: proc_macro::TokenStream,
) -> proc_macro::TokenStream {
    endpoint::expand(args.into(), item.into()).into()
}
