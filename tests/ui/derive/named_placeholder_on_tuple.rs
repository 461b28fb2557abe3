use rest_status::RestError;

#[derive(Debug, RestError)]
enum InvoiceError {
    #[rest(status = 400, message = "Field {field} is invalid")]
    InvalidField(String, String),
}

fn main() {}
