use http::StatusCode;
use rest_status::rest_endpoint;

#[rest_endpoint(method = "CONNECT", statuses(200), policy = rest_status::Extended)]
fn tunnel() -> StatusCode {
    StatusCode::OK
}

fn main() {}
