//! `axum` integration: a [`Reply`] as an axum `Response`, the typed responses as
//! `IntoResponse`, and the statuses of axum's own responses and extractors.
//!
//! Each public impl repeats the module's `#[cfg(feature = "axum")]`: the docs show the
//! feature an impl needs from its own `cfg`, not from its module's.

use std::borrow::Cow;

use axum_core::body::Body;
use axum_core::response::{IntoResponse, Response};
use http::header::{CONTENT_TYPE, LOCATION};
use http::{HeaderValue, StatusCode};
use serde::Serialize;

use super::guard::SanitizedBody;
use super::Reply;
use crate::response::{self, Accepted, Created, NoContent};
use crate::status::StatusSet;
use crate::statuses::{Rejections, Statuses};

/// The reply as an axum response.
pub(crate) fn to_response(reply: Reply<'_>) -> Response {
    let mut response = match reply.body {
        Some((content_type, bytes)) => {
            let mut response = Response::new(Body::from(bytes));
            response
                .headers_mut()
                .insert(CONTENT_TYPE, HeaderValue::from_static(content_type));
            response
        }
        None => Response::new(Body::empty()),
    };
    *response.status_mut() =
        StatusCode::from_u16(reply.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    if let Some(value) = reply.location.and_then(|l| HeaderValue::from_str(l).ok()) {
        response.headers_mut().insert(LOCATION, value);
    }
    if reply.status >= 400 {
        // The guard keeps the bodies rest-status wrote; only errors need the mark,
        // so a success costs no extension map.
        response.extensions_mut().insert(SanitizedBody);
    }
    response
}

/// 200 with `T` as JSON.
#[cfg(feature = "axum")]
impl<T: Serialize> IntoResponse for response::Ok<T> {
    fn into_response(self) -> Response {
        to_response(Reply::json(200, &self.0))
    }
}

/// 201 with `T` as JSON and, when given, the `Location` header.
#[cfg(feature = "axum")]
impl<T: Serialize> IntoResponse for Created<T> {
    fn into_response(self) -> Response {
        to_response(Reply::created(&self))
    }
}

/// 202 with `T` as JSON.
#[cfg(feature = "axum")]
impl<T: Serialize> IntoResponse for Accepted<T> {
    fn into_response(self) -> Response {
        to_response(Reply::json(202, &self.0))
    }
}

/// 204 with no body and no `content-type`.
#[cfg(feature = "axum")]
impl IntoResponse for NoContent {
    fn into_response(self) -> Response {
        to_response(Reply::no_content())
    }
}

// What `#[rest_endpoint]` knows of axum's own types. The statuses are those of axum
// 0.8's sources: `IntoResponse for Json` and `Html`, and the `#[status = ...]` of each
// rejection its extractors can answer with (`axum::extract::rejection`).

/// `axum::Json` as a response: 200 with the value as JSON. A value that fails to
/// serialize is a 500, as with `rest_status::response::Ok`, and is not counted: a
/// server error is allowed for every method.
impl<T> Statuses for axum::Json<T> {
    const STATUSES: StatusSet = StatusSet::of(&[200]);
}

/// `axum::response::Html` of text: 200. (`Html<T>` of another response takes that
/// response's status, so only text is known.)
impl Statuses for axum::response::Html<String> {
    const STATUSES: StatusSet = StatusSet::of(&[200]);
}

/// See `Html<String>`.
impl Statuses for axum::response::Html<&str> {
    const STATUSES: StatusSet = StatusSet::of(&[200]);
}

/// See `Html<String>`.
impl Statuses for axum::response::Html<Cow<'_, str>> {
    const STATUSES: StatusSet = StatusSet::of(&[200]);
}

/// `axum::Json` as an extractor (`JsonRejection`): 400 for a body that is not JSON or
/// cannot be read, 413 past the body limit, 415 without `Content-Type:
/// application/json`, 422 for JSON that does not fit the type.
impl<T> Rejections for axum::Json<T> {
    const REJECTIONS: StatusSet = StatusSet::of(&[400, 413, 415, 422]);
    const INSTEAD: &'static str = "rest_status::axum::Json";
}

/// `axum::Form` (`FormRejection`): 400 for a query string or a body it cannot read,
/// 413 past the body limit, 415 for a body that is not
/// `application/x-www-form-urlencoded`, 422 for a body that does not fit the type.
impl<T> Rejections for axum::Form<T> {
    const REJECTIONS: StatusSet = StatusSet::of(&[400, 413, 415, 422]);
    const INSTEAD: &'static str = "rest_status::axum::Form";
}

/// `axum::extract::Query` (`QueryRejection`): 400.
impl<T> Rejections for axum::extract::Query<T> {
    const REJECTIONS: StatusSet = StatusSet::of(&[400]);
    const INSTEAD: &'static str = "rest_status::axum::Query";
}

/// `axum::extract::Path` (`PathRejection`): 400 for a segment that does not fit the
/// type, 500 when the route and the type disagree (a programming error).
impl<T> Rejections for axum::extract::Path<T> {
    const REJECTIONS: StatusSet = StatusSet::of(&[400, 500]);
    const INSTEAD: &'static str = "rest_status::axum::Path";
}
