//! `#[derive(RestError)]`: input → `ast` (typed view, `attr` parses `#[rest(...)]`) →
//! `valid` (the rules) → `expand`, or `fallback` beside the errors.

mod ast;
mod attr;
mod case;
mod expand;
mod fallback;
mod template;
mod valid;

use proc_macro2::TokenStream;
use quote::{quote, ToTokens};
use syn::DeriveInput;

use crate::ctxt::Ctxt;

/// Expands `#[derive(RestError)]` on `input`. Never panics: every problem is a
/// compile error in the output.
pub(crate) fn derive(input: TokenStream) -> TokenStream {
    let input: DeriveInput = match syn::parse2(input) {
        Ok(input) => input,
        Err(error) => return error.to_compile_error(),
    };
    let cx = Ctxt::new();
    let ast = ast::Input::from_syn(&cx, &input);
    if let Ok(ast) = &ast {
        valid::check(&cx, ast);
    }
    let krate = match &ast {
        Ok(ast) => ast.krate.clone(),
        Err(krate) => krate.clone(),
    };
    let krate = krate.map_or_else(default_crate, |path| path.to_token_stream());
    if let (false, Ok(ast)) = (cx.has_errors(), &ast) {
        return expand::derive(ast);
    }
    // A union has recorded its error too, so `check` holds at least one.
    let mut tokens = match cx.check() {
        Ok(()) => TokenStream::new(),
        Err(errors) => errors.to_compile_error(),
    };
    tokens.extend(fallback::expand(&input, &krate));
    tokens
}

/// `::rest_status`, the facade, unless `#[rest(crate = path)]` says otherwise.
fn default_crate() -> TokenStream {
    quote!(::rest_status)
}
