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

use rest_status::{Extended, Method, Policy, StatusSet, Strict};
use serde_json::Value;
use utoipa::openapi::HttpMethod;

async fn served_document() -> Value {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, invoices::app()).await });
    let response = reqwest::get(format!("http://{address}/openapi.json"))
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    assert_eq!(response.headers()["content-type"], "application/json");
    serde_json::from_slice(&response.bytes().await.unwrap()).unwrap()
}

fn method_name(method: &HttpMethod) -> &'static str {
    match method {
        HttpMethod::Get => "get",
        HttpMethod::Head => "head",
        HttpMethod::Post => "post",
        HttpMethod::Put => "put",
        HttpMethod::Patch => "patch",
        HttpMethod::Delete => "delete",
        HttpMethod::Options => "options",
        HttpMethod::Trace => "trace",
    }
}

fn documented(document: &Value, path: &str, method: &str) -> Vec<u16> {
    document["paths"][path][method]["responses"]
        .as_object()
        .unwrap_or_else(|| panic!("{method} {path} is not documented"))
        .keys()
        .map(|status| status.parse().unwrap())
        .collect()
}

#[tokio::test]
async fn each_operation_documents_exactly_its_handlers_statuses() {
    let document = served_document().await;
    assert_eq!(document["openapi"], "3.1.0");
    let expected: &[(&str, &str, &[u16])] = &[
        ("/invoices", "get", &[200, 500]),
        ("/invoices", "post", &[201, 400]),
        ("/invoices/{id}", "get", &[200, 404, 500]),
        ("/invoices/{id}", "head", &[204, 404, 500]),
        ("/invoices/{id}", "put", &[200, 400, 404, 500]),
        ("/invoices/{id}", "patch", &[204, 400, 404, 500]),
        ("/invoices/{id}", "delete", &[204, 500]),
    ];
    let operations = invoices::openapi::operations();
    assert_eq!(operations.len(), expected.len());
    for (operation, &(path, method, statuses)) in operations.iter().zip(expected) {
        assert_eq!(
            (operation.path, method_name(&operation.method)),
            (path, method)
        );
        // What `#[rest_endpoint]` checked the handler for...
        assert_eq!(
            operation.contract,
            StatusSet::of(statuses),
            "{method} {path}"
        );
        // ...is what the served document says.
        assert_eq!(
            documented(&document, path, method),
            statuses,
            "{method} {path}"
        );
    }
    let count: usize = document["paths"]
        .as_object()
        .unwrap()
        .values()
        .map(|item| item.as_object().unwrap().len())
        .sum();
    assert_eq!(count, expected.len(), "an operation without a handler");
}

#[tokio::test]
async fn every_documented_status_is_one_the_policy_allows() {
    let document = served_document().await;
    for operation in invoices::openapi::operations() {
        let method = match operation.method {
            HttpMethod::Get => Method::Get,
            HttpMethod::Head => Method::Head,
            HttpMethod::Post => Method::Post,
            HttpMethod::Put => Method::Put,
            HttpMethod::Patch => Method::Patch,
            HttpMethod::Delete => Method::Delete,
            _ => unreachable!("the example has no other methods"),
        };
        // HEAD handlers are checked against Extended, the others against Strict.
        let table = if method == Method::Head {
            Extended::TABLE
        } else {
            Strict::TABLE
        };
        for status in documented(&document, operation.path, method_name(&operation.method)) {
            assert!(table.allows(method, status), "{method:?} {status}");
        }
    }
}

#[tokio::test]
async fn documented_error_bodies_are_the_sanitized_ones() {
    let document = served_document().await;
    let internal = &document["paths"]["/invoices/{id}"]["get"]["responses"]["500"];
    assert_eq!(
        internal["content"]["application/json"]["examples"],
        serde_json::json!({"internal_error": {"value": {"errors": [{"code": "internal_error", "message": "Internal Server Error"}]}}})
    );
    let not_found = &document["paths"]["/invoices/{id}"]["get"]["responses"]["404"];
    let examples = not_found["content"]["application/json"]["examples"]
        .as_object()
        .unwrap();
    // Two variants share the code: one example per message.
    assert_eq!(
        examples.keys().collect::<Vec<_>>(),
        ["invoice_not_found", "invoice_not_found (2)"]
    );
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
    let created = &document["paths"]["/invoices"]["post"]["responses"]["201"];
    assert_eq!(created["headers"]["Location"]["schema"]["type"], "string");
    let body = &document["paths"]["/invoices"]["post"]["requestBody"];
    assert_eq!(body["required"], true);
    assert_eq!(
        body["content"]["application/json"]["schema"]["required"],
        serde_json::json!(["customer", "amount_cents"])
    );
}
