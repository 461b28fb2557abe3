// Both macros in a crate without the prelude: the generated code names everything by
// absolute path, so it needs neither `Result`, `Option`, `Vec`, `String`, the prelude's
// traits and macros, nor `std`/`core` in scope; `main` checks what the code does.
//
// What this crate cannot do under `#![no_implicit_prelude]`, and why:
// - name anything of the prelude unqualified; user code here writes `::core::...` and
//   `::std::...` (the extern crates stay reachable by absolute path);
// - `#[derive(Debug)]`, `assert_eq!`, `format!`, `vec!` without a path: derive and
//   macro names come from the prelude too, so they are written `::core::fmt::Debug`,
//   `::std::assert_eq!`, `::std::format!`;
// - call a prelude trait's method (`"due".into()`, `.to_owned()`) without importing
//   the trait; the generated code calls trait methods as `Trait::method(...)`;
// - `#[test]`: this is a trybuild pass case, a binary whose `main` asserts instead.
#![no_implicit_prelude]
#![forbid(unsafe_code)]
#![deny(warnings)]

use ::rest_status::response::{Created, NoContent};
use ::rest_status::{rest_endpoint, RestError};

#[derive(::core::fmt::Debug, ::thiserror::Error, RestError)]
pub enum InvoiceError {
    #[error("invoice {id} not found")]
    #[rest(
        status = 404,
        code = "invoice_not_found",
        message = "Invoice {id} was not found"
    )]
    NotFound { id: u64 },
    #[error("field {0} is invalid")]
    #[rest(status = 400, message = "Field {0} is \"invalid\"")]
    InvalidField(::std::string::String),
    #[error("forbidden")]
    #[rest(status = 403)]
    Forbidden,
    #[error(transparent)]
    #[rest(status = 500)]
    Storage(#[from] ::std::io::Error),
}

/// A generic error whose message needs its parameter's `Display`.
#[derive(::core::fmt::Debug, RestError)]
#[rest(status = 400, message = "{0} is not allowed")]
pub struct NotAllowed<T>(pub T);

/// Problem details, a struct, and a hand-written `Display` for actix-web.
#[derive(::core::fmt::Debug, RestError)]
#[rest(format = "problem", status = 500, message = "Try again in a minute")]
pub struct Paused {
    pub reason: ::std::string::String,
}

impl ::core::fmt::Display for Paused {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str("paused")
    }
}

#[derive(::core::fmt::Debug, RestError)]
pub enum Never {}

#[rest_endpoint(method = "PUT")]
pub fn update_invoice(id: u64) -> ::core::result::Result<NoContent, InvoiceError> {
    if id == 0 {
        return ::core::result::Result::Err(InvoiceError::NotFound { id });
    }
    ::core::result::Result::Ok(NoContent)
}

#[rest_endpoint(method = "POST", statuses(201, 400, 500), policy = ::rest_status::Extended)]
pub fn create_invoice(amount: u64) -> ::core::result::Result<Created<u64>, NotAllowed<u64>> {
    if amount == 0 {
        return ::core::result::Result::Err(NotAllowed(amount));
    }
    ::core::result::Result::Ok(Created::at("/invoices/7", 7))
}

#[rest_endpoint(method = "PATCH", statuses(200, 400))]
pub fn patch_invoice<T: ::core::fmt::Display>(
    value: T,
) -> ::core::result::Result<::rest_status::response::Ok<u8>, NotAllowed<T>> {
    ::core::result::Result::Err(NotAllowed(value))
}

#[rest_endpoint(method = "DELETE")]
pub fn delete_invoice() -> ::core::result::Result<NoContent, Paused> {
    ::core::result::Result::Ok(NoContent)
}

pub struct Api;

impl Api {
    #[rest_endpoint(method = "HEAD", policy = ::rest_status::Extended)]
    pub async fn exists(&self) -> ::core::result::Result<NoContent, Paused> {
        ::core::result::Result::Ok(NoContent)
    }
}

fn body<E: RestError>(error: &E) -> ::std::string::String {
    let mut out = ::std::vec::Vec::new();
    let _ = error.write_body(&mut out);
    ::std::string::String::from_utf8(out).unwrap()
}

fn axum_body(response: ::axum::response::Response) -> (u16, ::std::string::String) {
    let status = response.status().as_u16();
    let runtime = ::tokio::runtime::Builder::new_current_thread()
        .build()
        .unwrap();
    let bytes = runtime
        .block_on(::axum::body::to_bytes(response.into_body(), usize::MAX))
        .unwrap();
    (
        status,
        ::std::string::String::from_utf8(bytes.to_vec()).unwrap(),
    )
}

fn main() {
    use ::axum::response::IntoResponse as _;

    let error = update_invoice(0).unwrap_err();
    ::std::assert_eq!(error.status(), ::http::StatusCode::NOT_FOUND);
    ::std::assert_eq!(
        body(&error),
        r#"{"errors":[{"code":"invoice_not_found","message":"Invoice 0 was not found"}]}"#
    );
    ::std::assert!(update_invoice(1).is_ok());
    ::std::assert!(delete_invoice().is_ok());
    ::std::assert!(create_invoice(1).is_ok());
    ::std::assert_eq!(
        body(&create_invoice(0).unwrap_err()),
        r#"{"errors":[{"code":"not_allowed","message":"0 is not allowed"}]}"#
    );
    let _ = Api.exists();

    ::std::assert_eq!(
        body(&InvoiceError::InvalidField(
            ::std::borrow::ToOwned::to_owned("due")
        )),
        r#"{"errors":[{"code":"invalid_field","message":"Field due is \"invalid\""}]}"#
    );
    ::std::assert_eq!(
        body(&InvoiceError::Forbidden),
        r#"{"errors":[{"code":"forbidden","message":"Forbidden"}]}"#
    );
    let storage: InvoiceError =
        ::core::convert::From::from(::std::io::Error::other("disk at 10.0.0.7"));
    let (status, sent) = axum_body(storage.into_response());
    ::std::assert_eq!(status, 500);
    ::std::assert_eq!(
        sent,
        r#"{"errors":[{"code":"internal_error","message":"Internal Server Error"}]}"#
    );
    ::std::assert_eq!(
        body(&patch_invoice("zero").unwrap_err()),
        r#"{"errors":[{"code":"not_allowed","message":"zero is not allowed"}]}"#
    );

    let paused = Paused {
        reason: ::std::borrow::ToOwned::to_owned("migration"),
    };
    let response = ::actix_web::ResponseError::error_response(&paused);
    ::std::assert_eq!(response.status().as_u16(), 500);
    ::std::assert_eq!(
        body(&paused),
        r#"{"type":"about:blank","title":"Internal Server Error","status":500,"detail":"Try again in a minute","code":"internal_error"}"#
    );
    ::std::assert_eq!(
        <Never as ::rest_status::Statuses>::STATUSES,
        ::rest_status::StatusSet::EMPTY
    );
}
