//! A guard for a whole service: what every response must look like, whichever code
//! wrote it. The framework-neutral part; `guard_tower.rs` and `guard_actix.rs` apply it.

use std::sync::Arc;

use crate::method::Method;
use crate::policy::{MethodTable, Policy};
use crate::status::{reason_phrase, StatusSet};

/// What the guard does when a response's status is not allowed by its policy for the
/// request's method.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum OnRefusal {
    /// Log a `tracing` warning with the method, the matched path, the status and the
    /// policy, and send the response (the default).
    #[default]
    Report,
    /// Panic with the same text: for tests, so that a refused status fails them.
    Panic,
}

/// A marker a response carries in its extensions when rest-status wrote its body: the
/// derived errors, the rejections and the typed responses mark every 4xx and 5xx they
/// write. The guard keeps a marked 5xx as it is and replaces the body of every other
/// one. Insert it yourself in a 5xx whose body you know is safe for clients.
///
/// ```
/// # extern crate rest_status_core as rest_status;
/// use rest_status::guard::SanitizedBody;
///
/// let mut response = http::Response::new(());
/// *response.status_mut() = http::StatusCode::SERVICE_UNAVAILABLE;
/// response.extensions_mut().insert(SanitizedBody);
/// assert!(response.extensions().get::<SanitizedBody>().is_some());
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct SanitizedBody;

/// A guard for a whole service, built from a [`Policy`]: a tower
/// [`Layer`](tower_layer::Layer) (feature `axum`, for `axum::Router::layer` and any tower
/// service) and an actix-web middleware (feature `actix-web`, for `App::wrap`).
///
/// For every response it
/// 1. checks the status against the policy for the request's method, and reports a
///    refusal ([`OnRefusal::Report`], a `tracing` warning naming the method, the
///    matched path, the status and the policy) or panics ([`OnRefusal::Panic`], for
///    tests). The router's own answers are not refusals: a 404 for a path that no route
///    matches, and a 405 for a method a route does not have (it keeps its `Allow`
///    header: axum adds it outside the layer);
/// 2. gives a 4xx or 5xx without a body, or with a body that is not JSON, the error
///    object of its status, `{"errors":[{"code":"not_found","message":"Not Found"}]}`;
/// 3. replaces the body of every 5xx that rest-status did not write (a handler's own
///    500, a caught panic, a timeout) by the sanitized body
///    `{"errors":[{"code":"internal_error","message":"Internal Server Error"}]}`, and
///    logs the original (its first KiB) server-side at error level;
/// 4. sends no body in answer to `HEAD`.
///
/// Successful responses, streaming or not, pass through untouched, and so do JSON
/// 4xx bodies. A status changes only where you say so, with [`Guard::remap`].
///
/// ```
/// # extern crate rest_status_core as rest_status;
/// use rest_status::guard::{Guard, OnRefusal};
/// use rest_status::{Extended, Method};
///
/// // Report refusals; answer a GET that an extractor rejects with 400 as 404 instead.
/// let guard = Guard::new::<Extended>().remap(Method::Get, 400, 404);
/// assert_eq!(guard.policy_name(), "Extended");
///
/// // In tests: fail on the first refused status.
/// let strict = Guard::new::<Extended>().on_refusal(OnRefusal::Panic);
/// # let _ = (guard, strict);
/// ```
///
/// With axum, `Router::layer(guard)` guards every route and the router's fallback; with
/// actix-web, `App::wrap(guard)`. The crate's README shows both.
///
/// # Where it goes, and the path a report names
///
/// A report (and a panic, and the log of a replaced 5xx body) names the request's
/// path, and says where it comes from in its `path_source` field:
///
/// - `"route"`: the matched route's pattern, `/invoices/{id}`. With axum, the guard
///   under `Router::layer` runs inside each route and reads axum's `MatchedPath`;
///   with actix-web, `App::wrap` reads the matched resource's pattern.
/// - `"uri"`: the request's own path, `/invoices/42`, without its query string,
///   which may carry secrets. With axum, when the guard wraps the whole router
///   (`Layer::layer(&guard, router)`, or a tower `ServiceBuilder` around it), it sees
///   the request before a route is matched; with actix-web, when no resource matched.
///
/// Around the whole axum router, the guard cannot tell whether a route matched, so it
/// takes every 404 for the router's answer to a path no route has and never reports
/// one; under `Router::layer`, a 404 from a route is checked like any status. Around
/// the router is the cheaper placement: `Router::layer` boxes each route, for any
/// layer, which costs axum more per request than the guard itself.
///
/// ```
/// # extern crate rest_status_core as rest_status;
/// # #[cfg(feature = "axum")] {
/// use axum::routing::get;
/// use axum::Router;
/// use rest_status::guard::Guard;
/// use rest_status::Extended;
/// use tower_layer::Layer;
///
/// let router = Router::new().route("/invoices/{id}", get(|| async { "invoice" }));
/// // Reports name `/invoices/{id}`, and a route's 404 is checked.
/// let inside: Router = router.clone().layer(Guard::new::<Extended>());
/// // Reports name `/invoices/42`; a 404 is the router's own.
/// let around = Guard::new::<Extended>().layer(router);
/// # let _ = (inside, around);
/// # }
/// ```
#[derive(Clone, Debug)]
pub struct Guard {
    pub(crate) config: Arc<Config>,
}

