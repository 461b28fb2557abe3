use rest_status::RestError;

const NOT_FOUND: u16 = 404;

#[derive(Debug, RestError)]
enum InvoiceError {
    #[rest(status = NOT_FOUND)]
    NotFound,
}

fn main() {}
