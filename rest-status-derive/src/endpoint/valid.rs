//! The rules `#[rest_endpoint]` applies while it expands, each a function that records
//! what is wrong in the [`Ctxt`] and quotes the line of the `rest_endpoint` docs (the
//! facade's) it enforces. [`check`] runs them all, so every problem of a handler is
//! reported in one build, and hands [`expand`](super::expand) what it needs.
//!
//! The rules about the policy's table run in const evaluation
//! (`rest_status_core::check`) when the policy is a type the macro cannot read.

use std::path::PathBuf;
use std::sync::{Mutex, PoisonError};

use proc_macro2::{Ident, Span, TokenStream, TokenTree};
use quote::ToTokens;
use rest_status_core::__private::endpoint::Endpoint;
use rest_status_core::{BuiltInPolicy, Method, MethodTable, StatusSet, BUILT_IN_POLICIES};
use syn::{Expr, ExprLit, Lit, LitInt, Path};

use super::ast::{self, Handler, Placement, ReturnPart};
use super::attr::Args;
use super::body::{self, NamedStatus};
use super::default_policy::{self, DefaultPolicy};
use super::params;
use crate::ctxt::Ctxt;
use crate::tokens::display;

/// What the checks of one handler are written from, once every rule has passed.
pub(crate) struct Contract {
    pub(crate) method: Method,
    /// The method's string literal.
    pub(crate) method_span: Span,
    /// `statuses(...)`, when the handler declares them.
    pub(crate) declared: Option<Vec<DeclaredStatus>>,
    pub(crate) policy: Policy,
    /// `crate = path`, when given.
    pub(crate) krate: Option<Path>,
    /// How the handler's crate names the facade, for the help lines: `rest_status`.
    pub(crate) krate_name: &'static str,
    pub(crate) parts: Vec<ReturnPart>,
    /// The first and last token of the return type (the fn's name without one).
    pub(crate) return_span: (Span, Span),
    /// The policy when it is a built-in one, which the macro checks the method and
    /// the declared statuses against itself, with the policy's own reasons.
    pub(crate) known: Option<&'static BuiltInPolicy>,
    /// The statuses the body names where it builds a response, when they are checked
    /// (see [`named_statuses`]).
    pub(crate) named: Vec<NamedStatus>,
    /// The parameters whose extractors may reject a request.
    pub(crate) params: Vec<ReturnPart>,
}

impl Contract {
    /// Whether the policy has rules for the method, as far as the macro knows.
    pub(crate) fn method_is_covered(&self) -> bool {
        self.known
            .is_none_or(|built_in| built_in.table.covers(self.method))
    }

    /// Whether the body's statuses speak for the parts of the return type that carry
    /// their status as a value or hide it (`impl Trait`): the handler declares no
    /// statuses, and the body names some.
    pub(crate) fn named_speak_for_parts(&self) -> bool {
        self.declared.is_none() && !self.named.is_empty()
    }
}

/// The policy a handler is checked against.
pub(crate) enum Policy {
    /// `policy = path`.
    Explicit(Path),
    /// The crate's default, from its manifest.
    Default {
        /// The manifest, to be made an input of the crate.
        manifest: Option<PathBuf>,
        policy: DefaultPolicy,
    },
}

/// Applies every rule to the arguments and the handler, recording each problem in
/// `cx`. `None` when the checks cannot be written: the item is then re-emitted as
/// written, beside the errors.
///
/// Whatever else is wrong in the attribute, the checks are written when the handler,
/// its method and its policy are known: their errors come in the same build.
pub(crate) fn check(cx: &Ctxt, args: &Args, handler: Option<&Handler>) -> Option<Contract> {
    let method = method_is_given(cx, args);
    let declared = declared_statuses(cx, args);
    let once = handler.is_some_and(|handler| applied_once(cx, handler));
    let complete = arguments_complete(args, declared.as_deref());
    let policy = policy(cx, args);
    let parts = handler
        .map(|handler| ast::return_parts(&handler.sig))
        .unwrap_or_default();
    let named = match handler {
        Some(handler) => named_statuses(handler, declared.is_some(), &parts),
        None => Vec::new(),
    };
    // How the handler's crate names the facade: the help lines name it so.
    let krate = krate_name(args.krate.as_ref());
    let known = policy
        .as_ref()
        .and_then(|policy| known_policy(policy, krate));
    if declared.is_none() && named.is_empty() {
        let allowed = match (known, &method) {
            (Some(built_in), Some((method, _))) if built_in.table.covers(*method) => {
                Some((*method, built_in.name, built_in.table.allowed(*method)))
            }
            _ => None,
        };
        opaque_parts_need_statuses(cx, &parts, allowed);
    }
    let (handler, (method, method_span), policy) = (handler?, method?, policy?);
    if !once || !complete {
        // An option that could not be read may be the policy the user meant.
        return None;
    }
    let mut covered = true;
    if let Some(built_in) = known {
        // The help lines name the facade as the handler's crate does.
        let named_set = named
            .iter()
            .fold(StatusSet::EMPTY, |set, status| set.with(status.code));
        let endpoint = endpoint(method, built_in, krate).returning(named_set);
        covered = method_is_covered(cx, &endpoint, method_span);
        if covered {
            declared_statuses_are_allowed(cx, &endpoint, declared.as_deref().unwrap_or_default());
        }
    }
    if covered {
        named_statuses_are_allowed(cx, krate, method, known, declared.as_deref(), &named);
    }
    Some(Contract {
        method,
        method_span,
        declared,
        policy,
        krate: args.krate.clone(),
        krate_name: krate,
        params: params::extractors(handler.sig.params.clone(), &handler.sig.generics),
        parts,
        return_span: ast::return_span(&handler.sig),
        known,
        named,
    })
}

