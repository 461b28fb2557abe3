// A refused status that another built-in policy allows: the help names it.
// Every refused cell of the built-in tables is checked in rest-status-core/tests/refusals.rs.
use http::StatusCode;
use rest_status::rest_endpoint;

#[rest_endpoint(method = "GET", statuses(410))]
fn handler() -> StatusCode {
    StatusCode::from_u16(410).unwrap()
}

fn main() {}
