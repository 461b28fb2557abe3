//! Writes the check into the handler: one `const` item at the top of its body, so a
//! refused status is a compile error that `cargo check` reports, pointed at the
//! method, the status literal or the part of the return type that fails first.
//!
//! The item is kept small because every handler pays for it at every build: a passing
//! handler evaluates one call that compares bitsets, and the text of the error is
//! built only when something fails.

use proc_macro2::{Delimiter, Group, Ident, Literal, Span, TokenStream, TokenTree};
use quote::{quote, quote_spanned, ToTokens};

use super::ast::{Placement, ReturnPart};
use super::body::NamedStatus;
use super::default_policy::{self, DefaultPolicy};
use super::valid::{Contract, DeclaredStatus, Policy};
use crate::tokens::{display, extend_path, extend_punct, parenthesized_at, respan, Trees};
use rest_status_core::__private::endpoint::words;
use rest_status_core::__private::unknown;
use rest_status_core::StatusSet;

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
        // `StatusCode`, a `Response` or a tuple when the body names its statuses or
        // the handler declares them: such a type is taken for the framework's, which
        // has no statuses of its own, so there is nothing to probe.
        let speak = self.contract.named_speak_for_parts() || self.contract.declared.is_some();
        let parts: Vec<&ReturnPart> = self
            .contract
            .parts
            .iter()
            .filter(|part| part.placement != Placement::Opaque)
            .filter(|part| !(speak && part.carries_status))
            .collect();
        let body = match (&self.contract.declared, self.contract.known) {
            (None, _) => self.typed(&parts),
            (Some(declared), Some(_)) => self.declared_known(declared, &parts),
            (Some(declared), None) => Some(self.declared(declared, &parts)),
        };
        let body = body.unwrap_or_default();
        if body.is_empty() {
            // Nothing is left to check: the macro has checked all there was, or the
            // body's statuses speak for the return type.
        } else if parts
            .iter()
            .any(|part| part.placement == Placement::Instance)
        {
            // Names the fn's generics or `Self`, which only an inline `const { }` can.
            checks.extend(quote!(const { #body };));
        } else {
            checks.extend(quote!(const _: () = #body;));
        }
        if self.contract.known.is_none() {
            // Under a built-in policy, `valid` has checked them; one that
            // `statuses(...)` does not list is an error of `valid`'s already.
            let declared = self.contract.declared.as_deref();
            for status in &self.contract.named {
                let undeclared = declared.is_some_and(|declared| {
                    declared.iter().all(|literal| literal.code != status.code)
                });
                if !undeclared {
                    checks.extend(self.named(status));
                }
            }
        }
        if !self.contract.params.is_empty() {
            // One import for the parameters' items below (a block's items see its
            // imports): the module under a short name, and `Probe`'s fallback, which
            // answers for a parameter that is not an extractor, and for a path that is
            // not a policy (reported once, by the main check).
            let private = self
                .krate
                .join(&["__private", "endpoint"], Span::call_site());
            let alias = endpoint_alias(Span::call_site());
            checks.extend(quote!(use #private::{self as #alias, ProbeFallback as _};));
        }
        for param in &self.contract.params {
            checks.extend(self.parameter(param));
        }
        checks
    }

    /// `const _: () = check_named(Probe::<P>::POLICY, Method::Delete, "rest_status", 404);`, spanned at
    /// the status in the body: a status the body names, checked against a policy the
    /// macro cannot read.
    fn named(&self, status: &NamedStatus) -> TokenStream {
        let (policy, method, krate_name) = (self.policy(), self.method(), self.krate_name());
        let private = self
            .krate
            .join(&["__private", "endpoint"], Span::call_site());
        let (start, end) = status.span;
        let function = self.private_at("check_named", start);
        let code = Literal::u16_unsuffixed(status.code);
        let arguments = parenthesized_at(
            quote!(#private::Probe::<#policy>::POLICY, #method, #krate_name, #code),
            end,
        );
        quote! {
            const _: () = {
                // A path that is not a policy is reported once, by the main check.
                use #private::ProbeFallback as _;
                #function #arguments
            };
        }
    }

    /// `const _: () = check_extractor::<P>(Method::Post, "rest_status", "Json<Item>",
    /// Probe::<Json<Item>>::EXTRACTOR);`, spanned at the parameter's type: the
    /// statuses with which its extractor rejects a request, when it is one whose
    /// rejections are known, must be allowed. One item per parameter, so each refused
    /// one is its own error; each item is what a passing parameter pays for, so it
    /// holds one probe, and none of the policy when the macro named a built-in one
    /// (`check_parameter` with `Probe::<P>::POLICY` otherwise: a path that is not a
    /// policy is reported once, by the main check).
    fn parameter(&self, param: &ReturnPart) -> TokenStream {
        let krate_name = self.krate_name();
        let private = endpoint_alias(Span::call_site());
        // `Method::Post` through the alias: fewer tokens than `rest_status::__private::Method::Post`.
        let method = Ident::new(&format!("{:?}", self.contract.method), Span::call_site());
        let method = quote!(#private::Method::#method);
        let (start, end) = param.span;
        let (ty, display) = (&param.ty, &param.display);
        let extractor = quote!(#private::Probe::<#ty>::EXTRACTOR);
        let policy = self.policy();
        let (function, arguments) = if self.contract.known.is_some() {
            (
                "check_extractor",
                quote!(#method, #krate_name, #display, #extractor),
            )
        } else {
            (
                "check_parameter",
                quote!(#private::Probe::<#policy>::POLICY, #method, #krate_name, #display, #extractor),
            )
        };
        let mut function = Trees(vec![endpoint_alias(start).into()]).join(&[function], start);
        if self.contract.known.is_some() {
            function.0.extend(quote_spanned!(start=> ::<#policy>));
        }
        let arguments = parenthesized_at(arguments, end);
        quote!(const _: () = #function #arguments;)
    }

    /// The policy as a type, spanned so that a path that is not a policy is a
    /// trait-bound error at the path.
    fn policy(&self) -> Trees {
        match &self.contract.policy {
            Policy::Explicit(path) => Trees(path.to_token_stream().into_iter().collect()),
            Policy::Default { policy, .. } => match policy {
                DefaultPolicy::BuiltIn(built_in) => {
                    let path: Vec<&str> = built_in.path.split("::").collect();
                    self.krate.join(&path, Span::call_site())
                }
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

    /// `<ty as ::rest_status::Statuses>::STATUSES_AND_SOURCES`: a part without
    /// statuses is a trait-bound error at the user's type, worded by the trait's
    /// `on_unimplemented`, with no generic fn of the runtime to point at. One
    /// projection, not one for each constant: the type checker resolves each.
    ///
    /// Under a built-in policy the trait is the one of its method
    /// (`statuses_for::StrictDelete`), whose error lists the statuses the
    /// method may declare; under another, `Statuses`, whose error cannot.
    ///
    /// Built as trees, not with `quote!`: a `TokenStream` interpolated into another is
    /// a round trip to the compiler, two a handler.
    fn statuses_of(&self, part: &ReturnPart) -> Trees {
        let (start, _) = part.span;
        let ty = &part.ty;
        let mut statuses = self.krate.clone();
        for token in &mut statuses.0 {
            token.set_span(start);
        }
        let by_method = self
            .contract
            .known
            .and_then(|built_in| unknown::trait_name(built_in.name, self.contract.method));
        let statuses = match &by_method {
            Some(name) => statuses.join(&["statuses_for", name], start),
            None => statuses.join(&["Statuses"], start),
        };
        let mut projection = Vec::with_capacity(ty.0.len() + statuses.0.len() + 5);
        extend_punct(&mut projection, "<", start);
        projection.extend(ty.0.iter().cloned());
        projection.push(TokenTree::Ident(Ident::new("as", start)));
        projection.extend(statuses.0);
        extend_punct(&mut projection, ">", start);
        extend_path(&mut projection, &["STATUSES_AND_SOURCES"], start);
        Trees(projection)
    }

    /// A handler that declares no statuses: each part of its return type must have
    /// statuses that the policy allows. One call, spanned over the return type; the
    /// method is checked by the macro when it knows the policy's table
    /// (`valid::method_is_covered`), or otherwise by a call spanned at the method
    /// that is the first argument of the first.
    fn typed(&self, parts: &[&ReturnPart]) -> Option<TokenStream> {
        let (policy, method, krate_name) = (self.policy(), self.method(), self.krate_name());
        let (start, end) = self.contract.return_span;
        // The method first: `refuse_method`, spanned at the method, fails only when
        // the policy has no rules for it, and otherwise gives the method back as the
        // check's first argument, which costs the `const` less than a statement of
        // its own in a block.
        let method = if self.contract.known.is_some() {
            method
        } else {
            let span = self.contract.method_span;
            let mut refuse = self.private_at("refuse_method", span);
            refuse.0.extend(quote_spanned!(span=> ::<#policy>));
            refuse
                .0
                .push(parenthesized_at(quote!(#method, #krate_name), span));
            refuse
        };
        let check = match parts {
            [a, b] => {
                let function = self.private_at("check", start);
                let (a_display, b_display) = (&a.display, &b.display);
                let (a, b) = (self.statuses_of(a), self.statuses_of(b));
                let arguments = parenthesized_at(
                    quote!(#method, #krate_name, #a_display, #a, #b_display, #b),
                    end,
                );
                quote_spanned!(start=> #function::<#policy> #arguments)
            }
            [a] if a.role == "return type" => {
                let function = self.private_at("check_whole", start);
                let a_display = &a.display;
                let a = self.statuses_of(a);
                let arguments = parenthesized_at(quote!(#method, #krate_name, #a_display, #a), end);
                quote_spanned!(start=> #function::<#policy> #arguments)
            }
            // One side of a `Result`, the other spoken for by the statuses the body
            // names: spanned at that side.
            [a] => {
                let (start, end) = a.span;
                let function = self.private_at("check_side", start);
                let (role, a_display) = (a.role, &a.display);
                let a_statuses = self.statuses_of(a);
                let arguments = parenthesized_at(
                    quote!(#method, #krate_name, #role, #a_display, #a_statuses),
                    end,
                );
                quote_spanned!(start=> #function::<#policy> #arguments)
            }
            // A return type without statuses and without `statuses(...)`, which the
            // macro has refused already, or parts the body's statuses speak for: only
            // the method is left to check, when the macro could not.
            _ if self.contract.known.is_some() => return None,
            _ => TokenStream::new(),
        };
        if self.contract.known.is_some() {
            // `valid` checked the method; a method without rules leaves nothing to
            // check against.
            return self.contract.method_is_covered().then_some(check);
        }
        if check.is_empty() {
            return Some(quote!({ #method; }));
        }
        Some(check)
    }

    /// A handler that declares `statuses(...)` under a policy whose table the macro
    /// knows: `valid` has checked the method and each status, so only the statuses of
    /// the parts of the return type are left, which must be among the declared ones.
    /// `None` when no part can have statuses (`impl IntoResponse`).
    fn declared_known(
        &self,
        declared: &[DeclaredStatus],
        parts: &[&ReturnPart],
    ) -> Option<TokenStream> {
        if parts.is_empty() || !self.contract.method_is_covered() {
            return None;
        }
        let private = self
            .krate
            .join(&["__private", "endpoint"], Span::call_site());
        let codes: Vec<u16> = declared.iter().map(|status| status.code).collect();
        // The set as its bits: const evaluation reads them at once.
        let words = words(StatusSet::of(&codes))
            .map(Literal::u64_unsuffixed)
            .into_iter();
        let described = parts.iter().map(|part| self.probed(part, &private));
        let (start, end) = self.contract.return_span;
        let function = self.private_at("check_undeclared", start);
        let arguments = parenthesized_at(quote!([#(#words),*], &[#(#described),*]), end);
        Some(quote! {{
            // `Probe`'s fallback answers for a type without statuses.
            use #private::ProbeFallback as _;
            #function #arguments
        }})
    }

    /// `probed(role, ty, Probe::<T>::FOUND)`: the `Part` of a part whose statuses may
    /// be unknown.
    fn probed(&self, part: &ReturnPart, private: &Trees) -> TokenStream {
        let (ty, role, display) = (&part.ty, part.role, &part.display);
        quote!(#private::probed(#role, #display, #private::Probe::<#ty>::FOUND))
    }

    /// A handler that declares `statuses(...)` under a policy the macro cannot read:
    /// each must be allowed by the policy, and the statuses of each part of the
    /// return type that has them must be declared.
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
        let described = parts.iter().map(|part| self.probed(part, &private));
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

/// The name the parameters' items give `rest_status::__private::endpoint`, spanned at
/// `span`.
fn endpoint_alias(span: Span) -> Ident {
    Ident::new("__rest_status_endpoint", span)
}

/// `::rest_status`, built directly: parsing it with syn would cost every handler more
/// than the rest of its expansion.
fn default_crate() -> Trees {
    Trees::default().join(&["rest_status"], Span::call_site())
}
