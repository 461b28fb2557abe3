// A crate that names the facade `rs`: the help of a refusal that const evaluation
// reports names it as the crate does.
extern crate rest_status as rs;

use rs::response::NoContent;
use rs::{Method, MethodTable, Policy, Strict};

/// Strict without PATCH, given by path: the macro cannot read its table.
pub struct Lean;

impl Policy for Lean {
    const NAME: &'static str = "Lean";
    const TABLE: MethodTable = Strict::TABLE.without_method(Method::Patch);
}

#[rs::rest_endpoint(method = "PATCH", policy = Lean, crate = rs)]
async fn patch_invoice() -> NoContent {
    NoContent
}

fn main() {}
