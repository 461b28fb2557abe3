use rest_status::RestError;

#[derive(Debug, RestError)]
enum InvoiceError {
    #[rest(status = 404, message = "Invoice {id:?} was not found")]
    NotFound { id: u64 },
}

fn main() {}
