//! The OpenAPI side of the contract (feature `utoipa`): the statuses a handler is
//! checked to return are the responses its operation documents.
//!
//! - `#[derive(RestError)]` implements [`utoipa::IntoResponses`]: one response per
//!   status, variants that share a status merged into one response with an example
//!   per code, each with the body's schema (`application/json`, or
//!   `application/problem+json` for `#[rest(format = "problem")]`). A 5xx documents
//!   the sanitized body the client gets, nothing more.
//! - The typed responses implement it when their body type implements
//!   [`utoipa::ToSchema`]: [`Ok<T>`](crate::response::Ok) 200,
//!   [`Created<T>`](crate::response::Created) 201 with its `Location` header,
//!   [`Accepted<T>`](crate::response::Accepted) 202,
//!   [`NoContent`] 204 without content.
//! - [`BadRequest`] documents the 400 with which an extractor answers a request it
//!   cannot read, before the handler runs.
//! - [`ErrorObject`] and [`Problem`] implement [`utoipa::ToSchema`].
//!
//! So `responses(...)` of `#[utoipa::path]` lists the same types the handler returns:
//!
//! ```
//! # use rest_status_core as rest_status;
//! use rest_status::openapi::BadRequest;
//! use rest_status::response::{self, NoContent};
//! use utoipa::IntoResponses;
//!
//! // #[utoipa::path(patch, path = "/invoices/{id}", responses(NoContent, BadRequest, WriteError))]
//! let documented: Vec<String> = NoContent::responses()
//!     .into_keys()
//!     .chain(BadRequest::responses().into_keys())
//!     .collect();
//! assert_eq!(documented, ["204", "400"]);
//! assert!(<response::Ok<String>>::responses().contains_key("200"));
//! ```
//!
//! When `#[rest_endpoint]` sits above `#[utoipa::path(..., responses(...))]` on the same
//! handler, it checks that the statuses documented there are the ones it checks.

use std::collections::BTreeMap;

use utoipa::openapi::content::ContentBuilder;
use utoipa::openapi::example::ExampleBuilder;
use utoipa::openapi::header::HeaderBuilder;
use utoipa::openapi::schema::{ArrayBuilder, ObjectBuilder, Schema, Type};
use utoipa::openapi::{RefOr, Response, ResponseBuilder};
use utoipa::{IntoResponses, PartialSchema, ToSchema};

use crate::error::{json, BodyFormat, ErrorObject, Problem, RestError};
use crate::response::{Accepted, Created, NoContent, Ok};
use crate::status::{reason_phrase, StatusSet};
use crate::statuses::Statuses;

/// Documents the 400 Bad Request of an extractor that cannot read a request (a path
/// segment, a query or a body of the wrong shape): list it in `responses(...)` of a
/// handler that takes such an extractor, so the document names every status the
/// service answers with. The body is the error object, `application/json`.
///
/// Its [`Statuses`] are 400, so `#[rest_endpoint]` compares it with the handler's
/// checked statuses like any other documented type.
///
/// ```
/// # use rest_status_core as rest_status;
/// use rest_status::openapi::BadRequest;
/// use rest_status::{StatusSet, Statuses};
/// use utoipa::IntoResponses;
///
/// assert_eq!(BadRequest::STATUSES, StatusSet::of(&[400]));
/// let responses = BadRequest::responses();
/// let utoipa::openapi::RefOr::T(response) = &responses["400"] else { unreachable!() };
/// assert_eq!(response.description, "Bad Request: the request could not be read");
/// assert!(response.content.contains_key("application/json"));
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct BadRequest;

impl Statuses for BadRequest {
    const STATUSES: StatusSet = StatusSet::of(&[400]);
}

impl IntoResponses for BadRequest {
    fn responses() -> BTreeMap<String, RefOr<Response>> {
        let content = ContentBuilder::new()
            .schema(Some(error_object_schema()))
            .build();
        let response = ResponseBuilder::new()
            .description("Bad Request: the request could not be read")
            .content(BodyFormat::Errors.content_type(), content)
            .build();
        BTreeMap::from([(String::from("400"), RefOr::T(response))])
    }
}

