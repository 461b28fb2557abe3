//! Method tables: which statuses each HTTP method may return.

use crate::markdown;
use crate::method::Method;
use crate::reason::Reasons;
use crate::status::StatusSet;

/// A whitelist from HTTP method to the statuses a handler of that method may return.
///
/// A table *covers* a method when it has a column for it; a handler whose method the
/// table does not cover cannot be checked against it. Every builder is a `const fn`,
/// so a table is built at compile time from another one:
///
/// ```
/// use rest_status::{Method, MethodTable, Policy, StatusSet, Strict};
///
/// // Strict, plus 304 Not Modified for conditional GETs, minus 200 for DELETE.
/// const TABLE: MethodTable = Strict::TABLE
///     .allow(Method::Get, 304)
///     .deny(Method::Delete, 200);
///
/// assert!(TABLE.allows(Method::Get, 304));
/// assert!(!TABLE.allows(Method::Delete, 200));
/// assert_eq!(TABLE.allowed(Method::Delete), StatusSet::of(&[204, 401, 403, 500]));
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub struct MethodTable {
    columns: [StatusSet; 9],
    covered: u16,
}

impl MethodTable {
    /// The table that covers no method.
    pub const EMPTY: MethodTable = MethodTable {
        columns: [StatusSet::EMPTY; 9],
        covered: 0,
    };

    const fn bit(method: Method) -> u16 {
        1 << method.index()
    }

    /// Whether the table has a column for `method`.
    pub const fn covers(&self, method: Method) -> bool {
        self.covered & MethodTable::bit(method) != 0
    }

    /// The statuses `method` may return; empty when the table does not cover it.
    pub const fn allowed(&self, method: Method) -> StatusSet {
        self.columns[method.index()]
    }

    /// Whether a `method` handler may return `status`.
    pub const fn allows(&self, method: Method, status: u16) -> bool {
        self.covers(method) && self.allowed(method).contains(status)
    }

    /// [`MethodTable::allows`] reading the one word of the table it needs, where
    /// `allows` copies the method's column first: the guard asks it of every response.
    #[cfg(any(feature = "axum", feature = "actix-web"))]
    #[inline]
    pub(crate) fn allows_in_place(&self, method: Method, status: u16) -> bool {
        self.covers(method) && self.columns[method.index()].has(status)
    }

    /// Whether a `method` handler may return every status of `statuses`.
    ///
    /// ```
    /// # use rest_status::{Method, Policy, StatusSet, Strict};
    /// assert!(Strict::TABLE.allows_all(Method::Delete, StatusSet::of(&[204, 403])));
    /// assert!(!Strict::TABLE.allows_all(Method::Delete, StatusSet::of(&[204, 404])));
    /// assert!(!Strict::TABLE.allows_all(Method::Head, StatusSet::EMPTY));
    /// ```
    pub const fn allows_all(&self, method: Method, statuses: StatusSet) -> bool {
        self.covers(method) && statuses.is_subset(self.allowed(method))
    }

    /// The methods the table covers, as a set of [`Method::index`] bits. Const code
    /// uses it; run-time code has [`MethodTable::methods`].
    pub const fn covered_mask(&self) -> u16 {
        self.covered
    }

