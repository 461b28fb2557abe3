use axum::response::IntoResponse;
use rest_status::rest_endpoint;

#[rest_endpoint(method = "GET")]
async fn get_invoice() -> impl IntoResponse {
    "invoice"
}

fn main() {}
