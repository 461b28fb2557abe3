//! Derived error types the end-to-end tests of both frameworks answer with.

use rest_status::RestError;

/// The secret a storage failure carries: it must reach the log, never the client.
pub const SECRET: &str = "password=hunter2 at db-2.internal:5432";

#[derive(Debug, thiserror::Error, RestError)]
pub enum InvoiceError {
    #[error("invoice {id} not found")]
    #[rest(
        status = 404,
        code = "invoice_not_found",
        message = "Invoice {id} was not found"
    )]
    NotFound { id: u64 },
    #[error("field {0} is invalid")]
    #[rest(status = 400, code = "invalid_field", message = "Field {0} is invalid")]
    InvalidField(String),
    #[error("storage failed")]
    #[rest(status = 500)]
    Storage(#[source] StorageFailure),
}

/// A failure with a source of its own, so the logged chain has three links.
#[derive(Debug, thiserror::Error)]
#[error("replica unreachable")]
pub struct StorageFailure(#[source] pub std::io::Error);

impl InvoiceError {
    pub fn storage() -> InvoiceError {
        InvoiceError::Storage(StorageFailure(std::io::Error::other(SECRET)))
    }
}

/// The same errors as RFC 9457 problem details.
#[derive(Debug, thiserror::Error, RestError)]
#[rest(format = "problem")]
pub enum ProblemError {
    #[error("invoice {id} not found")]
    #[rest(
        status = 404,
        code = "invoice_not_found",
        message = "Invoice {id} was not found"
    )]
    NotFound { id: u64 },
    #[error("storage failed: {0}")]
    #[rest(status = 503, message = "Try again in a minute")]
    Unavailable(std::io::Error),
}

pub const NOT_FOUND_BODY: &str =
    r#"{"errors":[{"code":"invoice_not_found","message":"Invoice 42 was not found"}]}"#;
pub const INVALID_FIELD_BODY: &str =
    r#"{"errors":[{"code":"invalid_field","message":"Field amount \"-5\" is invalid"}]}"#;
pub const INTERNAL_BODY: &str =
    r#"{"errors":[{"code":"internal_error","message":"Internal Server Error"}]}"#;
pub const PROBLEM_NOT_FOUND_BODY: &str = r#"{"type":"about:blank","title":"Not Found","status":404,"detail":"Invoice 42 was not found","code":"invoice_not_found"}"#;
pub const PROBLEM_UNAVAILABLE_BODY: &str = r#"{"type":"about:blank","title":"Service Unavailable","status":503,"detail":"Try again in a minute","code":"internal_error"}"#;
