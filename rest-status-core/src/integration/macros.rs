//! The macros `#[derive(RestError)]` expands to. They are defined whatever the
//! features, so the derive's own build of this crate (without `runtime`) has them too;
//! what they expand to depends on the features of the build that runs the user's code.

/// Logs `$error` when its status is 5xx: the one place an internal error is logged.
#[doc(hidden)]
#[macro_export]
macro_rules! __rest_status_log_internal {
    ($error:expr) => {{
        let __status = $crate::RestError::status($error);
        if __status.is_server_error() {
            #[allow(unused_imports)]
            use $crate::__private::integration::{LogChain as _, LogDebug as _, LogPlain as _};
            (&&&$crate::__private::integration::ServerSide($error))
                .log_internal(__status.as_u16(), $crate::RestError::code($error));
        }
    }};
}

/// Called once by every `#[derive(RestError)]`:
/// `__rest_status_integrations! { impl {<generics>} for {Type<..>} where {predicates,}
/// responses {(status, "code", "message"),*} }`, each where-predicate followed by a
/// comma, one tuple per variant (for [`__rest_status_openapi!`](crate::__rest_status_openapi)).
/// One call for every integration, framework or OpenAPI: a macro call costs every
/// derived type's build even when it expands to nothing.
#[cfg(any(feature = "axum", feature = "actix-web", feature = "utoipa"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __rest_status_integrations {
    ($($input:tt)*) => {
        $crate::__rest_status_logging! { $($input)* }
        $crate::__rest_status_axum! { $($input)* }
        $crate::__rest_status_actix! { $($input)* }
        $crate::__rest_status_openapi! { $($input)* }
    };
}

/// Without a framework or OpenAPI there is nothing to implement: one expansion to
/// nothing, not four, for every derived type.
#[cfg(not(any(feature = "axum", feature = "actix-web", feature = "utoipa")))]
#[doc(hidden)]
#[macro_export]
macro_rules! __rest_status_integrations {
    ($($input:tt)*) => {};
}

/// How the type's internal errors are logged, chosen once at the type, where only its
/// own where-clauses are in scope: a bound like actix-web's `Display + Debug` in scope
/// would change which log form method resolution picks.
#[cfg(any(feature = "axum", feature = "actix-web"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __rest_status_logging {
    (impl {$($generics:tt)*} for {$($ty:tt)*} where {$($where:tt)*} responses {$($case:tt)*}) => {
        #[automatically_derived]
        #[allow(deprecated)] // the user's type may be; its impls are not a use
        impl $($generics)* $crate::__private::integration::LogInternal for $($ty)*
        where
            $($where)*
        {
            fn log_if_internal(&self) {
                $crate::__rest_status_log_internal!(self);
            }
        }
    };
}

#[cfg(not(any(feature = "axum", feature = "actix-web")))]
#[doc(hidden)]
#[macro_export]
macro_rules! __rest_status_logging {
    ($($input:tt)*) => {};
}

#[cfg(feature = "axum")]
#[doc(hidden)]
#[macro_export]
macro_rules! __rest_status_axum {
    (impl {$($generics:tt)*} for {$($ty:tt)*} where {$($where:tt)*} responses {$($case:tt)*}) => {
        #[automatically_derived]
        #[allow(deprecated)] // the user's type may be; its impls are not a use
        impl $($generics)* $crate::__private::axum_core::response::IntoResponse for $($ty)*
        where
            $($where)*
        {
            fn into_response(self) -> $crate::__private::axum_core::response::Response {
                $crate::__private::integration::LogInternal::log_if_internal(&self);
                $crate::__private::integration::axum_response(&self)
            }
        }
    };
}

#[cfg(not(feature = "axum"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __rest_status_axum {
    ($($input:tt)*) => {};
}

#[cfg(feature = "actix-web")]
#[doc(hidden)]
#[macro_export]
macro_rules! __rest_status_actix {
    (impl {$($generics:tt)*} for {$($ty:tt)*} where {$($where:tt)*} responses {$($case:tt)*}) => {
        // actix-web wants `Display + Debug` of its errors. As a higher-ranked bound the
        // requirement does not make the impl itself an error for a type without them
        // (thiserror gives both): such a type is just not a `ResponseError`, which is
        // reported where a handler uses it as one.
        #[automatically_derived]
        #[allow(deprecated)] // the user's type may be; its impls are not a use
        impl $($generics)* $crate::__private::actix_web::ResponseError for $($ty)*
        where
            $($where)*
            for<'__rest_status> $($ty)*: $crate::__private::core::fmt::Display + $crate::__private::core::fmt::Debug,
        {
            fn status_code(&self) -> $crate::__private::actix_web::http::StatusCode {
                $crate::__private::integration::actix_status(self)
            }

            fn error_response(&self) -> $crate::__private::actix_web::HttpResponse {
                $crate::__private::integration::LogInternal::log_if_internal(self);
                $crate::__private::integration::actix_response(self)
            }
        }
    };
}

#[cfg(not(feature = "actix-web"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __rest_status_actix {
    ($($input:tt)*) => {};
}

/// Called by [`__rest_status_integrations!`](crate::__rest_status_integrations) for
/// every derived type: `responses {(status, "code", "message"),*}` holds one tuple per
/// variant, the message as the user wrote it (or the fixed text the derive chose).
/// With the `utoipa` feature it is the type's `utoipa::IntoResponses`; without it,
/// nothing, so the derive costs the same whether a crate documents its API or not.
#[cfg(feature = "utoipa")]
#[doc(hidden)]
#[macro_export]
macro_rules! __rest_status_openapi {
    (impl {$($generics:tt)*} for {$($ty:tt)*} where {$($where:tt)*} responses {$($case:tt)*}) => {
        #[automatically_derived]
        #[allow(deprecated)] // the user's type may be; its impls are not a use
        impl $($generics)* $crate::__private::openapi::utoipa::IntoResponses for $($ty)*
        where
            $($where)*
        {
            fn responses() -> $crate::__private::openapi::Responses {
                $crate::__private::openapi::error_responses::<Self>(&[$($case)*])
            }
        }
    };
}

#[cfg(not(feature = "utoipa"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __rest_status_openapi {
    ($($input:tt)*) => {};
}
