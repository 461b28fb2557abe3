use rest_status::response::Ok;
use rest_status::{rest_endpoint, StatusSet, StatusSource, Statuses};

pub struct Invoice;
pub enum InvoiceError {
    Gone,
}

impl Statuses for InvoiceError {
    const STATUSES: StatusSet = StatusSet::of(&[410]);
    const SOURCES: &'static [StatusSource] = &[StatusSource { status: 410, name: "Gone" }];
}

// Two refused literals and an undeclared type status: three errors, one build.
#[rest_endpoint(method = "POST", statuses(200, 201, 404))]
fn create_invoice() -> Result<Ok<Invoice>, InvoiceError> {
    Err(InvoiceError::Gone)
}

fn main() {}
