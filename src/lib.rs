#![doc = include_str!("../docs/crate.md")]
#![forbid(unsafe_code)]
#![warn(missing_docs)]
// docs.rs shows the feature each item needs (`axum`, `actix-web`). Core's `runtime`
// feature is always on through this crate, so it is not shown; naming it here, where
// it is no feature, needs the lint allowed.
#![cfg_attr(docsrs, feature(doc_cfg))]
#![cfg_attr(docsrs, allow(unexpected_cfgs))]
#![cfg_attr(docsrs, doc(auto_cfg(hide(feature = "runtime"))))]

#[doc = include_str!("../docs/guide.md")]
pub mod guide {}

// The README's examples compile and run as they are written.
#[doc = include_str!("../README.md")]
#[cfg(doctest)]
pub struct ReadmeDoctests;

pub use rest_status_core::{
    reason_phrase, refusal_reason, BuiltInPolicy, Extended, Method, MethodTable, Policy, Reasons,
    Refusal, Rejections, StatusSet, StatusSource, Statuses, Strict, BUILT_IN_POLICIES,
    GENERIC_REFUSAL, MAX_STATUS, MIN_STATUS, REFUSALS,
};

pub use rest_status_core::presets;

/// Checks a handler's statuses against a policy while the crate compiles.
///
/// ```
/// use rest_status::response::NoContent;
/// use rest_status::{rest_endpoint, StatusSet, Statuses};
///
/// pub struct Forbidden;
/// impl Statuses for Forbidden {
///     const STATUSES: StatusSet = StatusSet::of(&[403]);
/// }
///
/// // DELETE may return 204 and 403 under `Strict`: this compiles.
/// #[rest_endpoint(method = "DELETE")]
/// async fn delete_invoice(id: u64) -> Result<NoContent, Forbidden> {
///     # let _ = id;
///     Ok(NoContent)
/// }
/// ```
///
/// A status the policy refuses for the method is a compile error that `cargo check`
/// reports, at the status literal or the return type:
///
/// ```compile_fail
/// use rest_status::rest_endpoint;
///
/// // error: the policy `Strict` does not allow a DELETE handler to return 404 Not Found
/// #[rest_endpoint(method = "DELETE", statuses(204, 404))]
/// async fn delete_invoice(id: u64) -> http::StatusCode {
///     # let _ = id;
///     http::StatusCode::NO_CONTENT
/// }
/// ```
///
/// # Arguments
///
/// | argument | meaning |
/// | --- | --- |
/// | `method = "GET"` | required: `"GET"`, `"HEAD"`, `"POST"`, `"PUT"`, `"PATCH"`, `"DELETE"`, or `"OPTIONS"`, `"TRACE"`, `"CONNECT"` for a policy that covers them; in capitals |
/// | `statuses(200, 404)` | the statuses the handler returns, integer literals in `100..=599` |
/// | `policy = path::To::Policy` | the [`Policy`] to check against; default: the crate's default, else [`Strict`] |
/// | `crate = ::path` | how the crate names `rest_status`, when it renamed it in `Cargo.toml` |
///
/// # Which statuses are checked
///
/// - The return type's, when it implements [`Statuses`]: the typed responses of
///   [`response`], derived error types, your own types, and, with the `axum` or
///   `actix-web` feature, the frameworks' types whose status is fixed: axum's `Json<T>`
///   and `Html` of text, actix-web's `web::Json<T>` (200). A return type written
///   `Result<T, E>` is checked side by side, so an error names the side and the
///   variant that brings a status in.
/// - The `statuses(...)` you declare. When the type's statuses are known too, they must
///   be among the declared ones; the declared ones must be allowed by the policy.
/// - The statuses the body names, when the return type carries its status as a value
///   or hides it (below).
/// - The statuses with which the handler's extractors reject a request (below).
/// - A return type without known statuses (`impl IntoResponse`, `Response`,
///   `StatusCode`, `()`, or a `Result` with such a side) whose body names none needs
///   `statuses(...)`; without it the error says to declare them.
///
/// A method the policy does not cover is an error too (`HEAD` under `Strict`: use
/// [`Extended`]; `OPTIONS`, `TRACE`, `CONNECT`: define a policy that covers them). Every
/// problem of a handler is reported in the same build.
///
/// # Statuses named in the body
///
/// When a part of the return type is a `StatusCode`, a `Response`, an `HttpResponse`, a
/// tuple such as `(StatusCode, Json<T>)`, or an `impl Trait`, the body is read for the
/// statuses it names where it builds a response, and each is checked like a status of
/// `statuses(...)`: the policy must allow it for the method, and `statuses(...)`, when
/// given, must list it. The error points at the status in the body:
///
/// ```compile_fail
/// use http::StatusCode;
/// use rest_status::rest_endpoint;
///
/// // error: this DELETE handler returns 404 Not Found here, but the policy `Strict` does not allow it
/// #[rest_endpoint(method = "DELETE")]
/// async fn delete_item(id: u64) -> StatusCode {
///     if id == 0 {
///         return StatusCode::NOT_FOUND;
///     }
///     StatusCode::NO_CONTENT
/// }
/// ```
///
/// A status is named by a path ending in `StatusCode::NAME` (`http::`,
/// `axum::http::`, `actix_web::http::` or none), by `StatusCode::from_u16(404)` with an
/// integer literal, or by an actix-web builder such as `HttpResponse::NotFound()`.
/// When the handler declares no statuses and its body names some, they speak for the
/// parts above, so `-> (StatusCode, Json<Item>)` returning
/// `(StatusCode::CREATED, Json(item))` needs no `statuses(...)`.
///
/// Not read as returned, because the status there is compared or matched against: an
/// operand of `==`, `!=`, `<`, `>`, `<=`, `>=`; `&StatusCode::NOT_FOUND`; the condition
/// of `if` and `while`, the head of `for`, the scrutinee of `match`; `match` patterns
/// and guards, `if let`, `while let` and `let ... else` patterns; the arguments of
/// `matches!`, `assert!`, `assert_eq!`, `assert_ne!` (and their `debug_` forms) and of
/// the formatting and logging macros (`format!`, `println!`, `tracing::info!`, ...);
/// `StatusCode::OK.as_u16()` and the other accessors. Closures and `async` blocks in
/// the body are read (`.ok_or(StatusCode::NOT_FOUND)?`,
/// `.map_err(|_| StatusCode::INTERNAL_SERVER_ERROR)`); nested `fn`, `impl`, `trait`
/// and `mod` items are not: they are other functions. Anywhere else a named status is
/// taken as returned, one kept in a variable or an array too
/// (`let retry = [StatusCode::BAD_GATEWAY]`): keep such a list in a `const` outside
/// the handler.
///
/// Not seen: a status computed at run time (`StatusCode::from_u16(code)`), built in
/// another function, or brought in by a type inside an `impl IntoResponse` body
/// (`Json(item)` there is a 200 the check does not see); and a `StatusCode` or
/// `Response` reached through a renamed import or an alias (`use http::StatusCode as
/// S`). Declare `statuses(...)` for those: the declared set is the contract, and every
/// status the body does name must be in it. A handler whose return type's statuses are
/// all known is not read.
///
/// # Extractor rejections
///
/// A request that an extractor cannot read is answered before the handler runs, with
/// the extractor's own status. Every parameter whose type implements
/// [`Rejections`](trait@Rejections) adds those statuses, and a refused one is an error
/// at the parameter. With the `axum` feature, axum's own `Json` and `Form` (400, 413,
/// 415, 422), `Query` (400) and `Path` (400, 500), as axum answers; a POST taking
/// axum's `Json` under `Strict` is refused (413, 415, 422), and the error points to an
/// extractor that answers 400 instead. With `actix-web`, `web::Json`, `web::Form`,
/// `web::Query` and `web::Path` (400), as they answer once configured with
/// rest-status's error handlers; the check cannot see an app's configuration, and
/// without it actix-web answers 404 for `web::Path`, 413 past a body's limit, 411 and
/// 415 for `web::Form`.
///
/// The compiler, not the parameter's name, says which extractor a parameter is, so
/// `use axum::Json as Body` is still checked and a type of your own named `Json` is
/// not. Limits: an error handler configured with the framework is not seen; wrap the
/// extractor in a type of your own that implements [`Rejections`](trait@Rejections)
/// to say what it answers. Parameters whose type names the fn's generic parameters or
/// `Self`, or is an `impl Trait`, are not checked.
///
/// # Generic handlers and `Self`
///
/// The checks are `const` items in the handler's body, which `cargo check` evaluates.
/// A nested item cannot name the fn's generic parameters or `Self`, so a part of the
/// return type that names them (`Ok<T>`, `Result<Self, E>`) is checked by an inline
/// `const { }` block instead, evaluated when the handler is instantiated: by
/// `cargo build` and `cargo test`, for each type it is used with, not by `cargo check`.
/// Declare `statuses(...)` to have the policy checked by `cargo check` all the same.
/// Such a part's statuses are known when its type implements [`Statuses`] for every
/// parameter (`Ok<T>`) or through the fn's bounds (`T: Statuses`); otherwise it needs
/// `statuses(...)`, like any return type without statuses.
/// The macro sees a method but not its impl block, so it cannot know an impl's type
/// parameters; it takes one-letter names (`S`, `T2`) for them. A return type that
/// names a longer impl parameter fails with E0401: rename the parameter.
///
/// # With `#[utoipa::path]` (feature `utoipa`)
///
/// Above `#[utoipa::path(..., responses(...))]` on the same handler, the macro also
/// checks that the statuses the OpenAPI document gives are the ones it checks: the
/// declared statuses, or the return type's. `responses(...)` may list the types of the
/// return type (they implement `utoipa::IntoResponses`, see [`openapi`]) and
/// `(status = 404, ...)` tuples; a status on one side only is a compile error that
/// names it. Below `#[utoipa::path]`, the macro does not see it: utoipa expands first.
///
/// # The crate's default policy
///
/// A handler without `policy = ...` uses the policy your `Cargo.toml` names, and
/// [`Strict`] when it names none:
///
/// ```toml
/// [package.metadata.rest-status]
/// default-policy = "Extended"          # or "Strict", or "crate::ApiPolicy"
/// ```
///
/// The value is the name of a built-in policy ([`BUILT_IN_POLICIES`]: `"Strict"`,
/// `"Extended"`, and the presets `"Zalando"` and `"Azure"`) or the path of a policy.
///
/// A path is resolved where each handler is, so write it from the crate root
/// (`crate::...`). Integration tests and examples are crates of their own that share
/// the manifest: for a policy of the library to resolve there too, give the library a
/// name it can use for itself, `extern crate self as my_api;` in its root, and write
/// `default-policy = "my_api::ApiPolicy"`. A value that is not a policy is a compile
/// error at each handler that uses it, naming the manifest's line. Changing the
/// setting rebuilds the crate: the expansion includes `Cargo.toml` with
/// `include_bytes!`, which makes it an input of the crate as far as cargo is concerned.
///
/// # What it expands to
///
/// The function is left as written, with `const` items added at the top of its body
/// (after its inner attributes), evaluated once, while the crate compiles: nothing runs
/// at run time. Under a built-in policy (the crate's default, or one named by its
/// path under the crate, such as `policy = rest_status::Extended` or
/// `policy = rest_status::presets::Zalando`) the macro checks the method, each status of
/// `statuses(...)` and each status the body names itself, while it expands, each
/// refusal an error at its own token. What only the compiler knows is left to `const`
/// items: the statuses of the return type (one item, not written when the return type
/// cannot have any, such as `impl IntoResponse`), one item per parameter (its
/// extractor's rejections), and, under a policy the macro cannot read, one per status
/// the body names. A passing item costs the compiler one call that compares bitsets;
/// the text of an error is built only when something fails. A part without statuses
/// is a trait-bound error at that part (`the statuses of ... are not known at compile
/// time`). In the crate
/// of 300 handlers and 60 error enums of `benches/compile/rebuild_ratio.sh`, the two
/// macros together add about a quarter to a rebuild (`benches/README.md`).
///
/// ```text
/// async fn delete_invoice(id: u64) -> Result<NoContent, Forbidden> {
///     const _: () = check::<Strict>(
///         Method::Delete, "rest_status",
///         "NoContent", <NoContent as Statuses>::STATUSES_AND_SOURCES,
///         "Forbidden", <Forbidden as Statuses>::STATUSES_AND_SOURCES,
///     );
///     Ok(NoContent)
/// }
/// ```
pub use rest_status_derive::rest_endpoint;

