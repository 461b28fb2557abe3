//! Why a status is refused: the one-line reasons the compile errors show.

use crate::method::Method;

/// One reason a guideline gives for refusing a status.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Refusal {
    /// The method it is about; `None` when it holds for every method.
    pub method: Option<Method>,
    /// The refused status.
    pub status: u16,
    /// The reason, one line, lower-case, no final period.
    pub reason: &'static str,
}

const fn refusal(method: Option<Method>, status: u16, reason: &'static str) -> Refusal {
    Refusal {
        method,
        status,
        reason,
    }
}

const CREATED_ON_POST: &str =
    "a POST that creates returns 201 with an identifier of the new resource";

/// The reasons the status-code guideline and its notes give, most specific first: the
/// refusals of [`Reasons::GUIDELINE`].
pub const REFUSALS: &[Refusal] = &[
    // Guideline, DELETE: "If a client asks for the removal of a resource already
    // deleted, 204 should be returned, not 404".
    refusal(
        Some(Method::Delete),
        404,
        "a resource that is already gone is deleted again with 204; clients usually do not care whether it was deleted before",
    ),
    // Guideline, GET: "If a collection asked for is empty, 200 is still to be returned."
    refusal(Some(Method::Get), 204, "an empty collection is still 200"),
    // Guideline, POST: "201 should be returned if the resource was created. The
    // response body should contain a resource identifier".
    refusal(Some(Method::Post), 200, CREATED_ON_POST),
    refusal(Some(Method::Post), 204, CREATED_ON_POST),
    // Notes, 204 and 404: HEAD is an existence check that needs no data.
    refusal(
        Some(Method::Head),
        200,
        "a HEAD existence check answers 204 when the resource exists and 404 when it does not",
    ),
    // Guideline, POST is "for creating a resource"; no other method creates.
    refusal(None, 201, "201 Created is for a POST that created a resource"),
    // Notes, 202: long-running or asynchronous work, which only a change of state starts.
    refusal(
        None,
        202,
        "202 Accepted is for state-changing work that finishes later (long-running or asynchronous)",
    ),
    // Notes, 410: "Resource was available at some time but it is not anymore", on reads.
    refusal(None, 410, "410 Gone is for reads of a resource that was available once"),
    // Notes, 428: "Operation cannot be executed because resource's state is not ready".
    refusal(
        None,
        428,
        "428 Precondition Required is for an operation that the resource's state is not ready for",
    ),
    // Guideline, POST: "400 should be returned if the request is invalid, i.e. the
    // resource already exists or contains invalid fields."
    refusal(
        None,
        409,
        "a request for a resource that already exists is 400, with an error code that says so",
    ),
    refusal(
        None,
        422,
        "a request with invalid fields is 400, with an error code that names the field",
    ),
];

/// What a `method` handler answers instead of a refused `status`, where the guidelines
/// say: the fix a compile error offers.
pub(crate) const fn refusal_instead(method: Method, status: u16) -> Option<&'static str> {
    Some(match (method, status) {
        // Guideline, DELETE: "204 should be returned, not 404".
        (Method::Delete, 404) => "answer 204: the resource is gone either way",
        // Guideline, GET: "200 is still to be returned".
        (Method::Get, 204) => "answer 200 with the empty collection",
        // Guideline, POST: "201 should be returned if the resource was created".
        (Method::Post, 200 | 204) => {
            "answer 201 with an identifier of the new resource (`response::Created`)"
        }
        // Notes, 204 and 404 for HEAD.
        (Method::Head, 200) => "answer 204 when the resource exists and 404 when it does not",
        _ => return None,
    })
}

/// The reason shown when the guidelines give none for the pair: their opening rule.
pub const GENERIC_REFUSAL: &str =
    "the guideline keeps the statuses an API returns few, and puts details in the error object";

