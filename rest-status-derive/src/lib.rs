//! Proc macros of [rest-status](https://docs.rs/rest-status). Use them through the
//! `rest-status` facade, which documents them.

#![forbid(unsafe_code)]
// Shared by both macros; each macro's module uses them.
#![allow(dead_code)]

mod ctxt;
mod endpoint;

/// Checks a handler's statuses against a policy; documented in the `rest-status` facade.
#[proc_macro_attribute]
pub fn rest_endpoint(
    args: proc_macro::TokenStream,
    item: proc_macro::TokenStream,
) -> proc_macro::TokenStream {
    endpoint::expand(args.into(), item.into()).into()
}
