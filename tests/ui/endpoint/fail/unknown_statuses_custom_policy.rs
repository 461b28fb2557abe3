use rest_status::{rest_endpoint, Method, MethodTable, Policy, Strict};

/// Strict plus 304 for GET: a policy of the user's own, whose table the macro cannot
/// read, so the error cannot list what GET allows and says how to declare.
pub struct Cached;

impl Policy for Cached {
    const NAME: &'static str = "Cached";
    const TABLE: MethodTable = Strict::TABLE.allow(Method::Get, 304);
}

pub struct Page;

#[rest_endpoint(method = "GET", policy = Cached)]
fn get_page() -> Page {
    Page
}

fn main() {}
