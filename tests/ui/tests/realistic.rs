//! Compile-error snapshots of handlers written the way axum and actix-web users write
//! them (`endpoint/realistic/`): each `*.rs` there is a handler of the realistic
//! services with a violation seeded in, `pass/` the actix-web service whose handlers
//! compile with the method alone. The axum service itself is
//! `tests/realistic/axum_service.rs` of the facade, served by its
//! `tests/test_realistic_axum.rs`.
#![forbid(unsafe_code)]

#[test]
fn ui() {
    let cases = rest_status_ui::cases();
    cases.compile_fail("endpoint/realistic/*.rs");
    cases.pass("endpoint/realistic/pass/*.rs");
}

/// The README shows `realistic/readme_axum.rs` and its error exactly as the snapshot
/// has them.
#[test]
fn readme_shows_the_axum_handler_and_its_error() {
    use std::fs;
    use std::path::Path;

    let here = Path::new(env!("CARGO_MANIFEST_DIR"));
    let readme = fs::read_to_string(here.join("../../README.md")).unwrap();
    let section = readme
        .split("### axum and actix-web handlers")
        .nth(1)
        .expect("README has a section for axum and actix-web handlers");
    let block = |fence: &str| {
        let start = section.find(fence).unwrap() + fence.len();
        section[start..].split("```").next().unwrap().to_owned()
    };
    let case = here.join("endpoint/realistic/readme_axum");
    let source = fs::read_to_string(case.with_extension("rs")).unwrap();
    let stderr = fs::read_to_string(case.with_extension("stderr")).unwrap();
    assert_eq!(block("```rust,ignore\n"), source);
    assert_eq!(block("```text\n"), stderr);
}
