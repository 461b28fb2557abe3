use rest_status::RestError;

#[derive(Debug)]
enum InvoiceError {
    NotFound,
}

fn body<E: RestError>(error: &E) -> Vec<u8> {
    let mut out = Vec::new();
    error.write_json(&mut out);
    out
}

fn main() {
    body(&InvoiceError::NotFound);
}
