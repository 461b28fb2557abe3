use http::StatusCode;
use rest_status::rest_endpoint;

pub struct ApiPolicy;

#[rest_endpoint(method = "GET", statuses(200), policy = ApiPolicy)]
fn get_invoice() -> StatusCode {
    StatusCode::OK
}

fn main() {}
