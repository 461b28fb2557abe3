//! actix-web's extractors answering with the crate's error object: their configs with
//! rest-status error handlers.

use actix_web::error::{JsonPayloadError, PathError, QueryPayloadError, UrlencodedError};
use actix_web::http::StatusCode;
use actix_web::web::{FormConfig, JsonConfig, PathConfig, QueryConfig, ServiceConfig};
use actix_web::{HttpResponse, ResponseError};

use super::rejection::{Rejection, RejectionKind, TOO_LARGE};
use super::Reply;

/// A rejection as an actix-web error: 400 (or the sanitized 500) with the error
/// object, marked as written by rest-status.
impl ResponseError for Rejection {
    fn status_code(&self) -> StatusCode {
        super::actix::status(self.kind().status())
    }

    fn error_response(&self) -> HttpResponse {
        self.log_if_internal();
        super::actix::to_response(Reply::rejection(self))
    }
}

const JSON_CONTENT_TYPE: &str = "Expected a request with `Content-Type: application/json`";
const FORM_CONTENT_TYPE: &str =
    "Expected a request with `Content-Type: application/x-www-form-urlencoded`";

/// actix-web's `JsonConfig` whose error handler answers with 400 and the error object
/// (`wrong_content_type`, `body_too_large`, `malformed_body`). Set a limit on it as
/// on any `JsonConfig`.
///
/// ```
/// # extern crate rest_status_core as rest_status;
/// use actix_web::App;
///
/// let app = App::new().app_data(rest_status::actix::json_config().limit(64 * 1024));
/// # let _ = app;
/// ```
pub fn json_config() -> JsonConfig {
    JsonConfig::default().error_handler(|error, _request| json_rejection(&error).into())
}

/// actix-web's `FormConfig` whose error handler answers with 400 and the error object
/// (`wrong_content_type`, `body_too_large`, `malformed_body`).
///
/// ```
/// # extern crate rest_status_core as rest_status;
/// let app = actix_web::App::new().app_data(rest_status::actix::form_config());
/// # let _ = app;
/// ```
pub fn form_config() -> FormConfig {
    FormConfig::default().error_handler(|error, _request| form_rejection(&error).into())
}

/// actix-web's `PathConfig` whose error handler answers with 400 and the error object
/// `invalid_path`.
///
/// ```
/// # extern crate rest_status_core as rest_status;
/// let app = actix_web::App::new().app_data(rest_status::actix::path_config());
/// # let _ = app;
/// ```
pub fn path_config() -> PathConfig {
    PathConfig::default().error_handler(|error, _request| path_rejection(&error).into())
}

/// actix-web's `QueryConfig` whose error handler answers with 400 and the error object
/// `invalid_query`.
///
/// ```
/// # extern crate rest_status_core as rest_status;
/// let app = actix_web::App::new().app_data(rest_status::actix::query_config());
/// # let _ = app;
/// ```
pub fn query_config() -> QueryConfig {
    QueryConfig::default().error_handler(|error, _request| query_rejection(&error).into())
}

/// Registers all four configs, for `App::configure`: `web::Json`, `web::Form`,
/// `web::Path` and `web::Query` then answer a request they cannot read with 400 and
/// the error object.
///
/// ```
/// # extern crate rest_status_core as rest_status;
/// use actix_web::App;
///
/// let app = App::new().configure(rest_status::actix::extractors);
/// # let _ = app;
/// ```
pub fn extractors(config: &mut ServiceConfig) {
    config
        .app_data(json_config())
        .app_data(form_config())
        .app_data(path_config())
        .app_data(query_config());
}

fn json_rejection(error: &JsonPayloadError) -> Rejection {
    match error {
        JsonPayloadError::ContentType => {
            Rejection::new(RejectionKind::WrongContentType, JSON_CONTENT_TYPE)
        }
        JsonPayloadError::OverflowKnownLength { .. } | JsonPayloadError::Overflow { .. } => {
            Rejection::new(RejectionKind::BodyTooLarge, TOO_LARGE)
        }
        JsonPayloadError::Deserialize(error) => Rejection::new(
            RejectionKind::MalformedBody,
            format!("Failed to parse the request body as JSON: {error}"),
        ),
        other => payload_rejection(other, other.status_code()),
    }
}

fn form_rejection(error: &UrlencodedError) -> Rejection {
    match error {
        UrlencodedError::ContentType => {
            Rejection::new(RejectionKind::WrongContentType, FORM_CONTENT_TYPE)
        }
        UrlencodedError::Parse(error) => Rejection::new(
            RejectionKind::MalformedBody,
            format!("Failed to deserialize the form: {error}"),
        ),
        other => payload_rejection(other, other.status_code()),
    }
}

/// A body that could not be read: too large by the status actix-web gives it, else
/// malformed, with actix-web's own description of the client's body.
fn payload_rejection(error: &dyn core::fmt::Display, status: StatusCode) -> Rejection {
    if status == StatusCode::PAYLOAD_TOO_LARGE {
        Rejection::new(RejectionKind::BodyTooLarge, TOO_LARGE)
    } else {
        Rejection::new(RejectionKind::MalformedBody, error.to_string())
    }
}

fn path_rejection(error: &PathError) -> Rejection {
    match error {
        PathError::Deserialize(error) => {
            Rejection::new(RejectionKind::InvalidPath, format!("Invalid URL: {error}"))
        }
        other => Rejection::new(RejectionKind::InvalidPath, other.to_string()),
    }
}

fn query_rejection(error: &QueryPayloadError) -> Rejection {
    match error {
        QueryPayloadError::Deserialize(error) => Rejection::new(
            RejectionKind::InvalidQuery,
            format!("Failed to deserialize the query string: {error}"),
        ),
        other => Rejection::new(RejectionKind::InvalidQuery, other.to_string()),
    }
}