/// The built-in policy `policy` is, if it is one of core's `BUILT_IN_POLICIES`: the
/// crate's default naming one, or `policy = rest_status::Extended` /
/// `rest_status::presets::Zalando` through the facade (as the handler's crate names
/// it), matched against the policy's path. A path the macro cannot resolve is left to
/// the compiler.
fn known_policy(policy: &Policy, facade: &str) -> Option<&'static BuiltInPolicy> {
    match policy {
        Policy::Default {
            policy: DefaultPolicy::BuiltIn(built_in),
            ..
        } => Some(built_in),
        Policy::Default { .. } => None,
        Policy::Explicit(path) => {
            // A built-in policy is a path of words: one with generics is none.
            let text = words(path)?;
            let rest = text.strip_prefix(facade)?;
            let rest = rest.strip_prefix("::")?;
            BUILT_IN_POLICIES
                .iter()
                .find(|built_in| built_in.path == rest)
        }
    }
}

/// The handler's `Endpoint` under the built-in policy `built_in`, with its reasons.
fn endpoint(method: Method, built_in: &BuiltInPolicy, krate: &'static str) -> Endpoint {
    Endpoint::new(method, built_in.name, built_in.table, krate).with_reasons(built_in.reasons)
}

/// The `rest_endpoint` docs, "Statuses named in the body": the body is read when a
/// part of the return type carries its status as a value or hides it (`StatusCode`,
/// `Response`, `HttpResponse`, a tuple, `impl Trait`), or when the handler declares
/// `statuses(...)`, which must then list every status the body returns. A handler
/// whose return type's statuses are all known is not read: its types say it all.
fn named_statuses(handler: &Handler, declared: bool, parts: &[ReturnPart]) -> Vec<NamedStatus> {
    let read = declared
        || parts
            .iter()
            .any(|part| part.carries_status || part.placement == Placement::Opaque);
    if !read {
        return Vec::new();
    }
    body::named_statuses(handler.body.stream())
}

/// The `rest_endpoint` docs: "each status the body names ... is checked like a status
/// of `statuses(...)`: the policy must allow it for the method, and `statuses(...)`,
/// when given, must list it". The macro decides where it can: the policy's side when
/// it knows the policy's table (const evaluation checks the others, see `expand`), the
/// declared side always. Each is an error at the status in the body.
fn named_statuses_are_allowed(
    cx: &Ctxt,
    krate: &'static str,
    method: Method,
    known: Option<&'static BuiltInPolicy>,
    declared: Option<&[DeclaredStatus]>,
    named: &[NamedStatus],
) {
    if named.is_empty() {
        return;
    }
    let declared_set = declared.map(|declared| {
        declared
            .iter()
            .fold(StatusSet::EMPTY, |set, status| set.with(status.code))
    });
    for status in named {
        let report = match known {
            Some(built_in) => {
                endpoint(method, built_in, krate).check_named(status.code, declared_set)
            }
            // The policy's side is left to const evaluation.
            None => Endpoint::new(method, "", MethodTable::EMPTY, krate)
                .check_undeclared(status.code, declared_set),
        };
        if report.is_failed() {
            cx.error_spanned_by(spanning(status.span), report.as_str());
        }
    }
}

/// Two tokens spanned at `start` and `end`: an error spanned by them underlines
/// everything in between.
fn spanning((start, end): (Span, Span)) -> TokenStream {
    [
        TokenTree::Ident(Ident::new("start", start)),
        TokenTree::Ident(Ident::new("end", end)),
    ]
    .into_iter()
    .collect()
}

