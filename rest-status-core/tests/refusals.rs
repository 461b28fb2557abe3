//! Every cell of the two built-in method tables through the check that
//! `#[rest_endpoint(method = "...", statuses(N))]` runs: an allowed cell passes, and a
//! refused one fails with its own compile error, whose text is written out here cell
//! by cell.
//!
//! Under a built-in policy the macro decides the refusal itself, while it expands:
//! [`Endpoint::check_method`], then [`Endpoint::check_status`] for each status of
//! `statuses(...)`, each failed report an error at its token. That is what
//! [`error_of`] calls. A policy the macro cannot read (one given by a path of the
//! user's crate) is checked in const evaluation by [`check_declared`] and
//! [`explain_declared`]; [`the_const_check_refuses_the_same_cells`] holds the two to
//! the same cells.
//!
//! What the tables hold is checked against the guideline's tables in the facade's
//! `tests/test_policy.rs`; the UI cases (`tests/ui/endpoint/fail/refused_*`) show where
//! such an error points in a user's code. The text of each refusal is table data, so it
//! is checked here, without a compiler.

#![forbid(unsafe_code)]

use rest_status_core::__private::endpoint::{
    check_declared, explain_declared, method_number, Endpoint,
};
use rest_status_core::{Extended, Method, Policy, StatusSet, Strict};

/// The statuses of the built-in tables' rows.
const STATUSES: [u16; 11] = [200, 201, 202, 204, 400, 401, 403, 404, 410, 428, 500];

/// The methods with a column in either built-in table.
fn methods() -> impl Iterator<Item = Method> {
    Method::ALL
        .into_iter()
        .filter(|&method| Strict::TABLE.covers(method) || Extended::TABLE.covers(method))
}

