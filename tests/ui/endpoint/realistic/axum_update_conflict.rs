//! Seeded from the realistic service: a PUT that answers a stale version with 409,
//! declared to get past the check. The declaration is checked against the policy,
//! and the body's status against both.
use axum::extract::Path;
use axum::http::StatusCode;
use axum::Json;
use rest_status::{rest_endpoint, Extended};

#[derive(serde::Deserialize)]
struct Replace {
    version: u64,
}

#[rest_endpoint(method = "PUT", statuses(200, 409), policy = Extended)]
async fn replace_item(Path(id): Path<u64>, Json(body): Json<Replace>) -> StatusCode {
    if body.version != id {
        return StatusCode::CONFLICT;
    }
    StatusCode::OK
}

fn main() {}
