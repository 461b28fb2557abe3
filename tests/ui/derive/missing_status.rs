use rest_status::RestError;

#[derive(Debug, RestError)]
enum InvoiceError {
    #[rest(status = 404)]
    NotFound,
    #[rest(code = "invoice_locked")]
    Locked,
}

fn main() {}
