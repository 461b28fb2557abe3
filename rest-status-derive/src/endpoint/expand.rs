//! Writes the checks into the handler: `const` items at the top of its body, each
//! spanned at the token it is about, so a refused status is a compile error that
//! `cargo check` reports at the status literal or the return type.

use proc_macro2::{Delimiter, Group, Literal, Span, TokenStream, TokenTree};
use quote::{quote, quote_spanned, ToTokens};
use syn::Path;

use super::ast::{self, Context, ReturnPart};
use super::attr;
use super::check::{self, DeclaredStatus};
use super::default_policy::{self, DefaultPolicy};
use crate::ctxt::Ctxt;

/// The name of the per-handler constant the checks share. One name per body: a second
/// `#[rest_endpoint]` on the same fn is refused by `check::applied_once`.
const ENDPOINT: &str = "__REST_STATUS_ENDPOINT";

/// Expands `#[rest_endpoint(args)] item`. Never panics: every problem becomes a
/// compile error next to the original item, re-emitted as written.
pub(crate) fn expand(args: TokenStream, item: TokenStream) -> TokenStream {
    let cx = Ctxt::new();
    let args = attr::parse(&cx, args);
    let function = check::handler(&cx, item.clone());
    let method = check::required_method(&cx, &args);
    let declared = check::declared_statuses(&cx, &args);
    let once = function
        .as_ref()
        .is_some_and(|function| check::applied_once(&cx, function));
    let complete = check::arguments_complete(&args, declared.as_deref());
    let krate = args
        .krate
        .clone()
        .unwrap_or_else(|| syn::parse_quote!(::rest_status));
    let policy = match &args.policy {
        Some(path) => Some(Policy::Explicit(path.clone())),
        None => match default_policy::read() {
            Ok(manifest) => Some(Policy::Default(manifest)),
            Err(message) => {
                cx.syn_error(syn::Error::new(Span::call_site(), message));
                None
            }
        },
    };
    let parts = function
        .as_ref()
        .map(|f| ast::return_parts(&f.sig))
        .unwrap_or_default();
    if declared.is_none() {
        check::opaque_parts_need_statuses(&cx, &parts);
    }

    let errors = cx.check().err().map(|error| error.to_compile_error());
    match (function, method, policy) {
        // Whatever else is wrong in the attribute, the checks can run: their errors
        // come in the same build (every problem of a handler at once).
        (Some(function), Some((method, method_span)), Some(policy)) if once && complete => {
            let checks = Checks {
                krate,
                method,
                method_span,
                declared,
                policy,
                parts,
            };
            let function = function.with_checks(checks.expand());
            quote!(#errors #function)
        }
        _ => quote!(#errors #item),
    }
}

enum Policy {
    /// `policy = path`.
    Explicit(Path),
    /// The crate's default, from its manifest.
    Default(default_policy::Manifest),
}

/// The checks of one handler.
struct Checks {
    krate: Path,
    method: rest_status_core::Method,
    method_span: Span,
    declared: Option<Vec<DeclaredStatus>>,
    policy: Policy,
    parts: Vec<ReturnPart>,
}

impl Checks {
    fn expand(&self) -> TokenStream {
        let mut checks = TokenStream::new();
        let mut push = |tokens: TokenStream| checks.extend(tokens);
        push(self.endpoint());
        push(self.check(
            (self.method_span, self.method_span),
            TokenStream::new(),
            quote!(check_method()),
            Context::Item,
        ));
        for status in self.declared.iter().flatten() {
            let code = Literal::u16_unsuffixed(status.code);
            push(self.check(
                (status.span, status.span),
                TokenStream::new(),
                quote!(check_status(#code)),
                Context::Item,
            ));
        }
        // Items first, then the inline `const { }` statements: items after statements
        // would trip `clippy::items_after_statements` in the user's code.
        let parts_in = |context: Context| {
            self.parts
                .iter()
                .filter(move |part| part.context == context)
                .map(|part| self.type_check(part))
        };
        parts_in(Context::Item).for_each(&mut push);
        // An `impl Trait` part is not checked: only `statuses(...)` can speak for it
        // (`check::opaque_parts_need_statuses`).
        if let Policy::Default(default_policy::Manifest {
            path: Some(path), ..
        }) = &self.policy
        {
            // Makes the manifest an input of the crate: cargo rebuilds when the
            // default policy changes, which it does not do for metadata alone.
            // `u8` by path: a type named `u8` in the user's module would take it.
            let path = path.to_string_lossy();
            push(quote!(
                const _: &[::core::primitive::u8] = ::core::include_bytes!(#path);
            ));
        }
        parts_in(Context::Instance).for_each(&mut push);
        checks
    }

    /// `const __REST_STATUS_ENDPOINT: Endpoint = Endpoint::new(method, NAME, TABLE, krate);`
    fn endpoint(&self) -> TokenStream {
        let krate = &self.krate;
        let name = syn::Ident::new(ENDPOINT, Span::call_site());
        // The variant's name is its `Debug` form: `Delete`.
        let method = syn::Ident::new(&format!("{:?}", self.method), self.method_span);
        let policy = match &self.policy {
            Policy::Explicit(path) => path.to_token_stream(),
            Policy::Default(manifest) => match &manifest.policy {
                DefaultPolicy::BuiltIn(name) => {
                    let name = syn::Ident::new(name, Span::call_site());
                    quote!(#krate::#name)
                }
                DefaultPolicy::Path(path) => respan(path.to_token_stream(), Span::call_site()),
            },
        };
        // The trait-bound error for a path that is not a policy points at the path.
        let span = match &self.policy {
            Policy::Explicit(path) => first_span(path.to_token_stream()),
            Policy::Default(_) => Span::call_site(),
        };
        let policy_trait = quote_spanned!(span=> #krate::__private::Policy);
        let krate_name = ast::display(&krate.to_token_stream());
        let krate_name = krate_name.trim_start_matches("::");
        quote! {
            const #name: #krate::__private::endpoint::Endpoint =
                #krate::__private::endpoint::Endpoint::new(
                    #krate::__private::Method::#method,
                    <#policy as #policy_trait>::NAME,
                    <#policy as #policy_trait>::TABLE,
                    #krate_name,
                );
        }
    }

    /// The check of one part of the return type, through `Probe` so that a type
    /// without statuses gets the "declare them" error and not a trait-bound error.
    fn type_check(&self, part: &ReturnPart) -> TokenStream {
        let krate = &self.krate;
        let ty = &part.ty;
        let role = part.role;
        let display = &part.display;
        let declared = match &self.declared {
            Some(declared) => {
                let codes = declared.iter().map(|s| Literal::u16_unsuffixed(s.code));
                quote!(::core::option::Option::Some(#krate::__private::StatusSet::of(&[#(#codes),*])))
            }
            None => quote!(::core::option::Option::None),
        };
        let probe = quote!(#krate::__private::endpoint::Probe::<#ty>);
        self.check(
            part.span,
            // `Probe`'s fallback answers for a type without statuses.
            quote!(use #krate::__private::endpoint::ProbeFallback as _;),
            quote!(check_type(#role, #display, #probe::KNOWN, #probe::SOURCES, #declared)),
            part.context,
        )
    }

    /// `const _: () = { prelude; let __report = ENDPOINT.call; if failed { panic!(text) } };`,
    /// with the panic spanned from `span.0` to `span.1`: the error underlines that.
    /// In [`Context::Instance`], an inline `const { }` instead, which can name the
    /// fn's generics and `Self`. The local is `__report`: a plain `report` would be
    /// taken for a unit struct or a constant of that name in the user's module.
    fn check(
        &self,
        span: (Span, Span),
        prelude: TokenStream,
        call: TokenStream,
        context: Context,
    ) -> TokenStream {
        let endpoint = syn::Ident::new(ENDPOINT, Span::call_site());
        let panic = spanned_panic(span, quote!("{}", __report.as_str()));
        let body = quote! {
            #prelude
            let __report = #endpoint.#call;
            if __report.is_failed() {
                #panic
            }
        };
        match context {
            Context::Instance => quote!(const { #body };),
            Context::Item | Context::Opaque => quote!(const _: () = { #body };),
        }
    }
}

/// `::core::panic!(args)` whose tokens start at `span.0` and end at `span.1`, so that
/// rustc's span for the call, where the error points, covers the user's tokens.
fn spanned_panic((start, end): (Span, Span), args: TokenStream) -> TokenStream {
    let mut group = Group::new(Delimiter::Parenthesis, args);
    group.set_span(end);
    let mut tokens = quote_spanned!(start=> ::core::panic!);
    tokens.extend([TokenTree::Group(group)]);
    tokens
}

fn first_span(tokens: TokenStream) -> Span {
    tokens
        .into_iter()
        .next()
        .map_or_else(Span::call_site, |token| token.span())
}

fn respan(tokens: TokenStream, span: Span) -> TokenStream {
    tokens
        .into_iter()
        .map(|mut token| {
            if let TokenTree::Group(group) = &token {
                let mut new = Group::new(group.delimiter(), respan(group.stream(), span));
                new.set_span(span);
                token = TokenTree::Group(new);
            } else {
                token.set_span(span);
            }
            token
        })
        .collect()
}
