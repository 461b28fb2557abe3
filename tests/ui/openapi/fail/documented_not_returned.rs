use rest_status::openapi::BadRequest;
use rest_status::response::NoContent;
use rest_status::{rest_endpoint, RestError};

#[derive(Debug, RestError)]
#[rest(status = 500)]
pub struct Storage;

// 400 is documented, but nothing of the handler returns it.
#[rest_endpoint(method = "DELETE")]
#[utoipa::path(delete, path = "/items/{id}", responses(NoContent, Storage, BadRequest))]
pub async fn delete_item(id: u64) -> Result<NoContent, Storage> {
    let _ = id;
    Ok(NoContent)
}

fn main() {}
