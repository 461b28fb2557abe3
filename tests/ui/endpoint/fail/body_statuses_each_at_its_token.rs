use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Json;
use rest_status::rest_endpoint;

/// A GET that answers an empty list with 204 and a bad filter with 422: two refused
/// statuses, two errors, each where it is returned. `from_u16` with a literal and
/// `StatusCode::OK` in a comparison are read as they should be.
#[rest_endpoint(method = "GET")]
async fn list_items(filter: Option<String>, upstream: StatusCode) -> Response {
    if upstream == StatusCode::OK {
        let items: Vec<String> = Vec::new();
        if items.is_empty() {
            return StatusCode::NO_CONTENT.into_response();
        }
        return Json(items).into_response();
    }
    if filter.is_some() {
        return StatusCode::from_u16(422).unwrap().into_response();
    }
    StatusCode::OK.into_response()
}

fn main() {}
