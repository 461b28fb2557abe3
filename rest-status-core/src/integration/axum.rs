//! `axum` integration: the typed responses implement `IntoResponse`.

use axum_core::body::Body;
use axum_core::response::{IntoResponse, Response};
use http::header::{CONTENT_TYPE, LOCATION};
use http::{HeaderValue, StatusCode};
use serde::Serialize;

use super::{json_body, APPLICATION_JSON, INTERNAL_ERROR_BODY};
use crate::response::{self, Accepted, Created, NoContent};

/// A JSON response with `status`, or the sanitized 500 when the body fails to serialize.
fn json_response<T: Serialize + ?Sized>(status: StatusCode, body: &T) -> Response {
    match json_body(body) {
        Some(bytes) => json_bytes(status, bytes),
        None => json_bytes(
            StatusCode::INTERNAL_SERVER_ERROR,
            INTERNAL_ERROR_BODY.to_vec(),
        ),
    }
}

/// A response with `status`, `content-type: application/json` and `bytes` as body.
fn json_bytes(status: StatusCode, bytes: Vec<u8>) -> Response {
    body_response(status, APPLICATION_JSON, bytes)
}

/// A response with `status`, `content_type` and `bytes` as body.
pub(crate) fn body_response(
    status: StatusCode,
    content_type: &'static str,
    bytes: Vec<u8>,
) -> Response {
    let mut response = Response::new(Body::from(bytes));
    *response.status_mut() = status;
    response
        .headers_mut()
        .insert(CONTENT_TYPE, HeaderValue::from_static(content_type));
    response
}

/// 200 with `T` as JSON.
impl<T: Serialize> IntoResponse for response::Ok<T> {
    fn into_response(self) -> Response {
        json_response(StatusCode::OK, &self.0)
    }
}

/// 201 with `T` as JSON and, when given, the `Location` header.
impl<T: Serialize> IntoResponse for Created<T> {
    fn into_response(self) -> Response {
        let mut response = json_response(StatusCode::CREATED, self.body());
        if response.status() != StatusCode::CREATED {
            return response;
        }
        if let Some(location) = self.location() {
            // `Created::at` percent-encodes control characters, the only characters a
            // `&str` holds that a header value refuses, so this always succeeds.
            if let Ok(value) = HeaderValue::from_str(location) {
                response.headers_mut().insert(LOCATION, value);
            }
        }
        response
    }
}

/// 202 with `T` as JSON.
impl<T: Serialize> IntoResponse for Accepted<T> {
    fn into_response(self) -> Response {
        json_response(StatusCode::ACCEPTED, &self.0)
    }
}

/// 204 with no body and no `content-type`.
impl IntoResponse for NoContent {
    fn into_response(self) -> Response {
        let mut response = Response::new(Body::empty());
        *response.status_mut() = StatusCode::NO_CONTENT;
        response
    }
}