#[derive(Clone, Debug)]
pub(crate) struct Config {
    /// The policy, a constant: a request copies this reference, not the table.
    policy: &'static PolicyRef,
    on_refusal: OnRefusal,
    remaps: Arc<Vec<Remap>>,
    /// The methods with a remapping, as [`Method::index`] bits: only their requests
    /// hold on to `remaps`.
    remapped: u16,
}

/// A policy's name and table, as one constant each request can refer to.
#[derive(Debug)]
pub(crate) struct PolicyRef {
    name: &'static str,
    table: MethodTable,
}

/// [`PolicyRef`] of each policy, a constant promoted to a `static`.
trait Constant: Policy {
    const REF: PolicyRef = PolicyRef {
        name: Self::NAME,
        table: Self::TABLE,
    };
}

impl<P: Policy> Constant for P {}

#[derive(Clone, Copy, Debug)]
pub(crate) struct Remap {
    method: Method,
    from: u16,
    to: u16,
}

impl Guard {
    /// A guard for policy `P` that reports refusals.
    pub fn new<P: Policy>() -> Guard {
        Guard {
            config: Arc::new(Config {
                policy: &<P as Constant>::REF,
                on_refusal: OnRefusal::Report,
                remaps: Arc::new(Vec::new()),
                remapped: 0,
            }),
        }
    }

    /// What to do with a refused status: report it (the default) or panic.
    pub fn on_refusal(mut self, on_refusal: OnRefusal) -> Guard {
        Arc::make_mut(&mut self.config).on_refusal = on_refusal;
        self
    }

    /// Answers `method` requests whose response has status `from` with `to` instead:
    /// the only way the guard changes a status.
    ///
    /// # Panics
    ///
    /// When the policy does not allow `to` for `method`, or `from` or `to` is not a
    /// status (`100..=599`): a remapping must lead into the policy. This happens
    /// where the guard is built, before it serves a request.
    ///
    /// ```should_panic
    /// # extern crate rest_status_core as rest_status;
    /// use rest_status::guard::Guard;
    /// use rest_status::{Method, Strict};
    ///
    /// // Strict does not allow DELETE to answer 404.
    /// let _ = Guard::new::<Strict>().remap(Method::Delete, 400, 404);
    /// ```
    pub fn remap(mut self, method: Method, from: u16, to: u16) -> Guard {
        let config = Arc::make_mut(&mut self.config);
        assert!(
            StatusSet::in_range(from) && StatusSet::in_range(to),
            "rest-status guard: cannot remap {from} to {to}: a status is in 100..=599"
        );
        assert!(
            config.policy.table.allows(method, to),
            "rest-status guard: cannot remap {method} {from} to {to}: the policy `{}` does not allow a {method} to answer {to}; it allows {}",
            config.policy.name,
            config.policy.table.allowed(method),
        );
        let remaps = Arc::make_mut(&mut config.remaps);
        remaps.retain(|r| !(r.method == method && r.from == from));
        remaps.push(Remap { method, from, to });
        config.remapped |= 1 << method.index();
        self
    }

    /// The name of the policy the guard checks against.
    pub fn policy_name(&self) -> &'static str {
        self.config.policy.name
    }
}

