use axum::http::StatusCode;
use rest_status::rest_endpoint;

// A built-in policy named by path is one the macro reads too: each refused literal is
// its own error, at the literal, without const evaluation.
#[rest_endpoint(method = "GET", statuses(200, 201, 204), policy = rest_status::Extended)]
async fn list_invoices() -> StatusCode {
    StatusCode::OK
}

fn main() {}
