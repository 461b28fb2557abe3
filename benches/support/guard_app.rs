//! The router whose answers the guard's costs are measured on, shared by the guard's
//! benchmarks (`benches/guard.rs`, `benches/guard_ratio.rs`) and its allocation test
//! (`tests/test_guard_alloc.rs`), so that what is timed and what is counted is the
//! same router: a hello-world route and a JSON 200, both of which pass the guard
//! untouched, in axum ([`app`]) and in actix-web ([`actix_app`]). Each includes this
//! file with `#[path]` and adds the routes of its own.

use axum::body::Bytes;
use axum::routing::get;
use axum::Router;
use rest_status::response;

#[derive(serde::Serialize)]
pub struct Invoice {
    pub id: u64,
    pub customer: &'static str,
}

/// `/hello` (plain text) and `/invoices/{id}` (a JSON 200).
pub fn app() -> Router {
    Router::new()
        .route("/hello", get(|| async { "Hello, world!" }))
        .route(
            "/invoices/{id}",
            get(|| async {
                response::Ok(Invoice {
                    id: 42,
                    customer: "ACME",
                })
            }),
        )
}

/// The same two routes in actix-web, for the benchmarks and tests that compare its
/// middleware: `/hello` and `/invoices/{id}`.
#[allow(dead_code)] // `benches/guard.rs` measures axum only
pub fn actix_app() -> actix_web::App<
    impl actix_web::dev::ServiceFactory<
        actix_web::dev::ServiceRequest,
        Config = (),
        Response = actix_web::dev::ServiceResponse,
        Error = actix_web::Error,
        InitError = (),
    >,
> {
    use actix_web::web;
    actix_web::App::new()
        .route("/hello", web::get().to(|| async { "Hello, world!" }))
        .route(
            "/invoices/{id}",
            web::get().to(|| async {
                response::Ok(Invoice {
                    id: 42,
                    customer: "ACME",
                })
            }),
        )
}

/// `path` as hyper holds a request's target: shared bytes, a slice of the
/// connection's read buffer. The guard around a whole router keeps the request's
/// path for its report by counting a reference to them; bytes copied from a `&str`
/// would become shared bytes, an allocation, on their first clone, which a served
/// request never pays.
#[allow(dead_code)] // `benches/guard.rs` builds its requests from a `&str`
pub fn shared(path: &str) -> Bytes {
    let bytes = Bytes::copy_from_slice(path.as_bytes());
    drop(bytes.clone());
    bytes
}
