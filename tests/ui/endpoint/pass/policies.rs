use http::StatusCode;
use rest_status::response::NoContent;
use rest_status::{rest_endpoint, Method, MethodTable, Policy, StatusSet, Strict};

/// Strict, plus conditional GETs and OPTIONS.
pub struct ApiPolicy;

impl Policy for ApiPolicy {
    const NAME: &'static str = "ApiPolicy";
    const TABLE: MethodTable = Strict::TABLE
        .allow(Method::Get, 304)
        .with_method(Method::Options, StatusSet::of(&[204]));
}

mod nested {
    use super::*;

    #[rest_endpoint(method = "GET", statuses(200, 304), policy = crate::ApiPolicy)]
    pub fn cached() -> StatusCode {
        StatusCode::NOT_MODIFIED
    }
}

#[rest_endpoint(method = "OPTIONS", policy = ApiPolicy)]
fn options() -> NoContent {
    NoContent
}

#[rest_endpoint(method = "HEAD", policy = rest_status::Extended)]
fn exists() -> NoContent {
    NoContent
}

#[rest_endpoint(method = "POST", statuses(202, 428), policy = rest_status::Extended)]
fn ship() -> StatusCode {
    StatusCode::ACCEPTED
}

fn main() {
    assert_eq!(nested::cached(), StatusCode::NOT_MODIFIED);
    let _: NoContent = options();
    let _: NoContent = exists();
    assert_eq!(ship(), StatusCode::ACCEPTED);
}
