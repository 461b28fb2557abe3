use rest_status::RestError;

#[derive(Debug, RestError)]
enum InvoiceError {
    #[rest(status = 404u16)]
    NotFound,
}

fn main() {}
