//! The guard's cost per request, against the same service without it, in one run: a
//! hello-world route and a JSON 200 (what passes through untouched), and a plain-text
//! 404 (what the guard rewrites). Each request goes through the axum router in
//! process, as `axum::serve` calls it, and its body is read to the end.
//!
//!     cargo bench --bench guard
//!
//! `bare` is the router alone; `identity` is tower's do-nothing layer applied with
//! `Router::layer`, the price axum asks of any layer; `guard` is the guard applied
//! the same way; `guard_around` wraps the whole router instead. `benches/guard_load.rs`
//! measures the same over real sockets.
#![forbid(unsafe_code)]

#[path = "support/guard_app.rs"]
mod guard_app;

use axum::body::Body;
use axum::http::{Request, StatusCode};
use axum::routing::get;
use axum::Router;
use divan::Bencher;
use rest_status::guard::Guard;
use rest_status::Extended;
use tower_layer::{Identity, Layer};
use tower_service::Service;

fn main() {
    divan::main();
}

/// The shared router, and a plain-text 404 the guard rewrites.
fn app() -> Router {
    guard_app::app().route(
        "/plain-404",
        get(|| async { (StatusCode::NOT_FOUND, "no such thing") }),
    )
}

/// Answers `path` on each iteration with `service`, on a current-thread runtime.
fn run<S>(bencher: Bencher, mut service: S, path: &str)
where
    S: Service<
        Request<Body>,
        Response = axum::response::Response,
        Error = std::convert::Infallible,
    >,
{
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .unwrap();
    bencher.bench_local(|| {
        runtime.block_on(async {
            let request = Request::get(path).body(Body::empty()).unwrap();
            let response = service.call(request).await.unwrap();
            axum::body::to_bytes(response.into_body(), usize::MAX)
                .await
                .unwrap()
        })
    });
}

const PATHS: &[&str] = &["/hello", "/invoices/42", "/plain-404"];

#[divan::bench(args = PATHS, sample_count = 2000, sample_size = 20)]
fn bare(bencher: Bencher, path: &str) {
    run(bencher, app().with_state(()), path);
}

#[divan::bench(args = PATHS, sample_count = 2000, sample_size = 20)]
fn identity(bencher: Bencher, path: &str) {
    run(bencher, app().layer(Identity::new()).with_state(()), path);
}

#[divan::bench(args = PATHS, sample_count = 2000, sample_size = 20)]
fn guard(bencher: Bencher, path: &str) {
    run(
        bencher,
        app().layer(Guard::new::<Extended>()).with_state(()),
        path,
    );
}

#[divan::bench(args = PATHS, sample_count = 2000, sample_size = 20)]
fn guard_around(bencher: Bencher, path: &str) {
    run(
        bencher,
        Guard::new::<Extended>().layer(app().with_state(())),
        path,
    );
}
