//! What the guard's reports name as the request's path, wherever the guard is put:
//! the matched route under `Router::layer`, the request's own path (never its query)
//! when it wraps the whole router. Each request is answered in process on this
//! thread, under a `tracing` subscriber that writes into a buffer for this test alone.

#![forbid(unsafe_code)]
#![cfg(feature = "axum")]

use std::io::Write;
use std::sync::{Arc, Mutex};

use axum::body::Body;
use axum::http::{Method, Request, StatusCode};
use axum::routing::{any, get};
use axum::Router;
use rest_status::guard::{Guard, OnRefusal};
use rest_status::Strict;
use tower::ServiceBuilder;
use tower_layer::Layer;
use tower_service::Service;

/// A writer into a shared buffer, for the subscriber.
#[derive(Clone, Default)]
struct Buffer(Arc<Mutex<Vec<u8>>>);

impl Write for Buffer {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(bytes);
        Ok(bytes.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// Runs `run` under a subscriber that writes into a buffer of its own; what it
/// returns, and every line logged meanwhile.
fn logged<T>(run: impl FnOnce() -> T) -> (T, Vec<String>) {
    let buffer = Buffer::default();
    let writer = buffer.clone();
    let subscriber = tracing_subscriber::fmt()
        .with_writer(move || writer.clone())
        .with_ansi(false)
        .without_time()
        .finish();
    let returned = tracing::subscriber::with_default(subscriber, run);
    let text = String::from_utf8(buffer.0.lock().unwrap().clone()).unwrap();
    (returned, text.lines().map(str::to_owned).collect())
}

/// Answers `method path` with `service` on this thread, and returns the status and
/// every line logged meanwhile.
fn answer<S>(service: &mut S, method: &str, path: &str) -> (StatusCode, Vec<String>)
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
    let request = Request::builder()
        .method(Method::from_bytes(method.as_bytes()).unwrap())
        .uri(path)
        .body(Body::empty())
        .unwrap();
    logged(|| {
        runtime.block_on(async {
            let response = service.call(request).await.unwrap();
            let status = response.status();
            axum::body::to_bytes(response.into_body(), usize::MAX)
                .await
                .unwrap();
            status
        })
    })
}

fn app() -> Router {
    Router::new()
        .route("/teapots/{id}", get(|| async { StatusCode::IM_A_TEAPOT }))
        .route(
            "/failing/{id}",
            get(|| async { (StatusCode::INTERNAL_SERVER_ERROR, "db-2 refused") }),
        )
        .route("/purge", any(|| async { "purged" }))
}

/// The one line of `lines` that contains `needle`, asserting there is exactly one.
fn one<'a>(lines: &'a [String], needle: &str) -> &'a str {
    let found: Vec<&String> = lines.iter().filter(|l| l.contains(needle)).collect();
    assert_eq!(found.len(), 1, "one line with {needle:?} in {lines:#?}");
    found[0]
}

fn assert_fields(line: &str, fields: &[&str]) {
    for field in fields {
        assert!(line.contains(field), "{field} in {line}");
    }
}

const REFUSED: &str = "the policy does not allow this status";
const REPLACED: &str = "replaced a 5xx body";

#[test]
fn under_router_layer_a_report_names_the_matched_route() {
    let mut service = app().layer(Guard::new::<Strict>()).with_state(());
    let (status, lines) = answer(&mut service, "GET", "/teapots/7?token=s3cr3t");
    assert_eq!(status, StatusCode::IM_A_TEAPOT);
    assert!(lines.iter().all(|l| !l.contains("s3cr3t")), "{lines:#?}");
    assert_fields(
        one(&lines, REFUSED),
        &[
            "WARN",
            "method=\"GET\"",
            "path=\"/teapots/{id}\"",
            "path_source=\"route\"",
            "status=418",
            "policy=\"Strict\"",
        ],
    );
    let (_, lines) = answer(&mut service, "GET", "/failing/9?token=s3cr3t");
    assert_fields(
        one(&lines, REPLACED),
        &[
            "ERROR",
            "path=\"/failing/{id}\"",
            "path_source=\"route\"",
            "original=db-2 refused",
        ],
    );
    assert!(lines.iter().all(|l| !l.contains("s3cr3t")), "{lines:#?}");
}

