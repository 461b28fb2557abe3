use rest_status::openapi::BadRequest;
use rest_status::response::{self, NoContent};
use rest_status::{rest_endpoint, RestError};
use utoipa::{OpenApi, ToSchema};

#[derive(serde::Serialize, ToSchema)]
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

// The types of the return type, listed: compared in const evaluation.
#[rest_endpoint(method = "GET")]
#[utoipa::path(get, path = "/items/{id}", responses(response::Ok<Item>, ItemError))]
pub async fn get_item(id: u64) -> Result<response::Ok<Item>, ItemError> {
    Ok(response::Ok(Item { id }))
}

// Declared statuses and tuples: compared while the macro expands, whatever the order
// of the tuples and however a status is written.
#[rest_endpoint(method = "DELETE", statuses(204, 500))]
#[utoipa::path(
    delete,
    path = "/items/{id}",
    responses((status = http::StatusCode::INTERNAL_SERVER_ERROR), (status = 204))
)]
pub async fn delete_item(id: u64) -> http::StatusCode {
    let _ = id;
    http::StatusCode::NO_CONTENT
}

// Tuples beside a typed return type, and the 400 of an extractor documented by a type.
#[rest_endpoint(method = "PATCH", statuses(204, 400, 404, 500))]
#[utoipa::path(
    patch,
    path = "/items/{id}",
    responses((status = 204, description = "Changed"), BadRequest, ItemError)
)]
pub async fn patch_item(id: u64) -> Result<NoContent, ItemError> {
    let _ = id;
    Ok(NoContent)
}

// Tuples only, against a typed return type: compared in const evaluation.
#[rest_endpoint(method = "PUT")]
#[utoipa::path(put, path = "/items/{id}", responses((status = 204), (status = 404), (status = 500)))]
pub async fn put_item(id: u64) -> Result<NoContent, ItemError> {
    let _ = id;
    Ok(NoContent)
}

// Without `responses(...)` there is nothing to compare.
#[rest_endpoint(method = "GET", statuses(200))]
#[utoipa::path(get, path = "/health")]
pub async fn health() -> http::StatusCode {
    http::StatusCode::OK
}

/// Reads an API key; a request without one is answered 401 before the handler runs.
pub struct ApiKey;

impl rest_status::Rejections for ApiKey {
    const REJECTIONS: rest_status::StatusSet = rest_status::StatusSet::of(&[401]);
}

// An extractor's rejections are among the statuses to document, with or without
// `statuses(...)`.
#[rest_endpoint(method = "GET")]
#[utoipa::path(get, path = "/secrets", responses(response::Ok<Item>, ItemError, (status = 401)))]
pub async fn secret(key: ApiKey) -> Result<response::Ok<Item>, ItemError> {
    let _ = key;
    Ok(response::Ok(Item { id: 1 }))
}

#[rest_endpoint(method = "DELETE", statuses(204))]
#[utoipa::path(delete, path = "/secrets", responses((status = 204), (status = 401)))]
pub async fn forget(key: ApiKey) -> http::StatusCode {
    let _ = key;
    http::StatusCode::NO_CONTENT
}

#[derive(OpenApi)]
#[openapi(paths(get_item, delete_item, patch_item, put_item, health, secret, forget))]
struct Doc;

fn main() {
    let doc = Doc::openapi();
    let responses = |path: &str| {
        let item = &doc.paths.paths[path];
        let operations = [&item.get, &item.delete, &item.patch, &item.put];
        operations
            .into_iter()
            .flatten()
            .map(|operation| operation.responses.responses.keys().cloned().collect::<Vec<_>>())
            .collect::<Vec<_>>()
    };
    assert_eq!(
        responses("/items/{id}"),
        [
            vec!["200", "404", "500"],
            vec!["204", "500"],
            vec!["204", "400", "404", "500"],
            vec!["204", "404", "500"],
        ]
    );
}
