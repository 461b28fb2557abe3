// A method the policy has no column for: the help points to the built-in policy that has one.
// Every refused cell of the built-in tables is checked in rest-status-core/tests/refusals.rs.
use http::StatusCode;
use rest_status::rest_endpoint;

#[rest_endpoint(method = "HEAD", statuses(204))]
fn handler() -> StatusCode {
    StatusCode::NO_CONTENT
}

fn main() {}
