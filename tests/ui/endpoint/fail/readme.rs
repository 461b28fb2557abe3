use http::StatusCode;
use rest_status::rest_endpoint;

/// Deletes an invoice. An invoice that is already gone: 404?
#[rest_endpoint(method = "DELETE", statuses(204, 404))]
pub async fn delete_invoice(id: u64) -> StatusCode {
    if id == 0 {
        return StatusCode::NOT_FOUND;
    }
    StatusCode::NO_CONTENT
}

fn main() {}
