use rest_status::RestError;

#[derive(Debug, RestError)]
#[rest(format = "problem+json")]
enum InvoiceError {
    #[rest(status = 404)]
    NotFound,
}

fn main() {}
