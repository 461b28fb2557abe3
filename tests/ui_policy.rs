//! Compile errors of policies read from markdown (`MethodTable::from_markdown`), one
//! case per way a table can be malformed, and of the presets' refusals; pass cases
//! beside them (`tests/ui/policy/`).

#![forbid(unsafe_code)]

#[test]
fn ui() {
    let cases = trybuild::TestCases::new();
    cases.compile_fail("tests/ui/policy/*.rs");
    cases.pass("tests/ui/policy/pass/*.rs");
}
