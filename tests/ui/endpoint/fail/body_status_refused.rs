use axum::http::StatusCode;
use rest_status::rest_endpoint;

/// Deletes an item the way axum's todos example does: 404 when it was not there.
#[rest_endpoint(method = "DELETE")]
async fn delete_item(id: u64) -> StatusCode {
    if id == 0 {
        return StatusCode::NOT_FOUND;
    }
    StatusCode::NO_CONTENT
}

fn main() {}
