//! `#[derive(RestError)]` beside `#[derive(thiserror::Error)]` on the same enum: each
//! reads its own attributes, `?` converts through `#[from]`, the source chain is
//! there for logs, and none of it reaches a 5xx body.

#![forbid(unsafe_code)]

use std::error::Error as _;

use rest_status::RestError;

#[derive(Debug, thiserror::Error, RestError)]
enum InvoiceError {
    #[error("invoice {id} not found in shard {shard}")]
    #[rest(
        status = 404,
        code = "invoice_not_found",
        message = "Invoice {id} was not found"
    )]
    NotFound { id: u64, shard: u8 },
    #[error("field {0} is invalid")]
    #[rest(status = 400, code = "invalid_field", message = "Field {0} is invalid")]
    InvalidField(String),
    #[error(transparent)]
    #[rest(status = 500)]
    Storage(#[from] std::io::Error),
    #[error("payment provider failed")]
    #[rest(status = 502, message = "The payment provider did not answer")]
    Payment {
        #[source]
        cause: std::io::Error,
    },
}

fn load(path: &str) -> Result<u64, InvoiceError> {
    let text = std::fs::read_to_string(path)?;
    Ok(text.len() as u64)
}

fn body(error: &InvoiceError) -> String {
    let mut out = Vec::new();
    error.write_json(&mut out);
    assert_eq!(out, serde_json::to_vec(&error.error_object()).unwrap());
    String::from_utf8(out).unwrap()
}

#[test]
fn display_is_thiserrors_and_the_body_is_ours() {
    let error = InvoiceError::NotFound { id: 42, shard: 3 };
    assert_eq!(error.to_string(), "invoice 42 not found in shard 3");
    assert_eq!(
        body(&error),
        r#"{"errors":[{"code":"invoice_not_found","message":"Invoice 42 was not found"}]}"#
    );
    let error = InvoiceError::InvalidField("due_date".into());
    assert_eq!(error.to_string(), "field due_date is invalid");
    assert_eq!(
        body(&error),
        r#"{"errors":[{"code":"invalid_field","message":"Field due_date is invalid"}]}"#
    );
}

#[test]
fn from_and_source_work_and_stay_out_of_the_body() {
    let error = load("/nonexistent/rest-status/secret-path-7f3a").unwrap_err();
    assert!(matches!(error, InvoiceError::Storage(_)));
    // thiserror's Display is transparent: it shows the io error, for logs.
    assert!(!error.to_string().is_empty());
    assert_eq!(error.status(), http::StatusCode::INTERNAL_SERVER_ERROR);
    let json = body(&error);
    assert_eq!(
        json,
        r#"{"errors":[{"code":"internal_error","message":"Internal Server Error"}]}"#
    );
    assert!(!json.contains("secret-path") && !json.contains(&error.to_string()));

    let error = InvoiceError::Payment {
        cause: std::io::Error::other("token sk_live_123 rejected"),
    };
    assert_eq!(
        error.source().unwrap().to_string(),
        "token sk_live_123 rejected"
    );
    let json = body(&error);
    assert_eq!(
        json,
        r#"{"errors":[{"code":"internal_error","message":"The payment provider did not answer"}]}"#
    );
    assert!(!json.contains("sk_live") && !json.contains("Payment"));
}
