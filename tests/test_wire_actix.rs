//! On the wire, with actix-web: the extractor configs and the guard middleware, over
//! a real socket. The actix example is served as it is; a second app is written the
//! careless way and guarded.

#![forbid(unsafe_code)]
#![cfg(feature = "actix-web")]

mod support;

// The example's own app, not a copy; its demo and `main` go unused here.
#[allow(dead_code)]
#[path = "../examples/actix.rs"]
mod actix_example;

use actix_web::http::StatusCode;
use actix_web::{web, App, HttpResponse};
use rest_status::guard::Guard;
use rest_status::response::Created;
use rest_status::{Extended, Policy, Strict};
use support::logs;

const SECRETS: &[&str] = &["postgres://", "s3cr3t", "db-2"];
const INTERNAL: &str =
    r#"{"errors":[{"code":"internal_error","message":"Internal Server Error"}]}"#;

struct Answer {
    status: u16,
    headers: reqwest::header::HeaderMap,
    body: String,
}

async fn send(
    base: &str,
    method: &str,
    path: &str,
    content_type: Option<&str>,
    body: Option<String>,
) -> Answer {
    let client = reqwest::Client::new();
    let method = reqwest::Method::from_bytes(method.as_bytes()).unwrap();
    let mut request = client.request(method, format!("{base}{path}"));
    if let Some(content_type) = content_type {
        request = request.header("content-type", content_type);
    }
    if let Some(body) = body {
        request = request.body(body);
    }
    let response = request.send().await.expect("the server answers");
    let status = response.status().as_u16();
    let headers = response.headers().clone();
    let body = response.text().await.unwrap();
    Answer {
        status,
        headers,
        body,
    }
}

fn error(code: &str, message: &str) -> String {
    serde_json::json!({ "errors": [{ "code": code, "message": message }] }).to_string()
}

/// Method, path, content type, body, and whether the router answers it itself.
type Sent = (
    &'static str,
    String,
    Option<&'static str>,
    Option<String>,
    bool,
);

