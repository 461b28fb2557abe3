use axum::Json;
use rest_status::rest_endpoint;

#[derive(serde::Serialize)]
struct Item {
    id: u64,
}

/// A POST that creates answers 201, not the 200 of `Json<T>`.
#[rest_endpoint(method = "POST")]
async fn create_item() -> Json<Item> {
    Json(Item { id: 1 })
}

fn main() {}
