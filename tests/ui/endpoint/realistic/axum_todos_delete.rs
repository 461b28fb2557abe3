//! Seeded from the realistic service: DELETE as axum's todos example writes it.
use std::collections::HashMap;
use std::sync::{Arc, RwLock};

use axum::extract::{Path, State};
use axum::http::StatusCode;
use rest_status::{rest_endpoint, Extended};

type Db = Arc<RwLock<HashMap<u64, String>>>;

#[rest_endpoint(method = "DELETE", policy = Extended)]
async fn todos_delete(Path(id): Path<u64>, State(db): State<Db>) -> StatusCode {
    if db.write().unwrap().remove(&id).is_some() {
        StatusCode::NO_CONTENT
    } else {
        StatusCode::NOT_FOUND
    }
}

fn main() {}
