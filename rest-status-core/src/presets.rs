//! Published REST guidelines as policies: [`Zalando`] and [`Azure`].
//!
//! Each is read from the guideline's own text, cell by cell, and each refusal's reason
//! names the rule it comes from. Select one per handler with
//! `policy = rest_status::presets::Zalando`, or for a whole crate in its `Cargo.toml`:
//!
//! ```toml
//! [package.metadata.rest-status]
//! default-policy = "Zalando"
//! ```
//!
//! A policy of your own can start from a preset, as from [`Strict`]:
//!
//! ```
//! use rest_status::presets::Zalando;
//! use rest_status::{Method, MethodTable, Policy, Reasons};
//!
//! /// Zalando without 207 Multi-Status: we have no batch endpoints.
//! pub struct NoBatches;
//!
//! impl Policy for NoBatches {
//!     const NAME: &'static str = "NoBatches";
//!     const TABLE: MethodTable = Zalando::TABLE
//!         .deny(Method::Post, 207)
//!         .deny(Method::Delete, 207);
//!     // Zalando's reasons still hold for every cell this policy refuses.
//!     const REASONS: Reasons = Zalando::REASONS;
//! }
//!
//! assert!(!NoBatches::TABLE.allows(Method::Post, 207));
//! assert!(NoBatches::REASONS.reason(Method::Get, 422).contains("400"));
//! ```

use crate::method::{bytes_eq, Method};
use crate::policy::{Extended, MethodTable, Policy, Strict};
use crate::reason::{Reasons, Refusal};
use crate::status::StatusSet;

/// The status codes of Zalando's RESTful API Guidelines: rule 150, "only use most
/// common HTTP status codes", with the methods each code is marked for.
///
/// | status | methods |
/// | --- | --- |
/// | 200 | all |
/// | 201 | POST, PUT |
/// | 202 | GET, POST, PUT, PATCH, DELETE |
/// | 204 | POST, PUT, PATCH, DELETE |
/// | 207 | POST, DELETE |
/// | 304 | GET, HEAD |
/// | 400, 401, 403, 404, 405, 406, 410, 428, 429, 431 | all |
/// | 409 | POST, PUT, PATCH, DELETE |
/// | 411, 415, 507 | POST, PUT, PATCH |
/// | 412, 423 | PUT, PATCH, DELETE |
/// | 500, 501, 502, 503, 504 | all |
///
/// "All" is the methods of rule 148: `GET`, `HEAD`, `POST`, `PUT`, `PATCH`, `DELETE`
/// and `OPTIONS`. Every other status is refused, 422 included: the guideline marks it
/// "do not use", since 400 covers a request that fails validation. 202 is allowed for
/// `GET` too: rule 150 makes that exception for a resource still being created
/// asynchronously (rule 253).
///
/// ```
/// use rest_status::presets::Zalando;
/// use rest_status::{Method, Policy};
///
/// assert!(Zalando::TABLE.allows(Method::Delete, 404));
/// assert!(Zalando::TABLE.allows(Method::Post, 200)); // an action, or a robust create
/// assert!(!Zalando::TABLE.allows(Method::Post, 422));
/// assert!(Zalando::REASONS.reason(Method::Post, 422).starts_with("Zalando rule 150"));
/// ```
#[derive(Clone, Copy, Debug, Default)]
pub struct Zalando;

/// The methods "all" stands for in Zalando's rule 150: those of its rule 148.
const ZALANDO_ALL: [Method; 7] = [
    Method::Get,
    Method::Head,
    Method::Post,
    Method::Put,
    Method::Patch,
    Method::Delete,
    Method::Options,
];

const CHANGING: [Method; 4] = [Method::Post, Method::Put, Method::Patch, Method::Delete];
const WITH_BODY: [Method; 3] = [Method::Post, Method::Put, Method::Patch];
const UPDATING: [Method; 3] = [Method::Put, Method::Patch, Method::Delete];

