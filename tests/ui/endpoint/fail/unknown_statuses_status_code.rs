use http::StatusCode;
use rest_status::rest_endpoint;

#[rest_endpoint(method = "GET")]
fn get_invoice() -> StatusCode {
    StatusCode::OK
}

fn main() {}
