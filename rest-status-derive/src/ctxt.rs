//! Collects every error of one macro input, so a user sees all of them in one build.

use std::cell::RefCell;
use std::fmt::Display;

use quote::ToTokens;

/// The errors found so far in one macro input.
///
/// Stages take `&Ctxt` and keep going after an error; the entry point calls
/// [`Ctxt::check`] once at the end and emits every error at once.
#[derive(Default)]
pub(crate) struct Ctxt {
    errors: RefCell<Option<syn::Error>>,
}

impl Ctxt {
    pub(crate) fn new() -> Ctxt {
        Ctxt::default()
    }

    /// Records an error that underlines `tokens`.
    pub(crate) fn error_spanned_by(&self, tokens: impl ToTokens, message: impl Display) {
        self.syn_error(syn::Error::new_spanned(tokens.into_token_stream(), message));
    }

    /// Records an error that syn produced or that was built with a span already.
    pub(crate) fn syn_error(&self, error: syn::Error) {
        let mut errors = self.errors.borrow_mut();
        match errors.as_mut() {
            Some(all) => all.combine(error),
            None => *errors = Some(error),
        }
    }

    /// Whether any error was recorded.
    pub(crate) fn has_errors(&self) -> bool {
        self.errors.borrow().is_some()
    }

    /// `Ok` when nothing was recorded, otherwise every error combined into one.
    pub(crate) fn check(self) -> syn::Result<()> {
        match self.errors.into_inner() {
            Some(errors) => Err(errors),
            None => Ok(()),
        }
    }
}

/// One option of an attribute, as it is being parsed. Setting it twice is an error at
/// the second occurrence; the first value stays.
pub(crate) struct Attr<'c, T> {
    cx: &'c Ctxt,
    name: &'static str,
    value: Option<T>,
}

impl<'c, T> Attr<'c, T> {
    pub(crate) fn none(cx: &'c Ctxt, name: &'static str) -> Attr<'c, T> {
        Attr {
            cx,
            name,
            value: None,
        }
    }

    /// Sets the option; `tokens` is what a duplicate is reported at (the key).
    pub(crate) fn set(&mut self, tokens: impl ToTokens, value: T) {
        if self.value.is_some() {
            self.cx.error_spanned_by(
                tokens,
                format!(
                    "duplicate option `{}`: each option is given once",
                    self.name
                ),
            );
        } else {
            self.value = Some(value);
        }
    }

    pub(crate) fn get(self) -> Option<T> {
        self.value
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proc_macro2::Span;

    #[test]
    fn collects_every_error() {
        let cx = Ctxt::new();
        assert!(!cx.has_errors());
        cx.syn_error(syn::Error::new(Span::call_site(), "first"));
        cx.error_spanned_by(quote::quote!(x), "second");
        assert!(cx.has_errors());
        let messages: Vec<String> = cx
            .check()
            .unwrap_err()
            .into_iter()
            .map(|error| error.to_string())
            .collect();
        assert_eq!(messages, ["first", "second"]);
    }

    #[test]
    fn a_duplicate_option_keeps_the_first_value() {
        let cx = Ctxt::new();
        let mut status = Attr::none(&cx, "status");
        status.set(quote::quote!(status), 404);
        status.set(quote::quote!(status), 500);
        assert_eq!(status.get(), Some(404));
        let error = cx.check().unwrap_err();
        assert_eq!(
            error.to_string(),
            "duplicate option `status`: each option is given once"
        );
    }
}