impl Policy for Zalando {
    const NAME: &'static str = "Zalando";
    const TABLE: MethodTable = {
        let mut table = MethodTable::EMPTY;
        let mut i = 0;
        while i < ZALANDO_ALL.len() {
            table = table.with_method(ZALANDO_ALL[i], StatusSet::EMPTY);
            i += 1;
        }
        let table = allow(
            table,
            &ZALANDO_ALL,
            &[
                200, 400, 401, 403, 404, 405, 406, 410, 428, 429, 431, 500, 501, 502, 503, 504,
            ],
        );
        let table = allow(table, &[Method::Post, Method::Put], &[201]);
        let table = allow(table, &CHANGING, &[202, 204, 409]);
        // "with the exception of GET methods indicating that a resource is still
        // created asynchronously" (202, and rule 253).
        let table = allow(table, &[Method::Get], &[202]);
        let table = allow(table, &[Method::Post, Method::Delete], &[207]);
        let table = allow(table, &[Method::Get, Method::Head], &[304]);
        let table = allow(table, &WITH_BODY, &[411, 415, 507]);
        allow(table, &UPDATING, &[412, 423])
    };
    const REASONS: Reasons = Reasons::new(ZALANDO_REFUSALS, ZALANDO_OTHERWISE);
}

const ZALANDO_OTHERWISE: &str =
    "Zalando rule 150 lists the most common status codes to use, and this is not one of them";

const ZALANDO_REDIRECT: &str =
    "Zalando rule 251: do not redirect; have clients use the new location, or redirect behind the API";

const ZALANDO_TECHNICAL: &str =
    "Zalando rule 150 marks it \"do not use\": a technical status with no use in a RESTful API";

const ZALANDO_REFUSALS: &[Refusal] = &[
    refusal(
        Some(Method::Get),
        204,
        "Zalando rules 148 and 150: 204 is for methods that change something; a GET of an empty collection is 200",
    ),
    refusal(
        None,
        201,
        "Zalando rule 150: 201 Created is for a POST or PUT that created a resource",
    ),
    refusal(
        None,
        202,
        "Zalando rule 150: 202 Accepted is for a request that changes something and is processed asynchronously",
    ),
    refusal(
        None,
        204,
        "Zalando rule 150: 204 No Content is for methods that change something",
    ),
    refusal(
        None,
        207,
        "Zalando rule 152: 207 Multi-Status answers a batch or bulk request, made with POST (or DELETE)",
    ),
    refusal(
        None,
        304,
        "Zalando rule 150: 304 Not Modified answers a conditional GET or HEAD; a failed condition on PUT, PATCH or DELETE is 412",
    ),
    refusal(
        None,
        409,
        "Zalando rule 150: 409 Conflict is only for methods that change something",
    ),
    refusal(
        None,
        411,
        "Zalando rule 150: 411 Length Required is for requests with a body (POST, PUT, PATCH)",
    ),
    refusal(
        None,
        412,
        "Zalando rule 150: 412 Precondition Failed answers a failed condition on PUT, PATCH or DELETE; a conditional GET or HEAD answers 304",
    ),
    refusal(
        None,
        415,
        "Zalando rule 150: 415 Unsupported Media Type is only for methods with a request body (POST, PUT, PATCH)",
    ),
    refusal(
        None,
        423,
        "Zalando rule 150: 423 Locked is for pessimistic locking of a resource being changed (PUT, PATCH, DELETE)",
    ),
    refusal(
        None,
        507,
        "Zalando rule 150: 507 Insufficient Storage is for requests that store something (POST, PUT, PATCH)",
    ),
    refusal(
        None,
        422,
        "Zalando rule 150 marks 422 \"do not use\": a request that fails validation is 400",
    ),
    refusal(
        None,
        205,
        "Zalando rule 150 marks 205 \"do not use\": resetting a form has no place in a REST API",
    ),
    refusal(
        None,
        206,
        "Zalando rule 150 marks 206 \"do not use\": a page of a collection is 200",
    ),
    refusal(None, 301, ZALANDO_REDIRECT),
    refusal(None, 302, ZALANDO_REDIRECT),
    refusal(None, 303, ZALANDO_REDIRECT),
    refusal(None, 307, ZALANDO_REDIRECT),
    refusal(None, 308, ZALANDO_REDIRECT),
    refusal(
        None,
        408,
        "Zalando rule 150 marks 408 \"do not use\": an API does not time out waiting for a request",
    ),
    refusal(
        None,
        417,
        "Zalando rule 150 marks 417 \"do not use\": the Expect header does not belong in an API",
    ),
    refusal(
        None,
        424,
        "Zalando rule 150 marks 424 \"do not use\": failed dependencies between requests do not apply to RESTful APIs",
    ),
    refusal(None, 505, ZALANDO_TECHNICAL),
    refusal(None, 511, ZALANDO_TECHNICAL),
];