/// The compile error of every refused cell of the rows above: the policy, the method,
/// the status (`None`: the policy has no column for the method, one error for all of
/// it), and the text that `#[rest_endpoint(method = "...", statuses(status))]` fails
/// with.
const REFUSED: &[(&str, Method, Option<u16>, &str)] = &[
    (
        "Strict",
        Method::Get,
        Some(201),
        "the policy `Strict` does not allow a GET handler to return 201 Created\n\
         why: 201 Created is for a POST that created a resource\n\
         allowed for GET under `Strict`: 200, 401, 403, 404, 500\n\
         help: remove 201 from `statuses(...)`, or select a policy that allows it with `policy = path::To::Policy`",
    ),
    (
        "Strict",
        Method::Get,
        Some(202),
        "the policy `Strict` does not allow a GET handler to return 202 Accepted\n\
         why: 202 Accepted is for state-changing work that finishes later (long-running or asynchronous)\n\
         allowed for GET under `Strict`: 200, 401, 403, 404, 500\n\
         help: remove 202 from `statuses(...)`, or select a policy that allows it with `policy = path::To::Policy`",
    ),
    (
        "Strict",
        Method::Get,
        Some(204),
        "the policy `Strict` does not allow a GET handler to return 204 No Content\n\
         why: an empty collection is still 200\n\
         allowed for GET under `Strict`: 200, 401, 403, 404, 500\n\
         help: answer 200 OK instead: write 200 in place of 204 in `statuses(...)`",
    ),
    (
        "Strict",
        Method::Get,
        Some(400),
        "the policy `Strict` does not allow a GET handler to return 400 Bad Request\n\
         why: the guideline keeps the statuses an API returns few, and puts details in the error object\n\
         allowed for GET under `Strict`: 200, 401, 403, 404, 500\n\
         help: remove 400 from `statuses(...)`, or select `Extended`, which allows it: `policy = rest_status::Extended`",
    ),
    (
        "Strict",
        Method::Get,
        Some(410),
        "the policy `Strict` does not allow a GET handler to return 410 Gone\n\
         why: 410 Gone is for reads of a resource that was available once\n\
         allowed for GET under `Strict`: 200, 401, 403, 404, 500\n\
         help: remove 410 from `statuses(...)`, or select `Extended`, which allows it: `policy = rest_status::Extended`",
    ),
    (
        "Strict",
        Method::Get,
        Some(428),
        "the policy `Strict` does not allow a GET handler to return 428 Precondition Required\n\
         why: 428 Precondition Required is for an operation that the resource's state is not ready for\n\
         allowed for GET under `Strict`: 200, 401, 403, 404, 500\n\
         help: remove 428 from `statuses(...)`, or select a policy that allows it with `policy = path::To::Policy`",
    ),
    (
        "Strict",
        Method::Head,
        None,
        "the policy `Strict` has no rules for HEAD handlers: it covers GET, POST, PUT, PATCH, DELETE\n\
         help: the built-in policy `Extended` covers HEAD (204, 400, 401, 403, 404, 410, 500): write `policy = rest_status::Extended`",
    ),
    (
        "Strict",
        Method::Post,
        Some(200),
        "the policy `Strict` does not allow a POST handler to return 200 OK\n\
         why: a POST that creates returns 201 with an identifier of the new resource\n\
         allowed for POST under `Strict`: 201, 400, 401, 403, 500\n\
         help: answer 201 Created instead: write 201 in place of 200 in `statuses(...)`",
    ),
    (
        "Strict",
        Method::Post,
        Some(202),
        "the policy `Strict` does not allow a POST handler to return 202 Accepted\n\
         why: 202 Accepted is for state-changing work that finishes later (long-running or asynchronous)\n\
         allowed for POST under `Strict`: 201, 400, 401, 403, 500\n\
         help: remove 202 from `statuses(...)`, or select `Extended`, which allows it: `policy = rest_status::Extended`",
    ),
    (
        "Strict",
        Method::Post,
        Some(204),
        "the policy `Strict` does not allow a POST handler to return 204 No Content\n\
         why: a POST that creates returns 201 with an identifier of the new resource\n\
         allowed for POST under `Strict`: 201, 400, 401, 403, 500\n\
         help: answer 201 Created instead: write 201 in place of 204 in `statuses(...)`",
    ),
    (
        "Strict",
        Method::Post,
        Some(404),
        "the policy `Strict` does not allow a POST handler to return 404 Not Found\n\
         why: the guideline keeps the statuses an API returns few, and puts details in the error object\n\
         allowed for POST under `Strict`: 201, 400, 401, 403, 500\n\
         help: remove 404 from `statuses(...)`, or select a policy that allows it with `policy = path::To::Policy`",
    ),
    (
        "Strict",
        Method::Post,
        Some(410),
        "the policy `Strict` does not allow a POST handler to return 410 Gone\n\
         why: 410 Gone is for reads of a resource that was available once\n\
         allowed for POST under `Strict`: 201, 400, 401, 403, 500\n\
         help: remove 410 from `statuses(...)`, or select a policy that allows it with `policy = path::To::Policy`",
    ),
    (
        "Strict",
        Method::Post,
        Some(428),
        "the policy `Strict` does not allow a POST handler to return 428 Precondition Required\n\
         why: 428 Precondition Required is for an operation that the resource's state is not ready for\n\
         allowed for POST under `Strict`: 201, 400, 401, 403, 500\n\
         help: remove 428 from `statuses(...)`, or select `Extended`, which allows it: `policy = rest_status::Extended`",
    ),
    (
        "Strict",
        Method::Put,
        Some(201),
        "the policy `Strict` does not allow a PUT handler to return 201 Created\n\
         why: 201 Created is for a POST that created a resource\n\
         allowed for PUT under `Strict`: 200, 204, 400, 401, 403, 404, 500\n\
         help: remove 201 from `statuses(...)`, or select a policy that allows it with `policy = path::To::Policy`",
    ),
    (
        "Strict",
        Method::Put,
        Some(202),
        "the policy `Strict` does not allow a PUT handler to return 202 Accepted\n\
         why: 202 Accepted is for state-changing work that finishes later (long-running or asynchronous)\n\
         allowed for PUT under `Strict`: 200, 204, 400, 401, 403, 404, 500\n\
         help: remove 202 from `statuses(...)`, or select `Extended`, which allows it: `policy = rest_status::Extended`",
    ),
    (
        "Strict",
        Method::Put,
        Some(410),
        "the policy `Strict` does not allow a PUT handler to return 410 Gone\n\
         why: 410 Gone is for reads of a resource that was available once\n\
         allowed for PUT under `Strict`: 200, 204, 400, 401, 403, 404, 500\n\
         help: remove 410 from `statuses(...)`, or select a policy that allows it with `policy = path::To::Policy`",
    ),
    (
        "Strict",
        Method::Put,
        Some(428),
        "the policy `Strict` does not allow a PUT handler to return 428 Precondition Required\n\
         why: 428 Precondition Required is for an operation that the resource's state is not ready for\n\
         allowed for PUT under `Strict`: 200, 204, 400, 401, 403, 404, 500\n\
         help: remove 428 from `statuses(...)`, or select `Extended`, which allows it: `policy = rest_status::Extended`",
    ),
    (
        "Strict",
        Method::Patch,
        Some(201),
        "the policy `Strict` does not allow a PATCH handler to return 201 Created\n\
         why: 201 Created is for a POST that created a resource\n\
         allowed for PATCH under `Strict`: 200, 204, 400, 401, 403, 404, 500\n\
         help: remove 201 from `statuses(...)`, or select a policy that allows it with `policy = path::To::Policy`",
    ),
    (
        "Strict",
        Method::Patch,
        Some(202),
        "the policy `Strict` does not allow a PATCH handler to return 202 Accepted\n\
         why: 202 Accepted is for state-changing work that finishes later (long-running or asynchronous)\n\
         allowed for PATCH under `Strict`: 200, 204, 400, 401, 403, 404, 500\n\
         help: remove 202 from `statuses(...)`, or select `Extended`, which allows it: `policy = rest_status::Extended`",
    ),
    (
        "Strict",
        Method::Patch,
        Some(410),
        "the policy `Strict` does not allow a PATCH handler to return 410 Gone\n\
         why: 410 Gone is for reads of a resource that was available once\n\
         allowed for PATCH under `Strict`: 200, 204, 400, 401, 403, 404, 500\n\
         help: remove 410 from `statuses(...)`, or select a policy that allows it with `policy = path::To::Policy`",
    ),
    (
        "Strict",
        Method::Patch,
        Some(428),
        "the policy `Strict` does not allow a PATCH handler to return 428 Precondition Required\n\
         why: 428 Precondition Required is for an operation that the resource's state is not ready for\n\
         allowed for PATCH under `Strict`: 200, 204, 400, 401, 403, 404, 500\n\
         help: remove 428 from `statuses(...)`, or select `Extended`, which allows it: `policy = rest_status::Extended`",
    ),
    (
        "Strict",
        Method::Delete,
        Some(201),
        "the policy `Strict` does not allow a DELETE handler to return 201 Created\n\
         why: 201 Created is for a POST that created a resource\n\
         allowed for DELETE under `Strict`: 200, 204, 401, 403, 500\n\
         help: remove 201 from `statuses(...)`, or select a policy that allows it with `policy = path::To::Policy`",
    ),
    (
        "Strict",
        Method::Delete,
        Some(202),
        "the policy `Strict` does not allow a DELETE handler to return 202 Accepted\n\
         why: 202 Accepted is for state-changing work that finishes later (long-running or asynchronous)\n\
         allowed for DELETE under `Strict`: 200, 204, 401, 403, 500\n\
         help: remove 202 from `statuses(...)`, or select `Extended`, which allows it: `policy = rest_status::Extended`",
    ),
    (
        "Strict",
        Method::Delete,
        Some(400),
        "the policy `Strict` does not allow a DELETE handler to return 400 Bad Request\n\
         why: the guideline keeps the statuses an API returns few, and puts details in the error object\n\
         allowed for DELETE under `Strict`: 200, 204, 401, 403, 500\n\
         help: remove 400 from `statuses(...)`, or select `Extended`, which allows it: `policy = rest_status::Extended`",
    ),
    (
        "Strict",
        Method::Delete,
        Some(404),
        "the policy `Strict` does not allow a DELETE handler to return 404 Not Found\n\
         why: a resource that is already gone is deleted again with 204; clients usually do not care whether it was deleted before\n\
         allowed for DELETE under `Strict`: 200, 204, 401, 403, 500\n\
         help: answer 204 No Content instead: write 204 in place of 404 in `statuses(...)`",
    ),
    (
        "Strict",
        Method::Delete,
        Some(410),
        "the policy `Strict` does not allow a DELETE handler to return 410 Gone\n\
         why: 410 Gone is for reads of a resource that was available once\n\
         allowed for DELETE under `Strict`: 200, 204, 401, 403, 500\n\
         help: remove 410 from `statuses(...)`, or select a policy that allows it with `policy = path::To::Policy`",
    ),
    (
        "Strict",
        Method::Delete,
        Some(428),
        "the policy `Strict` does not allow a DELETE handler to return 428 Precondition Required\n\
         why: 428 Precondition Required is for an operation that the resource's state is not ready for\n\
         allowed for DELETE under `Strict`: 200, 204, 401, 403, 500\n\
         help: remove 428 from `statuses(...)`, or select `Extended`, which allows it: `policy = rest_status::Extended`",
    ),
    (
        "Extended",
        Method::Get,
        Some(201),
        "the policy `Extended` does not allow a GET handler to return 201 Created\n\
         why: 201 Created is for a POST that created a resource\n\
         allowed for GET under `Extended`: 200, 400, 401, 403, 404, 410, 500\n\
         help: remove 201 from `statuses(...)`, or select a policy that allows it with `policy = path::To::Policy`",
    ),
    (
        "Extended",
        Method::Get,
        Some(202),
        "the policy `Extended` does not allow a GET handler to return 202 Accepted\n\
         why: 202 Accepted is for state-changing work that finishes later (long-running or asynchronous)\n\
         allowed for GET under `Extended`: 200, 400, 401, 403, 404, 410, 500\n\
         help: remove 202 from `statuses(...)`, or select a policy that allows it with `policy = path::To::Policy`",
    ),
    (
        "Extended",
        Method::Get,
        Some(204),
        "the policy `Extended` does not allow a GET handler to return 204 No Content\n\
         why: an empty collection is still 200\n\
         allowed for GET under `Extended`: 200, 400, 401, 403, 404, 410, 500\n\
         help: answer 200 OK instead: write 200 in place of 204 in `statuses(...)`",
    ),
    (
        "Extended",
        Method::Get,
        Some(428),
        "the policy `Extended` does not allow a GET handler to return 428 Precondition Required\n\
         why: 428 Precondition Required is for an operation that the resource's state is not ready for\n\
         allowed for GET under `Extended`: 200, 400, 401, 403, 404, 410, 500\n\
         help: remove 428 from `statuses(...)`, or select a policy that allows it with `policy = path::To::Policy`",
    ),
    (
        "Extended",
        Method::Head,
        Some(200),
        "the policy `Extended` does not allow a HEAD handler to return 200 OK\n\
         why: a HEAD existence check answers 204 when the resource exists and 404 when it does not\n\
         allowed for HEAD under `Extended`: 204, 400, 401, 403, 404, 410, 500\n\
         help: answer 204 No Content or 404 Not Found instead: write 204, 404 in place of 200 in `statuses(...)`",
    ),
    (
        "Extended",
        Method::Head,
        Some(201),
        "the policy `Extended` does not allow a HEAD handler to return 201 Created\n\
         why: 201 Created is for a POST that created a resource\n\
         allowed for HEAD under `Extended`: 204, 400, 401, 403, 404, 410, 500\n\
         help: remove 201 from `statuses(...)`, or select a policy that allows it with `policy = path::To::Policy`",
    ),
    (
        "Extended",
        Method::Head,
        Some(202),
        "the policy `Extended` does not allow a HEAD handler to return 202 Accepted\n\
         why: 202 Accepted is for state-changing work that finishes later (long-running or asynchronous)\n\
         allowed for HEAD under `Extended`: 204, 400, 401, 403, 404, 410, 500\n\
         help: remove 202 from `statuses(...)`, or select a policy that allows it with `policy = path::To::Policy`",
    ),
    (
        "Extended",
        Method::Head,
        Some(428),
        "the policy `Extended` does not allow a HEAD handler to return 428 Precondition Required\n\
         why: 428 Precondition Required is for an operation that the resource's state is not ready for\n\
         allowed for HEAD under `Extended`: 204, 400, 401, 403, 404, 410, 500\n\
         help: remove 428 from `statuses(...)`, or select a policy that allows it with `policy = path::To::Policy`",
    ),
    (
        "Extended",
        Method::Post,
        Some(200),
        "the policy `Extended` does not allow a POST handler to return 200 OK\n\
         why: a POST that creates returns 201 with an identifier of the new resource\n\
         allowed for POST under `Extended`: 201, 202, 400, 401, 403, 428, 500\n\
         help: answer 201 Created instead: write 201 in place of 200 in `statuses(...)`",
    ),
    (
        "Extended",
        Method::Post,
        Some(204),
        "the policy `Extended` does not allow a POST handler to return 204 No Content\n\
         why: a POST that creates returns 201 with an identifier of the new resource\n\
         allowed for POST under `Extended`: 201, 202, 400, 401, 403, 428, 500\n\
         help: answer 201 Created instead: write 201 in place of 204 in `statuses(...)`",
    ),
    (
        "Extended",
        Method::Post,
        Some(404),
        "the policy `Extended` does not allow a POST handler to return 404 Not Found\n\
         why: the guideline keeps the statuses an API returns few, and puts details in the error object\n\
         allowed for POST under `Extended`: 201, 202, 400, 401, 403, 428, 500\n\
         help: remove 404 from `statuses(...)`, or select a policy that allows it with `policy = path::To::Policy`",
    ),
    (
        "Extended",
        Method::Post,
        Some(410),
        "the policy `Extended` does not allow a POST handler to return 410 Gone\n\
         why: 410 Gone is for reads of a resource that was available once\n\
         allowed for POST under `Extended`: 201, 202, 400, 401, 403, 428, 500\n\
         help: remove 410 from `statuses(...)`, or select a policy that allows it with `policy = path::To::Policy`",
    ),
    (
        "Extended",
        Method::Put,
        Some(201),
        "the policy `Extended` does not allow a PUT handler to return 201 Created\n\
         why: 201 Created is for a POST that created a resource\n\
         allowed for PUT under `Extended`: 200, 202, 204, 400, 401, 403, 404, 428, 500\n\
         help: remove 201 from `statuses(...)`, or select a policy that allows it with `policy = path::To::Policy`",
    ),
    (
        "Extended",
        Method::Put,
        Some(410),
        "the policy `Extended` does not allow a PUT handler to return 410 Gone\n\
         why: 410 Gone is for reads of a resource that was available once\n\
         allowed for PUT under `Extended`: 200, 202, 204, 400, 401, 403, 404, 428, 500\n\
         help: remove 410 from `statuses(...)`, or select a policy that allows it with `policy = path::To::Policy`",
    ),
    (
        "Extended",
        Method::Patch,
        Some(201),
        "the policy `Extended` does not allow a PATCH handler to return 201 Created\n\
         why: 201 Created is for a POST that created a resource\n\
         allowed for PATCH under `Extended`: 200, 202, 204, 400, 401, 403, 404, 428, 500\n\
         help: remove 201 from `statuses(...)`, or select a policy that allows it with `policy = path::To::Policy`",
    ),
    (
        "Extended",
        Method::Patch,
        Some(410),
        "the policy `Extended` does not allow a PATCH handler to return 410 Gone\n\
         why: 410 Gone is for reads of a resource that was available once\n\
         allowed for PATCH under `Extended`: 200, 202, 204, 400, 401, 403, 404, 428, 500\n\
         help: remove 410 from `statuses(...)`, or select a policy that allows it with `policy = path::To::Policy`",
    ),
    (
        "Extended",
        Method::Delete,
        Some(201),
        "the policy `Extended` does not allow a DELETE handler to return 201 Created\n\
         why: 201 Created is for a POST that created a resource\n\
         allowed for DELETE under `Extended`: 200, 202, 204, 400, 401, 403, 428, 500\n\
         help: remove 201 from `statuses(...)`, or select a policy that allows it with `policy = path::To::Policy`",
    ),
    (
        "Extended",
        Method::Delete,
        Some(404),
        "the policy `Extended` does not allow a DELETE handler to return 404 Not Found\n\
         why: a resource that is already gone is deleted again with 204; clients usually do not care whether it was deleted before\n\
         allowed for DELETE under `Extended`: 200, 202, 204, 400, 401, 403, 428, 500\n\
         help: answer 204 No Content instead: write 204 in place of 404 in `statuses(...)`",
    ),
    (
        "Extended",
        Method::Delete,
        Some(410),
        "the policy `Extended` does not allow a DELETE handler to return 410 Gone\n\
         why: 410 Gone is for reads of a resource that was available once\n\
         allowed for DELETE under `Extended`: 200, 202, 204, 400, 401, 403, 428, 500\n\
         help: remove 410 from `statuses(...)`, or select a policy that allows it with `policy = path::To::Policy`",
    ),
];

