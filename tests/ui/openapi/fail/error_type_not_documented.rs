use rest_status::response;
use rest_status::{rest_endpoint, RestError};

#[derive(serde::Serialize, utoipa::ToSchema)]
pub struct Item {
    id: u64,
}

#[derive(Debug, RestError)]
pub enum ItemError {
    #[rest(status = 404)]
    NotFound,
    #[rest(status = 500)]
    Storage,
}

// The error type is missing from `responses(...)`.
#[rest_endpoint(method = "GET")]
#[utoipa::path(get, path = "/items/{id}", responses(response::Ok<Item>))]
pub async fn get_item(id: u64) -> Result<response::Ok<Item>, ItemError> {
    Ok(response::Ok(Item { id }))
}

fn main() {}
