//! Writes the check into the handler: one `const` item at the top of its body, so a
//! refused status is a compile error that `cargo check` reports, pointed at the
//! method, the status literal or the part of the return type that fails first.
//!
//! The item is kept small because every handler pays for it at every build: a passing
//! handler evaluates one call that compares bitsets, and the text of the error is
//! built only when something fails.

use proc_macro2::{Delimiter, Group, Literal, Span, TokenStream, TokenTree};
use quote::{quote, quote_spanned, ToTokens};

use super::ast::{Placement, ReturnPart};
use super::body::NamedStatus;
use super::default_policy::{self, DefaultPolicy};
use super::valid::{Contract, DeclaredStatus, Policy};
use crate::tokens::{display, parenthesized_at, respan, Trees};
use rest_status_core::__private::endpoint::Endpoint;

/// The checks of one handler, as tokens to put first in its body.
pub(crate) fn checks(contract: &Contract) -> TokenStream {
    let krate = match &contract.krate {
        Some(path) => Trees(path.to_token_stream().into_iter().collect()),
        None => default_crate(),
    };
    Checks { contract, krate }.expand()
}

/// The checks of one handler, being written.
struct Checks<'a> {
    contract: &'a Contract,
    /// How the handler's crate names the facade: `::rest_status`.
    krate: Trees,
}