    /// The methods the table covers, in [`Method::ALL`] order.
    ///
    /// ```
    /// use rest_status::{Method, Policy, Strict};
    /// let methods: Vec<Method> = Strict::TABLE.methods().collect();
    /// assert_eq!(methods.len(), 5);
    /// assert!(!methods.contains(&Method::Head));
    /// ```
    pub fn methods(&self) -> impl Iterator<Item = Method> + '_ {
        Method::ALL
            .into_iter()
            .filter(move |&method| self.covers(method))
    }

    /// This table with a column for `method` holding exactly `statuses`, replacing any
    /// column it had.
    ///
    /// ```
    /// use rest_status::{Method, MethodTable, Policy, Strict};
    /// // HEAD answers like GET.
    /// const TABLE: MethodTable =
    ///     Strict::TABLE.with_method(Method::Head, Strict::TABLE.allowed(Method::Get));
    /// assert!(TABLE.allows(Method::Head, 404));
    /// ```
    pub const fn with_method(self, method: Method, statuses: StatusSet) -> MethodTable {
        let mut columns = self.columns;
        columns[method.index()] = statuses;
        MethodTable {
            columns,
            covered: self.covered | MethodTable::bit(method),
        }
    }

    /// This table without a column for `method`: handlers of that method can no
    /// longer be checked against it.
    pub const fn without_method(self, method: Method) -> MethodTable {
        let mut columns = self.columns;
        columns[method.index()] = StatusSet::EMPTY;
        MethodTable {
            columns,
            covered: self.covered & !MethodTable::bit(method),
        }
    }

    /// This table with `status` allowed for `method`; the table then covers `method`.
    ///
    /// # Panics
    ///
    /// When `status` is outside `100..=599`. In a `const` this is a compile error.
    pub const fn allow(self, method: Method, status: u16) -> MethodTable {
        self.with_method(method, self.allowed(method).with(status))
    }

    /// This table with `status` refused for `method`.
    pub const fn deny(self, method: Method, status: u16) -> MethodTable {
        if !self.covers(method) {
            return self;
        }
        self.with_method(method, self.allowed(method).without(status))
    }

    /// The table of a guideline's markdown document: the document becomes the policy,
    /// and changing the document changes the checks.
    ///
    /// ```
    /// use rest_status::{Method, MethodTable, Policy, Strict};
    ///
    /// const TABLE: MethodTable = MethodTable::from_markdown(
    ///     "
    /// For each method, use only the status codes marked with X.
    ///
    /// | Code | Meaning | GET | POST | PUT | PATCH | DELETE |
    /// | --- | --- | --- | --- | --- | --- | --- |
    /// | 200 | OK | X | | X | X | X |
    /// | 201 | Created | | X | | | |
    /// | 204 | No Content | | | X | X | X |
    /// | 400 | Bad Request | | X | X | X | |
    /// | 401 | Unauthorized | X | X | X | X | X |
    /// | 403 | Forbidden | X | X | X | X | X |
    /// | 404 | Not Found | X | | X | X | |
    /// | 500 | Server error | X | X | X | X | X |
    /// ",
    /// );
    ///
    /// assert_eq!(TABLE, Strict::TABLE);
    /// ```
    ///
    /// With the document in the crate,
    /// `MethodTable::from_markdown(include_str!("../docs/status-codes.md"))` reads it
    /// while the crate compiles, and cargo rebuilds the crate when it changes.
    ///
    /// The first table whose header row names a method (in capitals: `GET`, `HEAD`,
    /// `POST`, `PUT`, `PATCH`, `DELETE`, `OPTIONS`, `TRACE`, `CONNECT`) is read:
    ///
    /// - its first column holds the status, one row per status, each cell starting
    ///   with the code: `404`, `404 Not Found`, `404-Not Found`;
    /// - each method column, in any order, is covered by the table; a cell `X` or `x`
    ///   allows the row's status for the method, an empty cell refuses it;
    /// - other columns (`Meaning`, `Notes`) and the text around the table are ignored,
    ///   and so are other tables and fenced code blocks; a column that is not a method
    ///   must not be named in capitals, which is how a method is written.
    ///
    /// # Panics
    ///
    /// When the table cannot be read: no table, a header whose first column is a method
    /// (no status column), a column named like a method that is none (`PURGE`, `Get`),
    /// a method with two columns, a row that does not start with a status code, a
    /// status outside `100..=599` or with two rows, a row with more cells than the
    /// header, a cell that is neither `X`, `x` nor empty, no row at all. The message
    /// names the line. In a `const` this is a compile error:
    ///
    /// ```compile_fail,E0080
    /// use rest_status::MethodTable;
    ///
    /// // error: the markdown table cannot be read as a policy: line 3: status 999 is
    /// // outside 100..=599, the range of HTTP status codes
    /// const TABLE: MethodTable = MethodTable::from_markdown(
    ///     "| status | GET |\n| --- | --- |\n| 999 | X |\n",
    /// );
    /// ```
    #[track_caller]
    pub const fn from_markdown(text: &str) -> MethodTable {
        match markdown::parse(text) {
            Ok(table) => table,
            Err(malformed) => malformed.fail(),
        }
    }

    /// Whether a handler of `method` may return `status`, in `http` types. A method
    /// the table does not know (an extension method) is never allowed.
    ///
    /// ```
    /// use http::{Method, StatusCode};
    /// use rest_status::{Policy, Strict};
    /// assert!(Strict::TABLE.allows_http(&Method::DELETE, StatusCode::NO_CONTENT));
    /// assert!(!Strict::TABLE.allows_http(&Method::DELETE, StatusCode::NOT_FOUND));
    /// ```
    #[cfg(feature = "runtime")]
    pub fn allows_http(&self, method: &http::Method, status: http::StatusCode) -> bool {
        Method::from_http(method).is_some_and(|method| self.allows(method, status.as_u16()))
    }

    /// The statuses a handler of `method` may return, in `http` types; empty for a
    /// method the table does not cover.
    #[cfg(feature = "runtime")]
    pub fn allowed_http(&self, method: &http::Method) -> StatusSet {
        Method::from_http(method).map_or(StatusSet::EMPTY, |method| self.allowed(method))
    }
}

