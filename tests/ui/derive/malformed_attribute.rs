use rest_status::RestError;

#[derive(Debug, RestError)]
enum InvoiceError {
    #[rest = "404"]
    NotFound,
}

fn main() {}
