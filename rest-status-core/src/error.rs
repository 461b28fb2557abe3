//! Error types that answer with a status and a sanitized JSON error object.
//!
//! [`RestError`] is what `#[derive(RestError)]` implements. Everything a client sees of
//! an error goes through it: the status, an application error code, and a message that
//! for a 5xx is fixed text, never a field value, a `Display` of the error or its source,
//! or the variant's name. The body is
//!
//! ```json
//! {"errors":[{"code":"invoice_not_found","message":"Invoice 42 was not found"}]}
//! ```
//!
//! written by [`RestError::write_json`] straight into a byte buffer, or by any serde
//! serializer through [`RestError::error_object`]; both give the same bytes and
//! allocate nothing beyond the output.

pub(crate) mod json;

#[cfg(feature = "runtime")]
mod problem;
#[cfg(feature = "runtime")]
pub(crate) mod runtime;

#[cfg(feature = "runtime")]
pub use self::problem::Problem;
#[cfg(feature = "runtime")]
pub use self::runtime::{BodyFormat, ErrorObject, Message, RestError};
