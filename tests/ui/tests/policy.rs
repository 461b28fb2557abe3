//! Compile errors of policies read from markdown (`MethodTable::from_markdown`), one
//! case per way a table can be malformed, and of the presets' refusals; pass cases
//! beside them (`policy/`).

#![forbid(unsafe_code)]

#[test]
fn ui() {
    let cases = rest_status_ui::cases();
    cases.compile_fail("policy/*.rs");
    cases.pass("policy/pass/*.rs");
}
