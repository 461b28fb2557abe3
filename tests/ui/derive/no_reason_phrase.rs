use rest_status::RestError;

#[derive(Debug, RestError)]
enum InvoiceError {
    #[rest(status = 499)]
    ClientClosedRequest,
}

fn main() {}
