use rest_status::response::NoContent;
use rest_status::{rest_endpoint, RestError, Rejections, StatusSet};

/// Reads an API key; a request without one is answered 401 before the handler runs.
pub struct ApiKey;

impl Rejections for ApiKey {
    const REJECTIONS: StatusSet = StatusSet::of(&[401]);
}

#[derive(Debug, RestError)]
#[rest(status = 500)]
pub struct Storage;

// The extractor's 401 is what a client may get too, and it is not documented.
#[rest_endpoint(method = "DELETE")]
#[utoipa::path(delete, path = "/items/{id}", responses(NoContent, Storage))]
pub async fn delete_item(key: ApiKey) -> Result<NoContent, Storage> {
    let _ = key;
    Ok(NoContent)
}

fn main() {}
