use rest_status::RestError;

#[derive(Debug, RestError)]
enum InvoiceError {
    #[rest(status = 400, message = "Expected a JSON object, got }")]
    NotAnObject,
}

fn main() {}
