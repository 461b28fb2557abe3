//! Seeded from the realistic service: one error enum for every handler, 404 included,
//! on a POST.
use axum::http::StatusCode;
use axum::Json;
use rest_status::{rest_endpoint, Extended, RestError};

#[derive(Clone, serde::Serialize)]
struct Item {
    id: u64,
}

#[derive(Debug, RestError)]
enum ItemError {
    #[rest(status = 404, code = "item_not_found")]
    NotFound(u64),
    #[rest(status = 400, code = "empty_name")]
    EmptyName,
    #[rest(status = 500)]
    Storage,
}

#[rest_endpoint(method = "POST", policy = Extended)]
async fn duplicate_item(id: u64) -> Result<(StatusCode, Json<Item>), ItemError> {
    if id == 0 {
        return Err(ItemError::NotFound(id));
    }
    Ok((StatusCode::CREATED, Json(Item { id: id + 1 })))
}

fn main() {}
