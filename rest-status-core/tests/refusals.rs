//! Every cell of the two built-in method tables through the check that
//! `#[rest_endpoint(method = "...", statuses(N))]` generates: an allowed cell passes,
//! and a refused one fails with its own compile error, whose text is written out here
//! cell by cell.
//!
//! What the tables hold is checked against the guideline's tables in the facade's
//! `tests/test_policy.rs`; the UI cases (`tests/ui/endpoint/fail/refused_*`) show where
//! such an error points in a user's code. The text of each refusal is table data, so it
//! is checked here, without a compiler.

#![forbid(unsafe_code)]

use rest_status_core::__private::endpoint::{check_declared, explain_declared};
use rest_status_core::{Extended, Method, Policy, Strict};

/// The statuses of the built-in tables' rows and the methods with a column in either.
const STATUSES: [u16; 11] = [200, 201, 202, 204, 400, 401, 403, 404, 410, 428, 500];
const METHODS: [Method; 6] = [
    Method::Get,
    Method::Head,
    Method::Post,
    Method::Put,
    Method::Patch,
    Method::Delete,
];

/// The compile error of every refused cell of the rows above: the policy, the method,
/// the status (`None`: the policy has no column for the method, one error for all of
/// it), and the text that `#[rest_endpoint(method = "...", statuses(status))]` fails
/// with, after `evaluation panicked: `.
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
         help: remove 204 from `statuses(...)`, or select a policy that allows it with `policy = path::To::Policy`",
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
         help: remove 200 from `statuses(...)`, or select a policy that allows it with `policy = path::To::Policy`",
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
         help: remove 204 from `statuses(...)`, or select a policy that allows it with `policy = path::To::Policy`",
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
         help: remove 404 from `statuses(...)`, or select a policy that allows it with `policy = path::To::Policy`",
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
         help: remove 204 from `statuses(...)`, or select a policy that allows it with `policy = path::To::Policy`",
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
         help: remove 200 from `statuses(...)`, or select a policy that allows it with `policy = path::To::Policy`",
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
         help: remove 200 from `statuses(...)`, or select a policy that allows it with `policy = path::To::Policy`",
    ),
    (
        "Extended",
        Method::Post,
        Some(204),
        "the policy `Extended` does not allow a POST handler to return 204 No Content\n\
         why: a POST that creates returns 201 with an identifier of the new resource\n\
         allowed for POST under `Extended`: 201, 202, 400, 401, 403, 428, 500\n\
         help: remove 204 from `statuses(...)`, or select a policy that allows it with `policy = path::To::Policy`",
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
         help: remove 404 from `statuses(...)`, or select a policy that allows it with `policy = path::To::Policy`",
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

/// What the code `#[rest_endpoint]` generates for `statuses(status)` reports: `None`
/// when the handler passes.
fn error_of<P: Policy>(method: Method, status: u16) -> Option<String> {
    let declared = [status];
    if check_declared::<P>(method, &declared, &[]) == 0 {
        return None;
    }
    let report = explain_declared::<P>(method, "rest_status", &declared, &[]);
    assert!(report.is_failed());
    Some(report.as_str().to_owned())
}

fn refusals_of<P: Policy>() -> Vec<(&'static str, Method, Option<u16>, String)> {
    let mut found = Vec::new();
    for method in METHODS {
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
    for method in METHODS {
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