/// The Azure REST API Guidelines, as read from their success-code table
/// (`http-success-status-codes`) and the rules that follow it.
///
/// | status | GET | POST | PUT | PATCH | DELETE |
/// | --- | --- | --- | --- | --- | --- |
/// | 200 OK | X | X | X | X | |
/// | 201 Created | | X | X | X | |
/// | 202 Accepted | | X | X | | X |
/// | 204 No Content | | | | | X |
/// | 304 Not Modified | X | | | | |
/// | 400 Bad Request | X | X | X | X | X |
/// | 401 Unauthorized | X | X | X | X | X |
/// | 403 Forbidden | X | X | X | X | X |
/// | 404 Not Found | X | X | X | X | |
/// | 409 Conflict | X | X | X | X | X |
/// | 412 Precondition Failed | | | X | X | X |
/// | 414 URI Too Long | X | X | X | X | X |
/// | 429 Too Many Requests | X | X | X | X | X |
/// | 500 Internal Server Error | X | X | X | X | X |
/// | 501 Not Implemented | X | X | X | X | X |
/// | 503 Service Unavailable | X | X | X | X | X |
///
/// A `DELETE` answers 204 even when the resource does not exist, never 404
/// (`http-delete-returns-204`); a long-running `PUT`, `POST` or `DELETE` answers 202
/// (`http-lro-status-code`), but `PATCH` is never long-running (`lro-no-patch-lro`);
/// 304 answers a conditional `GET` and 412 a failed precondition on `PUT`, `PATCH`,
/// `DELETE` (`condreq-behavior`); 414 is for a URL over 2083 characters
/// (`http-url-length`) and 501 for repeatability headers an operation does not
/// support. The guidelines give no rules for `HEAD` or `OPTIONS`, so neither is
/// covered.
///
/// ```
/// use rest_status::presets::Azure;
/// use rest_status::{Method, Policy};
///
/// assert!(Azure::TABLE.allows(Method::Post, 200)); // an action
/// assert!(!Azure::TABLE.allows(Method::Delete, 404));
/// assert!(Azure::REASONS.reason(Method::Delete, 404).contains("http-delete-returns-204"));
/// ```
#[derive(Clone, Copy, Debug, Default)]
pub struct Azure;

const AZURE_METHODS: [Method; 5] = [
    Method::Get,
    Method::Post,
    Method::Put,
    Method::Patch,
    Method::Delete,
];

impl Policy for Azure {
    const NAME: &'static str = "Azure";
    const TABLE: MethodTable = {
        let mut table = MethodTable::EMPTY;
        let mut i = 0;
        while i < AZURE_METHODS.len() {
            table = table.with_method(AZURE_METHODS[i], StatusSet::EMPTY);
            i += 1;
        }
        // The success table, and what a conditional or long-running request answers.
        let table = allow(table, &[Method::Get], &[200, 304]);
        let table = allow(table, &[Method::Put, Method::Patch], &[200, 201, 412]);
        let table = allow(table, &[Method::Post], &[200, 201]);
        let table = allow(table, &[Method::Delete], &[204, 412]);
        let table = allow(table, &[Method::Put, Method::Post, Method::Delete], &[202]);
        // Errors any operation may answer; 404 is the one a DELETE never does.
        let table = allow(
            table,
            &AZURE_METHODS,
            &[400, 401, 403, 409, 414, 429, 500, 501, 503],
        );
        allow(
            table,
            &[Method::Get, Method::Post, Method::Put, Method::Patch],
            &[404],
        )
    };
    const REASONS: Reasons = Reasons::new(AZURE_REFUSALS, AZURE_OTHERWISE);
}

const AZURE_OTHERWISE: &str =
    "the Azure guidelines name the statuses to use in their success table and rules, and this is not one of them";