#[test]
fn around_the_router_a_report_names_the_request_path_without_its_query() {
    // `Layer::layer` on the router, and a tower `ServiceBuilder` around it: the same.
    let mut layered = Guard::new::<Strict>().layer(app().with_state(()));
    let mut built = ServiceBuilder::new()
        .layer(Guard::new::<Strict>())
        .service(app().with_state(()));
    for (placement, lines) in [
        (
            "layer",
            answer(&mut layered, "GET", "/teapots/7?token=s3cr3t").1,
        ),
        (
            "builder",
            answer(&mut built, "GET", "/teapots/7?token=s3cr3t").1,
        ),
    ] {
        assert_fields(
            one(&lines, REFUSED),
            &[
                "method=\"GET\"",
                "path=\"/teapots/7\"",
                "path_source=\"uri\"",
                "status=418",
                "policy=\"Strict\"",
            ],
        );
        assert!(
            lines
                .iter()
                .all(|l| !l.contains("s3cr3t") && !l.contains("token")),
            "{placement}: {lines:#?}"
        );
    }
    let (status, lines) = answer(&mut layered, "GET", "/failing/9?token=s3cr3t");
    assert_eq!(status, StatusCode::INTERNAL_SERVER_ERROR);
    assert_fields(
        one(&lines, REPLACED),
        &["path=\"/failing/9\"", "path_source=\"uri\"", "status=500"],
    );
    assert!(lines.iter().all(|l| !l.contains("s3cr3t")), "{lines:#?}");
}

#[test]
fn around_the_router_a_404_is_the_routers_own() {
    // Strict does not allow DELETE to answer 404; around the router the guard cannot
    // tell a route's 404 from the router's, and reports neither.
    let mut around = Guard::new::<Strict>().layer(app().with_state(()));
    let (status, lines) = answer(&mut around, "DELETE", "/nowhere");
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert!(lines.iter().all(|l| !l.contains(REFUSED)), "{lines:#?}");
}

#[test]
fn an_extension_method_is_reported_by_its_name() {
    let mut inside = app().layer(Guard::new::<Strict>()).with_state(());
    let (status, lines) = answer(&mut inside, "PURGE", "/purge");
    assert_eq!(status, StatusCode::OK);
    assert_fields(
        one(&lines, REFUSED),
        &[
            "method=\"PURGE\"",
            "path=\"/purge\"",
            "path_source=\"route\"",
            "status=200",
        ],
    );
}

#[test]
#[should_panic(
    expected = "rest-status guard: GET /teapots/7 (uri) answered 418 I'm a teapot, which the policy `Strict` does not allow"
)]
fn in_panic_mode_around_the_router_the_panic_names_the_request_path() {
    let guard = Guard::new::<Strict>().on_refusal(OnRefusal::Panic);
    let mut around = guard.layer(app().with_state(()));
    answer(&mut around, "GET", "/teapots/7?token=s3cr3t");
}

/// actix-web: the matched resource's pattern, or the request's path where no
/// resource matched.
#[cfg(feature = "actix-web")]
mod actix {
    use actix_web::http::StatusCode;
    use actix_web::rt::System;
    use actix_web::test as actix_test;
    use actix_web::{web, App, HttpResponse};
    use rest_status::guard::Guard;
    use rest_status::Strict;

    use super::{assert_fields, logged, one, REFUSED};

    #[test]
    fn an_actix_report_names_the_pattern_or_the_request_path() {
        let system = System::new();
        let app = system.block_on(actix_test::init_service(
            App::new()
                .wrap(Guard::new::<Strict>())
                .route(
                    "/teapots/{id}",
                    web::get()
                        .to(|| async { HttpResponse::build(StatusCode::IM_A_TEAPOT).finish() }),
                )
                .default_service(web::to(|| async {
                    HttpResponse::build(StatusCode::IM_A_TEAPOT).finish()
                })),
        ));
        for (path, fields) in [
            (
                "/teapots/7?token=s3cr3t",
                ["path=\"/teapots/{id}\"", "path_source=\"route\""],
            ),
            (
                "/unrouted/7?token=s3cr3t",
                ["path=\"/unrouted/7\"", "path_source=\"uri\""],
            ),
        ] {
            let ((), lines) = logged(|| {
                system.block_on(async {
                    let request = actix_test::TestRequest::get().uri(path).to_request();
                    let response = actix_test::call_service(&app, request).await;
                    assert_eq!(response.status(), StatusCode::IM_A_TEAPOT);
                })
            });
            let line = one(&lines, REFUSED);
            assert_fields(line, &fields);
            assert_fields(line, &["method=\"GET\"", "status=418", "policy=\"Strict\""]);
            assert!(!line.contains("s3cr3t"), "{line}");
        }
    }
}
