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
pub use rest_status_derive::RestError;

/// The status-set iterator, from [`StatusSet::iter`].
pub mod status_set {
    pub use rest_status_core::Iter;
}
