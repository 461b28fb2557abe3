use rest_status::rest_endpoint;
use utoipa::OpenApi;

#[utoipa::path(get, path = "/invoices/{id}", responses((status = 200), (status = 404)))]
#[rest_endpoint(method = "GET", statuses(200, 404))]
pub async fn get_invoice(id: u64) -> http::StatusCode {
    let _ = id;
    http::StatusCode::OK
}

#[rest_endpoint(method = "DELETE", statuses(204))]
#[utoipa::path(delete, path = "/invoices/{id}", responses((status = 204)))]
pub async fn delete_invoice(id: u64) -> http::StatusCode {
    let _ = id;
    http::StatusCode::NO_CONTENT
}

#[derive(OpenApi)]
#[openapi(paths(get_invoice, delete_invoice))]
struct ApiDoc;

fn main() {
    let paths = ApiDoc::openapi().paths;
    assert!(paths.paths.contains_key("/invoices/{id}"));
}
