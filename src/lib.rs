#![doc = include_str!("../README.md")]
#![forbid(unsafe_code)]
#![warn(missing_docs)]

pub use rest_status_core::{
    reason_phrase, refusal_reason, Extended, Method, MethodTable, Policy, Refusal, StatusSet,
    StatusSource, Statuses, Strict, GENERIC_REFUSAL, MAX_STATUS, MIN_STATUS, REFUSALS,
};

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
