// A crate that names the facade differently writes `crate = path`.
extern crate rest_status as rs;

use rs::response::NoContent;

#[rs::rest_endpoint(method = "DELETE", crate = ::rs)]
fn delete_invoice() -> NoContent {
    NoContent
}

#[rs::rest_endpoint(method = "HEAD", policy = rs::Extended, crate = rs)]
fn exists() -> NoContent {
    NoContent
}

fn main() {
    let _: NoContent = delete_invoice();
    let _: NoContent = exists();
}
