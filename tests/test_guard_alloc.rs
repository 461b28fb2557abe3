//! The guard adds no allocation to a passing response: the same axum router (and the
//! same actix-web app) answers the same requests with and without it, and a global
//! allocator counts what each call costs on this thread. Its error paths (a body replaced) may allocate; they are
//! counted too, so the counter is seen to move.
//!
//! `Router::layer` wraps each route in a boxed route of its own, whatever the layer:
//! that costs axum two allocations per request for any layer, a do-nothing one
//! included. So the guard there is compared with tower's `Identity` layer, applied
//! the same way; and around the whole router, with the bare router. The routers are
//! called as `axum::serve` calls them, after `with_state`. `App::wrap` costs
//! actix-web nothing per request: there the guard is compared with the bare app (and
//! actix-web's `Identity` middleware is seen to cost nothing either).

// Counting allocations takes a global allocator (`support/counting_alloc.rs`), and
// `GlobalAlloc` is an unsafe trait: unsafe code is allowed on that impl alone.
#![deny(unsafe_code, clippy::undocumented_unsafe_blocks)]
#![cfg(feature = "axum")]

use axum::body::{Body, Bytes};
use axum::routing::get;
use axum::Router;
use http::{Request, StatusCode, Uri};
use rest_status::guard::Guard;
use rest_status::Extended;
use tower_layer::{Identity, Layer};
use tower_service::Service;

#[path = "support/counting_alloc.rs"]
mod counting_alloc;

use counting_alloc::allocations_in;

// The router the guard's benchmarks time, so that what is counted is what is timed.
#[path = "../benches/support/guard_app.rs"]
mod guard_app;

use guard_app::shared;

/// The benchmarks' router, and a plain-text 404 the guard rewrites.
fn app() -> Router {
    guard_app::app().route(
        "/plain-error",
        get(|| async { (StatusCode::NOT_FOUND, "gone") }),
    )
}

/// `router` as `axum::serve` runs it: `with_state` turns each handler into its route
/// once, instead of on every call.
fn served(router: Router) -> Router {
    router.with_state(())
}

/// The allocations of answering `path` once, on this thread, body read to the end.
fn allocations_of<S>(runtime: &tokio::runtime::Runtime, router: &mut S, path: &Bytes) -> usize
where
    S: Service<Request<Body>, Response = http::Response<Body>, Error = std::convert::Infallible>,
{
    let uri = Uri::from_maybe_shared(path.clone()).unwrap();
    let request = Request::get(uri).body(Body::empty()).unwrap();
    allocations_in(|| {
        runtime.block_on(async {
            let response = router.call(request).await.unwrap();
            let body = axum::body::to_bytes(response.into_body(), usize::MAX)
                .await
                .unwrap();
            std::hint::black_box(body);
        })
    })
}

/// The fewest allocations of answering `path`, over a few calls after a warm-up: a
/// lazily initialized structure in tokio or axum is not the guard's.
fn steady_allocations<S>(router: &mut S, path: &str) -> usize
where
    S: Service<Request<Body>, Response = http::Response<Body>, Error = std::convert::Infallible>,
{
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .unwrap();
    let path = shared(path);
    (0..20)
        .map(|_| allocations_of(&runtime, router, &path))
        .skip(5)
        .min()
        .unwrap()
}

#[test]
fn the_guard_adds_no_allocation_to_a_passing_response() {
    for path in ["/invoices/42", "/hello"] {
        let identity = steady_allocations(&mut served(app().layer(Identity::new())), path);
        let guarded = steady_allocations(&mut served(app().layer(Guard::new::<Extended>())), path);
        assert!(identity > 0, "the counter counts");
        assert_eq!(
            guarded, identity,
            "{path}: {identity} allocations under Identity"
        );

        let bare = steady_allocations(&mut served(app()), path);
        let around = steady_allocations(&mut Guard::new::<Extended>().layer(served(app())), path);
        assert_eq!(around, bare, "{path}: {bare} allocations bare");
    }
}

#[test]
fn replacing_a_body_is_counted() {
    let plain = steady_allocations(&mut served(app().layer(Identity::new())), "/plain-error");
    let guarded = steady_allocations(&mut app().layer(Guard::new::<Extended>()), "/plain-error");
    assert!(guarded > plain, "{guarded} guarded, {plain} unguarded");
}

/// The same for actix-web: the app called in process, as its server calls it, with
/// and without `App::wrap(guard)`; the guard's response future is a concrete type,
/// not a box.
#[cfg(feature = "actix-web")]
mod actix {
    use actix_web::dev::ServiceResponse;
    use actix_web::middleware::Identity;
    use actix_web::rt::System;
    use actix_web::test as actix_test;
    use actix_web::{web, App, HttpResponse};
    use rest_status::guard::Guard;
    use rest_status::Extended;

    use super::counting_alloc::allocations_in;

    /// The shared app, and a route that answers a plain-text 404 for the guard to
    /// rewrite.
    fn app() -> App<
        impl actix_web::dev::ServiceFactory<
            actix_web::dev::ServiceRequest,
            Config = (),
            Response = ServiceResponse,
            Error = actix_web::Error,
            InitError = (),
        >,
    > {
        super::guard_app::actix_app().route(
            "/plain-error",
            web::get().to(|| async { HttpResponse::NotFound().body("gone") }),
        )
    }

    /// The fewest allocations of answering `$path` with `$service`, body read to the
    /// end, over a few calls after a warm-up. A macro: the service's request type
    /// lives in actix-http, which this crate does not name.
    macro_rules! steady_allocations {
        ($system:expr, $service:expr, $path:expr) => {
            (0..20)
                .map(|_| {
                    let request = actix_test::TestRequest::get().uri($path).to_request();
                    allocations_in(|| {
                        $system.block_on(async {
                            let response = actix_test::call_service($service, request).await;
                            std::hint::black_box(actix_test::read_body(response).await);
                        })
                    })
                })
                .skip(5)
                .min()
                .unwrap()
        };
    }

    #[test]
    fn the_actix_guard_adds_no_allocation_to_a_passing_response() {
        let system = System::new();
        let bare = system.block_on(actix_test::init_service(app()));
        let identity = system.block_on(actix_test::init_service(app().wrap(Identity::default())));
        let guarded = system.block_on(actix_test::init_service(
            app().wrap(Guard::new::<Extended>()),
        ));
        for path in ["/invoices/42", "/hello"] {
            let bare = steady_allocations!(system, &bare, path);
            let identity = steady_allocations!(system, &identity, path);
            let guarded = steady_allocations!(system, &guarded, path);
            assert!(bare > 0, "the counter counts");
            assert_eq!(identity, bare, "{path}: App::wrap itself allocates nothing");
            assert_eq!(guarded, bare, "{path}: {bare} allocations bare");
        }
    }

    #[test]
    fn replacing_a_body_is_counted_in_actix_too() {
        let system = System::new();
        let bare = system.block_on(actix_test::init_service(app()));
        let guarded = system.block_on(actix_test::init_service(
            app().wrap(Guard::new::<Extended>()),
        ));
        let plain = steady_allocations!(system, &bare, "/plain-error");
        let replaced = steady_allocations!(system, &guarded, "/plain-error");
        assert!(replaced > plain, "{replaced} guarded, {plain} unguarded");
    }
}
