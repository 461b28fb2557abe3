//! The checks `#[rest_endpoint]` runs during const evaluation, and the compile errors
//! they write.
//!
//! A handler gets one `const` item. It first asks [`Endpoint::first_failure`], which
//! only compares bitsets, which check fails first, if any; only then does it build the
//! text with [`Endpoint::report`] and panic through [`Report::fail`], called at the
//! user's token that failed first, so the error reads `evaluation panicked: <text>` and
//! points at the method, the status literal or the return type. The text lists every
//! problem of the handler, so one build reports them all. It is built here, in a fixed
//! buffer, because const code cannot allocate.

use crate::method::{bytes_eq, Method};
use crate::policy::MethodTable;
use crate::presets::{BuiltInPolicy, BUILT_IN_POLICIES};
use crate::reason::{refusal_instead, Reasons};
use crate::status::{reason_phrase, StatusSet};
use crate::statuses::StatusSource;

/// The `i`th built-in policy a refusal may point to, if there is one from `i` on: when
/// a handler's method or status is refused, the first of these that would accept it is
/// named in the help line (HEAD under `Strict` points to `Extended`).
const fn suggestion(mut i: usize) -> Option<(usize, &'static BuiltInPolicy)> {
    while i < BUILT_IN_POLICIES.len() {
        if BUILT_IN_POLICIES[i].suggested {
            return Some((i, &BUILT_IN_POLICIES[i]));
        }
        i += 1;
    }
    None
}

/// The last line of an error about a status named in the body.
const NOT_SEEN: &str = "note: rest-status checks the statuses a handler's body names where it builds a response; a status computed at run time or built in another function is not seen: `statuses(...)` speaks for it";

/// Room for one compile error. A refusal of one status takes about 400 bytes; a type
/// that brings in many refused statuses is cut with `...` rather than lost.
const CAPACITY: usize = 4096;
const ELLIPSIS: &str = "...";

/// Text built in const evaluation, in a fixed buffer.
#[derive(Clone, Copy)]
pub(crate) struct Text {
    bytes: [u8; CAPACITY],
    len: usize,
    truncated: bool,
}

impl Text {
    pub(crate) const fn new() -> Text {
        Text {
            bytes: [0; CAPACITY],
            len: 0,
            truncated: false,
        }
    }

    /// Appends `text`; what does not fit, and everything after it, is dropped, and
    /// [`Report::failed`] ends the text with `...`.
    pub(crate) const fn str(&mut self, text: &str) -> &mut Text {
        if self.truncated {
            return self;
        }
        let bytes = text.as_bytes();
        // Room is kept for the ellipsis.
        let room = CAPACITY - ELLIPSIS.len() - self.len;
        let mut end = bytes.len();
        if end > room {
            self.truncated = true;
            end = room;
            // Never cut a character in two: back off to the start of the one cut.
            while end > 0 && bytes[end] & 0b1100_0000 == 0b1000_0000 {
                end -= 1;
            }
        }
        self.copy(bytes, end);
        self
    }

    const fn copy(&mut self, bytes: &[u8], end: usize) {
        let mut i = 0;
        while i < end {
            self.bytes[self.len] = bytes[i];
            self.len += 1;
            i += 1;
        }
    }

    pub(crate) const fn number(&mut self, mut n: u16) -> &mut Text {
        let mut digits = [0u8; 5];
        let mut count = 0;
        loop {
            digits[count] = b'0' + (n % 10) as u8;
            count += 1;
            n /= 10;
            if n == 0 {
                break;
            }
        }
        while count > 0 {
            count -= 1;
            let digit = [digits[count]];
            match core::str::from_utf8(&digit) {
                Ok(text) => self.str(text),
                Err(_) => self,
            };
        }
        self
    }

    /// `404 Not Found`, or `299` for a code without a canonical phrase.
    const fn status(&mut self, code: u16) -> &mut Text {
        self.number(code);
        if let Some(phrase) = reason_phrase(code) {
            self.str(" ").str(phrase);
        }
        self
    }

    /// `200, 204, 500`, or `none` for the empty set.
    const fn set(&mut self, set: StatusSet) -> &mut Text {
        let mut next = set.next(None);
        if next.is_none() {
            return self.str("none");
        }
        let mut first = true;
        while let Some(code) = next {
            if !first {
                self.str(", ");
            }
            first = false;
            self.number(code);
            next = set.next(Some(code));
        }
        self
    }

    /// `400 Bad Request, 404 Not Found`: each status with its reason phrase.
    const fn statuses(&mut self, set: StatusSet) -> &mut Text {
        let mut next = set.next(None);
        while let Some(code) = next {
            self.status(code);
            next = set.next(Some(code));
            if next.is_some() {
                self.str(", ");
            }
        }
        self
    }

    /// `404 Not Found`, `404 Not Found or 410 Gone`, `400 Bad Request, 404 Not Found or
    /// 410 Gone`.
    const fn statuses_or(&mut self, set: StatusSet) -> &mut Text {
        let mut next = set.next(None);
        let mut first = true;
        while let Some(code) = next {
            next = set.next(Some(code));
            if !first {
                self.str(if next.is_none() { " or " } else { ", " });
            }
            first = false;
            self.status(code);
        }
        self
    }

    /// `GET, POST, PUT`: the methods a table covers.
    const fn methods(&mut self, table: MethodTable) -> &mut Text {
        let mut first = true;
        let mut i = 0;
        while i < Method::ALL.len() {
            if table.covers(Method::ALL[i]) {
                if !first {
                    self.str(", ");
                }
                first = false;
                self.str(Method::ALL[i].as_str());
            }
            i += 1;
        }
        if first {
            self.str("no method");
        }
        self
    }

    const fn as_str(&self) -> &str {
        let (text, _) = self.bytes.split_at(self.len);
        match core::str::from_utf8(text) {
            Ok(text) => text,
            // Unreachable: only whole characters are copied in.
            Err(_) => "",
        }
    }
}

/// The outcome of one check: passed, or failed with the compile error's text.
#[derive(Clone, Copy)]
pub struct Report {
    failed: bool,
    message: Text,
}

impl Report {
    const PASSED: Report = Report {
        failed: false,
        message: Text::new(),
    };

    pub(crate) const fn failed(mut message: Text) -> Report {
        if message.truncated {
            message.copy(ELLIPSIS.as_bytes(), ELLIPSIS.len());
        }
        Report {
            failed: true,
            message,
        }
    }