/// What `#[rest_endpoint(method = "...", statuses(status))]` reports under the
/// built-in policy `P`, as the macro asks it while it expands: `None` when the handler
/// passes.
fn error_of<P: Policy>(method: Method, status: u16) -> Option<String> {
    let endpoint = Endpoint::new(method, P::NAME, P::TABLE, "rest_status").with_reasons(P::REASONS);
    let report = endpoint.check_method();
    if report.is_failed() {
        return Some(report.as_str().to_owned());
    }
    let report = endpoint.check_status(status, StatusSet::of(&[status]));
    report.is_failed().then(|| report.as_str().to_owned())
}

/// What the const check of the same handler reports, under a policy the macro cannot
/// read whose table is `P`'s: `None` when it passes.
fn const_error_of<P: Policy>(method: Method, status: u16) -> Option<String> {
    let declared = [status];
    if check_declared::<P>(method_number(method), &declared, &[]) == 0 {
        return None;
    }
    let report = explain_declared::<P>(method_number(method), "rest_status", &declared, &[], &[]);
    assert!(report.is_failed());
    Some(report.as_str().to_owned())
}

fn refusals_of<P: Policy>() -> Vec<(&'static str, Method, Option<u16>, String)> {
    let mut found = Vec::new();
    for method in methods() {
        if !P::TABLE.covers(method) {
            // Every status gets the same error: the method's.
            let error = error_of::<P>(method, 204).expect("an uncovered method fails");
            for status in STATUSES {
                assert_eq!(error_of::<P>(method, status).as_ref(), Some(&error));
            }
            found.push((P::NAME, method, None, error));
            continue;
        }
        for status in STATUSES {
            if let Some(error) = error_of::<P>(method, status) {
                found.push((P::NAME, method, Some(status), error));
            }
        }
    }
    found
}

