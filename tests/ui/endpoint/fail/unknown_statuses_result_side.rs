use http::StatusCode;
use rest_status::response::NoContent;
use rest_status::rest_endpoint;

// The success side is known (204); the error side is not, and is reported alone.
#[rest_endpoint(method = "DELETE")]
fn delete_invoice() -> Result<NoContent, StatusCode> {
    Ok(NoContent)
}

fn main() {}