impl Checks<'_> {
    fn expand(&self) -> TokenStream {
        let mut checks = TokenStream::new();
        if let Policy::Default {
            manifest: Some(path),
            ..
        } = &self.contract.policy
        {
            // Makes the manifest an input of the crate: cargo rebuilds when the
            // default policy changes, which it does not do for metadata alone. Once per
            // crate is enough (`default_policy::track`).
            if default_policy::track(path) {
                let path = path.to_string_lossy();
                checks.extend(quote!(
                    const _: &[::core::primitive::u8] = ::core::include_bytes!(#path);
                ));
            }
        }
        // An `impl Trait` part is not checked: only `statuses(...)` or the statuses the
        // body names can speak for it (`valid::opaque_parts_need_statuses`); nor is a
        // `StatusCode` or a tuple when the body names its statuses.
        let named_speak = self.contract.named_speak_for_parts();
        let parts: Vec<&ReturnPart> = self
            .contract
            .parts
            .iter()
            .filter(|part| part.placement != Placement::Opaque)
            .filter(|part| !(named_speak && part.carries_status))
            .collect();
        let body = match &self.contract.declared {
            None => self.typed(&parts),
            Some(declared) => self.declared(declared, &parts),
        };
        if parts
            .iter()
            .any(|part| part.placement == Placement::Instance)
        {
            // Names the fn's generics or `Self`, which only an inline `const { }` can.
            checks.extend(quote!(const { #body };));
        } else {
            checks.extend(quote!(const _: () = #body;));
        }
        if self.contract.declared.is_none() && self.contract.policy.built_in().is_none() {
            // With `statuses(...)`, a named status is one of them (`valid` checks it),
            // which the check of the declared ones covers; under a built-in policy,
            // `valid` has checked it.
            for status in &self.contract.named {
                checks.extend(self.named(status));
            }
        }
        for param in &self.contract.params {
            checks.extend(self.parameter(param));
        }
        checks
    }

    /// `const _: () = check_named::<P>(Method::Delete, "rest_status", 404);`, spanned at
    /// the status in the body: a status the body names, checked against a policy the
    /// macro cannot read.
    fn named(&self, status: &NamedStatus) -> TokenStream {
        let (policy, method, krate_name) = (self.policy(), self.method(), self.krate_name());
        let (start, end) = status.span;
        let function = self.private_at("check_named", start);
        let code = Literal::u16_unsuffixed(status.code);
        let arguments = parenthesized_at(quote!(#method, #krate_name, #code), end);
        quote_spanned!(start=> const _: () = #function::<#policy> #arguments;)
    }

    /// `const _: () = check_parameter::<P>(...)`, spanned at the parameter's type: the
    /// statuses with which its extractor rejects a request, when it is one whose
    /// rejections are known, must be allowed. One item per parameter, so each refused
    /// one is its own error.
    fn parameter(&self, param: &ReturnPart) -> TokenStream {
        let (policy, method, krate_name) = (self.policy(), self.method(), self.krate_name());
        let private = self
            .krate
            .join(&["__private", "endpoint"], Span::call_site());
        let (start, end) = param.span;
        let function = self.private_at("check_parameter", start);
        let (ty, display) = (&param.ty, &param.display);
        let arguments = parenthesized_at(
            quote!(
                #method,
                #krate_name,
                #display,
                #private::Probe::<#ty>::REJECTIONS,
                #private::Probe::<#ty>::INSTEAD
            ),
            end,
        );
        quote! {
            const _: () = {
                // `Probe`'s fallback answers for a parameter that is not an extractor.
                use #private::ProbeFallback as _;
                #function::<#policy> #arguments
            };
        }
    }

    /// The policy as a type, spanned so that a path that is not a policy is a
    /// trait-bound error at the path.
    fn policy(&self) -> Trees {
        match &self.contract.policy {
            Policy::Explicit(path) => Trees(path.to_token_stream().into_iter().collect()),
            Policy::Default { policy, .. } => match policy {
                DefaultPolicy::BuiltIn(name) => self.krate.join(&[name], Span::call_site()),
                DefaultPolicy::Path(path) => Trees(
                    respan(path.to_token_stream(), Span::call_site())
                        .into_iter()
                        .collect(),
                ),
            },
        }
    }

    /// `Method::Delete`.
    fn method(&self) -> Trees {
        // The variant's name is its `Debug` form: `Delete`.
        let name = format!("{:?}", self.contract.method);
        let mut method = self
            .krate
            .join(&["__private", "Method", &name], Span::call_site());
        if let Some(name) = method.0.last_mut() {
            name.set_span(self.contract.method_span);
        }
        method
    }

    /// How the handler's crate names the facade, for the help lines: `rest_status`.
    fn krate_name(&self) -> String {
        let name = display(&self.krate.0);
        name.trim_start_matches("::").to_owned()
    }

    /// `::rest_status::__private::endpoint::function`, every token spanned at `span`.
    fn private_at(&self, function: &str, span: Span) -> Trees {
        let mut krate = self.krate.clone();
        for token in &mut krate.0 {
            token.set_span(span);
        }
        krate.join(&["__private", "endpoint", function], span)
    }

    /// A handler that declares no statuses: each part of its return type must have
    /// statuses (a trait bound, so a part without is an error at the part) that the
    /// policy allows. One call, spanned over the return type; the method is checked
    /// here when the policy is a built-in one the macro can read, or by a second call
    /// spanned at the method otherwise.
    fn typed(&self, parts: &[&ReturnPart]) -> TokenStream {
        let (policy, method, krate_name) = (self.policy(), self.method(), self.krate_name());
        let (start, end) = self.contract.return_span;
        let check = match parts {
            [a, b] => {
                let function = self.private_at("check", start);
                let (a_display, b_display) = (&a.display, &b.display);
                let arguments =
                    parenthesized_at(quote!(#method, #krate_name, #a_display, #b_display), end);
                let (a, b) = (&a.ty, &b.ty);
                quote_spanned!(start=> #function::<#policy, #a, #b> #arguments)
            }
            [a] if a.role == "return type" => {
                let function = self.private_at("check_whole", start);
                let a_display = &a.display;
                let arguments = parenthesized_at(quote!(#method, #krate_name, #a_display), end);
                let a = &a.ty;
                quote_spanned!(start=> #function::<#policy, #a> #arguments)
            }
            // One side of a `Result`, the other spoken for by the statuses the body
            // names: spanned at that side.
            [a] => {
                let (start, end) = a.span;
                let function = self.private_at("check_side", start);
                let (role, a_display) = (a.role, &a.display);
                let arguments =
                    parenthesized_at(quote!(#method, #krate_name, #role, #a_display), end);
                let a = &a.ty;
                quote_spanned!(start=> #function::<#policy, #a> #arguments)
            }
            // An `impl Trait` return type without `statuses(...)`, which the macro has
            // refused already: only the method is left to check.
            _ => quote!(()),
        };
        match self.contract.policy.built_in() {
            Some((name, table)) if !table.covers(self.contract.method) => {
                // `Endpoint` is built for const code and takes `'static` names: leaking
                // the crate's name once, for a compile error, is fine.
                let krate_name: &'static str = Box::leak(krate_name.into_boxed_str());
                let report =
                    Endpoint::new(self.contract.method, name, table, krate_name).report(&[], &[]);
                syn::Error::new(self.contract.method_span, report.as_str()).to_compile_error()
            }
            Some(_) => check,
            None => {
                let span = self.contract.method_span;
                let refuse = self.private_at("refuse_method", span);
                let arguments = parenthesized_at(quote!(#method, #krate_name), span);
                let covers = self.private_at("covers", Span::call_site());
                quote! {
                    if #covers::<#policy>(#method) {
                        #check
                    } else {
                        #refuse::<#policy> #arguments
                    }
                }
            }
        }
    }

    /// A handler that declares `statuses(...)`: each must be allowed by the policy, and
    /// the statuses of each part of the return type that has them must be declared.
    fn declared(&self, declared: &[DeclaredStatus], parts: &[&ReturnPart]) -> TokenStream {
        let private = self
            .krate
            .join(&["__private", "endpoint"], Span::call_site());
        let (policy, method, krate_name) = (self.policy(), self.method(), self.krate_name());
        let codes: Vec<Literal> = declared
            .iter()
            .map(|status| Literal::u16_unsuffixed(status.code))
            .collect();
        let declared_len = Literal::usize_unsuffixed(codes.len());
        // The statuses the body returns: the help for a refused one of `statuses(...)`
        // says to fix the body, not to remove it from the list.
        let named = self
            .contract
            .named
            .iter()
            .map(|status| Literal::u16_unsuffixed(status.code));
        let parts_len = Literal::usize_unsuffixed(parts.len());
        let described = parts.iter().map(|part| {
            let (ty, role, display) = (&part.ty, part.role, &part.display);
            quote! {
                #private::Part {
                    role: #role,
                    ty: #display,
                    known: #private::Probe::<#ty>::KNOWN,
                    sources: #private::Probe::<#ty>::SOURCES,
                }
            }
        });
        let sites = self.sites(
            declared
                .iter()
                .map(|status| (status.span, status.span))
                .chain(parts.iter().map(|part| part.span)),
        );
        quote! {{
            // `Probe`'s fallback answers for a type without statuses.
            use #private::ProbeFallback as _;
            let __declared: [::core::primitive::u16; #declared_len] = [#(#codes),*];
            let __parts: [#private::Part; #parts_len] = [#(#described),*];
            let __site = #private::check_declared::<#policy>(#method, &__declared, &__parts);
            if __site != 0 {
                let __report = #private::explain_declared::<#policy>(
                    #method, #krate_name, &__declared, &__parts, &[#(#named),*],
                );
                #sites
            }
        }}
    }

    /// `if __site == 1 { __report.fail() } ...`: one call per place an error can point
    /// at, each spanned there: the method first, then `spans` in the order the check
    /// numbers them. The last place needs no test.
    fn sites(&self, spans: impl Iterator<Item = (Span, Span)>) -> TokenStream {
        let all: Vec<(Span, Span)> =
            std::iter::once((self.contract.method_span, self.contract.method_span))
                .chain(spans)
                .collect();
        let last = all.len() - 1;
        all.into_iter()
            .enumerate()
            .map(|(index, span)| {
                let fail = fail_at(span);
                if index == last {
                    fail
                } else {
                    let site = Literal::usize_unsuffixed(index + 1);
                    quote!(if __site == #site { #fail })
                }
            })
            .collect()
    }
}

/// `__report.fail()` whose tokens start at `span.0` and end at `span.1`: `fail` is
/// `#[track_caller]`, so the const-evaluation error points at this call, and rustc's
/// span for it covers the user's tokens.
fn fail_at((start, end): (Span, Span)) -> TokenStream {
    let mut arguments = Group::new(Delimiter::Parenthesis, TokenStream::new());
    arguments.set_span(end);
    let mut tokens = quote_spanned!(start=> __report.fail);
    tokens.extend([TokenTree::Group(arguments)]);
    tokens
}

/// `::rest_status`, built directly: parsing it with syn would cost every handler more
/// than the rest of its expansion.
fn default_crate() -> Trees {
    Trees::default().join(&["rest_status"], Span::call_site())
}
