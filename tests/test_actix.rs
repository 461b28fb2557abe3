//! The actix-web integration over a real socket: a server on 127.0.0.1, a real client.
#![forbid(unsafe_code)]
#![cfg(feature = "actix-web")]

mod support;

use actix_web::{web, App};
use rest_status::response::{self, Accepted, Created, NoContent};
use serde::Serialize;
use support::errors::*;
use support::{logs, send};

#[derive(Serialize)]
struct Invoice {
    id: u64,
}

fn unserializable() -> std::collections::HashMap<(u8, u8), u8> {
    std::collections::HashMap::from([((1, 2), 3)])
}

/// Starts the server on its own thread with its own actix runtime; returns its base URL.
fn serve() -> String {
    support::serve_actix(|| {
        App::new()
            .route(
                "/ok",
                web::get().to(|| async { response::Ok(Invoice { id: 7 }) }),
            )
            .route(
                "/created",
                web::get().to(|| async { Created::at("/invoices/42", Invoice { id: 42 }) }),
            )
            .route(
                "/accepted",
                web::get().to(|| async { Accepted(["queued"]) }),
            )
            .route("/no-content", web::get().to(|| async { NoContent }))
            .route(
                "/broken",
                web::get().to(|| async { response::Ok(unserializable()) }),
            )
            .route(
                "/error/not-found",
                web::get().to(|| async { Err::<NoContent, _>(InvoiceError::NotFound { id: 42 }) }),
            )
            .route(
                "/error/invalid",
                web::get().to(|| async {
                    Err::<NoContent, _>(InvoiceError::InvalidField("amount \"-5\"".into()))
                }),
            )
            .route(
                "/error/storage",
                web::get().to(|| async { Err::<NoContent, _>(InvoiceError::storage()) }),
            )
            .route(
                "/problem/unavailable",
                web::get().to(|| async {
                    Err::<NoContent, _>(ProblemError::Unavailable(std::io::Error::other(SECRET)))
                }),
            )
    })
}

#[tokio::test]
async fn typed_responses_carry_their_status_and_json() {
    let base = serve();

    let ok = send("GET", &format!("{base}/ok"), None).await;
    assert_eq!(ok.status, 200);
    assert_eq!(ok.header("content-type"), Some("application/json"));
    assert_eq!(ok.body, r#"{"id":7}"#);

    let created = send("GET", &format!("{base}/created"), None).await;
    assert_eq!(created.status, 201);
    assert_eq!(created.header("location"), Some("/invoices/42"));
    assert_eq!(created.body, r#"{"id":42}"#);

    let accepted = send("GET", &format!("{base}/accepted"), None).await;
    assert_eq!(accepted.status, 202);
    assert_eq!(accepted.body, r#"["queued"]"#);

    let none = send("GET", &format!("{base}/no-content"), None).await;
    assert_eq!(none.status, 204);
    assert_eq!(none.body, "");

    let broken = send("GET", &format!("{base}/broken"), None).await;
    assert_eq!(broken.status, 500);
    assert_eq!(
        broken.body,
        r#"{"errors":[{"code":"internal_error","message":"Internal Server Error"}]}"#
    );
}

#[tokio::test]
async fn derived_errors_are_actix_errors_with_sanitized_bodies() {
    logs::capture();
    let base = serve();

    let not_found = send("GET", &format!("{base}/error/not-found"), None).await;
    assert_eq!(not_found.status, 404);
    assert_eq!(not_found.header("content-type"), Some("application/json"));
    assert_eq!(not_found.body, NOT_FOUND_BODY);

    let invalid = send("GET", &format!("{base}/error/invalid"), None).await;
    assert_eq!(invalid.status, 400);
    assert_eq!(invalid.body, INVALID_FIELD_BODY);

    // Never the `Display` text: the body is the sanitized object.
    let storage = send("GET", &format!("{base}/error/storage"), None).await;
    assert_eq!(storage.status, 500);
    assert_eq!(storage.body, INTERNAL_BODY);
    for (name, value) in &storage.headers {
        assert!(!value.contains("hunter2"), "header {name} leaks: {value}");
    }
    // Other tests of this binary log the secret too, at the same time: this one's
    // lines are the ones with its chain.
    let logged = logs::lines_with("replica unreachable");
    assert_eq!(logged.len(), 1, "{logged:?}");
    assert!(logged[0].contains("ERROR"));
    assert!(
        logged[0].contains(&format!("storage failed: replica unreachable: {SECRET}")),
        "{}",
        logged[0]
    );

    let unavailable = send("GET", &format!("{base}/problem/unavailable"), None).await;
    assert_eq!(unavailable.status, 503);
    assert_eq!(
        unavailable.header("content-type"),
        Some("application/problem+json")
    );
    assert_eq!(unavailable.body, PROBLEM_UNAVAILABLE_BODY);
}