const AZURE_REFUSALS: &[Refusal] = &[
    refusal(
        Some(Method::Delete),
        404,
        "Azure http-delete-returns-204: a DELETE answers 204 even when the resource does not exist, never 404",
    ),
    refusal(
        Some(Method::Delete),
        200,
        "Azure http-delete-returns-204: a DELETE answers 204 No Content, without a body",
    ),
    refusal(
        Some(Method::Delete),
        201,
        "Azure http-delete-returns-204: a DELETE answers 204 No Content, without a body",
    ),
    refusal(
        Some(Method::Patch),
        202,
        "Azure lro-no-patch-lro: a PATCH is never long-running; a long-running update is a POST",
    ),
    refusal(
        Some(Method::Get),
        202,
        "Azure http-lro-status-code: 202 Accepted starts a long-running PUT, POST or DELETE; a GET of its status monitor answers 200",
    ),
    refusal(
        Some(Method::Get),
        201,
        "Azure http-success-status-codes: a GET reads, and answers 200",
    ),
    refusal(
        None,
        204,
        "Azure http-return-resource: PUT, PATCH, POST and GET return the resource's state with 200 or 201; only a DELETE answers 204",
    ),
    refusal(
        None,
        304,
        "Azure condreq-for-read-behavior: 304 Not Modified answers a conditional GET; a failed precondition elsewhere is 412",
    ),
    refusal(
        None,
        412,
        "Azure condreq-behavior: 412 Precondition Failed answers a failed If-Match or If-None-Match on PUT, PATCH or DELETE; a conditional GET answers 304",
    ),
    refusal(
        None,
        422,
        "Azure rest-fail-for-unknown-fields: a request that is malformed, or has fields or values the service does not understand, fails with 400",
    ),
];

const fn refusal(method: Option<Method>, status: u16, reason: &'static str) -> Refusal {
    Refusal {
        method,
        status,
        reason,
    }
}

/// `table` with each of `statuses` allowed for each of `methods`.
const fn allow(mut table: MethodTable, methods: &[Method], statuses: &[u16]) -> MethodTable {
    let mut i = 0;
    while i < methods.len() {
        let mut j = 0;
        while j < statuses.len() {
            table = table.allow(methods[i], statuses[j]);
            j += 1;
        }
        i += 1;
    }
    table
}

/// A policy that comes with rest-status, as [`BUILT_IN_POLICIES`] lists it.
#[derive(Clone, Copy, Debug)]
#[non_exhaustive]
pub struct BuiltInPolicy {
    /// Its name, as compile errors show it and as `default-policy = "..."` in the
    /// crate's `Cargo.toml` selects it: `"Zalando"`.
    pub name: &'static str,
    /// Its path under the facade: `"presets::Zalando"` for `rest_status::presets::Zalando`.
    pub path: &'static str,
    /// Its method table.
    pub table: MethodTable,
    /// Its reasons for refusing.
    pub reasons: Reasons,
    /// Whether a refusal under another policy may point to it ("or select `Extended`,
    /// which allows it"). [`Strict`] and [`Extended`] are one guideline at two sizes;
    /// a preset is another organisation's guideline, which a refusal does not suggest
    /// adopting to get around a rule.
    pub suggested: bool,
}

impl BuiltInPolicy {
    const fn of<P: Policy>(path: &'static str, suggested: bool) -> BuiltInPolicy {
        BuiltInPolicy {
            name: P::NAME,
            path,
            table: P::TABLE,
            reasons: P::REASONS,
            suggested,
        }
    }

    /// The built-in policy named exactly `name`.
    ///
    /// ```
    /// use rest_status::BuiltInPolicy;
    /// assert_eq!(BuiltInPolicy::find("Zalando").unwrap().path, "presets::Zalando");
    /// assert!(BuiltInPolicy::find("zalando").is_none());
    /// ```
    pub const fn find(name: &str) -> Option<&'static BuiltInPolicy> {
        let mut i = 0;
        while i < BUILT_IN_POLICIES.len() {
            if bytes_eq(BUILT_IN_POLICIES[i].name.as_bytes(), name.as_bytes()) {
                return Some(&BUILT_IN_POLICIES[i]);
            }
            i += 1;
        }
        None
    }
}

/// Every policy that comes with rest-status, in the order a refusal suggests them.
/// The macros, the docs and the crate's `default-policy` setting all read this list:
/// a new preset is a type in this module, its entry here, its lines in
/// [`statuses_for`](crate::statuses_for), its table in `docs/policies.md` (which a
/// test reads back) and its line in the README.
///
/// ```
/// use rest_status::BUILT_IN_POLICIES;
///
/// let names: Vec<&str> = BUILT_IN_POLICIES.iter().map(|policy| policy.name).collect();
/// assert_eq!(names, ["Strict", "Extended", "Zalando", "Azure"]);
/// ```
pub const BUILT_IN_POLICIES: &[BuiltInPolicy] = &[
    BuiltInPolicy::of::<Strict>("Strict", true),
    BuiltInPolicy::of::<Extended>("Extended", true),
    BuiltInPolicy::of::<Zalando>("presets::Zalando", false),
    BuiltInPolicy::of::<Azure>("presets::Azure", false),
];

