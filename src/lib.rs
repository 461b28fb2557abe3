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
    reason_phrase, refusal_reason, Extended, Method, MethodTable, Policy, Refusal, Rejections,
    StatusSet, StatusSource, Statuses, Strict, GENERIC_REFUSAL, MAX_STATUS, MIN_STATUS, REFUSALS,
};

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
/// ```compile_fail,E0080
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
///   [`response`], derived error types, and your own types. A return type written
///   `Result<T, E>` is checked side by side, so an error names the side and the
///   variant that brings a status in.
/// - The `statuses(...)` you declare. When the type's statuses are known too, they must
///   be among the declared ones; the declared ones must be allowed by the policy.
/// - A return type without known statuses (`impl IntoResponse`, `Response`,
///   `StatusCode`, `()`, or a `Result` with such a side) needs `statuses(...)`; without
///   it the error says to declare them.
///
/// A method the policy does not cover is an error too (`HEAD` under `Strict`: use
/// [`Extended`]; `OPTIONS`, `TRACE`, `CONNECT`: define a policy that covers them). Every
/// problem of a handler is reported in the same build.
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
/// The function is left as written, with one `const` item added at the top of its body
/// (after its inner attributes). It is evaluated once, while the crate compiles:
/// nothing runs at run time. A passing handler costs the compiler one call that
/// compares bitsets; the text of an error is built only when something fails, and it
/// lists every problem of the handler. A part without statuses is a trait-bound error
/// at that part (`the statuses of ... are not known at compile time`). Under a built-in
/// default policy the macro checks the method itself, while it expands.
///
/// ```text
/// async fn delete_invoice(id: u64) -> Result<NoContent, Forbidden> {
///     const _: () = check::<Strict, NoContent, Forbidden>(Method::Delete, "rest_status", "NoContent", "Forbidden");
///     Ok(NoContent)
/// }
/// ```
pub use rest_status_derive::rest_endpoint;

#[doc(hidden)]
pub use rest_status_core::__private;
pub use rest_status_core::error;
// The trait and its derive share a name, as serde's `Serialize` does: one `use`
// brings in both.
pub use rest_status_core::response;
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
