use http::StatusCode;
use rest_status::rest_endpoint;

/// The status is computed at run time: the body names none.
#[rest_endpoint(method = "GET")]
fn get_invoice(code: u16) -> StatusCode {
    StatusCode::from_u16(code).unwrap()
}

fn main() {}
