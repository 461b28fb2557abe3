// The README's error example, beside thiserror, under `#![deny(warnings)]`.
#![deny(warnings)]

use rest_status::RestError;

#[derive(Debug, thiserror::Error, RestError)]
enum InvoiceError {
    #[error("invoice {id} not found")]
    #[rest(status = 404, code = "invoice_not_found", message = "Invoice {id} was not found")]
    NotFound { id: u64 },
    #[error("field {0} is invalid")]
    #[rest(status = 400, code = "invalid_field", message = "Field {0} is invalid")]
    InvalidField(String),
    #[error(transparent)]
    #[rest(status = 500)]
    Storage(#[from] std::io::Error),
}

fn main() {
    let mut out = Vec::new();
    InvoiceError::NotFound { id: 42 }.write_json(&mut out);
    InvoiceError::InvalidField("due".into()).write_json(&mut out);
    InvoiceError::from(std::io::Error::other("disk")).write_json(&mut out);
}