/// `{"errors":[{"code":"...","message":"..."}]}`.
fn error_object_schema() -> Schema {
    let entry = ObjectBuilder::new()
        .schema_type(Type::Object)
        .property(
            "code",
            ObjectBuilder::new()
                .schema_type(Type::String)
                .description(Some(
                    "The application's error code, for clients to match on",
                )),
        )
        .required("code")
        .property(
            "message",
            ObjectBuilder::new()
                .schema_type(Type::String)
                .description(Some("A message for people; a 5xx message is fixed text")),
        )
        .required("message");
    let errors = ArrayBuilder::new().items(entry).min_items(Some(1));
    Schema::Object(
        ObjectBuilder::new()
            .schema_type(Type::Object)
            .description(Some("The error object: each error's code and message"))
            .property("errors", errors)
            .required("errors")
            .build(),
    )
}

/// RFC 9457 problem details with the application's `code`.
fn problem_schema() -> Schema {
    let string = |description: &str| {
        ObjectBuilder::new()
            .schema_type(Type::String)
            .description(Some(description))
    };
    Schema::Object(
        ObjectBuilder::new()
            .schema_type(Type::Object)
            .description(Some("RFC 9457 problem details"))
            .property("type", string("`about:blank`: the status says it all"))
            .required("type")
            .property("title", string("The status's reason phrase"))
            .required("title")
            .property(
                "status",
                ObjectBuilder::new()
                    .schema_type(Type::Integer)
                    .minimum(Some(400))
                    .maximum(Some(599)),
            )
            .required("status")
            .property(
                "detail",
                string("A message for people; a 5xx detail is fixed text"),
            )
            .required("detail")
            .property(
                "code",
                string("The application's error code, for clients to match on"),
            )
            .required("code")
            .build(),
    )
}

impl<E: ?Sized> PartialSchema for ErrorObject<'_, E> {
    fn schema() -> RefOr<Schema> {
        RefOr::T(error_object_schema())
    }
}

/// The schema of `{"errors":[{"code":"...","message":"..."}]}`, named `ErrorObject`.
///
/// ```
/// # use rest_status_core as rest_status;
/// use rest_status::error::ErrorObject;
/// use utoipa::ToSchema;
///
/// assert_eq!(<ErrorObject<'_, ()>>::name(), "ErrorObject");
/// ```
impl<E: ?Sized> ToSchema for ErrorObject<'_, E> {
    fn name() -> std::borrow::Cow<'static, str> {
        "ErrorObject".into()
    }
}

impl<E: ?Sized> PartialSchema for Problem<'_, E> {
    fn schema() -> RefOr<Schema> {
        RefOr::T(problem_schema())
    }
}

/// The schema of RFC 9457 problem details, named `Problem`.
impl<E: ?Sized> ToSchema for Problem<'_, E> {
    fn name() -> std::borrow::Cow<'static, str> {
        "Problem".into()
    }
}

/// A response with `T` as its `application/json` body.
fn json_response<T: ToSchema>(status: u16) -> Response {
    ResponseBuilder::new()
        .description(reason_phrase(status).unwrap_or_default())
        .content(
            BodyFormat::Errors.content_type(),
            ContentBuilder::new().schema(Some(T::schema())).build(),
        )
        .build()
}

fn one(status: u16, response: Response) -> BTreeMap<String, RefOr<Response>> {
    BTreeMap::from([(status.to_string(), RefOr::T(response))])
}

/// 200 with `T` as JSON.
impl<T: ToSchema> IntoResponses for Ok<T> {
    fn responses() -> BTreeMap<String, RefOr<Response>> {
        one(200, json_response::<T>(200))
    }
}

