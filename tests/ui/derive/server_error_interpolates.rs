use rest_status::RestError;

#[derive(Debug, RestError)]
enum InvoiceError {
    #[rest(status = 500, message = "Storage failed: {0}")]
    Storage(std::io::Error),
}

fn main() {}
