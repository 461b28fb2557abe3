use http::StatusCode;
use rest_status::rest_endpoint;

// Every problem of the attribute is reported in one build.
#[rest_endpoint(method = "get", statuses(200, 200, 700), colour = "blue", policy = "Strict")]
fn get_invoice() -> StatusCode {
    StatusCode::OK
}

fn main() {}
