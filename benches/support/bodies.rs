//! The bodies the run-time benchmarks measure, shared by `benches/body.rs` (divan,
//! wall-clock) and `benches/body_instructions.rs` (instructions, under callgrind).
//!
//! Every writer here produces the same 79 bytes, [`BODY`]; `check` asserts it before
//! anything is timed. Each measured function is `#[inline(never)]`, clears the reused
//! output first, and takes its inputs as arguments, so that a caller passing them
//! through `black_box` keeps the compiler from folding the work away, and so that
//! callgrind can count one function's instructions by name.

use std::fmt;

use http::StatusCode;
use rest_status::RestError;
use serde::{Serialize, Serializer};

/// The body of every case.
pub const BODY: &[u8] =
    br#"{"errors":[{"code":"invoice_not_found","message":"Invoice 42 was not found"}]}"#;

/// The error type as a service would derive it.
#[derive(Debug, RestError)]
pub enum InvoiceError {
    /// The body with one interpolated field.
    #[rest(
        status = 404,
        code = "invoice_not_found",
        message = "Invoice {id} was not found"
    )]
    NotFound { id: u64 },
    /// The same body with no field: the derive makes it one constant.
    #[rest(
        status = 404,
        code = "invoice_not_found",
        message = "Invoice 42 was not found"
    )]
    NotFoundFixed,
    #[rest(status = 400, code = "invalid_field", message = "Field {0} is invalid")]
    InvalidField(String),
    #[rest(status = 409)]
    Conflict,
    #[rest(status = 410)]
    Gone,
    #[rest(status = 500)]
    Storage(#[allow(dead_code)] std::io::Error), // only held, never shown
}

/// The one-field error, `Invoice 42 was not found`.
pub fn one_field() -> InvoiceError {
    InvoiceError::NotFound { id: 42 }
}

/// The variant whose body depends on no field.
pub fn constant() -> InvoiceError {
    InvoiceError::NotFoundFixed
}

/// The status by hand: what the derive's `status()` replaces.
pub fn status_by_hand(error: &InvoiceError) -> StatusCode {
    match error {
        InvoiceError::NotFound { .. } | InvoiceError::NotFoundFixed => StatusCode::NOT_FOUND,
        InvoiceError::InvalidField(_) => StatusCode::BAD_REQUEST,
        InvoiceError::Conflict => StatusCode::CONFLICT,
        InvoiceError::Gone => StatusCode::GONE,
        InvoiceError::Storage(_) => StatusCode::INTERNAL_SERVER_ERROR,
    }
}

/// The body as a serde struct, written by hand: what a service writes without
/// rest-status.
#[derive(Serialize)]
pub struct HandBody<'a, M> {
    pub errors: [HandEntry<'a, M>; 1],
}

/// One entry of [`HandBody`].
#[derive(Serialize)]
pub struct HandEntry<'a, M> {
    pub code: &'a str,
    pub message: M,
}

/// A message formatted as serde writes it, with no `String` in between: the cheapest
/// hand-written serde struct for a body with a field.
pub struct Formatted<'a>(pub fmt::Arguments<'a>);

impl Serialize for Formatted<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(&self.0)
    }
}

/// (a) Copying the precomputed bytes: the floor.
#[inline(never)]
pub fn memcpy(out: &mut Vec<u8>, body: &[u8]) {
    out.clear();
    out.extend_from_slice(body);
}

/// (b) The hand-written serde struct, all of it known: code and message are strings.
#[inline(never)]
pub fn serde_struct_static(out: &mut Vec<u8>, code: &str, message: &str) {
    out.clear();
    let body = HandBody {
        errors: [HandEntry { code, message }],
    };
    serde_json::to_writer(&mut *out, &body).unwrap();
}

/// (b) The hand-written serde struct with the field formatted into a `String` first,
/// as such code usually reads.
#[inline(never)]
pub fn serde_struct_string(out: &mut Vec<u8>, code: &str, id: u64) {
    out.clear();
    let body = HandBody {
        errors: [HandEntry {
            code,
            message: format!("Invoice {id} was not found"),
        }],
    };
    serde_json::to_writer(&mut *out, &body).unwrap();
}

/// (b) The hand-written serde struct with the field formatted straight into the
/// output (`collect_str`), allocating nothing.
#[inline(never)]
pub fn serde_struct_collect_str(out: &mut Vec<u8>, code: &str, id: u64) {
    out.clear();
    let body = HandBody {
        errors: [HandEntry {
            code,
            message: Formatted(format_args!("Invoice {id} was not found")),
        }],
    };
    serde_json::to_writer(&mut *out, &body).unwrap();
}

/// (c) The derive's direct writer.
#[inline(never)]
pub fn write_json(out: &mut Vec<u8>, error: &InvoiceError) {
    out.clear();
    error.write_json(out);
}

/// (c) The direct writer as the axum and actix-web integrations call it: the body in
/// the type's format, and its content type.
#[inline(never)]
pub fn write_body(out: &mut Vec<u8>, error: &InvoiceError) -> &'static str {
    out.clear();
    error.write_body(out)
}

/// (d) Serde through `error_object()`.
#[inline(never)]
pub fn error_object(out: &mut Vec<u8>, error: &InvoiceError) {
    out.clear();
    serde_json::to_writer(&mut *out, &error.error_object()).unwrap();
}

/// (e) The derive's `status()`.
#[inline(never)]
pub fn status_derive(error: &InvoiceError) -> StatusCode {
    error.status()
}

/// (e) The hand-written match.
#[inline(never)]
pub fn status_hand(error: &InvoiceError) -> StatusCode {
    status_by_hand(error)
}

/// Panics unless every writer produces [`BODY`] and both statuses agree.
pub fn check() {
    let mut out = Vec::with_capacity(256);
    let (code, message) = ("invoice_not_found", "Invoice 42 was not found");
    memcpy(&mut out, BODY);
    assert_eq!(out, BODY);
    serde_struct_static(&mut out, code, message);
    assert_eq!(out, BODY);
    serde_struct_string(&mut out, code, 42);
    assert_eq!(out, BODY);
    serde_struct_collect_str(&mut out, code, 42);
    assert_eq!(out, BODY);
    for error in [constant(), one_field()] {
        write_json(&mut out, &error);
        assert_eq!(out, BODY);
        assert_eq!(write_body(&mut out, &error), "application/json");
        assert_eq!(out, BODY);
        error_object(&mut out, &error);
        assert_eq!(out, BODY);
    }
    let every_variant = [
        one_field(),
        constant(),
        InvoiceError::InvalidField("email".to_owned()),
        InvoiceError::Conflict,
        InvoiceError::Gone,
        InvoiceError::Storage(std::io::Error::other("disk")),
    ];
    for error in &every_variant {
        assert_eq!(status_derive(error), status_hand(error));
    }
}
