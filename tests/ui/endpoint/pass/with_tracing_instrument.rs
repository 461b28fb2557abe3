// `response::Ok` is not imported: `#[tracing::instrument(err)]` writes `Ok(...)` and
// means the prelude's.
use rest_status::response::{self, NoContent};
use rest_status::{rest_endpoint, StatusSet, Statuses};

#[derive(Debug)]
pub struct Forbidden;

impl Statuses for Forbidden {
    const STATUSES: StatusSet = StatusSet::of(&[403]);
}

#[tracing::instrument]
#[rest_endpoint(method = "GET")]
pub async fn instrumented_outside(id: u64) -> Result<response::Ok<u64>, Forbidden> {
    Ok(response::Ok(id))
}

#[rest_endpoint(method = "DELETE")]
#[tracing::instrument(skip(id), err(Debug))]
pub async fn instrumented_inside(id: u64) -> Result<NoContent, Forbidden> {
    let _ = id;
    Err(Forbidden)
}

#[rest_endpoint(method = "PUT")]
#[tracing::instrument]
pub fn instrumented_sync(id: u64) -> Result<NoContent, Forbidden> {
    let _ = id;
    Ok(NoContent)
}

fn main() {
    let runtime = tokio::runtime::Builder::new_current_thread().build().unwrap();
    assert_eq!(runtime.block_on(instrumented_outside(1)).unwrap().0, 1);
    assert!(runtime.block_on(instrumented_inside(1)).is_err());
    assert!(instrumented_sync(1).is_ok());
}
