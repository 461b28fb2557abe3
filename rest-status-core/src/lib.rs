//! Runtime of [rest-status](https://docs.rs/rest-status): the method tables
//! (policies) a handler's statuses are checked against, status sets, the reasons
//! a status is refused, and the `RestError` trait with its sanitized error object
//! (feature `runtime`, on by default).
//!
//! Users depend on the `rest-status` facade, which re-exports this crate. The tables
//! are constant data: `#[rest_endpoint]` checks handlers against them during const
//! evaluation, and the same tables answer at run time.
//!
//! ```
//! use rest_status::{Extended, Method, Policy, Strict};
//!
//! // What the guideline allows a DELETE to return...
//! assert_eq!(Strict::TABLE.allowed(Method::Delete).to_string(), "200, 204, 401, 403, 500");
//! // ...and how the same question reads with `http` types at run time.
//! assert!(Extended::allows(&http::Method::HEAD, http::StatusCode::NO_CONTENT));
//! ```
#![forbid(unsafe_code)]
#![warn(missing_docs)]
// docs.rs shows the feature each item needs. `runtime` is on wherever users meet these
// items (the facade turns it on), so it is not shown.
#![cfg_attr(docsrs, feature(doc_cfg))]
#![cfg_attr(docsrs, doc(auto_cfg(hide(feature = "runtime"))))]

#[doc(hidden)]
#[path = "private/mod.rs"]
pub mod __private;
mod check;
// Without `runtime`, only the JSON text functions the derive calls while it expands
// are here, and they are reached through `__private`.
#[cfg(feature = "runtime")]
pub mod error;
#[cfg(not(feature = "runtime"))]
mod error;
mod integration;
mod method;
mod policy;
mod reason;
pub mod response;
mod status;
mod statuses;

#[cfg(feature = "runtime")]
pub use crate::error::RestError;
pub use crate::method::Method;
pub use crate::policy::{Extended, MethodTable, Policy, Strict};
pub use crate::reason::{refusal_reason, Refusal, GENERIC_REFUSAL, REFUSALS};
pub use crate::status::{reason_phrase, Iter, StatusSet, MAX_STATUS, MIN_STATUS};
pub use crate::statuses::{Rejections, StatusSource, Statuses};
