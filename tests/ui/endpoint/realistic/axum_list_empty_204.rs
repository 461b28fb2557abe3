//! Seeded from the realistic service: an empty list answered 204.
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Json;
use rest_status::{rest_endpoint, Extended};

#[derive(serde::Deserialize)]
struct Page {
    limit: Option<usize>,
}

#[derive(Clone)]
struct Db(Vec<String>);

#[rest_endpoint(method = "GET", policy = Extended)]
async fn list_items(State(db): State<Db>, Query(page): Query<Page>) -> Response {
    let items: Vec<String> = db.0.into_iter().take(page.limit.unwrap_or(100)).collect();
    if items.is_empty() {
        return StatusCode::NO_CONTENT.into_response();
    }
    Json(items).into_response()
}

fn main() {}
