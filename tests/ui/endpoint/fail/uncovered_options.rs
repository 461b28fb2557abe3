use http::StatusCode;
use rest_status::rest_endpoint;

#[rest_endpoint(method = "OPTIONS", statuses(204), policy = rest_status::Extended)]
fn invoice_options() -> StatusCode {
    StatusCode::NO_CONTENT
}

fn main() {}
