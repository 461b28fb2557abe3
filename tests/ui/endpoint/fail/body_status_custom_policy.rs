use http::StatusCode;
use rest_status::{rest_endpoint, Method, MethodTable, Policy, StatusSet, Strict};

/// Strict, plus 304 for conditional GETs.
pub struct Caching;

impl Policy for Caching {
    const NAME: &'static str = "Caching";
    const TABLE: MethodTable = Strict::TABLE.with_method(
        Method::Get,
        Strict::TABLE.allowed(Method::Get).union(StatusSet::of(&[304])),
    );
}

/// The policy is a type the macro cannot read: the compiler checks the status the
/// body names.
#[rest_endpoint(method = "GET", policy = Caching)]
async fn get_item(fresh: bool) -> StatusCode {
    if fresh {
        return StatusCode::NOT_MODIFIED;
    }
    StatusCode::NO_CONTENT
}

fn main() {}
