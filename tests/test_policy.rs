//! Every cell of both built-in tables, checked against the tables the guide prints,
//! plus the methods no built-in policy covers and custom policies.

#![forbid(unsafe_code)]

use http::StatusCode;
use rest_status::{
    refusal_reason, Extended, Method, MethodTable, Policy, StatusSet, Strict, GENERIC_REFUSAL,
};

const COLUMNS: [Method; 6] = [
    Method::Get,
    Method::Head,
    Method::Post,
    Method::Put,
    Method::Patch,
    Method::Delete,
];

// The tables as the guide ("The method tables") prints them; `-` is a refused cell. Strict has no HEAD
// column, so every HEAD cell is refused.
const STRICT: &str = "
    status GET HEAD POST PUT PATCH DELETE
    200     X   -    -    X   X     X
    201     -   -    X    -   -     -
    202     -   -    -    -   -     -
    204     -   -    -    X   X     X
    400     -   -    X    X   X     -
    401     X   -    X    X   X     X
    403     X   -    X    X   X     X
    404     X   -    -    X   X     -
    410     -   -    -    -   -     -
    428     -   -    -    -   -     -
    500     X   -    X    X   X     X
";

const EXTENDED: &str = "
    status GET HEAD POST PUT PATCH DELETE
    200     X   -    -    X   X     X
    201     -   -    X    -   -     -
    202     -   -    X    X   X     X
    204     -   X    -    X   X     X
    400     X   X    X    X   X     X
    401     X   X    X    X   X     X
    403     X   X    X    X   X     X
    404     X   X    -    X   X     -
    410     X   X    -    -   -     -
    428     -   -    X    X   X     X
    500     X   X    X    X   X     X
";

/// (status, method, allowed) for each of the 66 cells of a table.
fn cells(table: &str) -> Vec<(u16, Method, bool)> {
    let mut rows = table.lines().filter(|line| !line.trim().is_empty());
    let header: Vec<&str> = rows.next().unwrap().split_whitespace().skip(1).collect();
    let methods: Vec<Method> = header
        .iter()
        .map(|name| Method::from_name(name).unwrap())
        .collect();
    assert_eq!(methods, COLUMNS);
    let mut cells = Vec::new();
    for row in rows {
        let mut words = row.split_whitespace();
        let status: u16 = words.next().unwrap().parse().unwrap();
        let marks: Vec<&str> = words.collect();
        assert_eq!(marks.len(), 6, "row {status}");
        for (method, mark) in methods.iter().zip(marks) {
            let allowed = match mark {
                "X" => true,
                "-" => false,
                other => panic!("bad mark {other:?} in row {status}"),
            };
            cells.push((status, *method, allowed));
        }
    }
    assert_eq!(cells.len(), 66);
    cells
}

fn assert_table<P: Policy>(expected: &str) {
    let cells = cells(expected);
    let listed: StatusSet = cells.iter().map(|&(status, _, _)| status).collect();
    for (status, method, allowed) in cells {
        assert_eq!(
            P::TABLE.allows(method, status),
            allowed,
            "{}: {method} {status}",
            P::NAME
        );
        // The run-time answer in `http` types is the same table.
        let code = StatusCode::from_u16(status).unwrap();
        assert_eq!(P::allows(&method.to_http(), code), allowed);
        assert_eq!(
            P::allowed_statuses(&method.to_http()).contains(status),
            allowed
        );
    }
    // No status outside the printed rows is allowed for any method.
    for method in Method::ALL {
        let extra = P::TABLE.allowed(method).difference(listed);
        assert!(
            extra.is_empty(),
            "{}: {method} also allows {extra}",
            P::NAME
        );
    }
}

#[test]
fn strict_is_exactly_the_guideline_table() {
    assert_table::<Strict>(STRICT);
    assert_eq!(Strict::NAME, "Strict");
}

#[test]
fn extended_is_exactly_strict_plus_the_notes() {
    assert_table::<Extended>(EXTENDED);
    assert_eq!(Extended::NAME, "Extended");
}

#[test]
fn covered_methods() {
    let strict: Vec<Method> = Strict::TABLE.methods().collect();
    assert_eq!(
        strict,
        [
            Method::Get,
            Method::Post,
            Method::Put,
            Method::Patch,
            Method::Delete
        ]
    );
    let extended: Vec<Method> = Extended::TABLE.methods().collect();
    assert_eq!(extended, COLUMNS);
}

#[test]
fn no_builtin_policy_covers_options_trace_or_connect() {
    for method in [Method::Options, Method::Trace, Method::Connect] {
        for table in [Strict::TABLE, Extended::TABLE] {
            assert!(!table.covers(method), "{method}");
            assert!(table.allowed(method).is_empty());
            for status in 100..=599 {
                assert!(!table.allows(method, status));
            }
        }
        assert!(!Strict::allows(&method.to_http(), StatusCode::OK));
    }
    assert!(!Strict::TABLE.covers(Method::Head));
    assert!(!Strict::allows(&http::Method::HEAD, StatusCode::NO_CONTENT));
}

#[test]
fn extension_methods_are_never_allowed() {
    let purge = http::Method::from_bytes(b"PURGE").unwrap();
    assert!(!Extended::allows(&purge, StatusCode::OK));
    assert!(Extended::allowed_statuses(&purge).is_empty());
}

/// Strict plus 304 for GET, and HEAD with GET's statuses and 304.
struct Caching;

