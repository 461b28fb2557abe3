use http::StatusCode;
use rest_status::rest_endpoint;

#[rest_endpoint(method = "TRACE", statuses(200))]
fn trace() -> StatusCode {
    StatusCode::OK
}

fn main() {}