#[tokio::test]
async fn hostile_requests_to_the_actix_example_get_answers_within_the_contract() {
    logs::capture();
    let store = web::Data::new(actix_example::Store::default());
    let base = support::serve_actix(move || actix_example::app(store.clone()));
    let valid = r#"{"customer":"ACME"}"#.to_owned();
    let json = Some("application/json");
    let requests: Vec<Sent> = vec![
        (
            "POST",
            "/invoices".into(),
            json,
            Some(r#"{"customer":"#.into()),
            false,
        ),
        (
            "POST",
            "/invoices".into(),
            json,
            Some(r#"{"customer":5}"#.into()),
            false,
        ),
        (
            "POST",
            "/invoices".into(),
            Some("text/plain"),
            Some(valid.clone()),
            false,
        ),
        ("POST", "/invoices".into(), None, Some(valid.clone()), false),
        ("POST", "/invoices".into(), json, Some(String::new()), false),
        (
            "POST",
            "/invoices".into(),
            json,
            Some("x".repeat(3 << 20)),
            false,
        ),
        (
            "POST",
            "/invoices".into(),
            json,
            Some("[".repeat(5_000)),
            false,
        ),
        ("GET", "/invoices/abc".into(), None, None, false),
        ("GET", "/invoices/%FF".into(), None, None, false),
        (
            "GET",
            format!("/invoices/{}", "9".repeat(10_000)),
            None,
            None,
            false,
        ),
        ("DELETE", "/invoices/-1".into(), None, None, false),
        ("GET", "/nope".into(), None, None, true),
        (
            "PUT",
            "/invoices/1".into(),
            json,
            Some(valid.clone()),
            false,
        ),
        // `App::route` guards the resource by method: actix-web answers a method no
        // route has with its own 404, as for a path no route matches.
        ("OPTIONS", "/invoices".into(), None, None, true),
        ("TRACE", "/invoices/1".into(), None, None, true),
        ("POST", "/invoices".into(), json, Some(valid.clone()), false),
        ("GET", "/invoices/1".into(), None, None, false),
        ("DELETE", "/invoices/1".into(), None, None, false),
        ("DELETE", "/invoices/1".into(), None, None, false),
        ("DELETE", "/invoices/1".into(), None, None, false),
        ("GET", "/invoices/1".into(), None, None, false),
    ];
    let mut broken = Vec::new();
    for (method, path, content_type, body, unrouted) in &requests {
        let answer = send(&base, method, path, *content_type, body.clone()).await;
        let status = http::StatusCode::from_u16(answer.status).unwrap();
        let http_method = http::Method::from_bytes(method.as_bytes()).unwrap();
        let routers_own = (answer.status == 404 && *unrouted)
            || (answer.status == 405 && answer.headers.contains_key("allow"));
        let mut problems = Vec::new();
        if !Extended::allows(&http_method, status) && !routers_own {
            problems.push("a status the policy refuses");
        }
        if answer.status >= 400 {
            if answer
                .headers
                .get("content-type")
                .is_none_or(|t| t != "application/json")
            {
                problems.push("not JSON");
            }
            if !support::is_error_body(&answer.body) {
                problems.push("not the error object");
            }
        }
        if SECRETS.iter().any(|secret| answer.body.contains(secret)) {
            problems.push("a secret");
        }
        if !problems.is_empty() {
            broken.push(format!(
                "{method} {}: {} {problems:?} {}",
                path.chars().take(40).collect::<String>(),
                answer.status,
                answer.body.chars().take(200).collect::<String>()
            ));
        }
    }
    eprintln!(
        "hostile (actix): {} sent, {} conforming",
        requests.len(),
        requests.len() - broken.len()
    );
    assert!(broken.is_empty(), "{}", broken.join("\n"));
}

#[derive(serde::Deserialize)]
struct Login {
    user: String,
}

#[derive(serde::Deserialize)]
struct Page {
    offset: u32,
}

#[tokio::test]
async fn the_extractor_configs_reject_with_the_codes_of_the_axum_extractors() {
    logs::capture();
    let base = support::serve_actix(|| {
        App::new()
            .configure(rest_status::actix::extractors)
            .route(
                "/json",
                web::post().to(|login: web::Json<Login>| async move { login.into_inner().user }),
            )
            .route(
                "/form",
                web::post().to(|login: web::Form<Login>| async move { login.into_inner().user }),
            )
            .route(
                "/query",
                web::get().to(|page: web::Query<Page>| async move { page.offset.to_string() }),
            )
            .route(
                "/customers",
                web::post().to(|login: web::Json<Login>| async move {
                    let user = login.into_inner().user;
                    Created::at(format!("/customers/{user}"), user)
                }),
            )
            .route(
                "/path/{id}",
                web::get().to(|id: web::Path<u64>| async move { id.to_string() }),
            )
    });
    let json = Some("application/json");
    let answer = send(
        &base,
        "POST",
        "/json",
        json,
        Some(r#"{"user":"ann"}"#.into()),
    )
    .await;
    assert_eq!((answer.status, answer.body.as_str()), (200, "ann"));

    let accented = Some(r#"{"user":"café"}"#.into());
    let answer = send(&base, "POST", "/customers", json, accented).await;
    assert_eq!(answer.status, 201);
    assert_eq!(answer.headers["location"], "/customers/caf%C3%A9");

    let answer = send(&base, "POST", "/json", json, Some(r#"{"user":5}"#.into())).await;
    assert_eq!(
        (answer.status, answer.body),
        (
            400,
            error(
                "malformed_body",
                "Failed to parse the request body as JSON: invalid type: integer `5`, expected a string at line 1 column 9"
            )
        )
    );
    let answer = send(
        &base,
        "POST",
        "/json",
        Some("text/plain"),
        Some("{}".into()),
    )
    .await;
    assert_eq!(
        (answer.status, answer.body),
        (
            400,
            error(
                "wrong_content_type",
                "Expected a request with `Content-Type: application/json`"
            )
        )
    );
    let answer = send(&base, "POST", "/json", json, Some("x".repeat(3 << 20))).await;
    assert_eq!(
        (answer.status, answer.body),
        (
            400,
            error(
                "body_too_large",
                "The request body is larger than this server accepts"
            )
        )
    );
    let form = Some("application/x-www-form-urlencoded");
    let answer = send(&base, "POST", "/form", form, Some("name=ann".into())).await;
    assert_eq!(
        (answer.status, answer.body),
        (
            400,
            error(
                "malformed_body",
                "Failed to deserialize the form: missing field `user`"
            )
        )
    );
    let answer = send(&base, "POST", "/form", json, Some("user=ann".into())).await;
    assert_eq!(answer.status, 400);
    assert!(answer.body.contains(r#""code":"wrong_content_type""#));
    let answer = send(&base, "GET", "/query?offset=-1", None, None).await;
    assert_eq!(
        (answer.status, answer.body),
        (
            400,
            error(
                "invalid_query",
                "Failed to deserialize the query string: invalid digit found in string"
            )
        )
    );
    let answer = send(&base, "GET", "/path/abc", None, None).await;
    assert_eq!(
        (answer.status, answer.body),
        (
            400,
            error(
                "invalid_path",
                r#"Invalid URL: can not parse "abc" to a u64"#
            )
        )
    );
}

#[tokio::test]
async fn the_careless_actix_app_leaks_nothing_once_guarded() {
    logs::capture();
    let base = support::serve_actix(|| {
        App::new()
            .wrap(Guard::new::<Strict>())
            .route(
                "/own-500",
                web::get().to(|| async {
                    let err = std::io::Error::other("connect postgres://admin:s3cr3t@db-2 refused");
                    HttpResponse::InternalServerError().body(err.to_string())
                }),
            )
            .route(
                "/teapot-actix",
                web::get().to(|| async { HttpResponse::build(StatusCode::IM_A_TEAPOT).finish() }),
            )
            .route(
                "/plain-404",
                web::get().to(|| async { HttpResponse::NotFound().body("no such thing") }),
            )
            // A resource answers a method it does not have with 405 and `Allow`.
            .service(
                web::resource("/text")
                    .route(web::get().to(|| async { "plain text passes untouched" })),
            )
    });
    let refusals = || logs::lines_with("path=\"/teapot-actix\"").len();

    let answer = send(&base, "GET", "/own-500", None, None).await;
    assert_eq!((answer.status, answer.body.as_str()), (500, INTERNAL));
    assert_eq!(
        logs::lines_with("connect postgres://admin:s3cr3t@db-2").len(),
        1
    );

    for round in 1..=2 {
        let answer = send(&base, "GET", "/teapot-actix", None, None).await;
        assert_eq!(
            (answer.status, answer.body),
            (418, error("im_a_teapot", "I'm a teapot"))
        );
        assert_eq!(refusals(), round);
    }
    let answer = send(&base, "GET", "/plain-404", None, None).await;
    assert_eq!(
        (answer.status, answer.body),
        (404, error("not_found", "Not Found"))
    );
    let answer = send(&base, "GET", "/text", None, None).await;
    assert_eq!(
        (answer.status, answer.body.as_str()),
        (200, "plain text passes untouched")
    );
    let answer = send(&base, "DELETE", "/text", None, None).await;
    assert_eq!(answer.status, 405);
    assert_eq!(answer.headers["allow"], "GET");
    assert_eq!(
        answer.body,
        error("method_not_allowed", "Method Not Allowed")
    );
    let answer = send(&base, "POST", "/nowhere", None, None).await;
    assert_eq!(
        (answer.status, answer.body),
        (404, error("not_found", "Not Found"))
    );
    assert_eq!(logs::lines_with("path=\"(no route)\"").len(), 0);
}

#[tokio::test]
async fn head_answers_through_the_actix_guard_carry_no_body() {
    logs::capture();
    let base = support::serve_actix(|| {
        App::new()
            .wrap(Guard::new::<Extended>())
            // `web::route()` answers every method, HEAD included.
            .route(
                "/own-500",
                web::route().to(|| async {
                    HttpResponse::InternalServerError().body("connect postgres://admin:s3cr3t@db-2")
                }),
            )
            .route(
                "/plain-404",
                web::route().to(|| async { HttpResponse::NotFound().body("no such thing here") }),
            )
            .route(
                "/hello",
                web::route().to(|| async { HttpResponse::Ok().body("Hello, world!") }),
            )
    });
    let address = support::address(&base);
    for (path, status_line) in [
        ("/own-500", "HTTP/1.1 500 Internal Server Error"),
        ("/plain-404", "HTTP/1.1 404 Not Found"),
        ("/nowhere", "HTTP/1.1 404 Not Found"),
    ] {
        let raw = support::head(address, path).await;
        support::assert_error_head(&raw, path, status_line, SECRETS);
        assert_eq!(raw.headers["content-length"], "0", "{path}");
    }
    // A passing answer to HEAD keeps its headers, and has no body either.
    let raw = support::head(address, "/hello").await;
    assert_eq!(raw.status_line, "HTTP/1.1 200 OK");
    assert_eq!(raw.after_head, b"");
    assert_eq!(raw.headers["content-length"], "13");
    assert!(!raw.headers.contains_key("content-type"), "{raw:?}");
    // GET still gets the error object.
    let answer = send(&base, "GET", "/plain-404", None, None).await;
    assert_eq!(
        (answer.status, answer.body),
        (404, error("not_found", "Not Found"))
    );
}

#[tokio::test]
async fn in_panic_mode_the_actix_guard_fails_a_refused_request() {
    logs::capture();
    support::panics::capture();
    let base = support::serve_actix(|| {
        App::new()
            .wrap(Guard::new::<Strict>().on_refusal(rest_status::guard::OnRefusal::Panic))
            .route(
                "/teapot-panic/{id}",
                web::get().to(|| async { HttpResponse::build(StatusCode::IM_A_TEAPOT).finish() }),
            )
            .route("/text", web::get().to(|| async { "still here" }))
    });
    let address = support::address(&base);
    let request =
        "GET /teapot-panic/7?token=s3cr3t HTTP/1.1\r\nhost: test\r\nconnection: close\r\n\r\n";
    let raw = support::raw_exchange(address, request).await;
    assert!(
        raw.is_none(),
        "the connection closes without an answer: {raw:?}"
    );
    assert_eq!(
        support::panics::with("/teapot-panic"),
        ["rest-status guard: GET /teapot-panic/{id} (route) answered 418 I'm a teapot, which the policy `Strict` does not allow"]
    );
    // Allowed statuses pass, and the server still answers.
    let answer = send(&base, "GET", "/text", None, None).await;
    assert_eq!((answer.status, answer.body.as_str()), (200, "still here"));
}
