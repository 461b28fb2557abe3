use rest_status::response::NoContent;
use rest_status::{rest_endpoint, StatusSet, StatusSource, Statuses};

pub enum ShipmentError {
    Invalid,
    NotFound,
    Gone,
    NotReady,
}

impl Statuses for ShipmentError {
    const STATUSES: StatusSet = StatusSet::of(&[400, 404, 410, 428]);
    const SOURCES: &'static [StatusSource] = &[
        StatusSource { status: 400, name: "Invalid" },
        StatusSource { status: 404, name: "NotFound" },
        StatusSource { status: 410, name: "Gone" },
        StatusSource { status: 428, name: "NotReady" },
    ];
}

// Every refused status of the type is in the one error.
#[rest_endpoint(method = "DELETE", policy = rest_status::Extended)]
fn cancel_shipment() -> Result<NoContent, ShipmentError> {
    Err(ShipmentError::NotReady)
}

fn main() {}
