//! The guard as a tower `Layer`: for `axum::Router::layer` and any tower service of
//! `http` requests and responses.

use core::future::Future;
use core::pin::{pin, Pin};
use core::task::{ready, Context, Poll};
use std::sync::Arc;

use ::axum::extract::MatchedPath;
use bytes::{Buf, Bytes};
use http::header::{HeaderValue, CONTENT_ENCODING, CONTENT_LENGTH, CONTENT_TYPE};
use http::uri::PathAndQuery;
use http::{Request, Response, StatusCode};
use http_body::Body;

use super::guard::{self, BodyAction, Config, Facts, Guard, Judge, PathSource, SanitizedBody};
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
        let method = Method::from_http(request.method());
        let captured = Captured {
            judge: self.config.judge_for(method),
            // An extension method's name is kept for the report (boxed: no policy
            // allows such a method, so its response is judged anyway, and the
            // future of every other request stays smaller); a standard one is named
            // by `method`.
            other_method: method.is_none().then(|| Box::new(request.method().clone())),
            path: RequestPath::of(&request),
        };
        GuardFuture {
            future: self.inner.call(request),
            captured,
        }
    }
}

/// What a report names as the request's path: the matched route (an `Arc` of
/// axum's), or, when the guard wraps the router from outside and no route is matched
/// yet, the request's path (its shared bytes; the query is never read).
#[derive(Debug)]
enum RequestPath {
    Route(MatchedPath),
    Uri(Option<PathAndQuery>),
}

impl RequestPath {
    #[inline]
    fn of<B>(request: &Request<B>) -> RequestPath {
        match request.extensions().get::<MatchedPath>() {
            Some(matched) => RequestPath::Route(matched.clone()),
            None => RequestPath::Uri(request.uri().path_and_query().cloned()),
        }
    }

    fn as_str(&self) -> &str {
        match self {
            RequestPath::Route(matched) => matched.as_str(),
            // An absolute-form or authority-form target has no path: `/`, as `Uri::path`.
            RequestPath::Uri(path) => path.as_ref().map_or("/", PathAndQuery::path),
        }
    }

    fn source(&self) -> PathSource {
        match self {
            RequestPath::Route(_) => PathSource::Route,
            RequestPath::Uri(_) => PathSource::Uri,
        }
    }
}

/// The guard's part of one request in flight.
#[derive(Debug)]
struct Captured {
    judge: Judge,
    other_method: Option<Box<http::Method>>,
    path: RequestPath,
}

pin_project_lite::pin_project! {
    /// The response future of a [`GuardService`].
    pub struct GuardFuture<F> {
        #[pin]
        future: F,
        captured: Captured,
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
        // The output is judged where it lies and handed on as it came: a response is
        // not taken out of its `Result` and wrapped again, and one that does not pass
        // is mended in place.
        let mut output = ready!(this.future.poll(cx));
        if let Ok(response) = &mut output {
            if !this.captured.judge.passes(response.status().as_u16()) {
                this.captured.apply(response, cx);
            }
        }
        Poll::Ready(output)
    }
}

impl Captured {
    fn method(&self) -> &str {
        match (&self.other_method, self.judge.method) {
            (Some(other), _) => other.as_str(),
            (None, Some(method)) => method.as_str(),
            (None, None) => "",
        }
    }

    /// Everything but a passing response: kept out of line, so that the passing path
    /// stays a few instructions in the caller.
    #[inline(never)]
    fn apply<B>(&self, response: &mut Response<B>, cx: &mut Context<'_>)
    where
        B: Body + From<Bytes> + Default,
    {
        let status = response.status().as_u16();
        let facts = Facts {
            status,
            matched: matches!(self.path, RequestPath::Route(_)),
            written_by_rest_status: response.extensions().get::<SanitizedBody>().is_some(),
            json: response
                .headers()
                .get(CONTENT_TYPE)
                .is_some_and(|value| guard::is_json(value.as_bytes())),
            empty: response.body().is_end_stream(),
        };
        let verdict = self.judge.judge(&facts);
        if verdict.refused {
            self.judge.refuse(
                self.method(),
                self.path.as_str(),
                self.path.source(),
                verdict.status,
            );
        }
        if verdict.status != status {
            // Remaps lead to a policy's status, always a valid one.
            *response.status_mut() =
                StatusCode::from_u16(verdict.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
        }
        match verdict.body {
            BodyAction::Keep => {}
            BodyAction::Strip => replace_body(response, B::default()),
            BodyAction::ErrorObject => {
                let body = guard::status_body(verdict.status);
                replace_body(response, B::from(Bytes::from(body)));
            }
            BodyAction::Sanitize => {
                let original = core::mem::take(response.body_mut());
                let (seen, whole) = read_ready(original, cx);
                guard::log_replaced(
                    self.method(),
                    self.path.as_str(),
                    self.path.source(),
                    verdict.status,
                    &seen,
                    whole,
                );
                let body = guard::status_body(verdict.status);
                replace_body(response, B::from(Bytes::from(body)));
                response.extensions_mut().insert(SanitizedBody);
            }
        }
    }
}

/// Gives `response` `body` as JSON, without the headers that described the old body.
fn replace_body<B>(response: &mut Response<B>, body: B) {
    let headers = response.headers_mut();
    headers.remove(CONTENT_LENGTH);
    headers.remove(CONTENT_ENCODING);
    headers.insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
    *response.body_mut() = body;
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
