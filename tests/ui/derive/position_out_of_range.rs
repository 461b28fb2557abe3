use rest_status::RestError;

#[derive(Debug, RestError)]
enum InvoiceError {
    #[rest(status = 400, message = "Field {0} is invalid: {3}")]
    InvalidField(String),
}

fn main() {}
