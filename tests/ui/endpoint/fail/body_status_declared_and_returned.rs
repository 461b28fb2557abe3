use http::StatusCode;
use rest_status::rest_endpoint;

/// 404 is declared and returned: the literal's help says to fix the body, and the
/// body's status is an error of its own.
#[rest_endpoint(method = "DELETE", statuses(204, 404))]
async fn delete_item(id: u64) -> StatusCode {
    if id == 0 {
        return StatusCode::NOT_FOUND;
    }
    StatusCode::NO_CONTENT
}

fn main() {}
