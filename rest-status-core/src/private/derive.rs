//! What `#[derive(RestError)]` uses: at expansion time (the body constants, with core
//! built without `runtime`) and in the code it generates (`runtime`).

pub use std::vec::Vec;

pub use crate::error::json::INTERNAL_ERROR_CODE;

/// The whole JSON body of an error whose code and message are known while the macro
/// expands; the derive emits it as a string literal.
pub fn constant_body(code: &str, message: &str) -> String {
    let mut out = Vec::new();
    crate::error::json::body(&mut out, code, message);
    utf8(out)
}

/// The constant start of a body whose message interpolates fields: everything up to
/// the first byte of the message.
pub fn body_prefix(code: &str) -> String {
    let mut out = Vec::new();
    crate::error::json::body_prefix(&mut out, code);
    utf8(out)
}

/// A body as text: JSON written from `&str`s, with ASCII escapes between their runs of
/// bytes, is always UTF-8. Without a panic path all the same, since the macro calls it.
fn utf8(bytes: Vec<u8>) -> String {
    String::from_utf8(bytes)
        .unwrap_or_else(|error| String::from_utf8_lossy(error.as_bytes()).into_owned())
}

/// The name of `http::StatusCode`'s constant for an error status, as `http` 1 spells
/// it: the derive writes `StatusCode::NOT_FOUND`, which costs the compiler less than
/// evaluating the code for each variant. `tests/test_derive.rs` derives every status
/// and checks each comes out as written.
pub const fn http_constant(status: u16) -> Option<&'static str> {
    Some(match status {
        400 => "BAD_REQUEST",
        401 => "UNAUTHORIZED",
        402 => "PAYMENT_REQUIRED",
        403 => "FORBIDDEN",
        404 => "NOT_FOUND",
        405 => "METHOD_NOT_ALLOWED",
        406 => "NOT_ACCEPTABLE",
        407 => "PROXY_AUTHENTICATION_REQUIRED",
        408 => "REQUEST_TIMEOUT",
        409 => "CONFLICT",
        410 => "GONE",
        411 => "LENGTH_REQUIRED",
        412 => "PRECONDITION_FAILED",
        413 => "PAYLOAD_TOO_LARGE",
        414 => "URI_TOO_LONG",
        415 => "UNSUPPORTED_MEDIA_TYPE",
        416 => "RANGE_NOT_SATISFIABLE",
        417 => "EXPECTATION_FAILED",
        418 => "IM_A_TEAPOT",
        421 => "MISDIRECTED_REQUEST",
        422 => "UNPROCESSABLE_ENTITY",
        423 => "LOCKED",
        424 => "FAILED_DEPENDENCY",
        425 => "TOO_EARLY",
        426 => "UPGRADE_REQUIRED",
        428 => "PRECONDITION_REQUIRED",
        429 => "TOO_MANY_REQUESTS",
        431 => "REQUEST_HEADER_FIELDS_TOO_LARGE",
        451 => "UNAVAILABLE_FOR_LEGAL_REASONS",
        500 => "INTERNAL_SERVER_ERROR",
        501 => "NOT_IMPLEMENTED",
        502 => "BAD_GATEWAY",
        503 => "SERVICE_UNAVAILABLE",
        504 => "GATEWAY_TIMEOUT",
        505 => "HTTP_VERSION_NOT_SUPPORTED",
        506 => "VARIANT_ALSO_NEGOTIATES",
        507 => "INSUFFICIENT_STORAGE",
        508 => "LOOP_DETECTED",
        510 => "NOT_EXTENDED",
        511 => "NETWORK_AUTHENTICATION_REQUIRED",
        _ => return None,
    })
}

#[cfg(feature = "runtime")]
pub use self::runtime::*;

#[cfg(feature = "runtime")]
mod runtime {

    pub use crate::error::{BodyFormat, RestError};
    use crate::StatusSet;

    /// The set whose bits are `words`, as
    /// [`endpoint::words`](crate::__private::endpoint::words) gives them: the derive
    /// writes a type's `STATUSES` as this call on a literal, which costs the compiler
    /// less than `StatusSet::of(&[...])`, an array to borrow and a loop to evaluate.
    pub const fn status_set(words: [u64; 8]) -> StatusSet {
        StatusSet::from_words(words)
    }

    /// The `http` status of a code the derive has checked to be in `400..=599`, for a
    /// status [`http_constant`](super::http_constant) has no name for. The generated
    /// code calls it in an inline `const`, so it costs nothing at run time.
    pub const fn status_code(code: u16) -> http::StatusCode {
        match http::StatusCode::from_u16(code) {
            Ok(status) => status,
            Err(_) => panic!("rest-status: the derive only emits statuses in 400..=599"),
        }
    }

    /// Appends the body of one case of a derived error: `body`, computed while the
    /// macro expanded, is either the whole body, when the message is constant, or its
    /// constant start up to the message's opening quote, when the message interpolates
    /// fields; then `error`'s message (its `fmt_message`) is escaped as it is
    /// formatted, followed by the closing bytes. A whole body ends in `}`, a start in
    /// `"`, so one call serves both: the derive writes one call per type, not one per
    /// variant, and each arm of its `match` is a literal. Taking the error rather than
    /// the message's arguments lets the derive write each template once, in
    /// `fmt_message`. A `str` rather than bytes: every arm of the `match` is then of
    /// one type, where byte strings of different lengths each cost the compiler an
    /// unsizing coercion.
    #[inline]
    pub fn write_body<E: RestError + ?Sized>(out: &mut Vec<u8>, error: &E, body: &'static str) {
        out.extend_from_slice(body.as_bytes());
        if let [.., b'"'] = body.as_bytes() {
            crate::error::runtime::write_message(out, format_args!("{}", error.message()));
        }
    }
}
