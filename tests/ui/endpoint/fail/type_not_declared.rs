use rest_status::response::NoContent;
use rest_status::{rest_endpoint, StatusSet, StatusSource, Statuses};

pub enum InvoiceError {
    Forbidden,
    Storage,
}

impl Statuses for InvoiceError {
    const STATUSES: StatusSet = StatusSet::of(&[403, 500]);
    const SOURCES: &'static [StatusSource] = &[
        StatusSource { status: 403, name: "Forbidden" },
        StatusSource { status: 500, name: "Storage" },
    ];
}

// The declared statuses are the contract: the error type may not return more.
#[rest_endpoint(method = "DELETE", statuses(204, 403))]
fn delete_invoice() -> Result<NoContent, InvoiceError> {
    Err(InvoiceError::Storage)
}

fn main() {}
