use rest_status::rest_endpoint;

#[rest_endpoint(method = "GET", statuses(200, 404))]
#[utoipa::path(get, path = "/items/{id}", responses((status = 200), (status = "4XX")))]
pub async fn get_item(id: u64) -> http::StatusCode {
    let _ = id;
    http::StatusCode::OK
}

fn main() {}