#[test]
fn every_refused_cell_fails_with_its_own_error() {
    let mut found = refusals_of::<Strict>();
    found.extend(refusals_of::<Extended>());
    // Strict: its missing HEAD column and 26 refused cells; Extended: 19.
    assert_eq!(REFUSED.len(), 46);
    for (policy, method, status, text) in REFUSED {
        let position = found
            .iter()
            .position(|(p, m, s, _)| p == policy && m == method && s == status)
            .unwrap_or_else(|| panic!("{policy} {method} {status:?} is not refused"));
        let (.., error) = found.remove(position);
        assert_eq!(error, *text, "{policy} {method} {status:?}");
    }
    let unexpected: Vec<_> = found.iter().map(|(p, m, s, _)| (p, m, s)).collect();
    assert!(
        unexpected.is_empty(),
        "refused, but not listed: {unexpected:?}"
    );
}

#[test]
fn every_allowed_cell_passes() {
    for method in methods() {
        for status in STATUSES {
            for (name, table, error) in [
                ("Strict", Strict::TABLE, error_of::<Strict>(method, status)),
                (
                    "Extended",
                    Extended::TABLE,
                    error_of::<Extended>(method, status),
                ),
            ] {
                assert_eq!(
                    error.is_none(),
                    table.allows(method, status),
                    "{name} {method} {status}: {error:?}"
                );
            }
        }
    }
}

