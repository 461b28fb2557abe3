//! Annotated handlers run exactly as written, and the expansion is clean under
//! `#![deny(warnings)]` and clippy's pedantic lints (clippy runs on this file in CI).
#![forbid(unsafe_code)]
#![deny(warnings, clippy::all, clippy::pedantic)]

use http::StatusCode;
use rest_status::response::{Created, NoContent, Ok};
use rest_status::{rest_endpoint, Extended, StatusSet, StatusSource, Statuses};

#[derive(Debug, PartialEq, Eq)]
pub enum InvoiceError {
    Invalid,
    Forbidden,
}

impl InvoiceError {
    #[must_use]
    pub fn is_forbidden(&self) -> bool {
        matches!(self, InvoiceError::Forbidden)
    }
}

impl Statuses for InvoiceError {
    const STATUSES: StatusSet = StatusSet::of(&[400, 403]);
    const SOURCES: &'static [StatusSource] = &[
        StatusSource {
            status: 400,
            name: "Invalid",
        },
        StatusSource {
            status: 403,
            name: "Forbidden",
        },
    ];
}

/// Creates an invoice.
///
/// # Errors
///
/// `Invalid` for an amount of zero.
#[rest_endpoint(method = "POST")]
pub fn create_invoice(amount: u64) -> Result<Created<u64>, InvoiceError> {
    if amount == 0 {
        return Err(InvoiceError::Invalid);
    }
    Result::Ok(Created::at(format!("/invoices/{amount}"), amount))
}

/// # Errors
///
/// Never.
#[rest_endpoint(method = "PUT", statuses(200, 204, 400, 403))]
#[allow(clippy::unused_async)] // frameworks call handlers as async fns
pub async fn replace_invoice(id: u64) -> Result<Ok<u64>, InvoiceError> {
    Result::Ok(Ok(id))
}

#[rest_endpoint(method = "HEAD", statuses(204, 404), policy = Extended)]
#[must_use]
pub fn invoice_exists(id: u64) -> StatusCode {
    #![allow(clippy::needless_pass_by_value)]
    if id == 1 {
        StatusCode::NO_CONTENT
    } else {
        StatusCode::NOT_FOUND
    }
}

// `StatusCode` has no known statuses: the declared ones speak for it.
#[rest_endpoint(method = "GET", statuses(200, 404))]
fn find(id: u64) -> StatusCode {
    if id == 1 {
        StatusCode::OK
    } else {
        StatusCode::NOT_FOUND
    }
}

#[derive(Debug, PartialEq, Eq)]
pub struct Forbidden;

impl Statuses for Forbidden {
    const STATUSES: StatusSet = StatusSet::of(&[403]);
}

pub struct InvoiceApi {
    deleted: std::cell::Cell<u32>,
}

impl InvoiceApi {
    /// # Errors
    ///
    /// `Forbidden` once two invoices are gone.
    #[rest_endpoint(method = "DELETE")]
    pub fn delete(&self, _id: u64) -> Result<NoContent, Forbidden> {
        if self.deleted.get() >= 2 {
            return Err(Forbidden);
        }
        self.deleted.set(self.deleted.get() + 1);
        Result::Ok(NoContent)
    }

    #[rest_endpoint(method = "GET")]
    fn echo<T>(value: T) -> Ok<T> {
        Ok(value)
    }
}

#[test]
fn handlers_run_as_written() {
    let created = create_invoice(42).unwrap();
    assert_eq!(created.location(), Some("/invoices/42"));
    assert_eq!(created.into_body(), 42);
    assert_eq!(create_invoice(0), Err(InvoiceError::Invalid));
    assert!(!create_invoice(0).unwrap_err().is_forbidden());

    assert_eq!(invoice_exists(1), StatusCode::NO_CONTENT);
    assert_eq!(invoice_exists(2), StatusCode::NOT_FOUND);
    assert_eq!(find(1), StatusCode::OK);

    let api = InvoiceApi {
        deleted: std::cell::Cell::new(0),
    };
    assert!(api.delete(1).is_ok());
    assert!(api.delete(2).is_ok());
    assert_eq!(api.delete(3), Err(Forbidden));
    assert_eq!(InvoiceApi::echo("x").0, "x");

    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .unwrap();
    assert_eq!(runtime.block_on(replace_invoice(9)).unwrap().0, 9);
}

/// `replace_invoice` without the attribute.
#[allow(clippy::unused_async)]
async fn replace_invoice_plain(id: u64) -> Result<Ok<u64>, InvoiceError> {
    Result::Ok(Ok(id))
}

#[test]
fn the_checks_add_nothing_to_the_handler_at_run_time() {
    // The checks are constants: the future holds what the body holds, no more.
    assert_eq!(
        std::mem::size_of_val(&replace_invoice(1)),
        std::mem::size_of_val(&replace_invoice_plain(1))
    );
}
