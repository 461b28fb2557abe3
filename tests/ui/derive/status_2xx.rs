use rest_status::RestError;

#[derive(Debug, RestError)]
enum InvoiceError {
    #[rest(status = 200)]
    Fine,
    #[rest(status = 302)]
    Moved,
}

fn main() {}
