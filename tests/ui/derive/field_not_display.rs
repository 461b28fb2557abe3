use rest_status::RestError;

#[derive(Debug)]
struct InvoiceId(u64);

#[derive(Debug, RestError)]
enum InvoiceError {
    #[rest(status = 404, message = "Invoice {id} was not found")]
    NotFound { id: InvoiceId },
}

fn main() {}
