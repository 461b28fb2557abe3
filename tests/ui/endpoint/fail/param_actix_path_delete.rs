use actix_web::web;
use rest_status::response::NoContent;
use rest_status::rest_endpoint;

/// actix-web's `web::Path`, configured by rest-status, answers 400 to a segment that
/// does not fit the type, which `Strict` does not allow a DELETE.
#[rest_endpoint(method = "DELETE")]
async fn delete_item(id: web::Path<u64>) -> NoContent {
    let _ = id.into_inner();
    NoContent
}

fn main() {}
