//! Whatever a field holds, the body is valid JSON and says exactly what the guide's
//! "The error object" says: property tests over hostile strings (see `support/strings.rs`), through the
//! direct writer (`write_json`, `write_body`), through serde (`error_object`), in
//! both body formats, with tuple and named fields.
//!
//! Each property runs `CASES` cases; the expected `code` and `message` are computed
//! here with `format!`, and the expected bytes with `serde_json`'s own escaping.

#![forbid(unsafe_code)]

#[path = "support/strings.rs"]
mod strings;

use std::fmt;

use proptest::prelude::*;
use proptest::test_runner::TestCaseError;
use rest_status::{RestError, StatusSet, Statuses};
use serde_json::{json, Value};
use strings::hard_string;

/// Cases per property; five properties.
const CASES: u32 = 512;

/// A field whose `Display` writes one character at a time, so the escaping writer is
/// fed a string in pieces, as a `Display` impl may do.
#[derive(Debug)]
struct Chunked(String);

impl fmt::Display for Chunked {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0
            .chars()
            .try_for_each(|c| fmt::Write::write_char(f, c))
    }
}

#[derive(Debug, RestError)]
enum FieldError {
    #[rest(
        status = 400,
        code = "invalid_field",
        message = "Field \"{0}\" is invalid: {1}"
    )]
    Invalid(String, Chunked),
    #[rest(status = 409, message = "{name} exists in {place}\\{name} {{}}")]
    Exists { name: String, place: String },
}

#[derive(Debug, RestError)]
#[rest(status = 422, message = "{value}")]
struct Unprocessable {
    value: String,
}

#[derive(Debug, RestError)]
#[rest(format = "problem")]
enum ProblemError {
    #[rest(
        status = 400,
        code = "invalid_field",
        message = "Field \"{0}\" is invalid: {1}"
    )]
    Invalid(String, Chunked),
    #[rest(status = 409, message = "{name} exists in {place}\\{name} {{}}")]
    Exists { name: String, place: String },
}

#[derive(Debug, RestError)]
#[rest(format = "problem", status = 404, code = "not_found", message = "{0}")]
struct Missing(String);

/// An implementation by hand, so the trait's default writers meet an arbitrary code
/// too (the derive only accepts identifier-like codes, written at compile time).
struct HandWritten {
    code: &'static str,
    message: String,
}

impl Statuses for HandWritten {
    const STATUSES: StatusSet = StatusSet::of(&[422]);
}

impl RestError for HandWritten {
    fn status(&self) -> http::StatusCode {
        http::StatusCode::UNPROCESSABLE_ENTITY
    }

