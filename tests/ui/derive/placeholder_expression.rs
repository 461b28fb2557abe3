use rest_status::RestError;

#[derive(Debug)]
struct Customer {
    name: String,
}

#[derive(Debug, RestError)]
enum InvoiceError {
    #[rest(status = 403, message = "{customer.name} may not see this invoice")]
    Forbidden { customer: Customer },
}

fn main() {}
