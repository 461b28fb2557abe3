use rest_status::RestError;

#[derive(Debug, RestError)]
#[rest(crate = "rest_status")]
enum InvoiceError {
    #[rest(status = 404)]
    NotFound,
}

fn main() {}
