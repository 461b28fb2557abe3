use rest_status::RestError;

#[derive(Debug, RestError)]
#[rest(status = 204)]
enum InvoiceError {
    Deleted,
    #[rest(status = 404)]
    NotFound,
}

fn main() {}
