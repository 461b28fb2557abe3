use rest_status::rest_endpoint;

// 409 is documented but not declared; 500 is declared but not documented. Without
// parameters, no extractor can add a status: the macro compares the two itself.
#[rest_endpoint(method = "PUT", statuses(200, 404, 500))]
#[utoipa::path(put, path = "/items/{id}", responses((status = 200), (status = 404), (status = 409)))]
pub async fn put_item() -> http::StatusCode {
    http::StatusCode::OK
}

fn main() {}
