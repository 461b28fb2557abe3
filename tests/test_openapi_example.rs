//! The invoices example's OpenAPI document, as a client fetches it from
//! `/openapi.json` over a real socket: each operation documents exactly the statuses
//! its handler is checked for, within the policy, and the documented error bodies are
//! the sanitized ones. `.ci/openapi` checks the same document with outside tools
//! (openapi-spec-validator, schemathesis).

#![forbid(unsafe_code)]
#![cfg(all(feature = "axum", feature = "utoipa"))]

// The example's own service, not a copy; its demo and `main` go unused here.
#[allow(dead_code)]
#[path = "../examples/invoices.rs"]
mod invoices;
mod support;

use rest_status::{Extended, Method, Policy, StatusSet, Strict};
use serde_json::Value;

async fn served_document() -> Value {
    let base = support::serve_axum(invoices::app()).await;
    let response = reqwest::get(format!("{base}/openapi.json")).await.unwrap();
    assert_eq!(response.status(), 200);
    assert_eq!(response.headers()["content-type"], "application/json");
    serde_json::from_slice(&response.bytes().await.unwrap()).unwrap()
}

fn documented(document: &Value, path: &str, method: &str) -> Vec<u16> {
    document["paths"][path][method]["responses"]
        .as_object()
        .unwrap_or_else(|| panic!("{method} {path} is not documented"))
        .keys()
        .map(|status| status.parse().unwrap())
        .collect()
}

/// Each handler of the example: its method, its path, its policy, and the statuses
/// of its contract: its return type's, and the 400 of its extractors (`Path`, `Query`,
/// `Json`), which answer before it runs.
const OPERATIONS: &[(Method, &str, &str, &[u16])] = &[
    (Method::Get, "/invoices", "Extended", &[200, 400, 500]),
    (Method::Post, "/invoices", "Strict", &[201, 400]),
    (
        Method::Get,
        "/invoices/{id}",
        "Extended",
        &[200, 400, 404, 500],
    ),
    (
        Method::Head,
        "/invoices/{id}",
        "Extended",
        &[204, 400, 404, 500],
    ),
    (
        Method::Put,
        "/invoices/{id}",
        "Extended",
        &[200, 400, 404, 500],
    ),
    (
        Method::Patch,
        "/invoices/{id}",
        "Extended",
        &[204, 400, 404, 500],
    ),
    (
        Method::Delete,
        "/invoices/{id}",
        "Extended",
        &[204, 400, 500],
    ),
];

#[tokio::test]
async fn each_operation_documents_exactly_its_handlers_statuses() {
    let document = served_document().await;
    assert_eq!(document["openapi"], "3.1.0");
    for &(method, path, _, statuses) in OPERATIONS {
        let name = method.as_str().to_ascii_lowercase();
        assert_eq!(
            documented(&document, path, &name),
            statuses,
            "{name} {path}"
        );
    }
    let count: usize = document["paths"]
        .as_object()
        .unwrap()
        .values()
        .map(|item| item.as_object().unwrap().len())
        .sum();
    assert_eq!(
        count,
        OPERATIONS.len(),
        "an operation the test does not know"
    );
}

#[tokio::test]
async fn every_documented_status_is_one_the_policy_allows() {
    let document = served_document().await;
    for &(method, path, policy, statuses) in OPERATIONS {
        let table = match policy {
            "Strict" => Strict::TABLE,
            _ => Extended::TABLE,
        };
        assert!(
            table.allows_all(method, StatusSet::of(statuses)),
            "{method:?} {path}"
        );
        let name = method.as_str().to_ascii_lowercase();
        for status in documented(&document, path, &name) {
            assert!(table.allows(method, status), "{method:?} {path} {status}");
        }
    }
}

#[tokio::test]
async fn documented_error_bodies_are_the_sanitized_ones() {
    let document = served_document().await;
    let item = &document["paths"]["/invoices/{id}"];
    assert_eq!(
        item["get"]["responses"]["500"]["content"]["application/json"]["examples"],
        serde_json::json!({"internal_error": {"value": {"errors": [{"code": "internal_error", "message": "Internal Server Error"}]}}})
    );
    assert_eq!(
        item["get"]["responses"]["404"]["content"]["application/json"]["examples"],
        serde_json::json!({"invoice_not_found": {"value": {"errors": [{"code": "invoice_not_found", "message": "Invoice {id} was not found"}]}}})
    );
    // An extractor's 400: the error object, without examples of its own.
    let bad = &item["delete"]["responses"]["400"]["content"]["application/json"];
    assert_eq!(bad["schema"]["required"], serde_json::json!(["errors"]));
    let text = document.to_string();
    for secret in [
        "hunter2",
        "checksum",
        "/var/lib",
        "storage failed",
        "Storage",
    ] {
        assert!(!text.contains(secret), "{secret}");
    }
    let post = &document["paths"]["/invoices"]["post"];
    assert_eq!(
        post["responses"]["201"]["headers"]["Location"]["schema"]["type"],
        "string"
    );
    assert_eq!(post["requestBody"]["required"], true);
    let id = &item["get"]["parameters"][0];
    assert_eq!(
        (&id["name"], &id["in"], &id["required"]),
        (&"id".into(), &"path".into(), &true.into())
    );
}

/// What schemathesis found, each answered as the document says now.
#[tokio::test]
async fn what_schemathesis_found_is_answered_as_documented() {
    let base = support::serve_axum(invoices::app()).await;
    let client = reqwest::Client::new();
    let send = |method: reqwest::Method, path: &str, body: &'static str| {
        client
            .request(method, format!("{base}{path}"))
            .header("content-type", "application/json")
            .body(body)
            .send()
    };
    use reqwest::Method as M;
    // An amount written as a float without a fraction is an integer to JSON Schema.
    let created = send(
        M::POST,
        "/invoices",
        r#"{"customer":"ACME","amount_cents":250.0}"#,
    );
    assert_eq!(created.await.unwrap().status(), 201);
    let cases: &[(M, &str, &str, u16)] = &[
        // serde would read a struct from an array of its fields' values.
        (M::POST, "/invoices", r#"["ACME", 100]"#, 400),
        (M::PATCH, "/invoices/1", "[null, null]", 400),
        // PUT checks the customer as POST does.
        (
            M::PUT,
            "/invoices/1",
            r#"{"customer":" \t\r\n","amount_cents":1}"#,
            400,
        ),
        // U+0085 is no white space to the document's pattern: a customer's name.
        (
            M::PUT,
            "/invoices/1",
            r#"{"customer":"\u0085","amount_cents":1}"#,
            200,
        ),
        // Beyond the documented maximum.
        (
            M::POST,
            "/invoices",
            r#"{"customer":"A","amount_cents":1000000000001}"#,
            400,
        ),
        // An id past int64, which the document gives as the id's range.
        (M::DELETE, "/invoices/9223372036854775808", "", 400),
        (M::DELETE, "/invoices/9223372036854775807", "", 204),
    ];
    for (method, path, body, status) in cases {
        let answer = send(method.clone(), path, body).await.unwrap();
        assert_eq!(answer.status(), *status, "{method} {path} {body}");
    }
}
