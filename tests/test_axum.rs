//! The axum integration over a real socket: a server on 127.0.0.1, a real client.
#![forbid(unsafe_code)]
#![cfg(feature = "axum")]

mod support;

use axum::routing::get;
use axum::Router;
use rest_status::response::{self, Accepted, Created, NoContent};
use serde::Serialize;
use support::errors::*;
use support::{logs, send};

#[derive(Serialize)]
struct Invoice {
    id: u64,
    note: &'static str,
}

/// A map with a non-string key: serde_json refuses to serialize it.
fn unserializable() -> std::collections::HashMap<(u8, u8), u8> {
    std::collections::HashMap::from([((1, 2), 3)])
}

async fn serve() -> String {
    let app = Router::new()
        .route(
            "/ok",
            get(|| async {
                response::Ok(Invoice {
                    id: 7,
                    note: "a \"quoted\" note",
                })
            }),
        )
        .route(
            "/created",
            get(|| async {
                Created::at(
                    "/invoices/42",
                    Invoice {
                        id: 42,
                        note: "new",
                    },
                )
            }),
        )
        .route(
            "/created-nowhere",
            get(|| async { Created::new(Invoice { id: 1, note: "" }) }),
        )
        .route(
            "/created-injected",
            get(|| async { Created::at("/x\r\nset-cookie: stolen=1", ()) }),
        )
        .route("/accepted", get(|| async { Accepted(["queued"]) }))
        .route("/no-content", get(|| async { NoContent }))
        .route("/broken", get(|| async { response::Ok(unserializable()) }))
        .route(
            "/error/not-found",
            get(|| async { Err::<NoContent, _>(InvoiceError::NotFound { id: 42 }) }),
        )
        .route(
            "/error/invalid",
            get(|| async {
                Err::<NoContent, _>(InvoiceError::InvalidField("amount \"-5\"".into()))
            }),
        )
        .route(
            "/error/storage",
            get(|| async { Err::<NoContent, _>(InvoiceError::storage()) }),
        )
        .route(
            "/problem/not-found",
            get(|| async { Err::<NoContent, _>(ProblemError::NotFound { id: 42 }) }),
        )
        .route(
            "/problem/unavailable",
            get(|| async {
                Err::<NoContent, _>(ProblemError::Unavailable(std::io::Error::other(SECRET)))
            }),
        );
    support::serve_axum(app).await
}

#[tokio::test]
async fn typed_responses_carry_their_status_and_json() {
    let base = serve().await;

    let ok = send("GET", &format!("{base}/ok"), None).await;
    assert_eq!(ok.status, 200);
    assert_eq!(ok.header("content-type"), Some("application/json"));
    assert_eq!(ok.body, r#"{"id":7,"note":"a \"quoted\" note"}"#);

    let created = send("GET", &format!("{base}/created"), None).await;
    assert_eq!(created.status, 201);
    assert_eq!(created.header("location"), Some("/invoices/42"));
    assert_eq!(created.header("content-type"), Some("application/json"));
    assert_eq!(created.body, r#"{"id":42,"note":"new"}"#);

    let nowhere = send("GET", &format!("{base}/created-nowhere"), None).await;
    assert_eq!(nowhere.status, 201);
    assert_eq!(nowhere.header("location"), None);

    let accepted = send("GET", &format!("{base}/accepted"), None).await;
    assert_eq!(accepted.status, 202);
    assert_eq!(accepted.body, r#"["queued"]"#);

    let none = send("GET", &format!("{base}/no-content"), None).await;
    assert_eq!(none.status, 204);
    assert_eq!(none.body, "");
    assert_eq!(none.header("content-type"), None);
}

#[tokio::test]
async fn a_location_cannot_inject_a_header() {
    let base = serve().await;
    let created = send("GET", &format!("{base}/created-injected"), None).await;
    assert_eq!(created.status, 201);
    assert_eq!(
        created.header("location"),
        Some("/x%0D%0Aset-cookie:%20stolen=1")
    );
    assert_eq!(created.header("set-cookie"), None);
}

#[tokio::test]
async fn a_body_that_fails_to_serialize_is_a_sanitized_500() {
    let base = serve().await;
    let broken = send("GET", &format!("{base}/broken"), None).await;
    assert_eq!(broken.status, 500);
    assert_eq!(broken.header("content-type"), Some("application/json"));
    assert_eq!(
        broken.body,
        r#"{"errors":[{"code":"internal_error","message":"Internal Server Error"}]}"#
    );
}

#[tokio::test]
async fn derived_errors_answer_with_their_status_and_sanitized_body() {
    let base = serve().await;

    let not_found = send("GET", &format!("{base}/error/not-found"), None).await;
    assert_eq!(not_found.status, 404);
    assert_eq!(not_found.header("content-type"), Some("application/json"));
    assert_eq!(not_found.body, NOT_FOUND_BODY);

    let invalid = send("GET", &format!("{base}/error/invalid"), None).await;
    assert_eq!(invalid.status, 400);
    assert_eq!(invalid.body, INVALID_FIELD_BODY);
}

#[tokio::test]
async fn an_internal_error_is_logged_with_its_chain_and_never_sent() {
    logs::capture();
    let base = serve().await;

    let storage = send("GET", &format!("{base}/error/storage"), None).await;
    assert_eq!(storage.status, 500);
    assert_eq!(storage.header("content-type"), Some("application/json"));
    assert_eq!(storage.body, INTERNAL_BODY);
    for (name, value) in &storage.headers {
        assert!(!value.contains("hunter2"), "header {name} leaks: {value}");
    }

    // Logged once, at error level, with every link of the chain.
    // Other tests of this binary log the secret too, at the same time: this one's
    // lines are the ones with its chain.
    let logged = logs::lines_with("replica unreachable");
    assert_eq!(logged.len(), 1, "{logged:?}");
    assert!(logged[0].contains("ERROR"), "{}", logged[0]);
    assert!(
        logged[0].contains(&format!("storage failed: replica unreachable: {SECRET}")),
        "{}",
        logged[0]
    );
    assert!(logged[0].contains("status=500"), "{}", logged[0]);
}

#[tokio::test]
async fn problem_details_format() {
    let base = serve().await;

    let not_found = send("GET", &format!("{base}/problem/not-found"), None).await;
    assert_eq!(not_found.status, 404);
    assert_eq!(
        not_found.header("content-type"),
        Some("application/problem+json")
    );
    assert_eq!(not_found.body, PROBLEM_NOT_FOUND_BODY);

    let unavailable = send("GET", &format!("{base}/problem/unavailable"), None).await;
    assert_eq!(unavailable.status, 503);
    assert_eq!(
        unavailable.header("content-type"),
        Some("application/problem+json")
    );
    assert_eq!(unavailable.body, PROBLEM_UNAVAILABLE_BODY);
    assert!(!unavailable.body.contains("hunter2"));
}
