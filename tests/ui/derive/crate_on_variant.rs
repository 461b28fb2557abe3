use rest_status::RestError;

#[derive(Debug, RestError)]
enum InvoiceError {
    #[rest(crate = ::rest_status, status = 404)]
    NotFound,
}

fn main() {}
