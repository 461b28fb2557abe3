use rest_status::response::NoContent;
use rest_status::{rest_endpoint, StatusSet, StatusSource, Statuses};

pub enum InvoiceError {
    NotFound { id: u64 },
    Storage,
}

// What `#[derive(RestError)]` writes for this enum, by hand.
impl Statuses for InvoiceError {
    const STATUSES: StatusSet = StatusSet::of(&[404, 500]);
    const SOURCES: &'static [StatusSource] = &[
        StatusSource { status: 404, name: "NotFound" },
        StatusSource { status: 500, name: "Storage" },
    ];
}

#[rest_endpoint(method = "DELETE")]
async fn delete_invoice(id: u64) -> Result<NoContent, InvoiceError> {
    Err(InvoiceError::NotFound { id })
}

fn main() {}
