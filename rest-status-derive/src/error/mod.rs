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
///
/// The plain entry point, over `proc_macro2` tokens: the entry point in `lib.rs` calls
/// it, and so do the tests and the `derive_rest_error` fuzz target, without a compiler.
pub(crate) fn derive(input: TokenStream) -> TokenStream {
    if let Err(error) = crate::depth::check(&input) {
        return error.to_compile_error();
    }
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

#[cfg(test)]
mod tests {
    use quote::quote;

    use super::{derive, TokenStream};

    fn expand(input: TokenStream) -> String {
        derive(input).to_string()
    }

    #[test]
    fn a_body_without_fields_is_a_string_constant() {
        let out = expand(quote! {
            enum E {
                #[rest(status = 404, code = "gone_missing")]
                Missing,
                #[rest(status = 500)]
                Storage(std::io::Error),
            }
        });
        assert!(
            out.contains(
                r#"=> "{\"errors\":[{\"code\":\"gone_missing\",\"message\":\"Not Found\"}]}""#
            ),
            "{out}"
        );
        assert!(
            out.contains(
                r#"=> "{\"errors\":[{\"code\":\"internal_error\",\"message\":\"Internal Server Error\"}]}""#
            ),
            "{out}"
        );
        // A `str`, not a byte string: the arms of the `match` are then of one type.
        assert!(!out.contains("b\""), "{out}");
        assert!(!out.contains("compile_error"), "{out}");
        assert!(out.contains("automatically_derived"));
    }

    /// The text the derive writes around the user's names and messages always lexes:
    /// a raw or non-ASCII name, a message with quotes, backslashes, braces, control and
    /// non-ASCII characters, a status without an `http` constant.
    #[test]
    fn the_text_around_unusual_input_lexes() {
        let out = expand(quote! {
            #[rest(status = 400)]
            enum r#Ünïcode<'a, T: Clone> where T: Send {
                #[rest(message = "\"quoted\" \\ {{braces}} \n\t\u{7f}\u{301} é {0}")]
                r#type(&'a T),
                #[rest(status = 419, code = "odd", message = "Odd \u{2028} {x} {type}")]
                Ödd { x: T, r#type: u8 },
                r#match,
            }
        });
        assert!(!out.contains("compile_error"), "{out}");
        assert!(out.contains("Self :: r#type"), "{out}");
        assert!(out.contains("Self :: Ödd"), "{out}");
        assert!(out.contains("status_code (419u16)"), "{out}");
    }

    #[test]
    fn an_interpolated_body_has_a_constant_prefix() {
        let out = expand(quote! {
            struct E { id: u64 }
        });
        // No status: an error, and the fallback impls beside it.
        assert!(out.contains("compile_error"), "{out}");
        assert!(out.contains("StatusSet :: EMPTY"), "{out}");

        let out = expand(quote! {
            #[rest(status = 404, message = "Invoice {id} was not found")]
            struct E { id: u64 }
        });
        assert!(
            out.contains(r#"(__out , self , "{\"errors\":[{\"code\":\"e\",\"message\":\""#),
            "{out}"
        );
        assert!(out.contains(r#""Invoice {} was not found""#), "{out}");
        assert!(out.contains("let Self { id : __field_id"), "{out}");
    }
}