#[test]
fn the_const_check_refuses_the_same_cells() {
    for method in methods() {
        for status in STATUSES {
            assert_eq!(
                const_error_of::<Strict>(method, status),
                error_of::<Strict>(method, status),
                "Strict {method} {status}"
            );
            assert_eq!(
                const_error_of::<Extended>(method, status),
                error_of::<Extended>(method, status),
                "Extended {method} {status}"
            );
        }
    }
}

/// A refused status that the body also returns (`return StatusCode::NOT_FOUND`) is
/// fixed in the body, not by removing it from `statuses(...)`: the same refusal, with
/// a help line that says so.
#[test]
fn a_refused_status_the_body_returns_is_fixed_in_the_body() {
    for (policy, method, status, text) in REFUSED {
        let Some(status) = *status else { continue };
        let (name, table, reasons) = match *policy {
            "Strict" => (Strict::NAME, Strict::TABLE, Strict::REASONS),
            _ => (Extended::NAME, Extended::TABLE, Extended::REASONS),
        };
        let report = Endpoint::new(*method, name, table, "rest_status")
            .with_reasons(reasons)
            .returning(StatusSet::of(&[status]))
            .check_status(status, StatusSet::of(&[status]));
        assert!(report.is_failed(), "{policy} {method} {status}");
        let (head, help) = report.as_str().rsplit_once('\n').unwrap();
        let (expected_head, _) = text.rsplit_once('\n').unwrap();
        assert_eq!(head, expected_head, "{policy} {method} {status}");
        let opening = format!("help: where the body returns {status}, answer ");
        let removal = format!("; then remove {status} from `statuses(...)`");
        assert!(
            help.starts_with(&opening) && help.contains(&removal),
            "{policy} {method} {status}: {help}"
        );
    }
}
