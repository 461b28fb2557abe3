use http::StatusCode;
use rest_status::rest_endpoint;

/// 500 is allowed for DELETE, but `statuses(...)` says the handler never returns it.
#[rest_endpoint(method = "DELETE", statuses(204))]
async fn delete_item(store_ok: bool) -> StatusCode {
    if !store_ok {
        return http::StatusCode::INTERNAL_SERVER_ERROR;
    }
    StatusCode::NO_CONTENT
}

fn main() {}
