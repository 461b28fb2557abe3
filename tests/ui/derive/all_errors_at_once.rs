// Every mistake of one type shows in one build, and the type's other uses add no
// error of their own (the derive emits a fallback impl beside the errors).
use rest_status::{RestError, Statuses};

#[derive(Debug, RestError)]
enum InvoiceError {
    #[rest(status = 200)]
    Fine,
    #[rest(status = 404, message = "Invoice {idd} was not found")]
    NotFound { id: u64 },
    #[rest(status = 500, code = "")]
    Storage(std::io::Error),
    Unmapped,
}

fn body<E: RestError>(error: &E) -> Vec<u8> {
    let mut out = Vec::new();
    error.write_json(&mut out);
    out
}

fn main() {
    body(&InvoiceError::Fine);
    let _ = <InvoiceError as Statuses>::STATUSES;
}