/// 201 with `T` as JSON and the `Location` of the new resource.
impl<T: ToSchema> IntoResponses for Created<T> {
    fn responses() -> BTreeMap<String, RefOr<Response>> {
        let mut response = json_response::<T>(201);
        let location = HeaderBuilder::new()
            .schema(ObjectBuilder::new().schema_type(Type::String))
            .description(Some(
                "The URI of the new resource, when the handler gives one",
            ))
            .build();
        response.headers.insert(String::from("Location"), location);
        one(201, response)
    }
}

/// 202 with `T` as JSON.
impl<T: ToSchema> IntoResponses for Accepted<T> {
    fn responses() -> BTreeMap<String, RefOr<Response>> {
        one(202, json_response::<T>(202))
    }
}

/// 204 without content.
impl IntoResponses for NoContent {
    fn responses() -> BTreeMap<String, RefOr<Response>> {
        one(
            204,
            ResponseBuilder::new().description("No Content").build(),
        )
    }
}

/// The responses of a derived error type `E`, from its cases as the derive resolved
/// them: `(status, code, message)`, the message as written in `message = "..."` (with
/// its `{field}`s) or the fixed text. A 5xx has only fixed text there: the derive
/// refuses a 5xx message that interpolates a field, and its default code is
/// `internal_error`, never the variant's name.
#[doc(hidden)]
pub fn error_responses<E: RestError + ?Sized>(
    cases: &[(u16, &str, &str)],
) -> BTreeMap<String, RefOr<Response>> {
    let format = E::FORMAT;
    let mut by_status: BTreeMap<u16, Vec<(String, serde_json::Value)>> = BTreeMap::new();
    for &(status, code, message) in cases {
        let example = example_body(format, status, code, message);
        let examples = by_status.entry(status).or_default();
        if examples.iter().any(|(_, known)| *known == example) {
            continue;
        }
        // One example per code; a code whose variants say different things gets
        // one per message, numbered.
        let same_code = examples
            .iter()
            .filter(|(_, known)| example_code(known) == Some(code))
            .count();
        let name = match same_code {
            0 => code.to_owned(),
            n => format!("{code} ({})", n + 1),
        };
        examples.push((name, example));
    }
    let schema = match format {
        BodyFormat::Errors => error_object_schema(),
        BodyFormat::Problem => problem_schema(),
    };
    by_status
        .into_iter()
        .map(|(status, examples)| {
            let examples = examples
                .into_iter()
                .map(|(name, value)| (name, ExampleBuilder::new().value(Some(value)).build()));
            let content = ContentBuilder::new()
                .schema(Some(schema.clone()))
                .examples_from_iter(examples)
                .build();
            let response = ResponseBuilder::new()
                .description(reason_phrase(status).unwrap_or("Error"))
                .content(format.content_type(), content)
                .build();
            (status.to_string(), RefOr::T(response))
        })
        .collect()
}

/// The body the error writes, by the same writer, as a JSON value.
fn example_body(format: BodyFormat, status: u16, code: &str, message: &str) -> serde_json::Value {
    let mut out = Vec::new();
    match format {
        BodyFormat::Errors => json::body(&mut out, code, message),
        BodyFormat::Problem => {
            json::problem_prefix(&mut out, reason_phrase(status).unwrap_or(""), status);
            json::escape_into(&mut out, message);
            json::problem_suffix(&mut out, code);
        }
    }
    // The writers write valid JSON whatever the text (`tests/test_body_properties.rs`).
    serde_json::from_slice(&out).unwrap_or(serde_json::Value::Null)
}

