use http::StatusCode;
use rest_status::rest_endpoint;

#[rest_endpoint(method = "delete", statuses(204))]
fn delete_invoice() -> StatusCode {
    StatusCode::NO_CONTENT
}

fn main() {}
