use rest_status::response;
use rest_status::{rest_endpoint, RestError};

#[derive(serde::Serialize, utoipa::ToSchema)]
pub struct Invoice {
    id: u64,
}

#[derive(Debug, RestError)]
pub enum ReadError {
    #[rest(status = 404, code = "invoice_not_found", message = "Invoice {id} was not found")]
    NotFound { id: u64 },
    #[rest(status = 500)]
    Storage(std::io::Error),
}

// The error type is missing from `responses(...)` (the README's example).
#[rest_endpoint(method = "GET")]
#[utoipa::path(get, path = "/invoices/{id}", responses(response::Ok<Invoice>))]
pub async fn get_invoice(id: u64) -> Result<response::Ok<Invoice>, ReadError> {
    Err(ReadError::NotFound { id })
}

fn main() {}
