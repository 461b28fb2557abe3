use http::StatusCode;
use rest_status::rest_endpoint;

// A mistake in the attribute does not hide the refusals: both come in one build.
#[rest_endpoint(method = "GET", path = "/invoices", statuses(200, 204))]
fn list_invoices() -> StatusCode {
    StatusCode::OK
}

fn main() {}
