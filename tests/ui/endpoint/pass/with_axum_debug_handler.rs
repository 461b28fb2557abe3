use axum::extract::Path;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use rest_status::rest_endpoint;

#[axum::debug_handler]
#[rest_endpoint(method = "GET", statuses(200, 404))]
async fn get_invoice(Path(id): Path<u64>) -> Response {
    if id == 0 {
        return http::StatusCode::NOT_FOUND.into_response();
    }
    format!("invoice {id}").into_response()
}

#[rest_endpoint(method = "DELETE", statuses(204))]
#[axum::debug_handler]
async fn delete_invoice(Path(_id): Path<u64>) -> impl IntoResponse {
    http::StatusCode::NO_CONTENT
}

fn main() {
    let _app: Router = Router::new().route("/invoices/{id}", get(get_invoice).delete(delete_invoice));
}
