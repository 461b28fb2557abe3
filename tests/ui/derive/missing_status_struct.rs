use rest_status::RestError;

#[derive(Debug, RestError)]
#[rest(code = "invoice_locked")]
struct InvoiceLocked;

fn main() {}
