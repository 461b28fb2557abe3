//! Framework integrations, each behind a feature: `axum`, `actix-web`, `tracing`.
//!
//! What a response says is decided once, here, as a [`Reply`]; each framework's module
//! only turns a `Reply` into its own response type.

#[cfg(feature = "actix-web")]
mod actix;
#[cfg(feature = "axum")]
mod axum;
#[cfg(feature = "runtime")]
pub(crate) mod derived;
#[cfg(feature = "actix-web")]
pub(crate) mod extract_actix;
#[cfg(feature = "axum")]
pub(crate) mod extract_axum;
#[cfg(any(feature = "axum", feature = "actix-web"))]
pub(crate) mod guard;
#[cfg(feature = "actix-web")]
pub(crate) mod guard_actix;
#[cfg(feature = "axum")]
pub(crate) mod guard_tower;
mod macros;
#[cfg(any(feature = "axum", feature = "actix-web"))]
pub(crate) mod rejection;

#[cfg(any(feature = "axum", feature = "actix-web"))]
use crate::error::{BodyFormat, RestError};
#[cfg(any(feature = "axum", feature = "actix-web"))]
use crate::response::Created;

/// A response before it takes a framework's types.
#[cfg(any(feature = "axum", feature = "actix-web"))]
pub(crate) struct Reply<'a> {
    /// Always a valid status (100..=599).
    pub(crate) status: u16,
    /// The content type and body; `None` for a response without a body (204).
    pub(crate) body: Option<(&'static str, Vec<u8>)>,
    /// The `Location` header, for a 201.
    pub(crate) location: Option<&'a str>,
}

#[cfg(any(feature = "axum", feature = "actix-web"))]
impl<'a> Reply<'a> {
    /// `status` with `body` as JSON, or the sanitized 500 when the body fails to
    /// serialize (a map with non-string keys, a `Serialize` impl that errors). The
    /// failure is logged with its cause when the `tracing` feature is on.
    pub(crate) fn json<T: serde::Serialize + ?Sized>(status: u16, body: &T) -> Reply<'a> {
        let (status, bytes) = match serde_json::to_vec(body) {
            Ok(bytes) => (status, bytes),
            Err(_error) => {
                #[cfg(feature = "tracing")]
                tracing::error!(error = %_error, "rest-status: a response body failed to serialize");
                // The sanitized 500 (the guide, "The error object"), as a derived 5xx writes it.
                let mut bytes = Vec::new();
                crate::error::json::body(
                    &mut bytes,
                    crate::error::json::INTERNAL_ERROR_CODE,
                    "Internal Server Error",
                );
                (500, bytes)
            }
        };
        Reply {
            status,
            body: Some((BodyFormat::Errors.content_type(), bytes)),
            location: None,
        }
    }

    /// 201 with the body as JSON and its `Location`, if it has one. `Created::at`
    /// percent-encodes what a URI may not hold, so the location is a valid header value.
    pub(crate) fn created<T: serde::Serialize>(created: &'a Created<T>) -> Reply<'a> {
        let mut reply = Reply::json(201, created.body());
        if reply.status == 201 {
            reply.location = created.location();
        }
        reply
    }

    /// 204: no body, no content type.
    pub(crate) fn no_content() -> Reply<'a> {
        Reply {
            status: 204,
            body: None,
            location: None,
        }
    }

    /// A rejection of an extractor: its status and its error object.
    pub(crate) fn rejection(rejection: &rejection::Rejection) -> Reply<'a> {
        let mut bytes = Vec::with_capacity(96 + rejection.message().len());
        rejection.write_json(&mut bytes);
        Reply {
            status: rejection.status(),
            body: Some((BodyFormat::Errors.content_type(), bytes)),
            location: None,
        }
    }

    /// A derived error: its status, and its body in its type's format.
    pub(crate) fn error<E: RestError + ?Sized>(error: &E) -> Reply<'a> {
        let mut bytes = Vec::with_capacity(160);
        let content_type = error.write_body(&mut bytes);
        Reply {
            status: error.status().as_u16(),
            body: Some((content_type, bytes)),
            location: None,
        }
    }
}
