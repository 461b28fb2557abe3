//! The realistic axum service of `tests/realistic/axum_service.rs`, served on
//! 127.0.0.1 and driven by a real client: every handler compiled with its
//! `#[rest_endpoint]`, and every answer it gives, to good requests and hostile ones,
//! is one its policy allows for the method. Beside it, axum's own extractors are sent
//! requests they cannot read, and each answers with a status of its `Rejections`.
#![forbid(unsafe_code)]
#![cfg(feature = "axum")]

#[path = "realistic/axum_service.rs"]
mod service;
mod support;

use axum::extract::{Form, Path, Query};
use axum::routing::{get, post};
use axum::{Json, Router};
use rest_status::{Extended, Policy, Rejections};
use serde::Deserialize;

/// What came back: the status and the body.
struct Answer {
    status: u16,
    body: String,
}

/// Sends `method url` with `body` of `content_type` (none when `None`).
async fn send(method: &str, url: &str, content_type: Option<&str>, body: Vec<u8>) -> Answer {
    let method = reqwest::Method::from_bytes(method.as_bytes()).unwrap();
    let mut request = reqwest::Client::new().request(method, url).body(body);
    if let Some(content_type) = content_type {
        request = request.header("content-type", content_type);
    }
    let response = request.send().await.expect("the server answers");
    let status = response.status().as_u16();
    let body = response.text().await.expect("a text body");
    Answer { status, body }
}

async fn json(method: &str, url: &str, body: &str) -> Answer {
    send(
        method,
        url,
        Some("application/json"),
        body.as_bytes().to_vec(),
    )
    .await
}

async fn empty(method: &str, url: &str) -> Answer {
    send(method, url, None, Vec::new()).await
}

fn allowed(method: &str, status: u16) -> bool {
    let method = http::Method::from_bytes(method.as_bytes()).unwrap();
    Extended::allows(&method, http::StatusCode::from_u16(status).unwrap())
}