impl Config {
    /// What a request keeps until its response is judged: the method and copies of
    /// the policy's name, table and mode, with no reference count unless the method
    /// has a remapping.
    #[inline]
    pub(crate) fn judge_for(&self, method: Option<Method>) -> Judge {
        let remapped = method.is_some_and(|m| self.remapped & (1 << m.index()) != 0);
        Judge {
            policy: self.policy,
            on_refusal: self.on_refusal,
            method,
            remaps: remapped.then(|| Arc::clone(&self.remaps)),
        }
    }
}

/// The guard's part of one request in flight; see [`Config::judge_for`].
#[derive(Debug)]
pub(crate) struct Judge {
    policy: &'static PolicyRef,
    on_refusal: OnRefusal,
    /// The request's method, `None` for a method no policy can name.
    pub(crate) method: Option<Method>,
    /// The guard's remappings, when some are of this method.
    remaps: Option<Arc<Vec<Remap>>>,
}

/// Where the path a report names comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum PathSource {
    /// The matched route's pattern, `/invoices/{id}`.
    Route,
    /// The request's own path, without its query: the guard wraps the router from
    /// outside and cannot see which route matched.
    Uri,
}

impl PathSource {
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            PathSource::Route => "route",
            PathSource::Uri => "uri",
        }
    }
}

/// What a framework knows of a response before the guard judges it.
pub(crate) struct Facts {
    pub(crate) status: u16,
    /// A route matched the request (axum's `MatchedPath`, actix-web's pattern); read
    /// only for a 404.
    pub(crate) matched: bool,
    pub(crate) written_by_rest_status: bool,
    pub(crate) json: bool,
    pub(crate) empty: bool,
}

/// What the guard does with a response.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Verdict {
    /// The status to send (after remapping).
    pub(crate) status: u16,
    /// The policy refuses the status.
    pub(crate) refused: bool,
    pub(crate) body: BodyAction,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum BodyAction {
    /// Send the response as it is.
    Keep,
    /// Give it the error object of its status (4xx/5xx without a JSON body).
    ErrorObject,
    /// A 5xx body rest-status did not write: log it and send the sanitized body.
    Sanitize,
    /// An error answer to HEAD: no body.
    Strip,
}

impl Judge {
    /// Whether a response of `status` passes as it is: a 1xx, 2xx or 3xx that the
    /// policy allows the method, with no remapping of the method to look at. This is
    /// all the guard does for such a response: a bit read in the policy's table.
    #[inline]
    pub(crate) fn passes(&self, status: u16) -> bool {
        status < 400
            && self.remaps.is_none()
            && self
                .method
                .is_some_and(|method| self.policy.table.allows_in_place(method, status))
    }

    /// The verdict on one response: a table lookup and a few comparisons, no
    /// allocation.
    pub(crate) fn judge(&self, facts: &Facts) -> Verdict {
        let mut status = facts.status;
        if let (Some(method), Some(remaps)) = (self.method, &self.remaps) {
            if let Some(remap) = remaps
                .iter()
                .find(|r| r.method == method && r.from == status)
            {
                status = remap.to;
            }
        }
        // A 405 is the protocol's answer to a method the route does not have, whoever
        // writes it: axum adds its `Allow` header outside the layer, so the guard
        // cannot tell the router's from a handler's.
        let routers_own = (status == 404 && !facts.matched) || status == 405;
        let allowed = self
            .method
            .is_some_and(|method| self.policy.table.allows(method, status));
        let body = if status < 400 {
            BodyAction::Keep
        } else if self.method == Some(Method::Head) {
            BodyAction::Strip
        } else if status >= 500 && !facts.written_by_rest_status {
            BodyAction::Sanitize
        } else if facts.empty || !facts.json {
            BodyAction::ErrorObject
        } else {
            BodyAction::Keep
        };
        Verdict {
            status,
            refused: !allowed && !routers_own,
            body,
        }
    }

