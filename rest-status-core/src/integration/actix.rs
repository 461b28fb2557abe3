//! `actix-web` integration: the typed responses implement `Responder`.

use actix_web::body::BoxBody;
use actix_web::http::header::{HeaderValue, CONTENT_TYPE, LOCATION};
use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, Responder};
use serde::Serialize;

use super::{json_body, APPLICATION_JSON, INTERNAL_ERROR_BODY};
use crate::response::{self, Accepted, Created, NoContent};

/// A JSON response with `status`, or the sanitized 500 when the body fails to serialize.
fn json_response<T: Serialize + ?Sized>(status: StatusCode, body: &T) -> HttpResponse {
    match json_body(body) {
        Some(bytes) => json_bytes(status, bytes),
        None => json_bytes(
            StatusCode::INTERNAL_SERVER_ERROR,
            INTERNAL_ERROR_BODY.to_vec(),
        ),
    }
}

/// A response with `status`, `content-type: application/json` and `bytes` as body.
fn json_bytes(status: StatusCode, bytes: Vec<u8>) -> HttpResponse {
    body_response(status, APPLICATION_JSON, bytes)
}

/// A response with `status`, `content_type` and `bytes` as body.
pub(crate) fn body_response(
    status: StatusCode,
    content_type: &'static str,
    bytes: Vec<u8>,
) -> HttpResponse {
    HttpResponse::build(status)
        .insert_header((CONTENT_TYPE, HeaderValue::from_static(content_type)))
        .body(bytes)
}

/// 200 with `T` as JSON.
impl<T: Serialize> Responder for response::Ok<T> {
    type Body = BoxBody;

    fn respond_to(self, _request: &HttpRequest) -> HttpResponse {
        json_response(StatusCode::OK, &self.0)
    }
}

/// 201 with `T` as JSON and, when given, the `Location` header.
impl<T: Serialize> Responder for Created<T> {
    type Body = BoxBody;

    fn respond_to(self, _request: &HttpRequest) -> HttpResponse {
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
impl<T: Serialize> Responder for Accepted<T> {
    type Body = BoxBody;

    fn respond_to(self, _request: &HttpRequest) -> HttpResponse {
        json_response(StatusCode::ACCEPTED, &self.0)
    }
}

/// 204 with no body and no `content-type`.
impl Responder for NoContent {
    type Body = BoxBody;

    fn respond_to(self, _request: &HttpRequest) -> HttpResponse {
        HttpResponse::NoContent().finish()
    }
}
