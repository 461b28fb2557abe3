use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::Json;
use rest_status::{rest_endpoint, RestError};

#[derive(Clone, serde::Serialize)]
struct Item {
    id: u64,
    name: String,
}

#[derive(Debug, RestError)]
enum ItemError {
    #[rest(status = 404, code = "item_not_found")]
    NotFound,
}

#[derive(Clone)]
struct Db;

impl Db {
    fn get(&self, id: u64) -> Option<Item> {
        (id == 1).then(|| Item { id, name: "milk".into() })
    }
    fn remove(&self, id: u64) -> bool {
        id == 1
    }
}

/// GET /items/{id}: `Json<Item>` is 200 and `ItemError` 404; `Path` answers 400.
#[rest_endpoint(method = "GET", policy = rest_status::Extended)]
async fn get_item(State(db): State<Db>, Path(id): Path<u64>) -> Result<Json<Item>, ItemError> {
    db.get(id).map(Json).ok_or(ItemError::NotFound)
}

/// DELETE /items/{id}, answered as axum's todos example answers it.
#[rest_endpoint(method = "DELETE", policy = rest_status::Extended)]
async fn delete_item(State(db): State<Db>, Path(id): Path<u64>) -> StatusCode {
    if db.remove(id) {
        StatusCode::NO_CONTENT
    } else {
        StatusCode::NOT_FOUND
    }
}

fn main() {}