/// A named method table: the contract `#[rest_endpoint]` checks handlers against.
///
/// [`Strict`] and [`Extended`] are built in, and so are the published guidelines of
/// [`presets`](crate::presets); [`BUILT_IN_POLICIES`](crate::BUILT_IN_POLICIES) lists
/// them all. A policy of your own is a type whose table is built at compile time from
/// a built-in one, or read from your guideline's markdown table
/// ([`MethodTable::from_markdown`]):
///
/// ```
/// use rest_status::{Method, MethodTable, Policy, Strict};
///
/// /// Strict, plus conditional GETs (304) and HEAD answering like GET.
/// pub struct CachingPolicy;
///
/// impl Policy for CachingPolicy {
///     const NAME: &'static str = "CachingPolicy";
///     const TABLE: MethodTable = Strict::TABLE
///         .allow(Method::Get, 304)
///         .with_method(Method::Head, Strict::TABLE.allowed(Method::Get).with(304));
/// }
///
/// // The same table answers at run time, for middleware, docs and tools.
/// assert!(CachingPolicy::allows(&http::Method::HEAD, http::StatusCode::NOT_MODIFIED));
/// assert!(!CachingPolicy::allows(&http::Method::DELETE, http::StatusCode::NOT_FOUND));
/// let get: Vec<u16> = CachingPolicy::allowed_statuses(&http::Method::GET).iter().collect();
/// assert_eq!(get, [200, 304, 401, 403, 404, 500]);
/// ```
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not a rest-status policy",
    label = "not a policy",
    note = "a policy is a type that implements `rest_status::Policy` with a `NAME` and a `TABLE`, e.g. built from `Strict::TABLE`"
)]
pub trait Policy {
    /// The name compile errors show, e.g. `"Strict"`.
    const NAME: &'static str;
    /// The method table.
    const TABLE: MethodTable;
    /// Why a status the table refuses is refused: the `why:` line of the compile error.
    /// By default, the reasons of [`Strict`] and [`Extended`]; a policy built from a
    /// preset takes the preset's (`const REASONS: Reasons = Zalando::REASONS;`).
    const REASONS: Reasons = Reasons::GUIDELINE;

    /// Whether a handler of `method` may return `status` under this policy.
    #[cfg(feature = "runtime")]
    fn allows(method: &http::Method, status: http::StatusCode) -> bool {
        Self::TABLE.allows_http(method, status)
    }

    /// The statuses a handler of `method` may return under this policy.
    #[cfg(feature = "runtime")]
    fn allowed_statuses(method: &http::Method) -> StatusSet {
        Self::TABLE.allowed_http(method)
    }
}

