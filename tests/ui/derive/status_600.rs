use rest_status::RestError;

#[derive(Debug, RestError)]
enum InvoiceError {
    #[rest(status = 600)]
    Broken,
    #[rest(status = 99999)]
    Huge,
}

fn main() {}