    /// Whether the check failed, so the build must too.
    pub const fn is_failed(&self) -> bool {
        self.failed
    }

    /// The compile error's text; empty when the check passed.
    pub const fn as_str(&self) -> &str {
        self.message.as_str()
    }

    /// Panics with the text. `#[track_caller]`: in const evaluation the error points
    /// at the call, which the generated code spans at the user's token.
    #[track_caller]
    pub const fn fail(&self) -> ! {
        panic!("{}", self.as_str())
    }
}

/// One part of a handler's return type, as the checks see it.
#[derive(Clone, Copy)]
pub struct Part {
    /// `return type`, `success type` or `error type`.
    pub role: &'static str,
    /// The type as the user wrote it.
    pub ty: &'static str,
    /// Its statuses, when they are known.
    pub known: Option<StatusSet>,
    /// The variants that bring each status in.
    pub sources: &'static [StatusSource],
}

/// One annotated handler: its method and the policy it is checked against.
///
/// The generated code builds it once per handler, in a `const` item in the handler's
/// body, and runs one check per status literal and per part of the return type.
#[derive(Clone, Copy)]
pub struct Endpoint {
    method: Method,
    policy: &'static str,
    table: MethodTable,
    reasons: Reasons,
    krate: &'static str,
    /// The statuses the handler's body names where it builds a response.
    named: StatusSet,
}

impl Endpoint {
    /// A handler of `method` under the policy named `policy` with `table`; `krate` is
    /// how the handler's crate names the facade (`rest_status`), for suggestions.
    pub const fn new(
        method: Method,
        policy: &'static str,
        table: MethodTable,
        krate: &'static str,
    ) -> Endpoint {
        Endpoint {
            method,
            policy,
            table,
            reasons: Reasons::GUIDELINE,
            krate,
            named: StatusSet::EMPTY,
        }
    }

    /// This handler with the policy's reasons for refusing
    /// ([`Policy::REASONS`](crate::Policy::REASONS)); without, those of `Strict`.
    pub const fn with_reasons(self, reasons: Reasons) -> Endpoint {
        Endpoint { reasons, ..self }
    }

    /// The same handler, whose body names `named` where it builds a response
    /// (`StatusCode::NOT_FOUND`): a refused status of `statuses(...)` that the body
    /// returns is fixed in the body, not by removing it from the list.
    pub const fn returning(mut self, named: StatusSet) -> Endpoint {
        self.named = named;
        self
    }

    /// Which check of a handler fails first: `0` when none does, `1` for the method,
    /// `2 + i` for the `i`th status of `declared`, `2 + declared.len() + j` for the
    /// `j`th part of the return type. `declared` is empty when the handler declares
    /// none. Only bitsets are compared: this is all a passing handler evaluates.
    ///
    /// It asks the same rules as [`report`](Endpoint::report), in the same order.
    pub const fn first_failure(&self, declared: &[u16], parts: &[Part]) -> usize {
        if !self.method_is_covered() {
            return 1;
        }
        let mut i = 0;
        while i < declared.len() {
            if !self.status_is_allowed(declared[i]) {
                return 2 + i;
            }
            i += 1;
        }
        let set = declared_set(declared);
        let mut j = 0;
        while j < parts.len() {
            if !self.excess(parts[j].known, set).is_empty() {
                return 2 + declared.len() + j;
            }
            j += 1;
        }
        0
    }

    // The rules, each stated once: `first_failure` asks them for a passing handler,
    // `report` asks the same ones and writes what they found.

    /// A policy is a whitelist per method: a method without a column cannot be
    /// checked, so the handler is refused (the `rest_endpoint` docs: "`HEAD` under
    /// `Strict`: use `Extended`; `OPTIONS`, `TRACE`, `CONNECT`: define a policy that
    /// covers them").
    const fn method_is_covered(&self) -> bool {
        self.table.covers(self.method)
    }

    /// A status written in `statuses(...)` must be in the policy's column for the
    /// method (the `rest_endpoint` docs: "the declared ones must be allowed by the
    /// policy").
    const fn status_is_allowed(&self, status: u16) -> bool {
        self.table.allows(self.method, status)
    }

    /// The statuses of a part of the return type that break its rule; none when it
    /// keeps it.
    ///
    /// - Declared statuses are the contract: the type's must be among them (the
    ///   `rest_endpoint` docs: "When the type's statuses are known too, they must be
    ///   among the declared ones").
    /// - Otherwise the type's statuses must be allowed by the policy.
    /// - A type with no known statuses keeps it: only a handler with `statuses(...)`
    ///   passes one. Without them, the generated code's `Statuses` bound makes it the
    ///   compile error that says to declare them (`Statuses`' `on_unimplemented`).
    const fn excess(&self, known: Option<StatusSet>, declared: Option<StatusSet>) -> StatusSet {
        match (known, declared) {
            (None, _) => StatusSet::EMPTY,
            (Some(known), Some(declared)) => known.difference(declared),
            (Some(known), None) => known.difference(self.table.allowed(self.method)),
        }
    }

    /// The compile error of a handler: every problem [`first_failure`] looks for, one
    /// paragraph each. A method the policy does not cover is the only one reported,
    /// since no status can be checked without the method's column.
    ///
    /// [`first_failure`]: Endpoint::first_failure
    pub const fn report(&self, declared: &[u16], parts: &[Part]) -> Report {
        let method = self.check_method();
        if method.is_failed() {
            return method;
        }
        let mut m = Text::new();
        let mut i = 0;
        while i < declared.len() {
            let report = self.check_status(declared[i], StatusSet::of(declared));
            paragraph(&mut m, &report);
            i += 1;
        }
        let set = declared_set(declared);
        let mut j = 0;
        while j < parts.len() {
            let part = parts[j];
            let report = self.check_type(part.role, part.ty, part.known, part.sources, set);
            paragraph(&mut m, &report);
            j += 1;
        }
        if m.len == 0 {
            return Report::PASSED;
        }
        Report::failed(m)
    }

