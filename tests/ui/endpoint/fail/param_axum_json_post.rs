use axum::extract::State;
use axum::Json;
use rest_status::response::Created;
use rest_status::rest_endpoint;

#[derive(serde::Deserialize)]
struct NewItem {
    name: String,
}

#[derive(Clone)]
struct Db;

/// axum's `Json` answers 413, 415 and 422 to a body it cannot read.
#[rest_endpoint(method = "POST")]
async fn create_item(State(_db): State<Db>, Json(new): Json<NewItem>) -> Created<String> {
    Created::new(new.name)
}

fn main() {}
