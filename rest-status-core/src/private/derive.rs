//! What `#[derive(RestError)]` uses: at expansion time (the body constants, with core
//! built without `runtime`) and in the code it generates (`runtime`).

pub use std::vec::Vec;

pub use crate::error::json::INTERNAL_ERROR_CODE;

/// The whole JSON body of an error whose code and message are known while the macro
/// expands; the derive emits it as a byte-string literal.
pub fn constant_body(code: &str, message: &str) -> Vec<u8> {
    let mut out = Vec::new();
    crate::error::json::body(&mut out, code, message);
    out
}

/// The constant start of a body whose message interpolates fields: everything up to
/// the first byte of the message.
pub fn body_prefix(code: &str) -> Vec<u8> {
    let mut out = Vec::new();
    crate::error::json::body_prefix(&mut out, code);
    out
}

#[cfg(feature = "runtime")]
pub use self::runtime::*;

#[cfg(feature = "runtime")]
mod runtime {

    pub use crate::error::{BodyFormat, RestError};

    /// The `http` status of a code the derive has checked to be in `400..=599`. The
    /// generated code calls it in an inline `const`, so it costs nothing at run time.
    pub const fn status_code(code: u16) -> http::StatusCode {
        match http::StatusCode::from_u16(code) {
            Ok(status) => status,
            Err(_) => panic!("rest-status: the derive only emits statuses in 400..=599"),
        }
    }

    /// Appends a body computed while the macro expanded.
    #[inline]
    pub fn write_constant(out: &mut Vec<u8>, body: &'static [u8]) {
        out.extend_from_slice(body);
    }

    /// Appends a body whose message interpolates fields: the constant `prefix`, then
    /// `error`'s message (its `fmt_message`) escaped as it is formatted, then the
    /// closing bytes. Taking the error rather than the message's arguments lets the
    /// derive write each template once, in `fmt_message`.
    #[inline]
    pub fn write_interpolated<E: RestError + ?Sized>(
        out: &mut Vec<u8>,
        prefix: &'static [u8],
        error: &E,
    ) {
        out.extend_from_slice(prefix);
        crate::error::runtime::write_message(out, format_args!("{}", error.message()));
    }
}
