//! Compile-error snapshots of `#[rest_endpoint]` above `#[utoipa::path]`
//! (`tests/ui/openapi/`): the statuses the OpenAPI document gives must be the ones the
//! handler is checked for. Read the `.stderr` files as part of the review.

#![forbid(unsafe_code)]

#[test]
fn ui() {
    let t = trybuild::TestCases::new();
    t.compile_fail("tests/ui/openapi/fail/*.rs");
    t.pass("tests/ui/openapi/pass/*.rs");
}