    /// The refusal of a method the policy has no rules for
    /// ([`method_is_covered`](Endpoint::method_is_covered)). The macro asks it
    /// itself, while it expands, when it knows the policy's table.
    pub const fn check_method(&self) -> Report {
        if self.method_is_covered() {
            return Report::PASSED;
        }
        let mut m = Text::new();
        m.str("the policy `")
            .str(self.policy)
            .str("` has no rules for ")
            .str(self.method.as_str())
            .str(" handlers: it covers ")
            .methods(self.table)
            .str("\n");
        let mut next = suggestion(0);
        while let Some((i, built_in)) = next {
            let (name, table) = (built_in.name, built_in.table);
            if table.covers(self.method) && !bytes_eq(name.as_bytes(), self.policy.as_bytes()) {
                m.str("help: the built-in policy `")
                    .str(name)
                    .str("` covers ")
                    .str(self.method.as_str())
                    .str(" (")
                    .set(table.allowed(self.method))
                    .str("): write `policy = ")
                    .str(self.krate)
                    .str("::")
                    .str(built_in.path)
                    .str("`");
                return Report::failed(m);
            }
            next = suggestion(i + 1);
        }
        m.str("help: no built-in policy covers ")
            .str(self.method.as_str())
            .str("; define a policy whose table covers it, e.g. `impl Policy for ApiPolicy { const NAME: &'static str = \"ApiPolicy\"; const TABLE: MethodTable = Strict::TABLE.with_method(Method::")
            .str(variant_name(self.method))
            .str(", StatusSet::of(&[200, 204])); }`, and select it with `policy = ApiPolicy`");
        Report::failed(m)
    }

