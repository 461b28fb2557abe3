//! The OpenAPI responses of derived errors and typed responses (feature `utoipa`), as
//! `#[utoipa::path]` puts them in a document.

#![forbid(unsafe_code)]

use rest_status::openapi::BadRequest;
use rest_status::response::{self, Accepted, Created, NoContent};
use rest_status::{RestError, Statuses};
use serde_json::{json, Value};
use utoipa::{IntoResponses, OpenApi, ToSchema};

#[derive(Debug, RestError)]
#[allow(dead_code)] // only documented here
enum ItemError {
    #[rest(
        status = 404,
        code = "item_not_found",
        message = "Item {id} was not found"
    )]
    NotFound { id: u64 },
    #[rest(status = 404, code = "shelf_not_found")]
    ShelfMissing,
    #[rest(status = 400, code = "invalid_field", message = "Field {0} is invalid")]
    InvalidField(String),
    #[rest(status = 500)]
    DatabasePasswordRejected { password: String },
    #[rest(status = 503, message = "Try again soon")]
    Maintenance(std::io::Error),
}

#[derive(Debug, RestError)]
#[rest(
    status = 409,
    code = "taken",
    message = "Name {name} is taken",
    format = "problem"
)]
struct Taken {
    name: String,
}

#[derive(Debug, RestError)]
#[rest(status = 422)]
#[allow(dead_code)] // only documented here
enum Generic<T: std::fmt::Display> {
    #[rest(message = "Value {0} is out of range")]
    OutOfRange(T),
}

#[derive(Debug, serde::Serialize, ToSchema)]
struct Item {
    id: u64,
    name: String,
}

fn responses<R: IntoResponses>() -> Value {
    serde_json::to_value(R::responses()).unwrap()
}

fn statuses(responses: &Value) -> Vec<&str> {
    responses
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect()
}

#[test]
fn one_response_per_status_with_an_example_per_code() {
    let responses = responses::<ItemError>();
    assert_eq!(statuses(&responses), ["400", "404", "500", "503"]);
    let not_found = &responses["404"];
    assert_eq!(not_found["description"], "Not Found");
    let content = not_found["content"].as_object().unwrap();
    assert_eq!(content.keys().collect::<Vec<_>>(), ["application/json"]);
    assert_eq!(
        content["application/json"]["examples"],
        json!({
            "item_not_found": {"value": {"errors": [{"code": "item_not_found", "message": "Item {id} was not found"}]}},
            "shelf_not_found": {"value": {"errors": [{"code": "shelf_not_found", "message": "Not Found"}]}},
        })
    );
    assert_eq!(
        content["application/json"]["schema"]["properties"]["errors"]["items"]["required"],
        json!(["code", "message"])
    );
}

#[test]
fn a_5xx_documents_only_the_sanitized_body() {
    let responses = responses::<ItemError>();
    assert_eq!(
        responses["500"]["content"]["application/json"]["examples"],
        json!({"internal_error": {"value": {"errors": [{"code": "internal_error", "message": "Internal Server Error"}]}}})
    );
    assert_eq!(
        responses["503"]["content"]["application/json"]["examples"],
        json!({"internal_error": {"value": {"errors": [{"code": "internal_error", "message": "Try again soon"}]}}})
    );
    let text = serde_json::to_string(&responses).unwrap();
    for secret in [
        "DatabasePasswordRejected",
        "database_password_rejected",
        "password",
        "Maintenance",
        "maintenance",
    ] {
        assert!(!text.contains(secret), "{secret} in {text}");
    }
    // The documented body is the body the client gets.
    let error = ItemError::DatabasePasswordRejected {
        password: "hunter2".into(),
    };
    let mut body = Vec::new();
    error.write_json(&mut body);
    assert_eq!(
        serde_json::from_slice::<Value>(&body).unwrap(),
        responses["500"]["content"]["application/json"]["examples"]["internal_error"]["value"]
    );
}

#[test]
fn a_problem_error_documents_problem_json() {
    let responses = responses::<Taken>();
    assert_eq!(statuses(&responses), ["409"]);
    let content = responses["409"]["content"].as_object().unwrap();
    assert_eq!(
        content.keys().collect::<Vec<_>>(),
        ["application/problem+json"]
    );
    let problem = &content["application/problem+json"];
    assert_eq!(
        problem["examples"]["taken"]["value"],
        json!({"type": "about:blank", "title": "Conflict", "status": 409, "detail": "Name {name} is taken", "code": "taken"})
    );
    assert_eq!(
        problem["schema"]["required"],
        json!(["type", "title", "status", "detail", "code"])
    );
}

#[test]
fn generic_errors_document_themselves() {
    let responses = responses::<Generic<u8>>();
    assert_eq!(statuses(&responses), ["422"]);
    assert_eq!(
        responses["422"]["content"]["application/json"]["examples"]["out_of_range"]["value"],
        json!({"errors": [{"code": "out_of_range", "message": "Value {0} is out of range"}]})
    );
}

#[test]
fn typed_responses_and_bad_request() {
    let ok = responses::<response::Ok<Item>>();
    assert_eq!(statuses(&ok), ["200"]);
    assert_eq!(
        ok["200"]["content"]["application/json"]["schema"]["required"],
        json!(["id", "name"])
    );
    let created = responses::<Created<Item>>();
    assert_eq!(statuses(&created), ["201"]);
    assert_eq!(
        created["201"]["headers"]["Location"]["schema"],
        json!({"type": "string"})
    );
    assert_eq!(statuses(&responses::<Accepted<Item>>()), ["202"]);
    assert_eq!(
        responses::<NoContent>(),
        json!({"204": {"description": "No Content"}})
    );
    let bad = responses::<BadRequest>();
    assert_eq!(statuses(&bad), ["400"]);
    assert_eq!(BadRequest::STATUSES, rest_status::StatusSet::of(&[400]));
}

/// Reads an item.
#[utoipa::path(get, path = "/items/{id}", responses(response::Ok<Item>, ItemError))]
#[allow(dead_code)]
async fn get_item(id: u64) -> Result<response::Ok<Item>, ItemError> {
    Err(ItemError::NotFound { id })
}

#[derive(OpenApi)]
#[openapi(paths(get_item))]
struct Doc;

#[test]
fn a_path_documents_the_union_of_its_types() {
    let doc = serde_json::to_value(Doc::openapi()).unwrap();
    let operation = &doc["paths"]["/items/{id}"]["get"];
    assert_eq!(
        statuses(&operation["responses"]),
        ["200", "400", "404", "500", "503"]
    );
    // The statuses documented are the statuses `#[rest_endpoint]` checks.
    let checked: Vec<String> = <Result<response::Ok<Item>, ItemError>>::STATUSES
        .iter()
        .map(|status| status.to_string())
        .collect();
    assert_eq!(statuses(&operation["responses"]), checked);
}
