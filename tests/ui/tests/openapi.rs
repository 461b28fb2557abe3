//! Compile-error snapshots of `#[rest_endpoint]` above `#[utoipa::path]`
//! (`openapi/`): the statuses the OpenAPI document gives must be the ones the
//! handler is checked for. Read the `.stderr` files as part of the review.

#![forbid(unsafe_code)]

#[test]
fn ui() {
    let cases = rest_status_ui::cases();
    cases.compile_fail("openapi/fail/*.rs");
    cases.pass("openapi/pass/*.rs");
}

/// The README shows the error of `fail/readme.rs` as the snapshot has it.
#[test]
fn readme_shows_the_snapshot() {
    let here = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let readme = std::fs::read_to_string(here.join("../../README.md")).unwrap();
    let stderr = std::fs::read_to_string(here.join("openapi/fail/readme.stderr")).unwrap();
    let shown: String = stderr
        .lines()
        .take(2)
        .map(|line| format!("{line}\n"))
        .collect();
    assert!(readme.contains(&shown), "README.md does not show:\n{shown}");
}
