//! Derived errors in the frameworks.
//!
//! `#[derive(RestError)]` calls [`__rest_status_integrations!`](crate::__rest_status_integrations)
//! once per type. That macro expands to the impls of the features *this* crate was
//! built with: a `#[cfg(feature = ...)]` in the generated code would test the user's
//! features instead, which is why the switch lives here.

#[cfg(any(feature = "axum", feature = "actix-web"))]
use crate::error::RestError;

/// What the generated `into_response` calls after logging.
#[cfg(feature = "axum")]
pub fn axum_response<E: RestError + ?Sized>(error: &E) -> axum_core::response::Response {
    super::axum::to_response(super::Reply::error(error))
}

/// What the generated `status_code` calls: the status in actix-web's `http` version.
#[cfg(feature = "actix-web")]
pub fn actix_status<E: RestError + ?Sized>(error: &E) -> actix_web::http::StatusCode {
    super::actix::status(error.status().as_u16())
}

/// What the generated `error_response` calls after logging.
#[cfg(feature = "actix-web")]
pub fn actix_response<E: RestError + ?Sized>(error: &E) -> actix_web::HttpResponse {
    super::actix::to_response(super::Reply::error(error))
}

/// Logs the error server-side when it is internal (5xx); implemented for every derived
/// type when a framework integration is on.
pub trait LogInternal {
    /// Logs at error level when the status is 5xx; does nothing otherwise.
    fn log_if_internal(&self);
}

/// An internal error about to be answered with a sanitized body. Which log line it
/// gets is chosen at the concrete type by method resolution, best first: the error and
/// its whole source chain for a `std::error::Error` ([`LogChain`]), its `Debug` for
/// other types ([`LogDebug`]), its status and code otherwise ([`LogPlain`]). Call it
/// as `(&&&ServerSide(&error)).log_internal(status, code)`: with `&self` methods, each
/// autoderef step of that receiver tries the impl for one reference fewer.
pub struct ServerSide<'a, E: ?Sized>(pub &'a E);

/// See [`ServerSide`].
pub trait LogChain {
    /// Logs at error level, server-side only.
    fn log_internal(&self, status: u16, code: &'static str);
}

/// See [`ServerSide`].
pub trait LogDebug {
    /// Logs at error level, server-side only.
    fn log_internal(&self, status: u16, code: &'static str);
}

/// See [`ServerSide`].
pub trait LogPlain {
    /// Logs at error level, server-side only.
    fn log_internal(&self, status: u16, code: &'static str);
}

impl<E: std::error::Error + ?Sized> LogChain for &&ServerSide<'_, E> {
    fn log_internal(&self, status: u16, code: &'static str) {
        #[cfg(feature = "tracing")]
        tracing::error!(
            status,
            code,
            error = %Chain(self.0),
            "internal error; the client got a sanitized body"
        );
        #[cfg(not(feature = "tracing"))]
        let _ = (status, code);
    }
}

impl<E: core::fmt::Debug + ?Sized> LogDebug for &ServerSide<'_, E> {
    fn log_internal(&self, status: u16, code: &'static str) {
        #[cfg(feature = "tracing")]
        tracing::error!(
            status,
            code,
            error = ?self.0,
            "internal error; the client got a sanitized body"
        );
        #[cfg(not(feature = "tracing"))]
        let _ = (status, code);
    }
}

impl<E: ?Sized> LogPlain for ServerSide<'_, E> {
    fn log_internal(&self, status: u16, code: &'static str) {
        #[cfg(feature = "tracing")]
        tracing::error!(
            status,
            code,
            "internal error; the client got a sanitized body"
        );
        #[cfg(not(feature = "tracing"))]
        let _ = (status, code);
    }
}

/// An error and its sources, `error: source: source...`.
#[cfg(feature = "tracing")]
struct Chain<'a, E: ?Sized>(&'a E);

#[cfg(feature = "tracing")]
impl<E: std::error::Error + ?Sized> core::fmt::Display for Chain<'_, E> {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        write!(f, "{}", self.0)?;
        let mut source = self.0.source();
        while let Some(cause) = source {
            write!(f, ": {cause}")?;
            source = cause.source();
        }
        Ok(())
    }
}