    /// Reports a refused status, or panics in [`OnRefusal::Panic`] mode. `path` is
    /// the matched route or, where the guard cannot see it, the request's path
    /// (never its query, which may carry secrets); `source` says which.
    pub(crate) fn refuse(&self, method: &str, path: &str, source: PathSource, status: u16) {
        let phrase = reason_phrase(status).unwrap_or("");
        let source = source.as_str();
        match self.on_refusal {
            OnRefusal::Panic => panic!(
                "rest-status guard: {method} {path} ({source}) answered {status} {phrase}, which the policy `{}` does not allow",
                self.policy.name
            ),
            OnRefusal::Report => {
                #[cfg(feature = "tracing")]
                tracing::warn!(
                    method,
                    path,
                    path_source = source,
                    status,
                    policy = self.policy.name,
                    "rest-status guard: the policy does not allow this status for this method"
                );
                #[cfg(not(feature = "tracing"))]
                let _ = (method, path, source, phrase);
            }
        }
    }
}

/// Logs the original body of a 5xx the guard replaced, server-side.
pub(crate) fn log_replaced(
    method: &str,
    path: &str,
    source: PathSource,
    status: u16,
    original: &[u8],
    whole: bool,
) {
    #[cfg(feature = "tracing")]
    tracing::error!(
        method,
        path,
        path_source = source.as_str(),
        status,
        original = %String::from_utf8_lossy(original),
        complete = whole,
        "rest-status guard: replaced a 5xx body that rest-status did not write; the client got the sanitized body"
    );
    #[cfg(not(feature = "tracing"))]
    let _ = (method, path, source, status, original, whole);
}

/// How much of a replaced 5xx body is logged.
pub(crate) const LOGGED_BODY_LIMIT: usize = 1024;

/// The error object of a status without an error type: the code is the reason phrase
/// in snake_case for a 4xx (`not_found`, `method_not_allowed`) and `internal_error`
/// for a 5xx; the message is the reason phrase.
pub(crate) fn status_body(status: u16) -> Vec<u8> {
    let phrase = reason_phrase(status).unwrap_or(if status >= 500 {
        "Server Error"
    } else {
        "Client Error"
    });
    let mut code = String::with_capacity(phrase.len());
    if status >= 500 {
        code.push_str(crate::error::json::INTERNAL_ERROR_CODE);
    } else {
        for c in phrase.chars().filter(|c| *c != '\'') {
            if c.is_ascii_alphanumeric() {
                code.push(c.to_ascii_lowercase());
            } else if !code.ends_with('_') {
                code.push('_');
            }
        }
    }
    let mut body = Vec::with_capacity(64 + phrase.len() * 2);
    crate::error::json::body(&mut body, &code, phrase);
    body
}