    fn code(&self) -> &'static str {
        self.code
    }

    fn fmt_message(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

/// `text` as a JSON string, quotes included, as serde_json writes it.
fn quoted(text: &str) -> String {
    serde_json::to_string(text).unwrap()
}

/// Checks the `{"errors":[...]}` body of `error` by every path.
fn assert_errors_body<E: RestError>(
    error: &E,
    code: &str,
    message: &str,
) -> Result<(), TestCaseError> {
    prop_assert_eq!(error.code(), code);
    prop_assert_eq!(error.message().to_string(), message);

    let mut direct = Vec::new();
    error.write_json(&mut direct);
    let mut body = Vec::new();
    prop_assert_eq!(error.write_body(&mut body), "application/json");
    let serde = serde_json::to_vec(&error.error_object()).unwrap();

    let expected = format!(
        r#"{{"errors":[{{"code":{},"message":{}}}]}}"#,
        quoted(code),
        quoted(message)
    );
    prop_assert_eq!(&direct, &expected.as_bytes());
    prop_assert_eq!(&body, &direct);
    prop_assert_eq!(&serde, &direct);
    assert_json(
        &direct,
        &json!({ "errors": [{ "code": code, "message": message }] }),
    )
}

/// Checks the RFC 9457 body of `error`, the one its type sends.
fn assert_problem_body<E: RestError>(
    error: &E,
    title: &str,
    code: &str,
    message: &str,
) -> Result<(), TestCaseError> {
    prop_assert_eq!(error.code(), code);
    prop_assert_eq!(error.message().to_string(), message);

    let mut direct = Vec::new();
    error.write_problem_json(&mut direct);
    let status = error.status().as_u16();
    let expected = format!(
        r#"{{"type":"about:blank","title":{},"status":{status},"detail":{},"code":{}}}"#,
        quoted(title),
        quoted(message),
        quoted(code)
    );
    prop_assert_eq!(&direct, &expected.as_bytes());
    assert_json(
        &direct,
        &json!({
            "type": "about:blank",
            "title": title,
            "status": status,
            "detail": message,
            "code": code,
        }),
    )
}

/// `bytes` parse as JSON to exactly `expected`, and hold no raw control character.
fn assert_json(bytes: &[u8], expected: &Value) -> Result<(), TestCaseError> {
    let parsed: Value = serde_json::from_slice(bytes)
        .map_err(|error| TestCaseError::fail(format!("not JSON: {error}")))?;
    prop_assert_eq!(&parsed, expected);
    prop_assert!(bytes.iter().all(|&byte| byte >= 0x20));
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(CASES))]

    /// Tuple fields, one of them written in pieces, in the errors format.
    #[test]
    fn tuple_fields_in_the_errors_body(field in hard_string(), reason in hard_string()) {
        let message = format!("Field \"{field}\" is invalid: {reason}");
        let error = FieldError::Invalid(field, Chunked(reason));
        assert_errors_body(&error, "invalid_field", &message)?;
    }

    /// Named fields, one interpolated twice, in an enum and in a struct.
    #[test]
    fn named_fields_in_the_errors_body(name in hard_string(), place in hard_string()) {
        let message = format!("{name} exists in {place}\\{name} {{}}");
        let error = FieldError::Exists { name: name.clone(), place };
        assert_errors_body(&error, "exists", &message)?;

        let error = Unprocessable { value: name.clone() };
        assert_errors_body(&error, "unprocessable", &name)?;
    }

    /// Tuple fields in the problem format, in an enum and in a struct; `write_body`
    /// sends that format.
    #[test]
    fn tuple_fields_in_the_problem_body(field in hard_string(), reason in hard_string()) {
        let message = format!("Field \"{field}\" is invalid: {reason}");
        let error = ProblemError::Invalid(field.clone(), Chunked(reason));
        assert_problem_body(&error, "Bad Request", "invalid_field", &message)?;

        let error = Missing(field.clone());
        assert_problem_body(&error, "Not Found", "not_found", &field)?;
        let (mut direct, mut body) = (Vec::new(), Vec::new());
        error.write_problem_json(&mut direct);
        prop_assert_eq!(error.write_body(&mut body), "application/problem+json");
        prop_assert_eq!(body, direct);
    }

    /// Named fields in the problem format.
    #[test]
    fn named_fields_in_the_problem_body(name in hard_string(), place in hard_string()) {
        let message = format!("{name} exists in {place}\\{name} {{}}");
        let error = ProblemError::Exists { name, place };
        assert_problem_body(&error, "Conflict", "exists", &message)?;
    }

    /// The trait's default writers, with an arbitrary code as well as message.
    #[test]
    fn hand_written_code_and_message(code in hard_string(), message in hard_string()) {
        // `code` returns `&'static str`; a few KB leaked per case is the price.
        let code: &'static str = Box::leak(code.into_boxed_str());
        let error = HandWritten { code, message: message.clone() };
        assert_errors_body(&error, code, &message)?;
        assert_problem_body(&error, "Unprocessable Entity", code, &message)?;
    }
}

#[test]
fn hard_strings_are_drawn() {
    strings::assert_hard_cases_drawn(&strings::sample(2000));
}
