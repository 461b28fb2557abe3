use rest_status::rest_endpoint;

#[rest_endpoint(method = "DELETE")]
fn delete_invoice() {}

fn main() {}
