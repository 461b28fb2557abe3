//! The guard as an actix-web middleware, for `App::wrap`.

use core::future::{ready, Future, Ready};
use core::pin::{pin, Pin};
use core::task::{Context, Poll};
use std::rc::Rc;
use std::sync::Arc;

use actix_web::body::{BoxBody, EitherBody, MessageBody};
use actix_web::dev::{Service, ServiceRequest, ServiceResponse, Transform};
use actix_web::http::header::{HeaderValue, CONTENT_ENCODING, CONTENT_LENGTH, CONTENT_TYPE};
use actix_web::HttpResponse;

use super::guard::{self, BodyAction, Config, Facts, Guard, SanitizedBody};
use crate::method::Method;

impl<S, B> Transform<S, ServiceRequest> for Guard
where
    S: Service<ServiceRequest, Response = ServiceResponse<B>, Error = actix_web::Error> + 'static,
    B: MessageBody + 'static,
{
    type Response = ServiceResponse<EitherBody<B>>;
    type Error = actix_web::Error;
    type Transform = GuardMiddleware<S>;
    type InitError = ();
    type Future = Ready<Result<GuardMiddleware<S>, ()>>;

    fn new_transform(&self, service: S) -> Self::Future {
        ready(Ok(GuardMiddleware {
            service: Rc::new(service),
            config: Arc::clone(&self.config),
        }))
    }
}

/// An actix-web service guarded by a [`Guard`]: what `App::wrap(guard)` wraps the
/// application in.
pub struct GuardMiddleware<S> {
    service: Rc<S>,
    config: Arc<Config>,
}

impl<S, B> Service<ServiceRequest> for GuardMiddleware<S>
where
    S: Service<ServiceRequest, Response = ServiceResponse<B>, Error = actix_web::Error> + 'static,
    B: MessageBody + 'static,
{
    type Response = ServiceResponse<EitherBody<B>>;
    type Error = actix_web::Error;
    type Future = Pin<Box<dyn Future<Output = Result<Self::Response, Self::Error>>>>;

    actix_web::dev::forward_ready!(service);

    fn call(&self, request: ServiceRequest) -> Self::Future {
        let method = Method::from_name(request.method().as_str());
        let response = self.service.call(request);
        let config = Arc::clone(&self.config);
        Box::pin(async move { Ok(apply(&config, method, response.await?).await) })
    }
}

async fn apply<B: MessageBody>(
    config: &Config,
    method: Option<Method>,
    response: ServiceResponse<B>,
) -> ServiceResponse<EitherBody<B>> {
    let status = response.status().as_u16();
    let head = response.response();
    let facts = Facts {
        method,
        status,
        // Only a 404 asks whether a route matched; `match_pattern` builds a String.
        matched: status != 404 || response.request().match_pattern().is_some(),
        written_by_rest_status: status >= 400 && head.extensions().get::<SanitizedBody>().is_some(),
        json: status >= 400
            && head
                .headers()
                .get(CONTENT_TYPE)
                .is_some_and(|value| guard::is_json(value.as_bytes())),
        empty: status >= 400 && head.body().size().is_eof(),
    };
    let verdict = config.judge(&facts);
    let path = || {
        response
            .request()
            .match_pattern()
            .unwrap_or_else(|| String::from("(no route)"))
    };
    if verdict.refused {
        config.refuse(
            response.request().method().as_str(),
            &path(),
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
        let path = request
            .match_pattern()
            .unwrap_or_else(|| String::from("(no route)"));
        let mut original = pin!(original);
        let (seen, whole) =
            core::future::poll_fn(|cx| Poll::Ready(read_ready(original.as_mut(), cx))).await;
        guard::log_replaced(
            request.method().as_str(),
            &path,
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