/// Whether a `content-type` value is JSON: `application/json` or a `+json` type, with
/// any parameters.
pub(crate) fn is_json(content_type: &[u8]) -> bool {
    let essence = content_type
        .split(|&b| b == b';')
        .next()
        .unwrap_or_default()
        .trim_ascii();
    let Ok(essence) = core::str::from_utf8(essence) else {
        return false;
    };
    let Some((kind, subtype)) = essence.split_once('/') else {
        return false;
    };
    kind.eq_ignore_ascii_case("application")
        && (subtype.eq_ignore_ascii_case("json")
            || subtype.len() > 5
                && subtype.is_char_boundary(subtype.len() - 5)
                && subtype[subtype.len() - 5..].eq_ignore_ascii_case("+json"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Extended, Strict};

    fn facts(status: u16) -> Facts {
        Facts {
            status,
            matched: true,
            written_by_rest_status: false,
            json: true,
            empty: false,
        }
    }

    /// The verdict of `config` on a `method` request whose response is `facts`.
    fn verdict(config: &Config, method: Option<Method>, facts: Facts) -> Verdict {
        config.judge_for(method).judge(&facts)
    }

    #[test]
    fn bodies_of_bare_statuses() {
        let text = |status| String::from_utf8(status_body(status)).unwrap();
        assert_eq!(
            text(404),
            r#"{"errors":[{"code":"not_found","message":"Not Found"}]}"#
        );
        assert_eq!(
            text(405),
            r#"{"errors":[{"code":"method_not_allowed","message":"Method Not Allowed"}]}"#
        );
        assert_eq!(
            text(418),
            r#"{"errors":[{"code":"im_a_teapot","message":"I'm a teapot"}]}"#
        );
        assert_eq!(
            text(503),
            r#"{"errors":[{"code":"internal_error","message":"Service Unavailable"}]}"#
        );
        assert_eq!(
            text(499),
            r#"{"errors":[{"code":"client_error","message":"Client Error"}]}"#
        );
    }

    #[test]
    fn json_content_types() {
        for yes in [
            "application/json",
            "application/json; charset=utf-8",
            "Application/JSON",
            "application/problem+json",
        ] {
            assert!(is_json(yes.as_bytes()), "{yes}");
        }
        for no in [
            "text/plain",
            "application/jsonx",
            "json",
            "",
            "application/+json",
            "text/json",
        ] {
            assert!(!is_json(no.as_bytes()), "{no}");
        }
    }

    #[test]
    fn a_passing_response_is_kept() {
        let guard = Guard::new::<Strict>();
        let judge = guard.config.judge_for(Some(Method::Get));
        assert!(judge.passes(200));
        assert!(!judge.passes(404), "a 4xx is looked at");
        assert!(
            !judge.passes(206),
            "Strict does not allow a GET to answer 206"
        );
        assert_eq!(
            judge.judge(&facts(200)),
            Verdict {
                status: 200,
                refused: false,
                body: BodyAction::Keep
            }
        );
    }

    #[test]
    fn refusals_and_the_routers_own_answers() {
        let config = Guard::new::<Strict>().config;
        assert!(verdict(&config, Some(Method::Delete), facts(404)).refused);
        assert!(verdict(&config, Some(Method::Get), facts(418)).refused);
        let unmatched = Facts {
            matched: false,
            ..facts(404)
        };
        assert!(!verdict(&config, Some(Method::Post), unmatched).refused);
        assert!(!verdict(&config, None, facts(405)).refused);
        assert!(verdict(&config, None, facts(200)).refused);
        assert!(!config.judge_for(None).passes(200));
        assert!(!verdict(&config, Some(Method::Delete), facts(405)).refused);
        assert!(verdict(&config, Some(Method::Get), facts(406)).refused);
    }

    #[test]
    fn bodies_that_are_replaced() {
        let config = Guard::new::<Extended>().config;
        let get = |facts| verdict(&config, Some(Method::Get), facts).body;
        let plain = Facts {
            json: false,
            ..facts(404)
        };
        assert_eq!(get(plain), BodyAction::ErrorObject);
        let empty = Facts {
            empty: true,
            ..facts(404)
        };
        assert_eq!(get(empty), BodyAction::ErrorObject);
        assert_eq!(
            verdict(&config, Some(Method::Get), facts(404)).body,
            BodyAction::Keep
        );
        assert_eq!(
            verdict(&config, Some(Method::Get), facts(500)).body,
            BodyAction::Sanitize
        );
        let ours = Facts {
            written_by_rest_status: true,
            ..facts(500)
        };
        assert_eq!(get(ours), BodyAction::Keep);
        assert_eq!(
            verdict(&config, Some(Method::Head), facts(404)).body,
            BodyAction::Strip
        );
        assert_eq!(
            verdict(&config, Some(Method::Head), facts(204)).body,
            BodyAction::Keep
        );
    }

    #[test]
    fn a_remap_changes_the_status_before_the_check() {
        let config = Guard::new::<Strict>().remap(Method::Get, 400, 404).config;
        let get = config.judge_for(Some(Method::Get));
        assert!(get.remaps.is_some());
        let remapped = get.judge(&facts(400));
        assert_eq!(remapped.status, 404);
        assert!(!remapped.refused);
        // Only the remapped method's requests hold on to the remappings.
        let post = config.judge_for(Some(Method::Post));
        assert!(post.remaps.is_none());
        assert_eq!(post.judge(&facts(400)).status, 400);
    }

    #[test]
    #[should_panic(expected = "the policy `Strict` does not allow a DELETE to answer 404")]
    fn a_remap_out_of_the_policy_panics_when_built() {
        let _ = Guard::new::<Strict>().remap(Method::Delete, 400, 404);
    }

    #[test]
    #[should_panic(
        expected = "GET /x (uri) answered 418 I'm a teapot, which the policy `Strict` does not allow"
    )]
    fn panic_mode_panics() {
        let config = Guard::new::<Strict>().on_refusal(OnRefusal::Panic).config;
        config
            .judge_for(Some(Method::Get))
            .refuse("GET", "/x", PathSource::Uri, 418);
    }
}
