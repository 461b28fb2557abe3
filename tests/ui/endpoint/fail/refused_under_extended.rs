// A refused status under a policy given by path: no built-in allows it, so the help is general.
// Every refused cell of the built-in tables is checked in rest-status-core/tests/refusals.rs.
use http::StatusCode;
use rest_status::rest_endpoint;

#[rest_endpoint(method = "GET", statuses(201), policy = rest_status::Extended)]
fn handler() -> StatusCode {
    StatusCode::from_u16(201).unwrap()
}

fn main() {}