/// A path of words as text, `rest_status::Extended`, without a leading `::`; `None`
/// for a path with generics. Read from the words, not through `to_tokens`, which
/// makes a round trip to the compiler per token.
fn words(path: &Path) -> Option<String> {
    let mut text = String::new();
    for segment in &path.segments {
        if !segment.arguments.is_none() {
            return None;
        }
        if !text.is_empty() {
            text.push_str("::");
        }
        text.push_str(&segment.ident.to_string());
    }
    Some(text)
}

/// How the handler's crate names the facade: `rest_status`, or `crate = path`'s path.
///
/// `Endpoint` is built for const code and takes `'static` names. A name read from
/// `crate = path` is made one once per compiler process and kept in `NAMES`, so a crate
/// of many handlers holds one copy, which stays reachable.
fn krate_name(krate: Option<&Path>) -> &'static str {
    static NAMES: Mutex<Vec<&'static str>> = Mutex::new(Vec::new());
    let Some(path) = krate else {
        return "rest_status";
    };
    let text = words(path).unwrap_or_else(|| {
        let text = display(&path.to_token_stream().into_iter().collect::<Vec<_>>());
        text.trim_start_matches("::").to_owned()
    });
    let text = text.as_str();
    let mut names = NAMES.lock().unwrap_or_else(PoisonError::into_inner);
    if let Some(name) = names.iter().find(|name| **name == text) {
        return name;
    }
    let name: &'static str = Box::leak(text.into());
    names.push(name);
    name
}

/// The `rest_endpoint` docs: "A method the policy does not cover is an error too
/// (`HEAD` under `Strict`: use [`Extended`])". Checked here when the macro knows the
/// policy's table, at the method; false when it is refused.
fn method_is_covered(cx: &Ctxt, endpoint: &Endpoint, method_span: Span) -> bool {
    let report = endpoint.check_method();
    if report.is_failed() {
        cx.syn_error(syn::Error::new(method_span, report.as_str()));
    }
    !report.is_failed()
}

/// The `rest_endpoint` docs: "the declared ones must be allowed by the policy".
/// Checked here when the macro knows the policy's table: each refused status is an
/// error of its own, at its literal.
fn declared_statuses_are_allowed(cx: &Ctxt, endpoint: &Endpoint, declared: &[DeclaredStatus]) {
    let codes: Vec<u16> = declared.iter().map(|status| status.code).collect();
    let set = StatusSet::of(&codes);
    for status in declared {
        let report = endpoint.check_status(status.code, set);
        if report.is_failed() {
            cx.syn_error(syn::Error::new(status.span, report.as_str()));
        }
    }
}

/// The `rest_endpoint` docs: "`policy = path::To::Policy`: the [`Policy`] to check
/// against; default: the crate's default, else [`Strict`]". A manifest that cannot be
/// read, or whose default is not understood, is an error at the attribute.
fn policy(cx: &Ctxt, args: &Args) -> Option<Policy> {
    if let Some(path) = &args.policy {
        return Some(Policy::Explicit(path.clone()));
    }
    match default_policy::read() {
        Ok(manifest) => Some(Policy::Default {
            manifest: manifest.path,
            policy: manifest.policy,
        }),
        Err(message) => {
            cx.syn_error(syn::Error::new(Span::call_site(), message));
            None
        }
    }
}

/// One status of `statuses(...)`, with the literal the errors point at.
pub(crate) struct DeclaredStatus {
    pub(crate) code: u16,
    pub(crate) span: Span,
}

/// The `rest_endpoint` docs: "`method = \"GET\"`: required". Missing, it is an error at
/// the attribute.
fn method_is_given(cx: &Ctxt, args: &Args) -> Option<(Method, Span)> {
    match &args.method {
        Some(value) => method_is_known(cx, value),
        None => {
            cx.syn_error(syn::Error::new(
                Span::call_site(),
                "missing `method`: write the handler's HTTP method, e.g. `#[rest_endpoint(method = \"GET\")]`",
            ));
            None
        }
    }
}

/// The `rest_endpoint` docs: "`\"GET\"`, `\"HEAD\"`, `\"POST\"`, ...; in capitals". A method
/// in lower case suggests its capitals; an unknown method lists the methods there are.
fn method_is_known(cx: &Ctxt, value: &Expr) -> Option<(Method, Span)> {
    let Expr::Lit(ExprLit {
        lit: Lit::Str(lit), ..
    }) = value
    else {
        cx.error_spanned_by(
            value,
            "expected the method as a string in capitals, e.g. `method = \"GET\"`",
        );
        return None;
    };
    let name = lit.value();
    if let Some(method) = Method::from_name(&name) {
        return Some((method, lit.span()));
    }
    let message = match Method::from_name(&name.trim().to_ascii_uppercase()) {
        Some(method) => format!(
            "unknown method {name:?}: HTTP methods are written in capitals; write \"{method}\""
        ),
        None => {
            let all: Vec<String> = Method::ALL.iter().map(|m| format!("\"{m}\"")).collect();
            format!(
                "unknown method {name:?}: expected one of {}",
                all.join(", ")
            )
        }
    };
    cx.error_spanned_by(lit, message);
    None
}

