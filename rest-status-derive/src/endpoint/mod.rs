//! `#[rest_endpoint]`: the item → `ast` (the handler, its body kept as tokens), the
//! arguments → `attr` → `valid` (the rules, with `default_policy` read from the
//! manifest) → `expand` (the checks, first in the body), or the item as written
//! beside the errors.

mod ast;
mod attr;
mod body;
mod default_policy;
mod expand;
mod openapi;
mod params;
mod valid;

use proc_macro2::TokenStream;
use quote::quote;

use crate::ctxt::Ctxt;

/// `#[rest_endpoint(args)] item` as a plain function over `proc_macro2` tokens: the
/// entry point in `lib.rs` calls it, and so do the tests and the `rest_endpoint` fuzz
/// target, without a compiler. Never panics: every problem becomes a compile error
/// next to the item, re-emitted as written.
pub(crate) fn expand(args: TokenStream, item: TokenStream) -> TokenStream {
    let cx = Ctxt::new();
    let args = attr::parse(&cx, args);
    let handler = ast::Handler::from_tokens(&cx, item.clone());
    let contract = valid::check(&cx, &args, handler.as_ref());
    // Hook: `#[utoipa::path(responses(...))]` below this attribute documents the
    // statuses checked here (`openapi.rs`); its errors join the others.
    let documented = match (&handler, &contract) {
        (Some(handler), Some(contract)) => openapi::check(&cx, handler, contract),
        _ => TokenStream::new(),
    };
    let errors = cx.check().err().map(|error| error.to_compile_error());
    match (handler, contract) {
        (Some(handler), Some(contract)) => {
            let mut checks = expand::checks(&contract);
            checks.extend([documented]);
            let handler = handler.with_checks(checks);
            quote!(#errors #handler)
        }
        // Fallback: the item as written, so one mistake does not cascade.
        _ => quote!(#errors #item),
    }
}

#[cfg(test)]
mod tests;
