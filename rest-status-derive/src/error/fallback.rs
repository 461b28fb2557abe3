//! What is emitted beside the errors of invalid input: impls of the traits with no
//! statuses and bodies that never run (the build fails anyway), so that the type's
//! other uses (`?`, `#[rest_endpoint]`, `impl RestError` bounds) do not each add an
//! error of their own to the one that matters.

use proc_macro2::TokenStream;
use quote::quote;
use syn::DeriveInput;

pub(crate) fn expand(input: &DeriveInput, krate: &TokenStream) -> TokenStream {
    let ty = &input.ident;
    let (impl_generics, ty_generics, where_clause) = input.generics.split_for_impl();
    let predicates: Vec<_> = where_clause
        .iter()
        .flat_map(|clause| &clause.predicates)
        .collect();
    quote! {
        #[doc(hidden)]
        const _: () = {
            #[automatically_derived]
            #[allow(deprecated)] // the user's type may be; its impls are not a use
            impl #impl_generics #krate::__private::Statuses for #ty #ty_generics #where_clause {
                const STATUSES: #krate::__private::StatusSet = #krate::__private::StatusSet::EMPTY;
            }

            #[automatically_derived]
            #[allow(deprecated)] // the user's type may be; its impls are not a use
            impl #impl_generics #krate::__private::derive::RestError for #ty #ty_generics #where_clause {
                fn status(&self) -> #krate::__private::http::StatusCode {
                    #krate::__private::core::unreachable!()
                }

                fn code(&self) -> &'static #krate::__private::core::primitive::str {
                    #krate::__private::core::unreachable!()
                }

                fn fmt_message(
                    &self,
                    _: &mut #krate::__private::core::fmt::Formatter<'_>,
                ) -> #krate::__private::core::fmt::Result {
                    #krate::__private::core::unreachable!()
                }
            }

            #krate::__private::__rest_status_integrations! {
                impl {#impl_generics} for {#ty #ty_generics} where {#(#predicates,)*}
                responses {}
            }
        };
    }
}
