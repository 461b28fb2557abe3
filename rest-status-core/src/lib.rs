//! Runtime of [rest-status](https://docs.rs/rest-status): the method tables
//! (policies) a handler's statuses are checked against, status sets, the reasons
//! a status is refused, and the `RestError` trait with its sanitized error object
//! (feature `runtime`, on by default).
//!
//! Users depend on the `rest-status` facade, which re-exports this crate. The tables
//! are constant data: `#[rest_endpoint]` checks handlers against them during const
//! evaluation, and the same tables answer at run time.
//!
//! ```
//! use rest_status::{Extended, Method, Policy, Strict};
//!
//! // What the guideline allows a DELETE to return...
//! assert_eq!(Strict::TABLE.allowed(Method::Delete).to_string(), "200, 204, 401, 403, 500");
//! // ...and how the same question reads with `http` types at run time.
//! assert!(Extended::allows(&http::Method::HEAD, http::StatusCode::NO_CONTENT));
//! ```
#![forbid(unsafe_code)]
#![warn(missing_docs)]
// docs.rs shows the feature each item needs. `runtime` is on wherever users meet these
// items (the facade turns it on), so it is not shown.
#![cfg_attr(docsrs, feature(doc_cfg))]
#![cfg_attr(docsrs, doc(auto_cfg(hide(feature = "runtime"))))]

#[doc(hidden)]
#[path = "private/mod.rs"]
pub mod __private;
mod check;
// Without `runtime`, only the JSON text functions the derive calls while it expands
// are here, and they are reached through `__private`.
#[cfg(feature = "runtime")]
pub mod error;
#[cfg(not(feature = "runtime"))]
mod error;
mod integration;
mod markdown;
mod method;
#[cfg(feature = "utoipa")]
pub mod openapi;
mod policy;
pub mod presets;
mod reason;
pub mod response;
mod status;
mod statuses;
pub mod statuses_for;

#[cfg(feature = "runtime")]
pub use crate::error::RestError;
pub use crate::method::Method;
pub use crate::policy::{Extended, MethodTable, Policy, Strict};
pub use crate::presets::{BuiltInPolicy, BUILT_IN_POLICIES};
pub use crate::reason::{refusal_reason, Reasons, Refusal, GENERIC_REFUSAL, REFUSALS};
pub use crate::status::{reason_phrase, Iter, StatusSet, MAX_STATUS, MIN_STATUS};
pub use crate::statuses::{Rejections, StatusSource, Statuses};

/// Extractors that read what axum's do and answer a request they cannot read with 400
/// and the crate's error object (feature `axum`).
///
/// | extractor | reads | rejection codes |
/// | --- | --- | --- |
/// | [`Json<T>`](axum::Json) | a JSON body | `wrong_content_type`, `body_too_large`, `malformed_body` |
/// | [`Form<T>`](axum::Form) | a form body (a GET's query) | `wrong_content_type`, `body_too_large`, `malformed_body`, `invalid_query` |
/// | [`Query<T>`](axum::Query) | the query string | `invalid_query` |
/// | [`Path<T>`](axum::Path) | the route's parameters | `invalid_path` |
///
/// Each implements [`Rejections`], so `#[rest_endpoint]` knows the statuses it
/// answers with; the guard for a whole service is [`guard::Guard`].
///
/// ```
/// # extern crate rest_status_core as rest_status;
/// use axum::routing::get;
/// use axum::Router;
/// use rest_status::axum::{Json, Path};
/// use rest_status::guard::Guard;
/// use rest_status::Extended;
///
/// async fn rename(Path(id): Path<u64>, Json(name): Json<String>) -> Json<(u64, String)> {
///     Json((id, name))
/// }
///
/// let app: Router = Router::new()
///     .route("/invoices/{id}", get(rename).put(rename))
///     .layer(Guard::new::<Extended>());
/// # let _ = app;
/// ```
#[cfg(feature = "axum")]
pub mod axum {
    pub use crate::integration::extract_axum::{Form, Json, Path, Query};
    pub use crate::integration::rejection::Rejection;
}

/// actix-web's extractors answering with the crate's error object, through their
/// configs (feature `actix-web`): [`extractors`](actix::extractors) registers them
/// all with `App::configure`. The guard for a whole service is [`guard::Guard`], used
/// with `App::wrap`.
///
/// ```
/// # extern crate rest_status_core as rest_status;
/// use actix_web::{web, App};
/// use rest_status::guard::Guard;
/// use rest_status::Extended;
///
/// let app = App::new()
///     .wrap(Guard::new::<Extended>())
///     .configure(rest_status::actix::extractors)
///     .route("/invoices/{id}", web::get().to(|id: web::Path<u64>| async move { id.to_string() }));
/// # let _ = app;
/// ```
#[cfg(feature = "actix-web")]
pub mod actix {
    pub use crate::integration::extract_actix::{
        extractors, form_config, json_config, path_config, query_config,
    };
    pub use crate::integration::guard_actix::{GuardMiddleware, GuardResponse};
    pub use crate::integration::rejection::Rejection;
}

/// A guard for a whole service: every response checked against a policy, every error
/// answered with a JSON error object, no 5xx body that rest-status did not write sent
/// to a client (features `axum`, `actix-web`).
///
/// ```
/// # extern crate rest_status_core as rest_status;
/// use rest_status::guard::{Guard, OnRefusal};
/// use rest_status::{Extended, Method};
///
/// // In tests: fail on a refused status; in production, report it.
/// let strict = Guard::new::<Extended>().on_refusal(OnRefusal::Panic);
/// let remapped = Guard::new::<Extended>().remap(Method::Delete, 404, 204);
/// # let _ = (strict, remapped);
/// ```
#[cfg(any(feature = "axum", feature = "actix-web"))]
pub mod guard {
    pub use crate::integration::guard::{Guard, OnRefusal, SanitizedBody};
    #[cfg(feature = "axum")]
    pub use crate::integration::guard_tower::{GuardFuture, GuardService};
}

/// Why a request could not be read, as the extractors of [`axum`] and the
/// actix-web configs answer it (features `axum`, `actix-web`).
#[cfg(any(feature = "axum", feature = "actix-web"))]
pub mod rejection {
    pub use crate::integration::rejection::{Rejection, RejectionKind, MAX_MESSAGE_LEN};
}