#[doc(hidden)]
pub use rest_status_core::__private;
#[cfg(feature = "actix-web")]
pub use rest_status_core::actix;
#[cfg(feature = "axum")]
pub use rest_status_core::axum;
pub use rest_status_core::error;
#[cfg(feature = "utoipa")]
pub use rest_status_core::openapi;
#[cfg(any(feature = "axum", feature = "actix-web"))]
pub use rest_status_core::{guard, rejection};
// The trait and its derive share a name, as serde's `Serialize` does: one `use`
// brings in both.
pub use rest_status_core::response;
pub use rest_status_core::statuses_for;
pub use rest_status_core::RestError;
/// Derives [`RestError`](trait@RestError) and [`Statuses`] for an error enum or
/// struct, from `#[rest(...)]` on the type and its variants.
///
/// | option | where | meaning |
/// | --- | --- | --- |
/// | `status = 404` | variant, struct, or enum (the default of its variants) | the status, an integer literal in `400..=599` |
/// | `code = "invoice_not_found"` | variant, struct | the error code; default: the name in snake_case for a 4xx, `internal_error` for a 5xx |
/// | `message = "Invoice {id} was not found"` | variant, struct | the message, `{field}` / `{0}` written with `Display`; default: the status's reason phrase; a 5xx message is fixed text |
/// | `crate = ::path::to::rest_status` | enum, struct | where the facade is, when it is renamed |
///
/// ```
/// use rest_status::{RestError, StatusSet, Statuses};
///
/// #[derive(Debug, RestError)]
/// #[rest(status = 400)]
/// enum SignupError {
///     #[rest(message = "{0} is not an email address")]
///     BadEmail(String),
///     #[rest(status = 409, code = "email_taken")]
///     EmailTaken,
///     #[rest(status = 503, message = "Sign-up is paused; try again soon")]
///     Paused { reason: String },
/// }
///
/// assert_eq!(SignupError::STATUSES, StatusSet::of(&[400, 409, 503]));
/// assert_eq!(SignupError::EmailTaken.code(), "email_taken");
/// assert_eq!(SignupError::BadEmail("bob@".into()).message().to_string(), "bob@ is not an email address");
///
/// let paused = SignupError::Paused { reason: "migration 42 on db-3".into() };
/// let mut body = Vec::new();
/// paused.write_json(&mut body);
/// assert_eq!(body, br#"{"errors":[{"code":"internal_error","message":"Sign-up is paused; try again soon"}]}"#);
/// ```
pub use rest_status_derive::RestError;

/// The status-set iterator, from [`StatusSet::iter`].
pub mod status_set {
    pub use rest_status_core::Iter;
}