#[cfg(test)]
mod tests {
    use super::*;

    // Rule 150 of Zalando's guidelines, one row per status it names and a few it
    // marks "do not use"; `-` is a refused cell.
    const ZALANDO_CELLS: &str = "
        status GET HEAD POST PUT PATCH DELETE OPTIONS
        200     X   X    X    X   X     X      X
        201     -   -    X    X   -     -      -
        202     X   -    X    X   X     X      -
        204     -   -    X    X   X     X      -
        205     -   -    -    -   -     -      -
        206     -   -    -    -   -     -      -
        207     -   -    X    -   -     X      -
        301     -   -    -    -   -     -      -
        303     -   -    -    -   -     -      -
        304     X   X    -    -   -     -      -
        400     X   X    X    X   X     X      X
        401     X   X    X    X   X     X      X
        403     X   X    X    X   X     X      X
        404     X   X    X    X   X     X      X
        405     X   X    X    X   X     X      X
        406     X   X    X    X   X     X      X
        408     -   -    -    -   -     -      -
        409     -   -    X    X   X     X      -
        410     X   X    X    X   X     X      X
        411     -   -    X    X   X     -      -
        412     -   -    -    X   X     X      -
        415     -   -    X    X   X     -      -
        417     -   -    -    -   -     -      -
        418     -   -    -    -   -     -      -
        422     -   -    -    -   -     -      -
        423     -   -    -    X   X     X      -
        424     -   -    -    -   -     -      -
        428     X   X    X    X   X     X      X
        429     X   X    X    X   X     X      X
        431     X   X    X    X   X     X      X
        500     X   X    X    X   X     X      X
        501     X   X    X    X   X     X      X
        502     X   X    X    X   X     X      X
        503     X   X    X    X   X     X      X
        504     X   X    X    X   X     X      X
        505     -   -    -    -   -     -      -
        507     -   -    X    X   X     -      -
        511     -   -    -    -   -     -      -
    ";

    // The Azure guidelines' success table and the rules after it.
    const AZURE_CELLS: &str = "
        status GET POST PUT PATCH DELETE
        200     X   X    X   X     -
        201     -   X    X   X     -
        202     -   X    X   -     X
        204     -   -    -   -     X
        304     X   -    -   -     -
        400     X   X    X   X     X
        401     X   X    X   X     X
        403     X   X    X   X     X
        404     X   X    X   X     -
        409     X   X    X   X     X
        410     -   -    -   -     -
        412     -   -    X   X     X
        414     X   X    X   X     X
        422     -   -    -   -     -
        429     X   X    X   X     X
        500     X   X    X   X     X
        501     X   X    X   X     X
        502     -   -    -   -     -
        503     X   X    X   X     X
    ";

    /// The columns of `cells` and (status, method, allowed) for each cell.
    fn grid(cells: &str) -> (Vec<Method>, Vec<(u16, Method, bool)>) {
        let mut rows = cells.lines().filter(|line| !line.trim().is_empty());
        let methods: Vec<Method> = rows
            .next()
            .unwrap()
            .split_whitespace()
            .skip(1)
            .map(|name| Method::from_name(name).unwrap())
            .collect();
        let mut out = Vec::new();
        for row in rows {
            let mut words = row.split_whitespace();
            let status: u16 = words.next().unwrap().parse().unwrap();
            let marks: Vec<&str> = words.collect();
            assert_eq!(marks.len(), methods.len(), "row {status}");
            for (&method, mark) in methods.iter().zip(marks) {
                assert!(mark == "X" || mark == "-", "row {status}: {mark}");
                out.push((status, method, mark == "X"));
            }
        }
        (methods, out)
    }

    /// Every cell of `P`'s table in `100..=599`: the grid's cells as marked, every
    /// status without a row refused, and exactly the grid's methods covered.
    fn assert_exactly<P: Policy>(cells: &str) {
        let (methods, cells) = grid(cells);
        let mut checked = 0;
        for (status, method, allowed) in &cells {
            assert_eq!(
                P::TABLE.allows(*method, *status),
                *allowed,
                "{} {method} {status}",
                P::NAME
            );
            checked += 1;
        }
        for method in Method::ALL {
            assert_eq!(
                P::TABLE.covers(method),
                methods.contains(&method),
                "{method}"
            );
            let expected: Vec<u16> = cells
                .iter()
                .filter(|&&(_, m, allowed)| m == method && allowed)
                .map(|&(status, _, _)| status)
                .collect();
            assert_eq!(
                P::TABLE.allowed(method),
                StatusSet::of(&expected),
                "{} {method}: a status without a row is allowed",
                P::NAME
            );
        }
        assert_eq!(checked, cells.len());
    }

