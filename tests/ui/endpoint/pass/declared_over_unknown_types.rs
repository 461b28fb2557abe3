// `statuses(...)` over return types the macro cannot read: under a built-in policy it
// checks the declared statuses itself; the compiler checks only what the types bring
// in (here `InvoiceError`'s 404 and 500), and nothing at all for `impl IntoResponse`.
use axum::http::StatusCode;
use axum::response::IntoResponse;
use axum::Json;
use rest_status::{rest_endpoint, RestError};

#[derive(serde::Serialize)]
pub struct Invoice {
    id: u64,
}

#[derive(Debug, RestError)]
pub enum InvoiceError {
    #[rest(status = 404)]
    NotFound,
    #[rest(status = 500)]
    Storage,
}

#[rest_endpoint(method = "GET", statuses(200, 404, 500))]
pub async fn get_invoice(id: u64) -> Result<Json<Invoice>, InvoiceError> {
    Ok(Json(Invoice { id }))
}

#[rest_endpoint(method = "PUT", statuses(200, 400))]
pub async fn put_invoice(id: u64) -> (StatusCode, Json<Invoice>) {
    (StatusCode::OK, Json(Invoice { id }))
}

#[rest_endpoint(method = "DELETE", statuses(204, 403), policy = rest_status::Extended)]
pub async fn delete_invoice(id: u64) -> impl IntoResponse {
    if id == 0 {
        return StatusCode::FORBIDDEN;
    }
    StatusCode::NO_CONTENT
}

fn main() {}
