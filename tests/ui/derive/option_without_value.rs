use rest_status::RestError;

#[derive(Debug, RestError)]
enum InvoiceError {
    #[rest(status)]
    NotFound,
}

fn main() {}