    /// The opening every refusal shares: "the policy `P` does not allow a M handler to
    /// return ".
    const fn refusal_head<'m>(&self, m: &'m mut Text) -> &'m mut Text {
        m.str("the policy `")
            .str(self.policy)
            .str("` does not allow ")
            .str(article(self.method))
            .str(self.method.as_str())
            .str(" handler to return ")
    }

    /// The refusal of a status written in `statuses(...)`
    /// ([`status_is_allowed`](Endpoint::status_is_allowed)). The macro asks it itself,
    /// while it expands, when it knows the policy's table; `declared` is every status
    /// of `statuses(...)`, for the help line.
    pub const fn check_status(&self, status: u16, declared: StatusSet) -> Report {
        if !self.method_is_covered() || self.status_is_allowed(status) {
            return Report::PASSED;
        }
        let reason = self.reasons.reason(self.method, status);
        let mut m = Text::new();
        self.refusal_head(&mut m)
            .status(status)
            .str("\nwhy: ")
            .str(reason)
            .str("\n");
        self.allowed_line(&mut m);
        if self.named.contains(status) {
            // The body returns it: removing it from the list would hide it.
            m.str("help: where the body returns ")
                .number(status)
                .str(", ");
            self.instead(&mut m, status);
            m.str("; then remove ")
                .number(status)
                .str(" from `statuses(...)`");
            self.policy_help(&mut m, StatusSet::EMPTY.with(status));
        } else {
            // The reason names the status to answer instead, when the guideline gives one.
            let named = named_statuses(reason).without(status);
            let instead = named.difference(named.difference(self.table.allowed(self.method)));
            if instead.is_empty() {
                m.str("help: remove ")
                    .number(status)
                    .str(" from `statuses(...)`");
                self.policy_help(&mut m, StatusSet::EMPTY.with(status));
            } else {
                m.str("help: answer ").statuses_or(instead).str(" instead");
                let missing = instead.difference(declared);
                if missing.is_empty() {
                    m.str(", which `statuses(...)` declares already, and remove ")
                        .number(status)
                        .str(" from it");
                } else {
                    m.str(": write ")
                        .set(missing)
                        .str(" in place of ")
                        .number(status)
                        .str(" in `statuses(...)`");
                }
            }
        }
        Report::failed(m)
    }

    /// A status the handler's body names where it builds a response (`return
    /// StatusCode::NOT_FOUND`), checked as a status of `statuses(...)` is: the policy
    /// must allow it for the method, and `declared`, the handler's
    /// `statuses(...)` when it has them, must list it.
    pub const fn check_named(&self, status: u16, declared: Option<StatusSet>) -> Report {
        if !self.table.covers(self.method) {
            return Report::PASSED;
        }
        let mut m = Text::new();
        if !self.table.allows(self.method, status) {
            m.str("this ")
                .str(self.method.as_str())
                .str(" handler returns ")
                .status(status)
                .str(" here, but the policy `")
                .str(self.policy)
                .str("` does not allow it\nwhy: ")
                .str(self.reasons.reason(self.method, status))
                .str("\n");
            self.allowed_line(&mut m);
            m.str("help: ");
            self.instead(&mut m, status);
            self.policy_help(&mut m, StatusSet::EMPTY.with(status));
            m.str("\n").str(NOT_SEEN);
            return Report::failed(m);
        }
        self.check_undeclared(status, declared)
    }

    /// The declared side of [`check_named`](Endpoint::check_named) alone: `declared`,
    /// the handler's `statuses(...)` when it has them, must list `status`, which the
    /// body returns. It needs no policy, so the macro checks it whatever the policy.
    pub const fn check_undeclared(&self, status: u16, declared: Option<StatusSet>) -> Report {
        let mut m = Text::new();
        match declared {
            Some(declared) if !declared.contains(status) => {
                m.str("this handler returns ")
                    .status(status)
                    .str(" here, but `statuses(...)` does not declare it\ndeclared: ")
                    .set(declared)
                    .str("\nhelp: add ")
                    .number(status)
                    .str(" to `statuses(...)`: it lists every status the handler returns");
                Report::failed(m)
            }
            _ => Report::PASSED,
        }
    }

    /// A parameter whose extractor answers a request it cannot read with
    /// `rejections`, before the handler runs: the policy must allow
    /// them. `ty` is the parameter's type as written; `instead` an extractor that
    /// reads the same input and answers 400 only ([`Rejections::INSTEAD`]).
    ///
    /// [`Rejections::INSTEAD`]: crate::Rejections::INSTEAD
    pub const fn check_rejections(&self, ty: &str, rejections: StatusSet, instead: &str) -> Report {
        if !self.table.covers(self.method) {
            return Report::PASSED;
        }
        let refused = rejections.difference(self.table.allowed(self.method));
        if refused.is_empty() {
            return Report::PASSED;
        }
        let mut m = Text::new();
        self.refusal_head(&mut m)
            .statuses_or(refused)
            .str(": the extractor `")
            .str(ty)
            .str("` answers ")
            .str(if refused.len() > 1 { "them" } else { "it" })
            .str(" to a request it cannot read, before the handler runs");
        let mut next = refused.next(None);
        while let Some(code) = next {
            m.str("\nwhy ")
                .number(code)
                .str(": ")
                .str(self.reasons.reason(self.method, code));
            next = refused.next(Some(code));
        }
        m.str("\n");
        self.allowed_line(&mut m);
        if !instead.is_empty() && self.table.allows(self.method, 400) {
            m.str("help: take the parameter as `");
            self.facade_path(&mut m, instead);
            m.str("`, which reads the same input and answers 400 instead");
        } else {
            m.str("help: wrap the extractor in a type of your own that answers with an allowed status and implements `")
                .str(self.krate)
                .str("::Rejections`");
        }
        self.policy_help(&mut m, refused);
        m.str("\nnote: the check reads the extractor's type, not the app's configuration: axum's extractors are taken as axum answers, actix-web's as rest-status's error handlers configure them (400)");
        Report::failed(m)
    }

    /// `path`, a path into the facade written `rest_status::...`, as the handler's
    /// crate names the facade.
    const fn facade_path(&self, m: &mut Text, path: &str) {
        const FACADE: &[u8] = b"rest_status";
        let bytes = path.as_bytes();
        if bytes.len() > FACADE.len() && bytes_eq(bytes.split_at(FACADE.len()).0, FACADE) {
            if let Ok(rest) = core::str::from_utf8(bytes.split_at(FACADE.len()).1) {
                m.str(self.krate).str(rest);
                return;
            }
        }
        m.str(path);
    }

    /// The guidelines' advice on what to answer instead of `status`, when this policy
    /// allows every status it names: a preset with other rules (Zalando refuses 204 for
    /// HEAD) is never told to answer what it refuses.
    const fn advice(&self, status: u16) -> Option<&'static str> {
        let Some(advice) = refusal_instead(self.method, status) else {
            return None;
        };
        let named = named_statuses(advice).without(status);
        if !named.is_empty() && self.table.allows_all(self.method, named) {
            Some(advice)
        } else {
            None
        }
    }

    /// What to answer instead of `status`: the guidelines' own advice where they give
    /// it, else the method's allowed statuses of the same kind.
    const fn instead(&self, m: &mut Text, status: u16) {
        if let Some(advice) = self.advice(status) {
            m.str(advice);
            return;
        }
        let allowed = self.table.allowed(self.method);
        let mut successes = StatusSet::EMPTY;
        let mut next = allowed.next(None);
        while let Some(code) = next {
            if code / 100 == 2 {
                successes = successes.with(code);
            }
            next = allowed.next(Some(code));
        }
        if status == 410 && allowed.contains(404) {
            m.str("answer 404: a resource that is gone is not found");
        } else if status / 100 == 2 && !successes.is_empty() {
            m.str("answer ").statuses_or(successes);
        } else if status / 100 == 4 && allowed.contains(400) {
            m.str("answer 400 with an error code that says what is wrong");
        } else if status / 100 == 5 && allowed.contains(500) {
            m.str("answer 500");
        } else {
            m.str("answer one of the allowed statuses");
        }
    }

    /// The refusal of a part of the return type ([`excess`](Endpoint::excess)). `ty`
    /// is the type as written and `role` what it is (`return type`, `success type`,
    /// `error type`); `known` is its [`Statuses`](crate::Statuses) set when it has
    /// one, `sources` the variants that bring each status in, `declared` the
    /// handler's `statuses(...)`.
    const fn check_type(
        &self,
        role: &'static str,
        ty: &'static str,
        known: Option<StatusSet>,
        sources: &'static [StatusSource],
        declared: Option<StatusSet>,
    ) -> Report {
        let excess = self.excess(known, declared);
        if !self.method_is_covered() || excess.is_empty() {
            return Report::PASSED;
        }
        match (known, declared) {
            (None, _) => Report::PASSED,
            (Some(_), Some(declared)) => undeclared(role, ty, excess, sources, declared),
            (Some(_), None) => {
                let refused = excess;
                let mut m = Text::new();
                self.refusal_head(&mut m)
                    .statuses_or(refused)
                    .str(", which the ")
                    .str(role)
                    .str(" `")
                    .str(ty)
                    .str("` brings in");
                if refused.len() == 1 {
                    let code = first(refused);
                    variant(&mut m, sources, code);
                    m.str("\nwhy: ").str(self.reasons.reason(self.method, code));
                } else {
                    let mut next = refused.next(None);
                    while let Some(code) = next {
                        m.str("\nwhy ").number(code);
                        variant(&mut m, sources, code);
                        m.str(": ").str(self.reasons.reason(self.method, code));
                        next = refused.next(Some(code));
                    }
                }
                m.str("\n");
                self.allowed_line(&mut m);
                if all_have_sources(refused, sources) {
                    m.str("help: give ");
                    let mut next = refused.next(None);
                    let mut first = true;
                    while let Some(code) = next {
                        next = refused.next(Some(code));
                        if !first {
                            m.str(if next.is_none() { " and " } else { ", " });
                        }
                        first = false;
                        if let Some(name) = StatusSource::find(sources, code) {
                            m.str("`").str(name).str("`");
                        }
                    }
                    m.str(" an allowed status");
                } else if let (1, Some(advice)) = (refused.len(), self.advice(first(refused))) {
                    m.str("help: ").str(advice).str(", not `").str(ty).str("`");
                } else {
                    m.str("help: return a type with allowed statuses instead of `")
                        .str(ty)
                        .str("`");
                }
                self.policy_help(&mut m, refused);
                Report::failed(m)
            }
        }
    }

    /// `allowed for DELETE under `Strict`: 200, 204, 401, 403, 500`
    const fn allowed_line(&self, m: &mut Text) {
        m.str("allowed for ")
            .str(self.method.as_str())
            .str(" under `")
            .str(self.policy)
            .str("`: ")
            .set(self.table.allowed(self.method))
            .str("\n");
    }

    /// Ends a help line: names a built-in policy that allows `refused` and everything
    /// this one allows for the method, if one does.
    const fn policy_help(&self, m: &mut Text, refused: StatusSet) {
        let mut next = suggestion(0);
        while let Some((i, built_in)) = next {
            let (name, table) = (built_in.name, built_in.table);
            // Only a policy that allows what this one does too: switching to it must
            // not refuse what the handler's neighbours return.
            let wanted = refused.union(self.table.allowed(self.method));
            if !bytes_eq(name.as_bytes(), self.policy.as_bytes())
                && table.allows_all(self.method, wanted)
            {
                m.str(", or select `")
                    .str(name)
                    .str("`, which allows ")
                    .str(if refused.len() > 1 { "them" } else { "it" })
                    .str(": `policy = ")
                    .str(self.krate)
                    .str("::")
                    .str(built_in.path)
                    .str("`");
                return;
            }
            next = suggestion(i + 1);
        }
        m.str(", or select a policy that allows ")
            .str(if refused.len() > 1 { "them" } else { "it" })
            .str(" with `policy = path::To::Policy`");
    }
}