impl Policy for Caching {
    const NAME: &'static str = "Caching";
    const TABLE: MethodTable = Strict::TABLE
        .allow(Method::Get, 304)
        .with_method(Method::Head, Strict::TABLE.allowed(Method::Get).with(304));
}

/// Strict minus 200 for DELETE, and without PATCH at all.
struct Lean;

impl Policy for Lean {
    const NAME: &'static str = "Lean";
    const TABLE: MethodTable = Strict::TABLE
        .deny(Method::Delete, 200)
        .without_method(Method::Patch);
}

#[test]
fn custom_policy_adds_statuses_and_methods() {
    assert!(Caching::TABLE.allows(Method::Get, 304));
    assert!(Caching::TABLE.covers(Method::Head));
    assert_eq!(
        Caching::TABLE.allowed(Method::Head),
        StatusSet::of(&[200, 304, 401, 403, 404, 500])
    );
    // Everything else is Strict's.
    for method in [Method::Post, Method::Put, Method::Patch, Method::Delete] {
        assert_eq!(
            Caching::TABLE.allowed(method),
            Strict::TABLE.allowed(method)
        );
    }
    assert!(Caching::allows(
        &http::Method::GET,
        StatusCode::NOT_MODIFIED
    ));
    assert!(!Caching::allows(
        &http::Method::DELETE,
        StatusCode::NOT_FOUND
    ));
}

#[test]
fn custom_policy_removes_statuses_and_methods() {
    assert!(!Lean::TABLE.allows(Method::Delete, 200));
    assert!(Lean::TABLE.allows(Method::Delete, 204));
    assert!(!Lean::TABLE.covers(Method::Patch));
    assert!(!Lean::allows(&http::Method::PATCH, StatusCode::OK));
    // Denying on a method the table does not cover leaves it uncovered.
    assert_eq!(Lean::TABLE.deny(Method::Patch, 200), Lean::TABLE);
    // Allowing on an uncovered method covers it with just that status.
    let table = Lean::TABLE.allow(Method::Options, 204);
    assert!(table.covers(Method::Options));
    assert_eq!(table.allowed(Method::Options), StatusSet::of(&[204]));
}

#[test]
fn refusals_give_the_guidelines_reasons() {
    assert_eq!(
        refusal_reason(Method::Delete, 404),
        "a resource that is already gone is deleted again with 204; clients usually do not care whether it was deleted before"
    );
    assert_eq!(
        refusal_reason(Method::Get, 204),
        "an empty collection is still 200"
    );
    assert_eq!(
        refusal_reason(Method::Post, 200),
        "a POST that creates returns 201 with an identifier of the new resource"
    );
    assert_eq!(refusal_reason(Method::Get, 418), GENERIC_REFUSAL);
    // A reason exists only for cells a built-in table refuses somewhere: a reason for
    // an allowed cell would contradict the table.
    for refusal in rest_status::REFUSALS {
        let methods: Vec<Method> = match refusal.method {
            Some(method) => vec![method],
            None => COLUMNS.to_vec(),
        };
        assert!(
            methods
                .iter()
                .any(|&method| !Extended::TABLE.allows(method, refusal.status)),
            "reason for {:?} {} refers to no refused cell",
            refusal.method,
            refusal.status
        );
        assert!(!refusal.reason.ends_with('.'));
        assert!(
            refusal.reason.chars().next().unwrap().is_lowercase()
                || refusal.reason.starts_with(char::is_numeric)
        );
    }
}

#[test]
fn reasons_never_contradict_an_allowed_cell() {
    for table in [Strict::TABLE, Extended::TABLE] {
        for method in table.methods() {
            for status in table.allowed(method) {
                // A specific reason for an allowed cell would be shown nowhere and
                // would mean the data disagree.
                let specific = rest_status::REFUSALS
                    .iter()
                    .any(|refusal| refusal.method == Some(method) && refusal.status == status);
                assert!(!specific, "{method} {status} is allowed but has a reason");
            }
        }
    }
}

#[test]
fn each_policy_has_its_own_reasons() {
    use rest_status::presets::{Azure, Zalando};
    use rest_status::Reasons;

    // The guideline's reasons are Strict's and Extended's, and any policy's that gives
    // none: `refusal_reason` and `REFUSALS` are those.
    assert_eq!(Strict::REASONS, Reasons::GUIDELINE);
    assert_eq!(Extended::REASONS, Reasons::GUIDELINE);
    assert_eq!(Reasons::GUIDELINE.refusals(), rest_status::REFUSALS);
    assert_eq!(Reasons::GUIDELINE.otherwise(), GENERIC_REFUSAL);
    for method in COLUMNS {
        for status in [200, 201, 204, 404, 409, 418, 422] {
            assert_eq!(
                Strict::REASONS.reason(method, status),
                refusal_reason(method, status)
            );
        }
    }
    // DELETE + 404: refused by Strict and Azure, for their own reasons; Zalando allows it.
    assert_ne!(
        Strict::REASONS.reason(Method::Delete, 404),
        Azure::REASONS.reason(Method::Delete, 404)
    );
    assert!(Zalando::allows(
        &http::Method::DELETE,
        StatusCode::NOT_FOUND
    ));
    // A custom policy built from a preset keeps the preset's reasons when it says so.
    struct NoBatches;
    impl Policy for NoBatches {
        const NAME: &'static str = "NoBatches";
        const TABLE: MethodTable = Zalando::TABLE.deny(Method::Post, 207);
        const REASONS: Reasons = Zalando::REASONS;
    }
    assert!(NoBatches::REASONS
        .reason(Method::Post, 207)
        .starts_with("Zalando rule 152"));
}
