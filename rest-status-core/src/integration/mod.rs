//! Framework integrations, each behind a feature: `axum`, `actix-web`, `tracing`.

#[cfg(feature = "actix-web")]
mod actix;
#[cfg(feature = "axum")]
mod axum;
#[cfg(feature = "runtime")]
pub(crate) mod derived;
mod macros;

/// The content type of every JSON body this crate writes.
#[cfg(any(feature = "axum", feature = "actix-web"))]
pub(crate) const APPLICATION_JSON: &str = "application/json";

/// The body of a response that could not be built, e.g. because a success body failed
/// to serialize: the sanitized 500 of SPEC section 4, which says nothing internal.
#[cfg(any(feature = "axum", feature = "actix-web"))]
pub(crate) const INTERNAL_ERROR_BODY: &[u8] =
    br#"{"errors":[{"code":"internal_error","message":"Internal Server Error"}]}"#;

/// A success body serialized as JSON, or `None` when serialization fails (a map with
/// non-string keys, a `Serialize` impl that errors). The failure is logged with its
/// cause when the `tracing` feature is on; the client only ever sees a sanitized 500.
#[cfg(any(feature = "axum", feature = "actix-web"))]
pub(crate) fn json_body<T: serde::Serialize + ?Sized>(body: &T) -> Option<Vec<u8>> {
    match serde_json::to_vec(body) {
        Ok(bytes) => Some(bytes),
        Err(_error) => {
            #[cfg(feature = "tracing")]
            tracing::error!(error = %_error, "rest-status: a response body failed to serialize");
            None
        }
    }
}
