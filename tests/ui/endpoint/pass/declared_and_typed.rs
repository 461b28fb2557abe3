use rest_status::response::{Created, Ok};
use rest_status::{rest_endpoint, StatusSet, StatusSource, Statuses};

pub enum InvoiceError {
    Invalid,
}

impl Statuses for InvoiceError {
    const STATUSES: StatusSet = StatusSet::of(&[400]);
    const SOURCES: &'static [StatusSource] = &[StatusSource { status: 400, name: "Invalid" }];
}

// The type's statuses (201, 400) are among the declared ones, which the policy allows.
#[rest_endpoint(method = "POST", statuses(201, 400, 401, 500))]
fn create() -> Result<Created<()>, InvoiceError> {
    Err(InvoiceError::Invalid)
}

// A side without known statuses is fine when `statuses(...)` speaks for the handler.
#[rest_endpoint(method = "GET", statuses(200, 404))]
fn read() -> Result<Ok<()>, http::StatusCode> {
    Err(http::StatusCode::NOT_FOUND)
}

// Aliases with one argument and nested paths.
type Outcome<T> = std::result::Result<T, InvoiceError>;

#[rest_endpoint(method = "PUT")]
fn replace() -> Outcome<Ok<()>> {
    Result::Ok(Ok(()))
}

#[rest_endpoint(method = "PATCH")]
fn update() -> std::result::Result<Ok<()>, InvoiceError> {
    Result::Ok(Ok(()))
}

fn main() {
    assert!(create().is_err());
    assert!(read().is_err());
    assert!(replace().is_ok());
    assert!(update().is_ok());
}
