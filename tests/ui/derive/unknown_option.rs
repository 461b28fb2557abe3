use rest_status::RestError;

#[derive(Debug, RestError)]
enum InvoiceError {
    #[rest(status = 404, mesage = "Invoice not found")]
    NotFound,
    #[rest(status = 400, serde::skip)]
    Invalid,
}

fn main() {}