/// The refusal of a part of the return type that can return `undeclared`, statuses
/// `statuses(...)` does not declare.
const fn undeclared(
    role: &str,
    ty: &str,
    undeclared: StatusSet,
    sources: &[StatusSource],
    declared: StatusSet,
) -> Report {
    let mut m = Text::new();
    m.str("the ")
        .str(role)
        .str(" `")
        .str(ty)
        .str("` can return ")
        .statuses_or(undeclared);
    let many = undeclared.len() > 1;
    if !many {
        variant(&mut m, sources, first(undeclared));
    }
    m.str(", which `statuses(...)` does not declare\n");
    if many {
        let mut next = undeclared.next(None);
        while let Some(code) = next {
            if let Some(name) = StatusSource::find(sources, code) {
                m.number(code)
                    .str(" comes from variant `")
                    .str(name)
                    .str("`\n");
            }
            next = undeclared.next(Some(code));
        }
    }
    m.str("declared: ")
        .set(declared)
        .str("\nhelp: add ")
        .set(undeclared)
        .str(" to `statuses(...)`, or change `")
        .str(ty)
        .str("` so that it does not return ")
        .str(if many { "them" } else { "it" });
    Report::failed(m)
}

/// The refusal of the parts of a handler's return type whose statuses `declared`
/// does not cover, one paragraph each; passed when every part's are covered. The
/// rule is that of `Endpoint::excess` with declared statuses, which needs no table: the
/// macro checks the declared statuses against a table it knows itself.
pub const fn report_undeclared(set: StatusSet, parts: &[Part]) -> Report {
    let mut m = Text::new();
    let mut j = 0;
    while j < parts.len() {
        let part = parts[j];
        if let Some(known) = part.known {
            let excess = known.difference(set);
            if !excess.is_empty() {
                paragraph(
                    &mut m,
                    &undeclared(part.role, part.ty, excess, part.sources, set),
                );
            }
        }
        j += 1;
    }
    if m.len == 0 {
        return Report::PASSED;
    }
    Report::failed(m)
}

/// The statuses a reason's text names: `204` in "deleted again with 204".
const fn named_statuses(text: &str) -> StatusSet {
    let bytes = text.as_bytes();
    let mut set = StatusSet::EMPTY;
    let mut i = 0;
    while i + 3 <= bytes.len() {
        let starts = i == 0 || !bytes[i - 1].is_ascii_digit();
        let ends = i + 3 == bytes.len() || !bytes[i + 3].is_ascii_digit();
        if starts
            && ends
            && bytes[i].is_ascii_digit()
            && bytes[i + 1].is_ascii_digit()
            && bytes[i + 2].is_ascii_digit()
        {
            let code = (bytes[i] - b'0') as u16 * 100
                + (bytes[i + 1] - b'0') as u16 * 10
                + (bytes[i + 2] - b'0') as u16;
            if StatusSet::in_range(code) {
                set = set.with(code);
            }
        }
        i += 1;
    }
    set
}

/// `statuses(...)` as a set, `None` when the handler declares none.
const fn declared_set(declared: &[u16]) -> Option<StatusSet> {
    if declared.is_empty() {
        None
    } else {
        Some(StatusSet::of(declared))
    }
}

/// Appends a failed check's text to `m`, after a blank line when `m` holds one already.
const fn paragraph(m: &mut Text, report: &Report) {
    if !report.is_failed() {
        return;
    }
    if m.len > 0 {
        m.str("\n\n");
    }
    m.str(report.as_str());
}

/// Whether a variant brings in each status of `set`.
const fn all_have_sources(set: StatusSet, sources: &[StatusSource]) -> bool {
    let mut next = set.next(None);
    while let Some(code) = next {
        if StatusSource::find(sources, code).is_none() {
            return false;
        }
        next = set.next(Some(code));
    }
    true
}

/// ` (variant `NotFound`)` when a variant brings `code` in.
const fn variant(m: &mut Text, sources: &[StatusSource], code: u16) {
    if let Some(name) = StatusSource::find(sources, code) {
        m.str(" (variant `").str(name).str("`)");
    }
}

const fn first(set: StatusSet) -> u16 {
    match set.next(None) {
        Some(code) => code,
        None => 0,
    }
}

/// `a ` or `an `, for `a DELETE handler` and `an OPTIONS handler`.
const fn article(method: Method) -> &'static str {
    match method {
        Method::Options => "an ",
        _ => "a ",
    }
}

/// The `Method` variant's name, for code in a help line.
const fn variant_name(method: Method) -> &'static str {
    match method {
        Method::Get => "Get",
        Method::Head => "Head",
        Method::Post => "Post",
        Method::Put => "Put",
        Method::Patch => "Patch",
        Method::Delete => "Delete",
        Method::Options => "Options",
        Method::Trace => "Trace",
        Method::Connect => "Connect",
    }
}

