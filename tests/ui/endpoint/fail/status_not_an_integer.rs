use http::StatusCode;
use rest_status::rest_endpoint;

const NOT_FOUND: u16 = 404;

#[rest_endpoint(method = "GET", statuses(200, "404", NOT_FOUND, 4.0))]
fn get_invoice() -> StatusCode {
    StatusCode::OK
}

fn main() {}
