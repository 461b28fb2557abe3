//! `axum` integration: a [`Reply`] as an axum `Response`, and the typed responses as
//! `IntoResponse`.
//!
//! Each public impl repeats the module's `#[cfg(feature = "axum")]`: the docs show the
//! feature an impl needs from its own `cfg`, not from its module's.

use axum_core::body::Body;
use axum_core::response::{IntoResponse, Response};
use http::header::{CONTENT_TYPE, LOCATION};
use http::{HeaderValue, StatusCode};
use serde::Serialize;

use super::Reply;
use crate::response::{self, Accepted, Created, NoContent};

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
