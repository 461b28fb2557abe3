//! Tokens kept as a list of trees.
//!
//! Inside a proc macro, a `TokenStream` lives in the compiler: appending one to the
//! stream being built is a round trip to the compiler and back, and so is reading one.
//! A tree appended on its own (an identifier, a punctuation, a literal) stays on the
//! macro's side until the output is handed over. The macros run once per handler,
//! unoptimized in a debug build, so their hot paths keep tokens as [`Trees`].

use proc_macro2::{Ident, Punct, Spacing, Span, TokenStream, TokenTree};
use quote::ToTokens;

/// A list of tokens that [`quote!`](quote::quote) appends tree by tree.
#[derive(Clone, Default)]
pub(crate) struct Trees(pub(crate) Vec<TokenTree>);

impl ToTokens for Trees {
    fn to_tokens(&self, tokens: &mut TokenStream) {
        tokens.extend(self.0.iter().cloned());
    }
}

impl Trees {
    /// These tokens followed by `::a::b`, the added tokens spanned at `span`.
    pub(crate) fn join(&self, segments: &[&str], span: Span) -> Trees {
        let mut path = self.clone();
        extend_path(&mut path.0, segments, span);
        path
    }
}

/// Appends an operator, `::` or `=>`, as the joined punctuation it is made of.
pub(crate) fn extend_punct(out: &mut impl Extend<TokenTree>, op: &str, span: Span) {
    let mut chars = op.chars().peekable();
    while let Some(c) = chars.next() {
        let spacing = if chars.peek().is_some() {
            Spacing::Joint
        } else {
            Spacing::Alone
        };
        let mut punct = Punct::new(c, spacing);
        punct.set_span(span);
        out.extend([TokenTree::Punct(punct)]);
    }
}

/// Appends `::name` for each of `segments`, spanned at `span`.
pub(crate) fn extend_path(out: &mut impl Extend<TokenTree>, segments: &[&str], span: Span) {
    for segment in segments {
        extend_punct(out, "::", span);
        out.extend([TokenTree::Ident(Ident::new(segment, span))]);
    }
}
