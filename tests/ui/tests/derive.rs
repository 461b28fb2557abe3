//! Compile errors of `#[derive(RestError)]`, one case per error, as a user sees them,
//! and derives that must compile and run.

#![forbid(unsafe_code)]

#[test]
fn ui() {
    let cases = rest_status_ui::cases();
    cases.compile_fail("derive/*.rs");
    cases.pass("derive/pass/*.rs");
}
