//! `actix-web` integration: a [`Reply`] as an actix-web `HttpResponse`, and the typed
//! responses as `Responder`.

use actix_web::body::BoxBody;
use actix_web::http::header::{HeaderValue, CONTENT_TYPE, LOCATION};
use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, Responder};
use serde::Serialize;

use super::guard::SanitizedBody;
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
    let mut response = match reply.body {
        Some((content_type, bytes)) => builder
            .insert_header((CONTENT_TYPE, HeaderValue::from_static(content_type)))
            .body(bytes),
        None => builder.finish(),
    };
    if reply.status >= 400 {
        // The guard keeps the bodies rest-status wrote; only errors need the mark.
        response.extensions_mut().insert(SanitizedBody);
    }
    response
}

/// 200 with `T` as JSON.
impl<T: Serialize> Responder for response::Ok<T> {
    type Body = BoxBody;

    fn respond_to(self, _request: &HttpRequest) -> HttpResponse {
        to_response(Reply::json(200, &self.0))
    }
}

/// 201 with `T` as JSON and, when given, the `Location` header.
impl<T: Serialize> Responder for Created<T> {
    type Body = BoxBody;

    fn respond_to(self, _request: &HttpRequest) -> HttpResponse {
        to_response(Reply::created(&self))
    }
}

/// 202 with `T` as JSON.
impl<T: Serialize> Responder for Accepted<T> {
    type Body = BoxBody;

    fn respond_to(self, _request: &HttpRequest) -> HttpResponse {
        to_response(Reply::json(202, &self.0))
    }
}

/// 204 with no body and no `content-type`.
impl Responder for NoContent {
    type Body = BoxBody;

    fn respond_to(self, _request: &HttpRequest) -> HttpResponse {
        to_response(Reply::no_content())
    }
}
