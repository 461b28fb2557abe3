use actix_web::web;
use rest_status::response::NoContent;
use rest_status::rest_endpoint;

/// actix-web's `web::Path` answers 404 to a segment that does not fit the type, which
/// a DELETE never answers.
#[rest_endpoint(method = "DELETE")]
async fn delete_item(id: web::Path<u64>) -> NoContent {
    let _ = id.into_inner();
    NoContent
}

fn main() {}
