use rest_status::RestError;

#[derive(Debug, RestError)]
enum InvoiceError {
    #[rest(status = 400, message = "Field {} is invalid")]
    InvalidField(String),
}

fn main() {}
