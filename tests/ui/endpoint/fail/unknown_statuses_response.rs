use axum::response::{IntoResponse, Response};
use rest_status::rest_endpoint;

#[rest_endpoint(method = "GET")]
async fn get_invoice() -> Response {
    "invoice".into_response()
}

fn main() {}