/// The `code` of an example body in either format.
fn example_code(body: &serde_json::Value) -> Option<&str> {
    body.pointer("/errors/0/code")
        .or_else(|| body.get("code"))
        .and_then(serde_json::Value::as_str)
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Gone;

    impl Statuses for Gone {
        const STATUSES: StatusSet = StatusSet::of(&[404, 410, 500]);
    }

    impl RestError for Gone {
        fn status(&self) -> http::StatusCode {
            http::StatusCode::GONE
        }
        fn code(&self) -> &'static str {
            "gone"
        }
        fn fmt_message(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str("Gone")
        }
    }

    fn json(responses: BTreeMap<String, RefOr<Response>>) -> serde_json::Value {
        serde_json::to_value(responses).unwrap()
    }

    #[test]
    fn variants_sharing_a_status_are_one_response_with_an_example_per_code() {
        let responses = json(error_responses::<Gone>(&[
            (404, "invoice_not_found", "Invoice {id} was not found"),
            (404, "customer_not_found", "Not Found"),
            (404, "invoice_not_found", "Invoice {id} was not found"),
            (404, "invoice_not_found", "No invoice has this id"),
            (500, "internal_error", "Internal Server Error"),
            (500, "internal_error", "Internal Server Error"),
        ]));
        let statuses: Vec<&String> = responses.as_object().unwrap().keys().collect();
        assert_eq!(statuses, ["404", "500"]);
        let examples = &responses["404"]["content"]["application/json"]["examples"];
        let names: Vec<&String> = examples.as_object().unwrap().keys().collect();
        assert_eq!(
            names,
            [
                "customer_not_found",
                "invoice_not_found",
                "invoice_not_found (2)"
            ]
        );
        assert_eq!(
            examples["invoice_not_found"]["value"],
            serde_json::json!({"errors":[{"code":"invoice_not_found","message":"Invoice {id} was not found"}]})
        );
        assert_eq!(responses["404"]["description"], "Not Found");
        let internal = &responses["500"]["content"]["application/json"]["examples"];
        assert_eq!(
            internal,
            &serde_json::json!({"internal_error": {"value": {"errors":[{"code":"internal_error","message":"Internal Server Error"}]}}})
        );
    }

    #[test]
    fn problem_errors_document_problem_json() {
        struct AsProblem;
        impl Statuses for AsProblem {
            const STATUSES: StatusSet = StatusSet::of(&[409]);
        }
        impl RestError for AsProblem {
            fn status(&self) -> http::StatusCode {
                http::StatusCode::CONFLICT
            }
            fn code(&self) -> &'static str {
                "taken"
            }
            fn fmt_message(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("Taken")
            }
            const FORMAT: BodyFormat = BodyFormat::Problem;
        }
        let responses = json(error_responses::<AsProblem>(&[(
            409,
            "taken",
            "Taken \"x\"",
        )]));
        let content = &responses["409"]["content"];
        assert_eq!(content.as_object().unwrap().len(), 1);
        let problem = &content["application/problem+json"];
        assert_eq!(
            problem["examples"]["taken"]["value"],
            serde_json::json!({"type":"about:blank","title":"Conflict","status":409,"detail":"Taken \"x\"","code":"taken"})
        );
        assert_eq!(
            problem["schema"]["required"],
            serde_json::json!(["type", "title", "status", "detail", "code"])
        );
    }

    #[test]
    fn typed_responses_document_their_status_and_body() {
        let ok = json(<Ok<String>>::responses());
        assert_eq!(
            ok["200"]["content"]["application/json"]["schema"],
            serde_json::json!({"type": "string"})
        );
        let created = json(<Created<String>>::responses());
        assert_eq!(created["201"]["description"], "Created");
        assert_eq!(
            created["201"]["headers"]["Location"]["schema"],
            serde_json::json!({"type": "string"})
        );
        let accepted = json(<Accepted<u32>>::responses());
        assert_eq!(
            accepted.as_object().unwrap().keys().collect::<Vec<_>>(),
            ["202"]
        );
        assert_eq!(
            json(NoContent::responses()),
            serde_json::json!({"204": {"description": "No Content"}})
        );
    }

    #[test]
    fn the_error_object_schema_accepts_what_the_writer_writes() {
        let schema = serde_json::to_value(<ErrorObject<'_, Gone>>::schema()).unwrap();
        assert_eq!(schema["required"], serde_json::json!(["errors"]));
        let entry = &schema["properties"]["errors"]["items"];
        assert_eq!(entry["required"], serde_json::json!(["code", "message"]));
        assert_eq!(<Problem<'_, Gone>>::name(), "Problem");
    }
}
