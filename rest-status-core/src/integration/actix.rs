//! `actix-web` integration: a [`Reply`] as an actix-web `HttpResponse`, and the typed
//! responses as `Responder`.
//!
//! Each public impl repeats the module's `#[cfg(feature = "actix-web")]`: the docs show the
//! feature an impl needs from its own `cfg`, not from its module's.

use actix_web::body::BoxBody;
use actix_web::http::header::{HeaderValue, CONTENT_TYPE, LOCATION};
use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, Responder};
use serde::Serialize;

use super::Reply;
use crate::response::{self, Accepted, Created, NoContent};

/// A status in actix-web's `http` version; every `Reply` status is in 100..=599.
pub(crate) fn status(code: u16) -> StatusCode {
    StatusCode::from_u16(code).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR)
}

/// The reply as an actix-web response.
pub(crate) fn to_response(reply: Reply<'_>) -> HttpResponse {
    let mut builder = HttpResponse::build(status(reply.status));
    if let Some(value) = reply.location.and_then(|l| HeaderValue::from_str(l).ok()) {
        builder.insert_header((LOCATION, value));
    }
    match reply.body {
        Some((content_type, bytes)) => builder
            .insert_header((CONTENT_TYPE, HeaderValue::from_static(content_type)))
            .body(bytes),
        None => builder.finish(),
    }
}

/// 200 with `T` as JSON.
#[cfg(feature = "actix-web")]
impl<T: Serialize> Responder for response::Ok<T> {
    type Body = BoxBody;

    fn respond_to(self, _request: &HttpRequest) -> HttpResponse {
        to_response(Reply::json(200, &self.0))
    }
}

/// 201 with `T` as JSON and, when given, the `Location` header.
#[cfg(feature = "actix-web")]
impl<T: Serialize> Responder for Created<T> {
    type Body = BoxBody;

    fn respond_to(self, _request: &HttpRequest) -> HttpResponse {
        to_response(Reply::created(&self))
    }
}

/// 202 with `T` as JSON.
#[cfg(feature = "actix-web")]
impl<T: Serialize> Responder for Accepted<T> {
    type Body = BoxBody;

    fn respond_to(self, _request: &HttpRequest) -> HttpResponse {
        to_response(Reply::json(202, &self.0))
    }
}

/// 204 with no body and no `content-type`.
#[cfg(feature = "actix-web")]
impl Responder for NoContent {
    type Body = BoxBody;

    fn respond_to(self, _request: &HttpRequest) -> HttpResponse {
        to_response(Reply::no_content())
    }
}
