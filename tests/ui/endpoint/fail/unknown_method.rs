use http::StatusCode;
use rest_status::rest_endpoint;

#[rest_endpoint(method = "FETCH", statuses(200))]
fn fetch_invoice() -> StatusCode {
    StatusCode::OK
}

fn main() {}