    #[test]
    fn zalando_is_exactly_rule_150() {
        assert_exactly::<Zalando>(ZALANDO_CELLS);
        assert!(!Zalando::TABLE.covers(Method::Trace));
        assert!(!Zalando::TABLE.covers(Method::Connect));
    }

    #[test]
    fn azure_is_exactly_its_rules() {
        assert_exactly::<Azure>(AZURE_CELLS);
        for method in [
            Method::Head,
            Method::Options,
            Method::Trace,
            Method::Connect,
        ] {
            assert!(!Azure::TABLE.covers(method), "{method}");
        }
    }

    /// Each refused cell of the grid gets a reason that names its guideline.
    fn assert_reasons_cite<P: Policy>(cells: &str, guideline: &str) {
        let (_, cells) = grid(cells);
        for (status, method, allowed) in cells {
            let reason = P::REASONS.reason(method, status);
            if !allowed {
                assert!(reason.contains(guideline), "{method} {status}: {reason}");
                assert!(!reason.ends_with('.'), "{reason}");
            }
        }
    }

    #[test]
    fn every_refusal_cites_its_guideline() {
        assert_reasons_cite::<Zalando>(ZALANDO_CELLS, "Zalando rule");
        assert_reasons_cite::<Azure>(AZURE_CELLS, "Azure");
    }

    #[test]
    fn a_specific_reason_is_never_for_an_allowed_cell() {
        for (table, reasons) in [
            (Zalando::TABLE, Zalando::REASONS),
            (Azure::TABLE, Azure::REASONS),
        ] {
            for refusal in reasons.refusals() {
                let methods: Vec<Method> = match refusal.method {
                    Some(method) => vec![method],
                    None => table.methods().collect(),
                };
                // A reason for a method's cell that the table allows would contradict
                // it; one for every method must still have a refused cell to explain.
                let refused = methods
                    .iter()
                    .filter(|&&method| !table.allows(method, refusal.status))
                    .count();
                match refusal.method {
                    Some(method) => assert_eq!(refused, 1, "{method} {}", refusal.status),
                    None => assert!(refused > 0, "{}", refusal.status),
                }
            }
        }
    }

    #[test]
    fn delete_404_differs_by_policy() {
        assert!(!Strict::TABLE.allows(Method::Delete, 404));
        assert!(!Azure::TABLE.allows(Method::Delete, 404));
        assert!(Zalando::TABLE.allows(Method::Delete, 404));
        assert_eq!(
            Strict::REASONS.reason(Method::Delete, 404),
            "a resource that is already gone is deleted again with 204; clients usually do not care whether it was deleted before"
        );
        assert_eq!(
            Azure::REASONS.reason(Method::Delete, 404),
            "Azure http-delete-returns-204: a DELETE answers 204 even when the resource does not exist, never 404"
        );
        assert_eq!(
            Zalando::REASONS.reason(Method::Post, 422),
            "Zalando rule 150 marks 422 \"do not use\": a request that fails validation is 400"
        );
        assert_eq!(
            Zalando::REASONS.reason(Method::Get, 418),
            "Zalando rule 150 lists the most common status codes to use, and this is not one of them"
        );
        assert_eq!(Extended::REASONS, Strict::REASONS);
    }

    #[test]
    fn the_built_in_list_names_each_policy_once() {
        let names: Vec<&str> = BUILT_IN_POLICIES.iter().map(|p| p.name).collect();
        assert_eq!(names, ["Strict", "Extended", "Zalando", "Azure"]);
        let zalando = BuiltInPolicy::find("Zalando").unwrap();
        assert_eq!(zalando.path, "presets::Zalando");
        assert_eq!(zalando.table, Zalando::TABLE);
        assert_eq!(zalando.reasons, Zalando::REASONS);
        assert!(!zalando.suggested);
        let azure = BuiltInPolicy::find("Azure").unwrap();
        assert_eq!((azure.path, azure.table), ("presets::Azure", Azure::TABLE));
        assert!(BuiltInPolicy::find("azure").is_none());
    }
}
