//! `actix-web` integration: a [`Reply`] as an actix-web `HttpResponse`, the typed
//! responses as `Responder`, and the statuses of actix-web's own responses and
//! extractors.
//!
//! Each public impl repeats the module's `#[cfg(feature = "actix-web")]`: the docs show the
//! feature an impl needs from its own `cfg`, not from its module's.

use actix_web::body::BoxBody;
use actix_web::http::header::{HeaderValue, CONTENT_TYPE, LOCATION};
use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, Responder};
use serde::Serialize;

use super::guard::SanitizedBody;
use super::Reply;
use crate::response::{self, Accepted, Created, NoContent};
use crate::status::StatusSet;
use crate::statuses::{Rejections, Statuses};

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

// What `#[rest_endpoint]` knows of actix-web's own types, from actix-web 4's sources.
//
// actix-web's extractors answer a request they cannot read with what their configured
// error handler returns: the check cannot see the configuration, so it takes them as
// rest-status configures them (`JsonConfig`, `FormConfig`, `QueryConfig` and
// `PathConfig` with rest-status's error handlers): 400 with the error object. Without
// that configuration, actix-web answers with its own statuses, which the check does not
// see: 404 for a path segment that does not fit `web::Path`, 413 past the limit of
// `web::Json` and `web::Form`, 411 and 415 for `web::Form` (`tests/test_realistic_actix.rs`
// sends the requests).

/// `web::Json` as a responder: 200 with the value as JSON. A value that fails to
/// serialize is a 500, as with `rest_status::response::Ok`, and is not counted.
impl<T> Statuses for actix_web::web::Json<T> {
    const STATUSES: StatusSet = StatusSet::of(&[200]);
}

/// `web::Json` as an extractor, configured by rest-status: 400.
impl<T> Rejections for actix_web::web::Json<T> {
    const REJECTIONS: StatusSet = StatusSet::of(&[400]);
}

/// `web::Form`, configured by rest-status: 400.
impl<T> Rejections for actix_web::web::Form<T> {
    const REJECTIONS: StatusSet = StatusSet::of(&[400]);
}

/// `web::Query`, configured by rest-status (and by default): 400.
impl<T> Rejections for actix_web::web::Query<T> {
    const REJECTIONS: StatusSet = StatusSet::of(&[400]);
}

/// `web::Path`, configured by rest-status: 400.
impl<T> Rejections for actix_web::web::Path<T> {
    const REJECTIONS: StatusSet = StatusSet::of(&[400]);
}
