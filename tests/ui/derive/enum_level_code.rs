use rest_status::RestError;

#[derive(Debug, RestError)]
#[rest(status = 400, code = "invalid_invoice")]
enum InvoiceError {
    MissingDueDate,
}

fn main() {}
