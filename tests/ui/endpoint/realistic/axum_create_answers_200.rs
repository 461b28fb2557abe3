//! Seeded from the realistic service: a POST that creates, answering `Json<T>` (200).
use axum::extract::State;
use axum::Json;
use rest_status::{rest_endpoint, Extended, RestError};

#[derive(Clone, serde::Serialize)]
struct Item {
    id: u64,
    name: String,
}

#[derive(Debug, RestError)]
enum CreateError {
    #[rest(status = 400, code = "empty_name")]
    EmptyName,
}

#[derive(Clone)]
struct Db;

#[rest_endpoint(method = "POST", policy = Extended)]
async fn create_item(State(_db): State<Db>, name: String) -> Result<Json<Item>, CreateError> {
    if name.is_empty() {
        return Err(CreateError::EmptyName);
    }
    Ok(Json(Item { id: 1, name }))
}

fn main() {}
