use http::StatusCode;
use rest_status::rest_endpoint;

#[rest_endpoint(method = "HEAD", statuses(204), policy = "Extended")]
fn invoice_exists() -> StatusCode {
    StatusCode::NO_CONTENT
}

fn main() {}
