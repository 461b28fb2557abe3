use rest_status::RestError;

#[derive(Debug, RestError)]
enum InvoiceError {
    #[rest[status = 404]]
    NotFound,
}

fn main() {}
