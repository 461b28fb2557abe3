#![doc = include_str!("../README.md")]
#![forbid(unsafe_code)]
#![warn(missing_docs)]

pub use rest_status_core::{
    reason_phrase, refusal_reason, Extended, Method, MethodTable, Policy, Refusal, StatusSet,
    StatusSource, Statuses, Strict, GENERIC_REFUSAL, MAX_STATUS, MIN_STATUS, REFUSALS,
};

#[doc(hidden)]
pub use rest_status_core::__private;
pub use rest_status_core::response;

/// The status-set iterator, from [`StatusSet::iter`].
pub mod status_set {
    pub use rest_status_core::Iter;
}