/// The default policy: exactly the table of the status-code guideline.
///
/// | status | GET | POST | PUT | PATCH | DELETE |
/// | --- | --- | --- | --- | --- | --- |
/// | 200 OK | X | | X | X | X |
/// | 201 Created | | X | | | |
/// | 204 No Content | | | X | X | X |
/// | 400 Bad Request | | X | X | X | |
/// | 401 Unauthorized | X | X | X | X | X |
/// | 403 Forbidden | X | X | X | X | X |
/// | 404 Not Found | X | | X | X | |
/// | 500 Internal Server Error | X | X | X | X | X |
///
/// It has no column for `HEAD`, `OPTIONS`, `TRACE` or `CONNECT`; use [`Extended`] for
/// `HEAD`.
///
/// ```
/// use rest_status::{Method, Policy, Strict};
/// assert!(Strict::TABLE.allows(Method::Delete, 204));
/// assert!(!Strict::TABLE.allows(Method::Delete, 404));
/// assert!(!Strict::TABLE.covers(Method::Head));
/// ```
#[derive(Clone, Copy, Debug, Default)]
pub struct Strict;

impl Policy for Strict {
    const NAME: &'static str = "Strict";
    const TABLE: MethodTable = MethodTable::EMPTY
        .with_method(Method::Get, StatusSet::of(&[200, 401, 403, 404, 500]))
        .with_method(Method::Post, StatusSet::of(&[201, 400, 401, 403, 500]))
        .with_method(
            Method::Put,
            StatusSet::of(&[200, 204, 400, 401, 403, 404, 500]),
        )
        .with_method(
            Method::Patch,
            StatusSet::of(&[200, 204, 400, 401, 403, 404, 500]),
        )
        .with_method(Method::Delete, StatusSet::of(&[200, 204, 401, 403, 500]));
}

/// [`Strict`] plus the statuses of the REST API notes: 202, 410, 428, and a `HEAD`
/// column.
///
/// | status | GET | HEAD | POST | PUT | PATCH | DELETE |
/// | --- | --- | --- | --- | --- | --- | --- |
/// | 200 | X | | | X | X | X |
/// | 201 | | | X | | | |
/// | 202 Accepted | | | X | X | X | X |
/// | 204 | | X | | X | X | X |
/// | 400 | X | X | X | X | X | X |
/// | 401 | X | X | X | X | X | X |
/// | 403 | X | X | X | X | X | X |
/// | 404 | X | X | | X | X | |
/// | 410 Gone | X | X | | | | |
/// | 428 Precondition Required | | | X | X | X | X |
/// | 500 | X | X | X | X | X | X |
///
/// ```
/// use rest_status::{Extended, Method, Policy};
/// assert!(Extended::TABLE.allows(Method::Head, 204));
/// assert!(Extended::TABLE.allows(Method::Post, 202));
/// assert!(!Extended::TABLE.allows(Method::Delete, 404)); // the guideline's rule stands
/// ```
#[derive(Clone, Copy, Debug, Default)]
pub struct Extended;

impl Policy for Extended {
    const NAME: &'static str = "Extended";
    const TABLE: MethodTable = {
        let strict = Strict::TABLE;
        // HEAD checks whether a resource exists: 204 when it does, 404 when it does not.
        let table = strict.with_method(Method::Head, StatusSet::of(&[204, 404]));
        // 400, 401, 403 and 500 are general: every method may return them.
        let table = allow_everywhere(table, &[400, 401, 403, 500]);
        // 202: the work takes too long to wait for, or runs asynchronously; 428: the
        // resource's state is not ready. Both are about changing state.
        let table = allow_for(table, &STATE_CHANGING, 202);
        let table = allow_for(table, &STATE_CHANGING, 428);
        // 410: a read of a resource that existed once.
        allow_for(table, &[Method::Get, Method::Head], 410)
    };
}

const STATE_CHANGING: [Method; 4] = [Method::Post, Method::Put, Method::Patch, Method::Delete];

const fn allow_for(mut table: MethodTable, methods: &[Method], status: u16) -> MethodTable {
    let mut i = 0;
    while i < methods.len() {
        table = table.allow(methods[i], status);
        i += 1;
    }
    table
}

const fn allow_everywhere(mut table: MethodTable, statuses: &[u16]) -> MethodTable {
    let mut i = 0;
    while i < Method::ALL.len() {
        let method = Method::ALL[i];
        if table.covers(method) {
            let mut j = 0;
            while j < statuses.len() {
                table = table.allow(method, statuses[j]);
                j += 1;
            }
        }
        i += 1;
    }
    table
}
