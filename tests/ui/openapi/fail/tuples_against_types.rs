use rest_status::response::NoContent;
use rest_status::{rest_endpoint, RestError};

#[derive(Debug, RestError)]
pub enum ItemError {
    #[rest(status = 404)]
    NotFound,
    #[rest(status = 500)]
    Storage,
}

// The tuples forget the error type's 500.
#[rest_endpoint(method = "PUT")]
#[utoipa::path(put, path = "/items/{id}", responses((status = 204), (status = 404)))]
pub async fn put_item(id: u64) -> Result<NoContent, ItemError> {
    let _ = id;
    Ok(NoContent)
}

fn main() {}
