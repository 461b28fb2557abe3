//! The tables in `docs/` read back through `MethodTable::from_markdown` as the policies
//! they describe: the guideline's own document is `Strict`, and each table of
//! `docs/policies.md` is its built-in policy, cell for cell.

#![forbid(unsafe_code)]

use rest_status::presets::{Azure, Zalando};
use rest_status::{Extended, Method, MethodTable, Policy, Strict, BUILT_IN_POLICIES};

/// The guideline's document, read while this test compiles.
const GUIDELINE: MethodTable = MethodTable::from_markdown(include_str!("../docs/status-codes.md"));

const POLICIES: &str = include_str!("../docs/policies.md");

#[test]
fn the_guideline_document_is_strict() {
    assert_eq!(GUIDELINE, Strict::TABLE);
}

/// The text of `## name` in `docs/policies.md`, up to the next heading.
fn section(name: &str) -> &'static str {
    let heading = format!("\n## {name}\n");
    let start = POLICIES
        .find(&heading)
        .unwrap_or_else(|| panic!("docs/policies.md has no section `## {name}`"));
    let rest = &POLICIES[start + heading.len()..];
    &rest[..rest.find("\n## ").unwrap_or(rest.len())]
}

#[test]
fn each_documented_table_is_its_policy() {
    assert_eq!(MethodTable::from_markdown(section("Strict")), Strict::TABLE);
    assert_eq!(
        MethodTable::from_markdown(section("Extended")),
        Extended::TABLE
    );
    assert_eq!(
        MethodTable::from_markdown(section("Zalando")),
        Zalando::TABLE
    );
    assert_eq!(MethodTable::from_markdown(section("Azure")), Azure::TABLE);
}

#[test]
fn every_built_in_policy_is_documented() {
    for policy in BUILT_IN_POLICIES {
        assert_eq!(
            MethodTable::from_markdown(section(policy.name)),
            policy.table,
            "docs/policies.md, `## {}`",
            policy.name
        );
    }
}

/// A team's own policy: its document, one edit away from the guideline.
pub struct TeamPolicy;

impl Policy for TeamPolicy {
    const NAME: &'static str = "TeamPolicy";
    const TABLE: MethodTable = MethodTable::from_markdown(
        "Our statuses. Conditional GETs answer 304; HEAD answers like GET.

| status | Meaning | HEAD | GET |
| ------ | ------- | :--: | :-: |
| 200 | OK | X | X |
| 304 | Not Modified | x | x |
| 404 | Not Found | X | X |
",
    );
}

#[test]
fn a_policy_from_a_document_answers_at_run_time() {
    assert!(TeamPolicy::allows(
        &http::Method::HEAD,
        http::StatusCode::NOT_MODIFIED
    ));
    assert!(!TeamPolicy::allows(
        &http::Method::GET,
        http::StatusCode::NO_CONTENT
    ));
    assert!(!TeamPolicy::TABLE.covers(Method::Post));
    let get: Vec<u16> = TeamPolicy::allowed_statuses(&http::Method::GET)
        .iter()
        .collect();
    assert_eq!(get, [200, 304, 404]);
}
