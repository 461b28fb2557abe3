use rest_status::rest_endpoint;
use utoipa::IntoResponses;

/// Documents itself, but says nothing of its statuses to rest-status.
#[derive(IntoResponses)]
pub enum Answers {
    #[response(status = 200)]
    Found,
}

#[rest_endpoint(method = "GET", statuses(200))]
#[utoipa::path(get, path = "/items/{id}", responses(Answers))]
pub async fn get_item(id: u64) -> http::StatusCode {
    let _ = id;
    http::StatusCode::OK
}

fn main() {}
