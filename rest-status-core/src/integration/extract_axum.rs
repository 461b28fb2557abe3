//! Extractors that read what axum's do and answer a request they cannot read with
//! 400 and the crate's error object.

use core::ops::{Deref, DerefMut};

use ::axum::extract::rejection::{
    BytesRejection, FormRejection, JsonRejection, PathRejection, QueryRejection,
};
use ::axum::extract::{FromRequest, FromRequestParts, Request};
use axum_core::response::{IntoResponse, Response};
use http::request::Parts;
use serde::de::DeserializeOwned;
use serde::Serialize;

use super::rejection::{Rejection, RejectionKind, TOO_LARGE};
use super::Reply;
use crate::status::StatusSet;
use crate::statuses::{Rejections, Statuses};

/// A rejection as an axum response: 400 (or the sanitized 500) with the error object,
/// marked as written by rest-status.
impl IntoResponse for Rejection {
    fn into_response(self) -> Response {
        self.log_if_internal();
        super::axum::to_response(Reply::rejection(&self))
    }
}

macro_rules! extractor {
    ($(#[$doc:meta])* $name:ident, $rejections:expr) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
        pub struct $name<T>(pub T);

        impl<T> $name<T> {
            /// The value read from the request.
            pub fn into_inner(self) -> T {
                self.0
            }
        }

        impl<T> Deref for $name<T> {
            type Target = T;

            fn deref(&self) -> &T {
                &self.0
            }
        }

        impl<T> DerefMut for $name<T> {
            fn deref_mut(&mut self) -> &mut T {
                &mut self.0
            }
        }

        impl<T> From<T> for $name<T> {
            fn from(value: T) -> Self {
                $name(value)
            }
        }

        impl<T> Rejections for $name<T> {
            const REJECTIONS: StatusSet = $rejections;
        }
    };
}

extractor! {
    /// A JSON body, read as axum's `Json` reads it (`Content-Type: application/json`
    /// or a `+json` type, axum's body limit); a request it cannot read is answered 400
    /// with the error object: `wrong_content_type`, `body_too_large` or
    /// `malformed_body` (not JSON, not UTF-8, nested too deep, or not of `T`'s shape).
    ///
    /// As a response it is 200 with `T` as JSON.
    ///
    /// ```
    /// # extern crate rest_status_core as rest_status;
    /// use rest_status::axum::Json;
    /// use rest_status::response::Created;
    /// use rest_status::{Rejections, StatusSet, Statuses};
    /// use serde_json::Value;
    ///
    /// async fn create(Json(new): Json<Value>) -> Created<Value> {
    ///     Created::at("/invoices/1", new)
    /// }
    ///
    /// assert_eq!(<Json<Value>>::REJECTIONS, StatusSet::of(&[400]));
    /// assert_eq!(<Json<Value>>::STATUSES, StatusSet::of(&[200]));
    /// let _: axum::routing::MethodRouter = axum::routing::post(create);
    /// ```
    Json, StatusSet::of(&[400])
}

extractor! {
    /// A form body (`application/x-www-form-urlencoded`; the query string for GET and
    /// HEAD), read as axum's `Form` reads it; a request it cannot read is answered 400
    /// with the error object: `wrong_content_type`, `body_too_large`,
    /// `malformed_body`, or `invalid_query` for a GET's query.
    ///
    /// ```
    /// # extern crate rest_status_core as rest_status;
    /// use std::collections::HashMap;
    /// use rest_status::axum::Form;
    /// use rest_status::{Rejections, StatusSet};
    ///
    /// type Login = HashMap<String, String>;
    ///
    /// async fn login(Form(login): Form<Login>) -> String {
    ///     login.get("user").cloned().unwrap_or_default()
    /// }
    ///
    /// assert_eq!(<Form<Login>>::REJECTIONS, StatusSet::of(&[400]));
    /// let _: axum::routing::MethodRouter = axum::routing::post(login);
    /// ```
    Form, StatusSet::of(&[400])
}

extractor! {
    /// The query string, read as axum's `Query` reads it; one that does not decode
    /// into `T` is answered 400 with the error object `invalid_query`.
    ///
    /// ```
    /// # extern crate rest_status_core as rest_status;
    /// use rest_status::axum::Query;
    /// use rest_status::{Rejections, StatusSet};
    ///
    /// /// `?offset=20`
    /// type Page = std::collections::HashMap<String, u32>;
    ///
    /// async fn list(Query(page): Query<Page>) -> String { format!("{page:?}") }
    ///
    /// assert_eq!(<Query<Page>>::REJECTIONS, StatusSet::of(&[400]));
    /// let _: axum::routing::MethodRouter = axum::routing::get(list);
    /// ```
    Query, StatusSet::of(&[400])
}

extractor! {
    /// The route's path parameters, read as axum's `Path` reads them; a segment that
    /// does not decode into `T` (`/invoices/abc` for a `u64`) is answered 400 with the
    /// error object `invalid_path`. A `Path` that does not fit its route (two values on
    /// a route with one parameter) is the server's mistake: the sanitized 500, its
    /// cause logged server-side.
    ///
    /// ```
    /// # extern crate rest_status_core as rest_status;
    /// use rest_status::axum::Path;
    /// use rest_status::{Rejections, StatusSet};
    ///
    /// async fn show(Path(id): Path<u64>) -> String { id.to_string() }
    ///
    /// assert_eq!(<Path<u64>>::REJECTIONS, StatusSet::of(&[400, 500]));
    /// let _: axum::Router = axum::Router::new().route("/invoices/{id}", axum::routing::get(show));
    /// ```
    Path, StatusSet::of(&[400, 500])
}

impl<T, S> FromRequest<S> for Json<T>
where
    T: DeserializeOwned,
    S: Send + Sync,
{
    type Rejection = Rejection;

    async fn from_request(request: Request, state: &S) -> Result<Self, Rejection> {
        match ::axum::Json::<T>::from_request(request, state).await {
            Ok(::axum::Json(value)) => Ok(Json(value)),
            Err(rejection) => Err(json_rejection(rejection)),
        }
    }
}

/// 200 with `T` as JSON.
impl<T: Serialize> IntoResponse for Json<T> {
    fn into_response(self) -> Response {
        super::axum::to_response(Reply::json(200, &self.0))
    }
}

impl<T> Statuses for Json<T> {
    const STATUSES: StatusSet = StatusSet::of(&[200]);
}

impl<T, S> FromRequest<S> for Form<T>
where
    T: DeserializeOwned,
    S: Send + Sync,
{
    type Rejection = Rejection;

    async fn from_request(request: Request, state: &S) -> Result<Self, Rejection> {
        // axum reads a GET's or HEAD's form from the query string.
        let from_query = matches!(*request.method(), http::Method::GET | http::Method::HEAD);
        match ::axum::Form::<T>::from_request(request, state).await {
            Ok(::axum::Form(value)) => Ok(Form(value)),
            Err(rejection) => Err(form_rejection(rejection, from_query)),
        }
    }
}

impl<T, S> FromRequestParts<S> for Query<T>
where
    T: DeserializeOwned,
    S: Send + Sync,
{
    type Rejection = Rejection;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Rejection> {
        match ::axum::extract::Query::<T>::from_request_parts(parts, state).await {
            Ok(::axum::extract::Query(value)) => Ok(Query(value)),
            Err(rejection) => Err(query_rejection(&rejection)),
        }
    }
}

impl<T, S> FromRequestParts<S> for Path<T>
where
    T: DeserializeOwned + Send,
    S: Send + Sync,
{
    type Rejection = Rejection;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Rejection> {
        match ::axum::extract::Path::<T>::from_request_parts(parts, state).await {
            Ok(::axum::extract::Path(value)) => Ok(Path(value)),
            Err(rejection) => Err(path_rejection(&rejection)),
        }
    }
}

const JSON_CONTENT_TYPE: &str = "Expected a request with `Content-Type: application/json`";
const FORM_CONTENT_TYPE: &str =
    "Expected a request with `Content-Type: application/x-www-form-urlencoded`";

fn json_rejection(rejection: JsonRejection) -> Rejection {
    match rejection {
        JsonRejection::MissingJsonContentType(_) => {
            Rejection::new(RejectionKind::WrongContentType, JSON_CONTENT_TYPE)
        }
        JsonRejection::BytesRejection(rejection) => bytes_rejection(&rejection),
        other => Rejection::new(RejectionKind::MalformedBody, other.body_text()),
    }
}

fn form_rejection(rejection: FormRejection, from_query: bool) -> Rejection {
    match rejection {
        FormRejection::InvalidFormContentType(_) => {
            Rejection::new(RejectionKind::WrongContentType, FORM_CONTENT_TYPE)
        }
        FormRejection::BytesRejection(rejection) => bytes_rejection(&rejection),
        other if from_query => Rejection::new(RejectionKind::InvalidQuery, other.body_text()),
        other => Rejection::new(RejectionKind::MalformedBody, other.body_text()),
    }
}

fn bytes_rejection(rejection: &BytesRejection) -> Rejection {
    if rejection.status() == http::StatusCode::PAYLOAD_TOO_LARGE {
        Rejection::new(RejectionKind::BodyTooLarge, TOO_LARGE)
    } else {
        Rejection::new(RejectionKind::MalformedBody, rejection.body_text())
    }
}

fn query_rejection(rejection: &QueryRejection) -> Rejection {
    Rejection::new(RejectionKind::InvalidQuery, rejection.body_text())
}

fn path_rejection(rejection: &PathRejection) -> Rejection {
    if rejection.status().is_server_error() {
        Rejection::new(RejectionKind::Internal, rejection.body_text())
    } else {
        Rejection::new(RejectionKind::InvalidPath, rejection.body_text())
    }
}
