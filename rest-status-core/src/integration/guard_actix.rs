//! The guard as an actix-web middleware, for `App::wrap`.

use core::future::{ready, Future, Ready};
use core::pin::{pin, Pin};
use core::task::{ready, Context, Poll};
use std::borrow::Cow;
use std::sync::Arc;

use actix_web::body::{BoxBody, EitherBody, MessageBody};
use actix_web::dev::{Service, ServiceRequest, ServiceResponse, Transform};
use actix_web::http::header::{HeaderValue, CONTENT_ENCODING, CONTENT_LENGTH, CONTENT_TYPE};
use actix_web::{HttpRequest, HttpResponse};

use super::guard::{self, BodyAction, Config, Facts, Guard, Judge, PathSource, SanitizedBody};
use crate::method::Method;

impl<S, B> Transform<S, ServiceRequest> for Guard
where
    S: Service<ServiceRequest, Response = ServiceResponse<B>, Error = actix_web::Error>,
    B: MessageBody,
{
    type Response = ServiceResponse<EitherBody<B>>;
    type Error = actix_web::Error;
    type Transform = GuardMiddleware<S>;
    type InitError = ();
    type Future = Ready<Result<GuardMiddleware<S>, ()>>;

    fn new_transform(&self, service: S) -> Self::Future {
        ready(Ok(GuardMiddleware {
            service,
            config: Arc::clone(&self.config),
        }))
    }
}

/// An actix-web service guarded by a [`Guard`]: what `App::wrap(guard)` wraps the
/// application in.
pub struct GuardMiddleware<S> {
    service: S,
    config: Arc<Config>,
}

impl<S, B> Service<ServiceRequest> for GuardMiddleware<S>
where
    S: Service<ServiceRequest, Response = ServiceResponse<B>, Error = actix_web::Error>,
    B: MessageBody,
{
    type Response = ServiceResponse<EitherBody<B>>;
    type Error = actix_web::Error;
    type Future = GuardResponse<S::Future>;

    actix_web::dev::forward_ready!(service);

    fn call(&self, request: ServiceRequest) -> Self::Future {
        // The response carries its request: the path and an extension method's name
        // are read from it, and only for a response that does not pass.
        let judge = self
            .config
            .judge_for(Method::from_wire(request.method().as_str()));
        GuardResponse {
            future: self.service.call(request),
            judge,
        }
    }
}

pin_project_lite::pin_project! {
    /// The response future of a [`GuardMiddleware`]: the inner service's future and
    /// what the guard needs to judge its response, with no allocation of its own.
    pub struct GuardResponse<F> {
        #[pin]
        future: F,
        judge: Judge,
    }
}

impl<F, B> Future for GuardResponse<F>
where
    F: Future<Output = Result<ServiceResponse<B>, actix_web::Error>>,
    B: MessageBody,
{
    type Output = Result<ServiceResponse<EitherBody<B>>, actix_web::Error>;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let this = self.project();
        let response = ready!(this.future.poll(cx))?;
        if this.judge.passes(response.status().as_u16()) {
            return Poll::Ready(Ok(response.map_into_left_body()));
        }
        Poll::Ready(Ok(apply(this.judge, response, cx)))
    }
}

/// The matched route's pattern, or the request's path (never its query) where no
/// route matched.
fn path_of(request: &HttpRequest) -> (Cow<'_, str>, PathSource) {
    match request.match_pattern() {
        Some(pattern) => (Cow::Owned(pattern), PathSource::Route),
        None => (Cow::Borrowed(request.path()), PathSource::Uri),
    }
}

/// Everything but a passing response: kept out of line, so that the passing path
/// stays a few instructions in the caller.
#[inline(never)]
fn apply<B: MessageBody>(
    judge: &Judge,
    response: ServiceResponse<B>,
    cx: &mut Context<'_>,
) -> ServiceResponse<EitherBody<B>> {
    let status = response.status().as_u16();
    let head = response.response();
    let facts = Facts {
        status,
        // Only a 404 asks whether a route matched; `match_pattern` builds a String.
        matched: status != 404 || response.request().match_pattern().is_some(),
        written_by_rest_status: head.extensions().get::<SanitizedBody>().is_some(),
        json: head
            .headers()
            .get(CONTENT_TYPE)
            .is_some_and(|value| guard::is_json(value.as_bytes())),
        empty: head.body().size().is_eof(),
    };
    let verdict = judge.judge(&facts);
    if verdict.refused {
        let (path, source) = path_of(response.request());
        judge.refuse(
            response.request().method().as_str(),
            &path,
            source,
            verdict.status,
        );
    }
    let (request, mut http) = response.into_parts();
    if verdict.status != status {
        *http.status_mut() = super::actix::status(verdict.status);
    }
    if verdict.body == BodyAction::Keep {
        return ServiceResponse::new(request, http).map_into_left_body();
    }
    let (mut head, original) = http.into_parts();
    if verdict.body == BodyAction::Sanitize {
        let (path, source) = path_of(&request);
        let (seen, whole) = read_ready(pin!(original), cx);
        guard::log_replaced(
            request.method().as_str(),
            &path,
            source,
            verdict.status,
            &seen,
            whole,
        );
        head.extensions_mut().insert(SanitizedBody);
    }
    let body = match verdict.body {
        BodyAction::Strip => Vec::new(),
        _ => guard::status_body(verdict.status),
    };
    let mut replaced: HttpResponse<BoxBody> = head.set_body(BoxBody::new(body));
    let headers = replaced.headers_mut();
    headers.remove(CONTENT_LENGTH);
    headers.remove(CONTENT_ENCODING);
    headers.insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
    ServiceResponse::new(request, replaced).map_into_right_body()
}

/// What of `body` is ready now, up to [`guard::LOGGED_BODY_LIMIT`] bytes, and whether
/// that is all of it; never waits, as in the tower guard.
fn read_ready<B: MessageBody>(mut body: Pin<&mut B>, cx: &mut Context<'_>) -> (Vec<u8>, bool) {
    let mut seen = Vec::new();
    while seen.len() < guard::LOGGED_BODY_LIMIT {
        match body.as_mut().poll_next(cx) {
            Poll::Ready(Some(Ok(bytes))) => {
                let take = bytes.len().min(guard::LOGGED_BODY_LIMIT - seen.len());
                seen.extend_from_slice(&bytes[..take]);
            }
            Poll::Ready(None) => return (seen, true),
            Poll::Ready(Some(Err(_))) | Poll::Pending => return (seen, false),
        }
    }
    (seen, false)
}
