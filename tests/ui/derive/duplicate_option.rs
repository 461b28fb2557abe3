use rest_status::RestError;

#[derive(Debug, RestError)]
enum InvoiceError {
    #[rest(status = 404, code = "invoice_not_found")]
    #[rest(status = 410)]
    NotFound,
}

fn main() {}
