use rest_status::response::NoContent;
use rest_status::rest_endpoint;

// A user's own error type that does not derive `RestError`: under `Extended`, the
// error lists what a PATCH may declare there.
pub enum PatchError {
    Conflict,
}

#[rest_endpoint(method = "PATCH", policy = rest_status::Extended)]
fn patch_invoice() -> Result<NoContent, PatchError> {
    Err(PatchError::Conflict)
}

fn main() {}
