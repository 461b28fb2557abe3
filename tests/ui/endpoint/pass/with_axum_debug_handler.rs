use axum::extract::Path;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use rest_status::rest_endpoint;

// `Extended`: under `Strict`, a GET or a DELETE may not answer 400, with which axum's
// `Path` rejects a segment that is not a number.
#[axum::debug_handler]
#[rest_endpoint(method = "GET", statuses(200, 404), policy = rest_status::Extended)]
async fn get_invoice(Path(id): Path<u64>) -> Response {
    if id == 0 {
        return http::StatusCode::NOT_FOUND.into_response();
    }
    format!("invoice {id}").into_response()
}

#[rest_endpoint(method = "DELETE", statuses(204), policy = rest_status::Extended)]
#[axum::debug_handler]
async fn delete_invoice(Path(_id): Path<u64>) -> impl IntoResponse {
    http::StatusCode::NO_CONTENT
}

fn main() {
    let _app: Router = Router::new().route("/invoices/{id}", get(get_invoice).delete(delete_invoice));
}
