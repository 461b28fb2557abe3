//! Compile errors of `#[derive(RestError)]`, one case per error, as a user sees them.

#![forbid(unsafe_code)]

#[test]
fn ui() {
    let cases = trybuild::TestCases::new();
    cases.compile_fail("tests/ui/derive/*.rs");
    cases.pass("tests/ui/derive/pass/*.rs");
}