/// The `rest_endpoint` docs: "`statuses(200, 404)`: the statuses the handler returns,
/// integer literals in `100..=599`". An empty list, and a status given twice, are
/// errors at the keyword and the repeated literal.
fn declared_statuses(cx: &Ctxt, args: &Args) -> Option<Vec<DeclaredStatus>> {
    let (keyword, list) = args.statuses.as_ref()?;
    if list.is_empty() {
        cx.error_spanned_by(
            keyword,
            "`statuses()` is empty: list every status the handler returns, e.g. `statuses(200, 404)`",
        );
        return None;
    }
    let mut declared = Vec::new();
    let mut seen = StatusSet::EMPTY;
    for item in list {
        let Some((code, lit)) = status_is_in_range(cx, item) else {
            continue;
        };
        if seen.contains(code) {
            cx.error_spanned_by(
                lit,
                format!("duplicate status {code}: it is already in `statuses(...)`"),
            );
            continue;
        }
        seen = seen.with(code);
        declared.push(DeclaredStatus {
            code,
            span: lit.span(),
        });
    }
    Some(declared)
}

/// Whether every option was read and `declared` holds every item the user wrote in
/// `statuses(...)`: checking a type against part of the list would report statuses
/// that are there.
fn arguments_complete(args: &Args, declared: Option<&[DeclaredStatus]>) -> bool {
    args.complete
        && match (&args.statuses, declared) {
            (None, _) => true,
            (Some((_, list)), Some(declared)) => list.len() == declared.len(),
            (Some(_), None) => false,
        }
}

/// One item of `statuses(...)`: "integer literals in `100..=599`".
fn status_is_in_range<'a>(cx: &Ctxt, item: &'a Expr) -> Option<(u16, &'a LitInt)> {
    const RANGE: &str = "an HTTP status is an integer in 100..=599";
    match item {
        Expr::Lit(ExprLit {
            lit: Lit::Int(lit), ..
        }) => match lit.base10_parse::<u16>() {
            Ok(code) if StatusSet::in_range(code) => Some((code, lit)),
            _ => {
                cx.error_spanned_by(
                    lit,
                    format!("status {} is out of range: {RANGE}", lit.base10_digits()),
                );
                None
            }
        },
        Expr::Lit(ExprLit {
            lit: Lit::Str(lit), ..
        }) => {
            cx.error_spanned_by(
                lit,
                format!(
                    "expected an integer, not a string: write the status without quotes, e.g. `{}`",
                    lit.value().trim()
                ),
            );
            None
        }
        other => {
            cx.error_spanned_by(
                other,
                format!("expected a status code literal such as `404`: {RANGE}"),
            );
            None
        }
    }
}

/// The checks are items in the body named once per handler: a second
/// `#[rest_endpoint]` on the same fn would define them twice.
fn applied_once(cx: &Ctxt, function: &Handler) -> bool {
    for attr in &function.repeated {
        cx.error_spanned_by(
            attr,
            "#[rest_endpoint] is given twice on this fn: keep one, with all the arguments",
        );
    }
    function.repeated.is_empty()
}

/// The `rest_endpoint` docs: "A return type without known statuses (`impl
/// IntoResponse`, ...) needs `statuses(...)`; without it the error says to declare
/// them". An `impl Trait` part is known to have none now; other parts are probed by
/// the compiler.
fn opaque_parts_need_statuses(
    cx: &Ctxt,
    parts: &[ReturnPart],
    allowed: Option<(Method, &str, StatusSet)>,
) {
    for part in parts {
        if part.placement != Placement::Opaque {
            continue;
        }
        let (why, or_name) = if part.display == "()" {
            ("`()` has none", "")
        } else {
            (
                "an `impl Trait` type hides them, and the body names none",
                "; or name each where the body builds the response, e.g. `(StatusCode::OK, Json(item))`",
            )
        };
        let help = match allowed {
            Some((method, policy, allowed)) => {
                let codes: Vec<String> = allowed.into_iter().map(|code| code.to_string()).collect();
                format!(
                    "help: declare the statuses the handler returns: `statuses({})` are those {method} allows under `{policy}`; keep the ones it returns",
                    codes.join(", ")
                )
            }
            None => "help: declare the statuses the handler returns, `statuses(...)`, listing only statuses its method allows under the policy".to_owned(),
        };
        cx.error_spanned_by(
            &part.ty,
            format!(
                "the statuses of the {} `{}` are not known at compile time: {why}\n{help}{or_name}",
                part.role, part.display
            ),
        );
    }
}
