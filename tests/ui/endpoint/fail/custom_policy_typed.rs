use rest_status::response::{Created, NoContent};
use rest_status::{rest_endpoint, Method, MethodTable, Policy, Strict};

/// Strict without PATCH: a policy given by path, whose table the macro cannot read.
pub struct Lean;

impl Policy for Lean {
    const NAME: &'static str = "Lean";
    const TABLE: MethodTable = Strict::TABLE.without_method(Method::Patch);
}

/// A method without rules is refused at the method, before the return type is read.
#[rest_endpoint(method = "PATCH", policy = Lean)]
async fn patch_invoice() -> Result<NoContent, Created<u64>> {
    Ok(NoContent)
}

/// A covered method: the return type's refused status, at the return type.
#[rest_endpoint(method = "POST", policy = Lean)]
async fn create_invoice() -> NoContent {
    NoContent
}

fn main() {}
