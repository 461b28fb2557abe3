//! Proc macros of [rest-status](https://docs.rs/rest-status). Use them through the
//! `rest-status` facade, which documents them.

#![forbid(unsafe_code)]

mod ctxt;
mod error;

/// Implements `rest_status::RestError`; documented on the facade's re-export.
#[proc_macro_derive(RestError, attributes(rest))]
pub fn derive_rest_error(input: proc_macro::TokenStream) -> proc_macro::TokenStream {
    error::derive(input.into()).into()
}
