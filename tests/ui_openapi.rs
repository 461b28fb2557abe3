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

/// The README shows the error of `fail/readme.rs` as the snapshot has it.
#[test]
fn readme_shows_the_snapshot() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let readme = std::fs::read_to_string(root.join("README.md")).unwrap();
    let stderr = std::fs::read_to_string(root.join("tests/ui/openapi/fail/readme.stderr")).unwrap();
    let shown: String = stderr
        .lines()
        .take(2)
        .map(|line| format!("{line}\n"))
        .collect();
    assert!(readme.contains(&shown), "README.md does not show:\n{shown}");
}
