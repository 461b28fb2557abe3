use http::StatusCode;
use rest_status::{rest_endpoint, Method, MethodTable, Policy, Strict};

/// Strict minus 200 for DELETE, and without PATCH.
pub struct Lean;

impl Policy for Lean {
    const NAME: &'static str = "Lean";
    const TABLE: MethodTable = Strict::TABLE
        .deny(Method::Delete, 200)
        .without_method(Method::Patch);
}

#[rest_endpoint(method = "DELETE", statuses(200, 204), policy = Lean)]
fn delete_invoice() -> StatusCode {
    StatusCode::NO_CONTENT
}

#[rest_endpoint(method = "PATCH", statuses(200), policy = Lean)]
fn patch_invoice() -> StatusCode {
    StatusCode::OK
}

fn main() {}
