//! The guard as a tower `Layer`: for `axum::Router::layer` and any tower service of
//! `http` requests and responses.

use core::future::Future;
use core::pin::{pin, Pin};
use core::task::{ready, Context, Poll};
use std::sync::Arc;

use ::axum::extract::MatchedPath;
use bytes::{Buf, Bytes};
use http::header::{HeaderValue, CONTENT_ENCODING, CONTENT_LENGTH, CONTENT_TYPE};
use http::{Request, Response, StatusCode};
use http_body::Body;

use super::guard::{self, BodyAction, Config, Facts, Guard, SanitizedBody};
use crate::method::Method;

impl<S> tower_layer::Layer<S> for Guard {
    type Service = GuardService<S>;

    fn layer(&self, inner: S) -> GuardService<S> {
        GuardService {
            inner,
            config: Arc::clone(&self.config),
        }
    }
}

/// A tower service guarded by a [`Guard`]: what `Guard` as a `Layer` wraps a service
/// in. Its responses have the inner service's body type, which must be a
/// [`Body`] that can also hold a replaced body (`From<Bytes>`) and be empty
/// (`Default`): axum's `Body` and `http_body_util::Full<Bytes>` are.
#[derive(Clone, Debug)]
pub struct GuardService<S> {
    inner: S,
    config: Arc<Config>,
}

impl<S, ReqBody, ResBody> tower_service::Service<Request<ReqBody>> for GuardService<S>
where
    S: tower_service::Service<Request<ReqBody>, Response = Response<ResBody>>,
    ResBody: Body + From<Bytes> + Default,
{
    type Response = Response<ResBody>;
    type Error = S::Error;
    type Future = GuardFuture<S::Future>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), S::Error>> {
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, request: Request<ReqBody>) -> Self::Future {
        // Standard methods and the matched path (an `Arc<str>`) clone without
        // allocating: a passing response costs the guard no allocation.
        let method = request.method().clone();
        let matched = request.extensions().get::<MatchedPath>().cloned();
        GuardFuture {
            future: self.inner.call(request),
            request: Some(Captured {
                method,
                matched,
                config: Arc::clone(&self.config),
            }),
        }
    }
}

struct Captured {
    method: http::Method,
    matched: Option<MatchedPath>,
    config: Arc<Config>,
}

pin_project_lite::pin_project! {
    /// The response future of a [`GuardService`].
    pub struct GuardFuture<F> {
        #[pin]
        future: F,
        request: Option<Captured>,
    }
}

impl<F, B, E> Future for GuardFuture<F>
where
    F: Future<Output = Result<Response<B>, E>>,
    B: Body + From<Bytes> + Default,
{
    type Output = Result<Response<B>, E>;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let this = self.project();
        let response = ready!(this.future.poll(cx))?;
        let captured = this
            .request
            .take()
            .expect("a GuardFuture is not polled after it completed");
        Poll::Ready(Ok(captured.apply(response, cx)))
    }
}

impl Captured {
    fn path(&self) -> &str {
        self.matched
            .as_ref()
            .map_or("(no route)", MatchedPath::as_str)
    }

    fn apply<B>(self, mut response: Response<B>, cx: &mut Context<'_>) -> Response<B>
    where
        B: Body + From<Bytes> + Default,
    {
        let status = response.status().as_u16();
        // Only what the verdict on a passing response needs is read here.
        let facts = Facts {
            method: Method::from_http(&self.method),
            status,
            matched: self.matched.is_some(),
            written_by_rest_status: status >= 400
                && response.extensions().get::<SanitizedBody>().is_some(),
            json: status >= 400
                && response
                    .headers()
                    .get(CONTENT_TYPE)
                    .is_some_and(|value| guard::is_json(value.as_bytes())),
            empty: status >= 400 && response.body().is_end_stream(),
        };
        let verdict = self.config.judge(&facts);
        if verdict.refused {
            self.config
                .refuse(self.method.as_str(), self.path(), verdict.status);
        }
        if verdict.status != status {
            // Remaps lead to a policy's status, always a valid one.
            *response.status_mut() =
                StatusCode::from_u16(verdict.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
        }
        match verdict.body {
            BodyAction::Keep => response,
            BodyAction::Strip => replace_body(response, B::default()),
            BodyAction::ErrorObject => {
                let body = guard::status_body(verdict.status);
                replace_body(response, B::from(Bytes::from(body)))
            }
            BodyAction::Sanitize => {
                let (parts, original) = response.into_parts();
                let (seen, whole) = read_ready(original, cx);
                guard::log_replaced(
                    self.method.as_str(),
                    self.path(),
                    verdict.status,
                    &seen,
                    whole,
                );
                let body = guard::status_body(verdict.status);
                let mut response = replace_body(
                    Response::from_parts(parts, B::default()),
                    B::from(Bytes::from(body)),
                );
                response.extensions_mut().insert(SanitizedBody);
                response
            }
        }
    }
}

/// `response` with `body` as JSON, without the headers that described the old body.
fn replace_body<B>(response: Response<B>, body: B) -> Response<B> {
    let (mut parts, _) = response.into_parts();
    parts.headers.remove(CONTENT_LENGTH);
    parts.headers.remove(CONTENT_ENCODING);
    parts
        .headers
        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
    Response::from_parts(parts, body)
}

/// What of `body` is ready now, up to [`guard::LOGGED_BODY_LIMIT`] bytes, and whether
/// that is all of it. It never waits: a body that is not ready is logged as far as it
/// is, so a stalled stream cannot hold the sanitized response back.
fn read_ready<B: Body>(body: B, cx: &mut Context<'_>) -> (Vec<u8>, bool) {
    let mut body = pin!(body);
    let mut seen = Vec::new();
    while seen.len() < guard::LOGGED_BODY_LIMIT {
        match body.as_mut().poll_frame(cx) {
            Poll::Ready(Some(Ok(frame))) => {
                if let Ok(mut data) = frame.into_data() {
                    while data.has_remaining() && seen.len() < guard::LOGGED_BODY_LIMIT {
                        let chunk = data.chunk();
                        let take = chunk.len().min(guard::LOGGED_BODY_LIMIT - seen.len());
                        seen.extend_from_slice(&chunk[..take]);
                        data.advance(take);
                    }
                }
            }
            Poll::Ready(None) => return (seen, true),
            Poll::Ready(Some(Err(_))) | Poll::Pending => return (seen, false),
        }
    }
    (seen, body.is_end_stream())
}
