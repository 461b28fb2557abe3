//! Tokens kept as a list of trees.
//!
//! Inside a proc macro, a `TokenStream` lives in the compiler: appending one to the
//! stream being built is a round trip to the compiler and back, and so is reading one.
//! A tree appended on its own (an identifier, a punctuation, a literal) stays on the
//! macro's side until the output is handed over. The macros run once per handler,
//! unoptimized in a debug build, so their hot paths keep tokens as [`Trees`].

use proc_macro2::{TokenStream, TokenTree};
use quote::ToTokens;

/// A list of tokens that [`quote!`](quote::quote) appends tree by tree.
#[derive(Clone, Default)]
pub(crate) struct Trees(pub(crate) Vec<TokenTree>);

impl ToTokens for Trees {
    fn to_tokens(&self, tokens: &mut TokenStream) {
        tokens.extend(self.0.iter().cloned());
    }
}
