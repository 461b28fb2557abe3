//! Seeded from the realistic service: the POST reads its body with axum's `Json`,
//! which answers 413, 415 and 422 before the handler runs.
use axum::extract::State;
use axum::http::StatusCode;
use axum::Json;
use rest_status::{rest_endpoint, Extended};

#[derive(Clone, serde::Serialize)]
struct Item {
    id: u64,
    name: String,
}

#[derive(serde::Deserialize)]
struct NewItem {
    name: String,
}

#[derive(Clone)]
struct Db;

#[rest_endpoint(method = "POST", policy = Extended)]
async fn create_item(
    State(_db): State<Db>,
    Json(new): Json<NewItem>,
) -> (StatusCode, Json<Item>) {
    (StatusCode::CREATED, Json(Item { id: 1, name: new.name }))
}

fn main() {}