/// A policy's reasons for refusing statuses: the compile error's `why:` line.
///
/// A list of [`Refusal`]s, most specific first, and the reason for a refused pair that
/// none of them names (usually the guideline's rule that lists the statuses to use).
/// Each policy has its own: `DELETE` + 404 is refused by [`Strict`](crate::Strict) and
/// by [`Azure`](crate::presets::Azure) for different reasons.
///
/// ```
/// use rest_status::{Method, Policy, Reasons, Refusal, Strict};
///
/// const OURS: Reasons = Reasons::new(
///     &[Refusal {
///         method: Some(Method::Get),
///         status: 304,
///         reason: "our clients do not cache",
///     }],
///     "see the API handbook, section 4",
/// )
/// .or(&Strict::REASONS);
///
/// assert_eq!(OURS.reason(Method::Get, 304), "our clients do not cache");
/// assert_eq!(OURS.reason(Method::Get, 204), "an empty collection is still 200");
/// assert_eq!(OURS.reason(Method::Get, 418), "see the API handbook, section 4");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Reasons {
    refusals: &'static [Refusal],
    otherwise: &'static str,
    /// Asked when `refusals` has no entry for the pair, before `otherwise`.
    next: Option<&'static Reasons>,
}

impl Reasons {
    /// The reasons of the status-code guideline and its notes: those of
    /// [`Strict`](crate::Strict) and [`Extended`](crate::Extended), and of a policy that
    /// does not give its own.
    pub const GUIDELINE: Reasons = Reasons::new(REFUSALS, GENERIC_REFUSAL);

    /// `refusals`, most specific first, and `otherwise` for any other refused pair.
    pub const fn new(refusals: &'static [Refusal], otherwise: &'static str) -> Reasons {
        Reasons {
            refusals,
            otherwise,
            next: None,
        }
    }

    /// These reasons, then `fallback`'s for a pair none of these names; `otherwise`
    /// stays this one's. For a policy built from another, whose reasons still hold for
    /// the cells it did not change.
    pub const fn or(self, fallback: &'static Reasons) -> Reasons {
        Reasons {
            next: Some(fallback),
            ..self
        }
    }

    /// The one-line reason a `method` handler may not return `status`.
    pub const fn reason(&self, method: Method, status: u16) -> &'static str {
        let mut reasons = self;
        loop {
            if let Some(reason) = find(reasons.refusals, method, status) {
                return reason;
            }
            match reasons.next {
                Some(next) => reasons = next,
                None => return self.otherwise,
            }
        }
    }

    /// The specific reasons, most specific first (without those of [`Reasons::or`]).
    pub const fn refusals(&self) -> &'static [Refusal] {
        self.refusals
    }

    /// The reason for a refused pair that no [`Refusal`] names.
    pub const fn otherwise(&self) -> &'static str {
        self.otherwise
    }
}

/// The reason the first refusal of `refusals` that matches gives.
const fn find(refusals: &[Refusal], method: Method, status: u16) -> Option<&'static str> {
    let mut i = 0;
    while i < refusals.len() {
        let refusal = refusals[i];
        let method_matches = match refusal.method {
            Some(m) => m as usize == method as usize,
            None => true,
        };
        if method_matches && refusal.status == status {
            return Some(refusal.reason);
        }
        i += 1;
    }
    None
}

/// The one-line reason a `method` handler may not return `status` under
/// [`Strict`](crate::Strict) and [`Extended`](crate::Extended): the guidelines' own
/// where they give one, [`GENERIC_REFUSAL`] otherwise. Other policies have their own:
/// [`Policy::REASONS`](crate::Policy::REASONS).
///
/// ```
/// use rest_status::{refusal_reason, Method, GENERIC_REFUSAL};
/// assert_eq!(refusal_reason(Method::Get, 204), "an empty collection is still 200");
/// assert_eq!(refusal_reason(Method::Get, 418), GENERIC_REFUSAL);
/// ```
pub const fn refusal_reason(method: Method, status: u16) -> &'static str {
    Reasons::GUIDELINE.reason(method, status)
}
