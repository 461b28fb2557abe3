use rest_status::response::{NoContent, Ok};
use rest_status::{rest_endpoint, StatusSet, Statuses};

pub struct Invoice;
pub struct Invalid;

impl Statuses for Invalid {
    const STATUSES: StatusSet = StatusSet::of(&[400]);
}

// A POST that creates answers 201 Created, not 200 OK.
#[rest_endpoint(method = "POST")]
fn create_invoice() -> Result<Ok<Invoice>, Invalid> {
    Result::Ok(Ok(Invoice))
}

// A GET never answers 204, not even for an empty collection.
#[rest_endpoint(method = "GET")]
fn list_invoices() -> NoContent {
    NoContent
}

fn main() {}