#[tokio::test]
async fn the_service_answers_within_its_policy() {
    let base = support::serve_axum(service::router(service::Db::default())).await;
    let mut exchanges = Vec::new();
    macro_rules! exchange {
        ($method:literal, $path:expr, $answer:expr, $status:expr, $body:expr) => {{
            let answer = $answer;
            assert_eq!(
                answer.status, $status,
                "{} {}: {}",
                $method, $path, answer.body
            );
            if let Some(body) = $body {
                assert_eq!(answer.body, body, "{} {}", $method, $path);
            }
            exchanges.push(($method, answer.status));
        }};
    }
    let url = |path: &str| format!("{base}{path}");
    let none: Option<&str> = None;

    exchange!(
        "POST",
        "/items",
        json("POST", &url("/items"), r#"{"name":"milk"}"#).await,
        201,
        Some(r#"{"id":1,"name":"milk","done":false}"#)
    );
    exchange!(
        "POST",
        "/items (empty name)",
        json("POST", &url("/items"), r#"{"name":"  "}"#).await,
        400,
        Some(r#"{"errors":[{"code":"empty_name","message":"The name must not be empty"}]}"#)
    );
    // Where axum's `Json` answers 415, 400 and 422, the service's extractor answers 400.
    exchange!(
        "POST",
        "/items (no content type)",
        send("POST", &url("/items"), None, br#"{"name":"x"}"#.to_vec()).await,
        400,
        Some(
            r#"{"errors":[{"code":"invalid_body","message":"Expected request with `Content-Type: application/json`"}]}"#
        )
    );
    exchange!(
        "POST",
        "/items (not JSON)",
        json("POST", &url("/items"), "{name").await,
        400,
        none
    );
    exchange!(
        "POST",
        "/items (wrong type)",
        json("POST", &url("/items"), r#"{"name":7}"#).await,
        400,
        none
    );
    exchange!(
        "GET",
        "/items",
        empty("GET", &url("/items")).await,
        200,
        Some(r#"[{"id":1,"name":"milk","done":false}]"#)
    );
    exchange!(
        "GET",
        "/items?limit=many",
        empty("GET", &url("/items?limit=many")).await,
        400,
        none
    );
    exchange!(
        "GET",
        "/items/1",
        empty("GET", &url("/items/1")).await,
        200,
        none
    );
    exchange!(
        "GET",
        "/items/99",
        empty("GET", &url("/items/99")).await,
        404,
        Some(r#"{"errors":[{"code":"item_not_found","message":"Item 99 was not found"}]}"#)
    );
    exchange!(
        "GET",
        "/items/abc",
        empty("GET", &url("/items/abc")).await,
        400,
        none
    );
    exchange!(
        "PUT",
        "/items/1",
        json("PUT", &url("/items/1"), r#"{"name":"oat milk"}"#).await,
        200,
        Some(r#"{"id":1,"name":"oat milk","done":false}"#)
    );
    exchange!(
        "PUT",
        "/items/2",
        json("PUT", &url("/items/2"), r#"{"name":"bread"}"#).await,
        404,
        none
    );
    exchange!(
        "PATCH",
        "/items/1",
        json("PATCH", &url("/items/1"), r#"{"done":true}"#).await,
        200,
        Some(r#"{"id":1,"name":"oat milk","done":true}"#)
    );
    exchange!(
        "PATCH",
        "/items/1 (empty name)",
        json("PATCH", &url("/items/1"), r#"{"name":""}"#).await,
        400,
        none
    );
    exchange!(
        "PUT",
        "/items/1/done",
        empty("PUT", &url("/items/1/done")).await,
        204,
        Some("")
    );
    exchange!(
        "GET",
        "/search?name=oat milk",
        empty("GET", &url("/search?name=oat%20milk")).await,
        200,
        Some(r#"{"id":1,"name":"oat milk","done":true}"#)
    );
    exchange!(
        "GET",
        "/search?name=bread",
        empty("GET", &url("/search?name=bread")).await,
        404,
        Some("")
    );
    exchange!(
        "GET",
        "/search",
        empty("GET", &url("/search")).await,
        400,
        none
    );
    exchange!(
        "GET",
        "/items/count",
        empty("GET", &url("/items/count")).await,
        200,
        Some("<p>1 items</p>")
    );
    exchange!(
        "GET",
        "/health",
        empty("GET", &url("/health")).await,
        200,
        Some("ok")
    );
    exchange!(
        "DELETE",
        "/items/1",
        empty("DELETE", &url("/items/1")).await,
        204,
        Some("")
    );
    // Already gone: 204 again, not 404.
    exchange!(
        "DELETE",
        "/items/1",
        empty("DELETE", &url("/items/1")).await,
        204,
        Some("")
    );
    exchange!(
        "DELETE",
        "/items/x",
        empty("DELETE", &url("/items/x")).await,
        400,
        none
    );

    for (method, status) in exchanges {
        assert!(
            allowed(method, status),
            "{method} answered {status}, which Extended refuses"
        );
    }
}

#[derive(Deserialize)]
struct Body {
    #[allow(dead_code)]
    name: String,
}

/// Each of axum's extractors, sent requests it cannot read: every status it answers
/// with is in its `Rejections`, so the compile-time check knows the real statuses.
#[tokio::test]
async fn axum_extractors_reject_with_the_statuses_rest_status_knows() {
    let app = Router::new()
        .route("/json", post(|Json(_): Json<Body>| async {}))
        .route("/form", post(|Form(_): Form<Body>| async {}))
        .route("/query", get(|Query(_): Query<Body>| async {}))
        .route("/path/{id}", get(|Path(_): Path<u64>| async {}));
    let base = support::serve_axum(app).await;
    let too_large = {
        let mut body = br#"{"name":""#.to_vec();
        body.resize(3 * 1024 * 1024, b'a');
        body.extend_from_slice(br#""}"#);
        body
    };
    let json_answers = [
        send(
            "POST",
            &format!("{base}/json"),
            None,
            br#"{"name":"x"}"#.to_vec(),
        )
        .await,
        send(
            "POST",
            &format!("{base}/json"),
            Some("application/json"),
            b"{".to_vec(),
        )
        .await,
        send(
            "POST",
            &format!("{base}/json"),
            Some("application/json"),
            br#"{"name":1}"#.to_vec(),
        )
        .await,
        send(
            "POST",
            &format!("{base}/json"),
            Some("application/json"),
            too_large.clone(),
        )
        .await,
    ];
    let statuses: Vec<u16> = json_answers.iter().map(|a| a.status).collect();
    assert_eq!(statuses, [415, 400, 422, 413]);
    for status in statuses {
        assert!(<Json<Body> as Rejections>::REJECTIONS.contains(status));
    }

    let form = "application/x-www-form-urlencoded";
    let form_answers = [
        send(
            "POST",
            &format!("{base}/form"),
            Some("text/plain"),
            b"name=x".to_vec(),
        )
        .await,
        send(
            "POST",
            &format!("{base}/form"),
            Some(form),
            b"other=x".to_vec(),
        )
        .await,
        send("POST", &format!("{base}/form"), Some(form), too_large).await,
    ];
    let statuses: Vec<u16> = form_answers.iter().map(|a| a.status).collect();
    assert_eq!(statuses, [415, 422, 413]);
    for status in statuses {
        assert!(<Form<Body> as Rejections>::REJECTIONS.contains(status));
    }

    let query = send("GET", &format!("{base}/query?other=1"), None, Vec::new()).await;
    assert_eq!(query.status, 400);
    assert!(<Query<Body> as Rejections>::REJECTIONS.contains(query.status));
    let path = send("GET", &format!("{base}/path/abc"), None, Vec::new()).await;
    assert_eq!(path.status, 400);
    assert!(<Path<u64> as Rejections>::REJECTIONS.contains(path.status));
}
