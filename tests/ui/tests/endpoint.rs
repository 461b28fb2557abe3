//! Compile errors of `#[rest_endpoint]` (`endpoint/fail/`), read as part of the
//! review, and handlers that must compile and run (`endpoint/pass/`).
//!
//! Which (method, status) cells each built-in table refuses, and the text of each
//! refusal, is table data: `rest-status-core/tests/refusals.rs` checks it cell by cell.
//! The `refused_*` cases here show where such an error points and how it reads.

#![forbid(unsafe_code)]

use std::fs;
use std::path::Path;

#[test]
fn ui() {
    let cases = rest_status_ui::cases();
    cases.compile_fail("endpoint/fail/*.rs");
    cases.pass("endpoint/pass/*.rs");
}

/// The README shows `fail/readme.rs` and its error exactly as the snapshot has them.
#[test]
fn readme_shows_the_exact_error() {
    let here = Path::new(env!("CARGO_MANIFEST_DIR"));
    let readme = fs::read_to_string(here.join("../../README.md")).unwrap();
    let section = readme
        .split("## Handlers: #[rest_endpoint]")
        .nth(1)
        .expect("README has a section for #[rest_endpoint]");
    let block = |fence: &str| {
        let start = section.find(fence).unwrap() + fence.len();
        section[start..].split("```").next().unwrap().to_owned()
    };
    let source = fs::read_to_string(here.join("endpoint/fail/readme.rs")).unwrap();
    let stderr = fs::read_to_string(here.join("endpoint/fail/readme.stderr")).unwrap();
    assert_eq!(block("```rust,compile_fail\n"), source);
    assert_eq!(block("```text\n"), stderr);
}
