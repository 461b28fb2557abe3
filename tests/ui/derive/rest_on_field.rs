use rest_status::RestError;

#[derive(Debug, RestError)]
enum InvoiceError {
    #[rest(status = 404)]
    NotFound {
        #[rest(message = "Invoice {id} was not found")]
        id: u64,
    },
}

fn main() {}