/// The compile error of a handler whose `#[utoipa::path(responses(...))]` documents
/// other statuses than the ones `#[rest_endpoint]` checks it for; passed when the two
/// are the same set. `handler` is the fn's name.
pub const fn documented_report(
    handler: &'static str,
    checked: StatusSet,
    documented: StatusSet,
) -> Report {
    let missing = checked.difference(documented);
    let extra = documented.difference(checked);
    if missing.is_empty() && extra.is_empty() {
        return Report::PASSED;
    }
    let mut text = Text::new();
    text.str("the OpenAPI responses of `")
        .str(handler)
        .str("` are not the statuses `#[rest_endpoint]` checks it for (")
        .set(checked)
        .str(")");
    if !missing.is_empty() {
        text.str("\n  = checked but not documented in `responses(...)`: ")
            .statuses(missing);
    }
    if !extra.is_empty() {
        text.str("\n  = documented in `responses(...)` but not checked: ")
            .statuses(extra);
    }
    text.str("\n  = help: a client learns from the document what the handler may return; list in `responses(...)` the types of the return type (`responses(rest_status::response::Ok<Item>, ItemError)`), `rest_status::openapi::BadRequest` for an extractor's 400, or one `(status = N, ...)` per status, and nothing else");
    Report::failed(text)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::policy::{Extended, Policy, Strict};

    const STRICT_DELETE: Endpoint =
        Endpoint::new(Method::Delete, "Strict", Strict::TABLE, "rest_status");

    fn text(report: Report) -> String {
        assert!(report.is_failed(), "expected a refusal");
        report.as_str().to_owned()
    }

    #[test]
    fn an_allowed_status_passes() {
        for status in Strict::TABLE.allowed(Method::Delete) {
            let report = STRICT_DELETE.check_status(status, StatusSet::EMPTY);
            assert!(!report.is_failed());
            assert_eq!(report.as_str(), "");
        }
        assert!(!STRICT_DELETE.check_method().is_failed());
    }

    #[test]
    fn a_refused_literal_says_what_why_and_what_to_do() {
        assert_eq!(
            text(STRICT_DELETE.check_status(404, StatusSet::of(&[404]))),
            "the policy `Strict` does not allow a DELETE handler to return 404 Not Found\n\
             why: a resource that is already gone is deleted again with 204; clients usually do not care whether it was deleted before\n\
             allowed for DELETE under `Strict`: 200, 204, 401, 403, 500\n\
             help: answer 204 No Content instead: write 204 in place of 404 in `statuses(...)`"
        );
        let get = Endpoint::new(Method::Get, "Strict", Strict::TABLE, "rs");
        // The reason names 200, declared already: only the removal is left.
        assert!(text(get.check_status(204, StatusSet::of(&[200, 204]))).ends_with(
            "help: answer 200 OK instead, which `statuses(...)` declares already, and remove 204 from it"
        ));
        assert!(text(get.check_status(410, StatusSet::of(&[410]))).ends_with(
            "help: remove 410 from `statuses(...)`, or select `Extended`, which allows it: `policy = rs::Extended`"
        ));
    }

    #[test]
    fn a_refused_literal_the_body_returns_is_fixed_in_the_body() {
        let returning = STRICT_DELETE.returning(StatusSet::of(&[404]));
        assert!(text(returning.check_status(404, StatusSet::of(&[204, 404]))).ends_with(
            "\nhelp: where the body returns 404, answer 204: the resource is gone either way; then remove 404 from `statuses(...)`, or select a policy that allows it with `policy = path::To::Policy`"
        ));
    }

    #[test]
    fn a_status_named_in_the_body_is_checked_like_a_literal() {
        assert_eq!(
            text(STRICT_DELETE.check_named(404, None)),
            "this DELETE handler returns 404 Not Found here, but the policy `Strict` does not allow it\n\
             why: a resource that is already gone is deleted again with 204; clients usually do not care whether it was deleted before\n\
             allowed for DELETE under `Strict`: 200, 204, 401, 403, 500\n\
             help: answer 204: the resource is gone either way, or select a policy that allows it with `policy = path::To::Policy`\n\
             note: rest-status checks the statuses a handler's body names where it builds a response; a status computed at run time or built in another function is not seen: `statuses(...)` speaks for it"
        );
        assert!(!STRICT_DELETE.check_named(204, None).is_failed());
        assert!(!STRICT_DELETE
            .check_named(204, Some(StatusSet::of(&[204])))
            .is_failed());
        assert_eq!(
            text(STRICT_DELETE.check_named(500, Some(StatusSet::of(&[204])))),
            "this handler returns 500 Internal Server Error here, but `statuses(...)` does not declare it\n\
             declared: 204\n\
             help: add 500 to `statuses(...)`: it lists every status the handler returns"
        );
        // The policy's refusal comes first: declaring it would not help.
        assert!(
            text(STRICT_DELETE.check_named(404, Some(StatusSet::of(&[204]))))
                .starts_with("this DELETE handler returns 404 Not Found here, but the policy")
        );
        let post = Endpoint::new(Method::Post, "Strict", Strict::TABLE, "rest_status");
        assert!(text(post.check_named(200, None)).contains(
            "\nhelp: answer 201 with an identifier of the new resource (`response::Created`), or select"
        ));
        let put = Endpoint::new(Method::Put, "Strict", Strict::TABLE, "rest_status");
        assert!(text(put.check_named(409, None))
            .contains("\nhelp: answer 400 with an error code that says what is wrong, or select"));
        let head = Endpoint::new(Method::Head, "Strict", Strict::TABLE, "rest_status");
        assert!(!head.check_named(418, None).is_failed());
    }

    #[test]
    fn an_extractor_s_refused_rejections_point_to_one_that_answers_400() {
        let post = Endpoint::new(Method::Post, "Strict", Strict::TABLE, "rs");
        let json = StatusSet::of(&[400, 413, 415, 422]);
        assert_eq!(
            text(post.check_rejections("Json<NewItem>", json, "rest_status::axum::Json")),
            "the policy `Strict` does not allow a POST handler to return 413 Payload Too Large, 415 Unsupported Media Type or 422 Unprocessable Entity: the extractor `Json<NewItem>` answers them to a request it cannot read, before the handler runs\n\
             why 413: the guideline keeps the statuses an API returns few, and puts details in the error object\n\
             why 415: the guideline keeps the statuses an API returns few, and puts details in the error object\n\
             why 422: a request with invalid fields is 400, with an error code that names the field\n\
             allowed for POST under `Strict`: 201, 400, 401, 403, 500\n\
             help: take the parameter as `rs::axum::Json`, which reads the same input and answers 400 instead, or select a policy that allows them with `policy = path::To::Policy`\n\
             note: the check reads the extractor's type, not the app's configuration: axum's extractors are taken as axum answers, actix-web's as rest-status's error handlers configure them (400)"
        );
        assert!(!post
            .check_rejections("Query<Page>", StatusSet::of(&[400]), "")
            .is_failed());
        // GET may not answer 400 under Strict: the 400 extractor is no fix there.
        let get = Endpoint::new(Method::Get, "Strict", Strict::TABLE, "rest_status");
        let path = text(get.check_rejections(
            "Path<u64>",
            StatusSet::of(&[400, 500]),
            "rest_status::axum::Path",
        ));
        assert!(path.starts_with("the policy `Strict` does not allow a GET handler to return 400 Bad Request: the extractor `Path<u64>` answers it to"));
        assert!(path.ends_with("\nhelp: wrap the extractor in a type of your own that answers with an allowed status and implements `rest_status::Rejections`, or select `Extended`, which allows it: `policy = rest_status::Extended`\nnote: the check reads the extractor's type, not the app's configuration: axum's extractors are taken as axum answers, actix-web's as rest-status's error handlers configure them (400)"));
    }

    #[test]
    fn a_preset_refuses_with_its_own_reasons_and_suggests_no_other_guideline() {
        use crate::presets::{Azure, Zalando};
        let zalando = Endpoint::new(Method::Head, "Zalando", Zalando::TABLE, "rest_status")
            .with_reasons(Zalando::REASONS);
        // Extended allows HEAD 204, but not all that Zalando allows for HEAD.
        assert_eq!(
            text(zalando.check_status(204, StatusSet::EMPTY)),
            "the policy `Zalando` does not allow a HEAD handler to return 204 No Content\n\
             why: Zalando rule 150: 204 No Content is for methods that change something\n\
             allowed for HEAD under `Zalando`: 200, 304, 400, 401, 403, 404, 405, 406, 410, 428, 429, 431, 500, 501, 502, 503, 504\n\
             help: remove 204 from `statuses(...)`, or select a policy that allows it with `policy = path::To::Policy`"
        );
        let azure = Endpoint::new(Method::Delete, "Azure", Azure::TABLE, "rest_status")
            .with_reasons(Azure::REASONS);
        assert!(text(azure.check_status(404, StatusSet::EMPTY)).contains(
            "\nwhy: Azure http-delete-returns-204: a DELETE answers 204 even when the resource does not exist, never 404\n"
        ));
        // Zalando allows DELETE 404 and all Strict allows for DELETE, but a preset is
        // never suggested: it is another organisation's guideline.
        let strict = text(STRICT_DELETE.check_status(404, StatusSet::EMPTY));
        assert!(!strict.contains("Zalando"), "{strict}");
        let named = text(STRICT_DELETE.check_named(404, None));
        assert!(
            named.contains("or select a policy that allows it with `policy = path::To::Policy`")
        );
        // A policy without the preset's reasons gets the guideline's.
        let plain = Endpoint::new(Method::Delete, "Azure", Azure::TABLE, "rest_status");
        assert!(text(plain.check_status(404, StatusSet::EMPTY))
            .contains("\nwhy: a resource that is already gone"));
    }

    #[test]
    fn the_guidelines_advice_never_names_a_status_the_policy_refuses() {
        // Strict's advice for DELETE + 404 is to answer 204; a table without 204 for
        // DELETE is pointed to the statuses it allows.
        let table = MethodTable::EMPTY.with_method(Method::Delete, StatusSet::of(&[200, 500]));
        let own = Endpoint::new(Method::Delete, "Own", table, "rest_status");
        let named = text(own.check_named(404, None));
        assert!(!named.contains("answer 204"), "{named}");
        assert!(
            named.contains("\nhelp: answer one of the allowed statuses"),
            "{named}"
        );
        assert!(text(STRICT_DELETE.check_named(404, None))
            .contains("\nhelp: answer 204: the resource is gone either way"));
    }

    #[test]
    fn head_under_strict_points_to_extended() {
        let head = Endpoint::new(Method::Head, "Strict", Strict::TABLE, "rest_status");
        assert_eq!(
            text(head.check_method()),
            "the policy `Strict` has no rules for HEAD handlers: it covers GET, POST, PUT, PATCH, DELETE\n\
             help: the built-in policy `Extended` covers HEAD (204, 400, 401, 403, 404, 410, 500): write `policy = rest_status::Extended`"
        );
        // The status checks stay quiet: the method error says it all.
        assert!(!head.check_status(500, StatusSet::EMPTY).is_failed());
        assert!(!head
            .check_type("return type", "()", None, &[], None)
            .is_failed());
    }

    #[test]
    fn a_method_no_builtin_covers_explains_custom_policies() {
        let options = Endpoint::new(Method::Options, "Extended", Extended::TABLE, "rest_status");
        let text = text(options.check_method());
        assert!(text.starts_with(
            "the policy `Extended` has no rules for OPTIONS handlers: it covers GET, HEAD, POST, PUT, PATCH, DELETE\n\
             help: no built-in policy covers OPTIONS; define a policy whose table covers it, e.g. `impl Policy"
        ));
        assert!(
            text.contains("Strict::TABLE.with_method(Method::Options, StatusSet::of(&[200, 204]))")
        );
    }

    #[test]
    fn a_type_borne_refusal_names_the_type_and_the_variant() {
        const SOURCES: &[StatusSource] = &[
            StatusSource {
                status: 404,
                name: "NotFound",
            },
            StatusSource {
                status: 500,
                name: "Storage",
            },
        ];
        let known = Some(StatusSet::of(&[404, 500]));
        assert_eq!(
            text(STRICT_DELETE.check_type("error type", "InvoiceError", known, SOURCES, None)),
            "the policy `Strict` does not allow a DELETE handler to return 404 Not Found, which the error type `InvoiceError` brings in (variant `NotFound`)\n\
             why: a resource that is already gone is deleted again with 204; clients usually do not care whether it was deleted before\n\
             allowed for DELETE under `Strict`: 200, 204, 401, 403, 500\n\
             help: give `NotFound` an allowed status, or select a policy that allows it with `policy = path::To::Policy`"
        );
    }

    #[test]
    fn every_refused_status_of_a_type_is_in_one_error() {
        const SOURCES: &[StatusSource] = &[StatusSource {
            status: 410,
            name: "Gone",
        }];
        let known = Some(StatusSet::of(&[400, 404, 410]));
        let text = text(STRICT_DELETE.check_type("error type", "E", known, SOURCES, None));
        assert!(text.starts_with(
            "the policy `Strict` does not allow a DELETE handler to return 400 Bad Request, 404 Not Found or 410 Gone, which the error type `E` brings in\n\
             why 400: the guideline keeps"
        ));
        assert!(text.contains("\nwhy 410 (variant `Gone`): 410 Gone is for reads"));
        // 400 and 404 come from no variant: the help cannot name one.
        assert!(
            text.contains("\nhelp: return a type with allowed statuses instead of `E`, or select")
        );
        let all = [
            StatusSource {
                status: 400,
                name: "Invalid",
            },
            StatusSource {
                status: 404,
                name: "Missing",
            },
            StatusSource {
                status: 410,
                name: "Gone",
            },
        ];
        let sources: &'static [StatusSource] = Box::leak(Box::new(all));
        let text = STRICT_DELETE.check_type("error type", "E", known, sources, None);
        assert!(text.as_str().contains(
            "\nhelp: give `Invalid`, `Missing` and `Gone` an allowed status, or select a policy that allows them"
        ));
    }

    #[test]
    fn unknown_statuses_are_left_to_the_declared_ones() {
        let declared = Some(StatusSet::of(&[204]));
        assert!(!STRICT_DELETE
            .check_type("return type", "Response", None, &[], declared)
            .is_failed());
    }

    #[test]
    fn declared_statuses_must_cover_the_type() {
        const SOURCES: &[StatusSource] = &[StatusSource {
            status: 500,
            name: "Storage",
        }];
        let known = Some(StatusSet::of(&[204, 500]));
        assert!(!STRICT_DELETE
            .check_type(
                "error type",
                "E",
                known,
                SOURCES,
                Some(StatusSet::of(&[204, 500]))
            )
            .is_failed());
        assert_eq!(
            text(STRICT_DELETE.check_type("error type", "E", known, SOURCES, Some(StatusSet::of(&[204])))),
            "the error type `E` can return 500 Internal Server Error (variant `Storage`), which `statuses(...)` does not declare\n\
             declared: 204\n\
             help: add 500 to `statuses(...)`, or change `E` so that it does not return it"
        );
    }

    /// `first_failure` and `report` ask the same rules: over every method, both
    /// built-in tables and a spread of statuses, one finds a problem exactly when
    /// the other writes one, and the site `first_failure` names is one `report`
    /// refuses on its own.
    #[test]
    fn first_failure_and_report_agree_on_every_case() {
        const STATUSES: [u16; 16] = [
            100, 200, 201, 202, 204, 301, 304, 400, 401, 403, 404, 409, 410, 428, 500, 503,
        ];
        let part = |known| Part {
            role: "return type",
            ty: "T",
            known,
            sources: &[],
        };
        let mut cases = 0;
        for (name, table) in [("Strict", Strict::TABLE), ("Extended", Extended::TABLE)] {
            for method in Method::ALL {
                let endpoint = Endpoint::new(method, name, table, "rs");
                let agree = |declared: &[u16], parts: &[Part]| {
                    let site = endpoint.first_failure(declared, parts);
                    let report = endpoint.report(declared, parts);
                    assert_eq!(
                        site != 0,
                        report.is_failed(),
                        "{name} {method} {declared:?}"
                    );
                    if site >= 2 && site < 2 + declared.len() {
                        assert!(endpoint
                            .check_status(declared[site - 2], StatusSet::EMPTY)
                            .is_failed());
                    }
                };
                for a in STATUSES {
                    let one = Some(StatusSet::of(&[a]));
                    agree(&[a], &[]);
                    agree(&[], &[part(one)]);
                    agree(&[], &[part(None)]);
                    for b in STATUSES {
                        let two = Some(StatusSet::of(&[a, b]));
                        agree(&[a, b], &[part(None)]);
                        agree(&[a], &[part(Some(StatusSet::of(&[b])))]);
                        agree(&[], &[part(one), part(two)]);
                        cases += 3;
                    }
                }
            }
        }
        assert_eq!(cases, 2 * 9 * 16 * 16 * 3);
    }

    #[test]
    fn undeclared_statuses_of_every_part_are_reported() {
        const SOURCES: &[StatusSource] = &[StatusSource {
            status: 500,
            name: "Storage",
        }];
        let part = |role, ty, known| Part {
            role,
            ty,
            known,
            sources: SOURCES,
        };
        let passing = [
            part("success type", "Json<Item>", None),
            part("error type", "E", Some(StatusSet::of(&[500]))),
        ];
        assert!(!report_undeclared(StatusSet::of(&[200, 500]), &passing).is_failed());
        let failing = [
            part("success type", "Ok<()>", Some(StatusSet::of(&[200]))),
            part("error type", "E", Some(StatusSet::of(&[500]))),
        ];
        assert_eq!(
            text(report_undeclared(StatusSet::of(&[204]), &failing)),
            "the success type `Ok<()>` can return 200 OK, which `statuses(...)` does not declare\n\
             declared: 204\n\
             help: add 200 to `statuses(...)`, or change `Ok<()>` so that it does not return it\n\n\
             the error type `E` can return 500 Internal Server Error (variant `Storage`), which `statuses(...)` does not declare\n\
             declared: 204\n\
             help: add 500 to `statuses(...)`, or change `E` so that it does not return it"
        );
    }

    #[test]
    fn statuses_named_in_a_reason() {
        assert_eq!(
            named_statuses("deleted again with 204; not 404, nor 1000 or 99"),
            StatusSet::of(&[204, 404])
        );
        assert!(named_statuses("").is_empty());
    }

    #[test]
    fn a_long_message_is_cut_on_a_character_boundary() {
        let mut m = Text::new();
        while !m.truncated {
            m.str("é-");
        }
        let report = Report::failed(m);
        let text = report.as_str();
        assert!(text.ends_with(ELLIPSIS));
        assert!(text.len() <= CAPACITY);
        assert!(text.trim_end_matches(ELLIPSIS).ends_with(['é', '-']));
    }

    #[test]
    fn numbers_and_sets() {
        let mut m = Text::new();
        m.number(0)
            .str(" ")
            .number(599)
            .str(" ")
            .set(StatusSet::EMPTY);
        m.str(" ").statuses_or(StatusSet::of(&[200, 299]));
        assert_eq!(m.as_str(), "0 599 none 200 OK or 299");
    }
}
