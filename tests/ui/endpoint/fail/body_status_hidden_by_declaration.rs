use http::StatusCode;
use rest_status::rest_endpoint;

/// Declares only 204 to get past the check, and still returns 404.
#[rest_endpoint(method = "DELETE", statuses(204))]
async fn delete_item(id: u64) -> StatusCode {
    if id == 0 {
        return StatusCode::NOT_FOUND;
    }
    StatusCode::NO_CONTENT
}

fn main() {}
