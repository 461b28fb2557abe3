//! What `#[rest_endpoint]` expands to refers to: one check per handler.
//!
//! A handler whose statuses all come from its return type is checked by [`check`],
//! generic over the policy, given the statuses of each part of the return type: the
//! generated code reads them as `<T as Statuses>::STATUSES`, so a part without
//! statuses is a trait-bound error at the user's type, worded by `Statuses`'
//! `#[diagnostic::on_unimplemented]`. When the macro cannot read the policy's table
//! itself (a policy given by path), [`refuse_method`] checks the method
//! first. A handler that declares `statuses(...)` may return types without statuses,
//! so it reads them through [`Probe`] instead: [`check_undeclared`] when the macro has
//! checked the declared statuses against a built-in table itself, [`check_declared`]
//! otherwise.
//!
//! The checks panic through `#[track_caller]` functions: in const evaluation the error
//! points at the call, which the generated code spans at the user's tokens.
//!
//! Every argument of a check costs the type checker in every handler, so the generated
//! code writes the method as a number ([`method_number`]) and the names a refusal
//! speaks of as one string literal (`names`), split only when a check fails.

use core::marker::PhantomData;

pub use crate::check::{report_undeclared, Endpoint, Part, Report};
use crate::method::Method;
use crate::policy::{MethodTable, Policy};
use crate::reason::Reasons;
use crate::status::StatusSet;
use crate::statuses::{Rejections, StatusSource, Statuses};

/// Checks a handler returning `Result<A, B>` that declares no statuses, and fails with
/// every refusal when the policy `P` does not allow what the types bring in: the
/// statuses of `A` and of `B`, each with the variants that bring them in. `method` is
/// the [`method_number`]; `names` holds how the handler's crate names the facade, then
/// `A` and `B` as written, in one literal split by the private `names`.
///
/// The generated code reads them as `<A as Statuses>::STATUSES_AND_SOURCES`, so a
/// type without statuses is a trait-bound error at the user's type, not at a bound of
/// this fn.
#[track_caller]
pub const fn check<P: Policy + ?Sized>(
    method: u8,
    names: &'static str,
    (a_statuses, a_sources): (StatusSet, &'static [StatusSource]),
    (b_statuses, b_sources): (StatusSet, &'static [StatusSource]),
) {
    let method = self::method(method);
    // What a passing handler evaluates: two constants and a few bitset operations.
    if P::TABLE.allows_all(method, a_statuses.union(b_statuses)) {
        return;
    }
    let [krate, a, b] = self::names(names);
    let parts = [
        part("success type", a, a_statuses, a_sources),
        part("error type", b, b_statuses, b_sources),
    ];
    checked(
        Endpoint::new(method, P::NAME, P::TABLE, krate).with_reasons(P::REASONS),
        &parts,
    );
}

/// [`check`] of a handler whose return type is checked whole: `names` holds the
/// crate's name for the facade and the type.
#[track_caller]
pub const fn check_whole<P: Policy + ?Sized>(
    method: u8,
    names: &'static str,
    (a_statuses, a_sources): (StatusSet, &'static [StatusSource]),
) {
    let method = self::method(method);
    if P::TABLE.allows_all(method, a_statuses) {
        return;
    }
    let [krate, a] = self::names(names);
    let parts = [part("return type", a, a_statuses, a_sources)];
    checked(
        Endpoint::new(method, P::NAME, P::TABLE, krate).with_reasons(P::REASONS),
        &parts,
    );
}

/// Fails when the statuses a handler's `#[utoipa::path(responses(...))]` documents are
/// not the ones it is checked for (`checked`): the declared statuses, or its return
/// type's. `#[track_caller]`, so the error points at the generated call, spanned at
/// `responses`.
#[track_caller]
pub const fn check_documented(handler: &'static str, checked: StatusSet, documented: StatusSet) {
    let report = crate::check::documented_report(handler, checked, documented);
    if report.is_failed() {
        report.fail()
    }
}

/// Checks a status the handler's body names (`StatusCode::NOT_FOUND`) against a policy
/// the macro cannot read, given as `Probe::<P>::POLICY`: `None` when `P` is not a
/// policy, which the handler's main check reports, once. Spanned at the status.
#[track_caller]
pub const fn check_named(
    policy: Option<KnownPolicy>,
    method: u8,
    krate: &'static str,
    status: u16,
) {
    let Some((name, table, reasons)) = policy else {
        return;
    };
    let report = Endpoint::new(self::method(method), name, table, krate)
        .with_reasons(reasons)
        .check_named(status, None);
    if report.is_failed() {
        report.fail()
    }
}

/// The union of the parts' statuses, `None` when one part has none (its own check
/// reports that).
pub const fn known_union(parts: &[Option<StatusSet>]) -> Option<StatusSet> {
    let mut union = StatusSet::EMPTY;
    let mut i = 0;
    while i < parts.len() {
        match parts[i] {
            Some(statuses) => union = union.union(statuses),
            None => return None,
        }
        i += 1;
    }
    Some(union)
}

/// The union of the rejections of a handler's parameters, read by [`Probe`]; `None`
/// for a parameter that is not a known extractor.
pub const fn rejections_union(params: &[Option<StatusSet>]) -> StatusSet {
    let mut union = StatusSet::EMPTY;
    let mut i = 0;
    while i < params.len() {
        if let Some(rejections) = params[i] {
            union = union.union(rejections);
        }
        i += 1;
    }
    union
}

/// Checks the statuses with which a parameter's extractor rejects a request, read by
/// [`Probe`] as `Probe::<T>::EXTRACTOR`, under a policy the macro cannot read, given
/// as `Probe::<P>::POLICY`: `None` for a parameter that is not a known extractor
/// (`State<S>`), which passes, and for a policy that is not one (reported once, by
/// the main check). `names` holds the crate's name for the facade and the parameter's
/// type as written. Spanned at the parameter's type.
#[track_caller]
pub const fn check_parameter(
    policy: Option<KnownPolicy>,
    method: u8,
    names: &'static str,
    extractor: Extractor,
) {
    let (Some((name, table, reasons)), Some((rejections, instead))) = (policy, extractor) else {
        return;
    };
    let method = self::method(method);
    // What a passing parameter evaluates.
    if table.allows_all(method, rejections) {
        return;
    }
    let [krate, ty] = self::names(names);
    refuse_parameter(
        Endpoint::new(method, name, table, krate).with_reasons(reasons),
        ty,
        rejections,
        instead,
    );
}

/// [`check_parameter`] under the policy `P`, a built-in one the macro has named: no
/// probe of the policy, one of the parameter's type.
#[track_caller]
pub const fn check_extractor<P: Policy + ?Sized>(
    method: u8,
    names: &'static str,
    extractor: Extractor,
) {
    let Some((rejections, instead)) = extractor else {
        return;
    };
    let method = self::method(method);
    // What a passing parameter evaluates.
    if P::TABLE.allows_all(method, rejections) {
        return;
    }
    let [krate, ty] = self::names(names);
    refuse_parameter(
        Endpoint::new(method, P::NAME, P::TABLE, krate).with_reasons(P::REASONS),
        ty,
        rejections,
        instead,
    );
}

/// Fails with the refusal of the rejections of the parameter `ty`.
#[track_caller]
const fn refuse_parameter(
    endpoint: Endpoint,
    ty: &'static str,
    rejections: StatusSet,
    instead: &'static str,
) {
    let report = endpoint.check_rejections(ty, rejections, instead);
    if report.is_failed() {
        report.fail()
    }
}

/// [`check`] of a handler one side of whose `Result` is spoken for by the statuses its
/// body names: `names` holds the crate's name for the facade, the other side's role
/// (`success type` or `error type`) and its type.
#[track_caller]
pub const fn check_side<P: Policy + ?Sized>(
    method: u8,
    names: &'static str,
    (a_statuses, a_sources): (StatusSet, &'static [StatusSource]),
) {
    let method = self::method(method);
    if P::TABLE.allows_all(method, a_statuses) {
        return;
    }
    let [krate, role, a] = self::names(names);
    let parts = [part(role, a, a_statuses, a_sources)];
    checked(
        Endpoint::new(method, P::NAME, P::TABLE, krate).with_reasons(P::REASONS),
        &parts,
    );
}

/// Whether the policy `P` has rules for `method`.
pub const fn covers<P: Policy + ?Sized>(method: Method) -> bool {
    P::TABLE.covers(method)
}

/// Fails with the refusal of the method numbered `method` ([`method_number`]) when the
/// policy `P` has no rules for it, and gives the number back otherwise. The generated
/// code writes the call, spanned at the method, as the first argument of the check of
/// the return type: the method is checked first, in the same call, where a branch on
/// [`covers`] took two.
///
/// The help of the refusal names the facade `rest_status`; a crate that names it
/// otherwise (`crate = path`) gets [`refuse_method_in`]. One argument less costs every
/// handler under such a policy less in the type checker.
#[track_caller]
pub const fn refuse_method<P: Policy + ?Sized>(method: u8) -> u8 {
    refuse_method_in::<P>(method, "rest_status")
}

/// [`refuse_method`] in a crate that names the facade `krate`.
#[track_caller]
pub const fn refuse_method_in<P: Policy + ?Sized>(method: u8, krate: &'static str) -> u8 {
    let number = method;
    let method = self::method(number);
    if !P::TABLE.covers(method) {
        checked(
            Endpoint::new(method, P::NAME, P::TABLE, krate).with_reasons(P::REASONS),
            &[],
        );
    }
    number
}

/// The number the generated code writes for `method`, a `u8` literal (`5u8` for
/// `DELETE`): its [`Method::index`], its column in a table. The type checker takes a
/// literal in less time than the path to the variant, in every check of every
/// handler. The checks read it back with the private `method`.
pub const fn method_number(method: Method) -> u8 {
    method.index() as u8
}

/// The method [`method_number`] numbered `number`. The macro writes no other number;
/// another is out of [`Method::ALL`]'s bounds, an error of const evaluation.
const fn method(number: u8) -> Method {
    Method::ALL[number as usize]
}

/// The names a check's refusal speaks of, written by the generated code as one string
/// literal, each followed by `\0` but the last: how the handler's crate names the
/// facade, a part's role where it is not fixed, the types as written. One literal
/// costs the type checker less than one per name, in every check of every handler; a
/// stringified Rust type holds no `\0`. Split only when a check fails, after its fast
/// test: the split's loop costs const evaluation far more than the literal saves the
/// type checker, which is why `probed`, evaluated in every handler, takes its names
/// apart. A name missing from `names` is empty.
const fn names<const N: usize>(names: &'static str) -> [&'static str; N] {
    let mut split = [""; N];
    let mut rest = names.as_bytes();
    let mut n = 0;
    while n < N {
        let mut end = 0;
        while end < rest.len() && rest[end] != 0 {
            end += 1;
        }
        let (name, after) = rest.split_at(end);
        // Split before an ASCII byte: both sides are UTF-8, so never `Err`.
        if let Ok(name) = core::str::from_utf8(name) {
            split[n] = name;
        }
        rest = if after.is_empty() {
            after
        } else {
            after.split_at(1).1
        };
        n += 1;
    }
    split
}

/// A part of the return type whose statuses are known.
const fn part(
    role: &'static str,
    ty: &'static str,
    statuses: StatusSet,
    sources: &'static [StatusSource],
) -> Part {
    Part {
        role,
        ty,
        known: Some(statuses),
        sources,
    }
}

/// Fails with [`Endpoint::report`] when [`Endpoint::first_failure`] finds a problem;
/// `#[track_caller]` all the way, so the error points at the generated call.
#[track_caller]
const fn checked(endpoint: Endpoint, parts: &[Part]) {
    if endpoint.first_failure(&[], parts) != 0 {
        endpoint.report(&[], parts).fail()
    }
}

/// [`Endpoint::first_failure`] of a handler that declares `statuses(...)`.
pub const fn check_declared<P: Policy + ?Sized>(
    method: u8,
    declared: &[u16],
    parts: &[Part],
) -> usize {
    Endpoint::new(self::method(method), P::NAME, P::TABLE, "")
        .with_reasons(P::REASONS)
        .first_failure(declared, parts)
}

/// [`Endpoint::report`] of the handler [`check_declared`] refused; `named`, the
/// statuses its body names where it builds a response.
pub const fn explain_declared<P: Policy + ?Sized>(
    method: u8,
    krate: &'static str,
    declared: &[u16],
    parts: &[Part],
    named: &[u16],
) -> Report {
    Endpoint::new(self::method(method), P::NAME, P::TABLE, krate)
        .with_reasons(P::REASONS)
        .returning(StatusSet::of(named))
        .report(declared, parts)
}

/// Checks a handler that declares `statuses(...)` under a policy whose table the macro
/// knows, and has checked the declared statuses against already: only the statuses of
/// the parts of the return type are left, which must be among the declared ones
/// (`declared`, the set's [`words`]). Fails with every part that brings in one that
/// is not.
#[track_caller]
pub const fn check_undeclared(declared: [u64; 8], parts: &[Part]) {
    let declared = StatusSet::from_words(declared);
    let mut j = 0;
    while j < parts.len() {
        if let Some(known) = parts[j].known {
            if !known.is_subset(declared) {
                report_undeclared(declared, parts).fail()
            }
        }
        j += 1;
    }
}

/// The bits of `set`, which the macro writes as the first argument of
/// [`check_undeclared`].
pub const fn words(set: StatusSet) -> [u64; 8] {
    set.words()
}

/// Answers, at compile time, whether `T` implements [`Statuses`], without a trait-bound
/// error when it does not.
///
/// `Probe::<T>::KNOWN` names the inherent constant when `T: Statuses` holds (inherent
/// associated items win over trait ones), and [`ProbeFallback::KNOWN`], `None`,
/// otherwise. The generated code imports `ProbeFallback` so the fallback is in scope.
/// Used where declared statuses may speak for a type without its own.
pub struct Probe<T: ?Sized>(PhantomData<T>);

impl<T: ?Sized + Statuses> Probe<T> {
    /// `T`'s statuses.
    pub const KNOWN: Option<StatusSet> = Some(T::STATUSES);
    /// The variants that bring each status in.
    pub const SOURCES: &'static [StatusSource] = T::SOURCES;
    /// Both at once, for [`probed`]: one lookup of the probe per part instead of two.
    pub const FOUND: Found = (Some(T::STATUSES), T::SOURCES);
}

/// What [`Probe`] found of a policy: its name, table and reasons for refusing.
pub type KnownPolicy = (&'static str, MethodTable, Reasons);

/// What [`Probe`] found of a type: its statuses, if known, and their variants.
pub type Found = (Option<StatusSet>, &'static [StatusSource]);

/// The part of the return type `ty` whose statuses [`Probe`] `found`.
pub const fn probed(role: &'static str, ty: &'static str, found: Found) -> Part {
    Part {
        role,
        ty,
        known: found.0,
        sources: found.1,
    }
}

impl<T: ?Sized + Policy> Probe<T> {
    /// The policy `T`'s name, table and reasons.
    pub const POLICY: Option<KnownPolicy> = Some((T::NAME, T::TABLE, T::REASONS));
}

impl<T: ?Sized + Rejections> Probe<T> {
    /// The statuses with which the extractor `T` rejects a request.
    pub const REJECTIONS: Option<StatusSet> = Some(T::REJECTIONS);
    /// Those statuses and the extractor to take instead, for [`check_parameter`] and
    /// [`check_extractor`]: one lookup of the probe per parameter instead of two.
    pub const EXTRACTOR: Extractor = Some((T::REJECTIONS, T::INSTEAD));
}

/// What [`Probe`] found of a parameter's type: the statuses with which it rejects a
/// request and the extractor to take instead, when it is an extractor whose
/// rejections are known.
pub type Extractor = Option<(StatusSet, &'static str)>;

/// The answer of [`Probe`] for a type that does not implement [`Statuses`] or
/// [`Rejections`].
pub trait ProbeFallback {
    /// Not known.
    const KNOWN: Option<StatusSet> = None;
    /// No variants.
    const SOURCES: &'static [StatusSource] = &[];
    /// Neither.
    const FOUND: Found = (None, &[]);
    /// Not an extractor with known rejections.
    const REJECTIONS: Option<StatusSet> = None;
    /// Not an extractor with known rejections.
    const EXTRACTOR: Extractor = None;
    /// Not a policy.
    const POLICY: Option<KnownPolicy> = None;
}

impl<T: ?Sized> ProbeFallback for Probe<T> {}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::policy::Strict;
    use crate::response::{NoContent, Ok};

    struct Unknown;

    struct Failure;

    impl Statuses for Failure {
        const STATUSES: StatusSet = StatusSet::of(&[500]);
    }

    struct Extractor;

    impl Rejections for Extractor {
        const REJECTIONS: StatusSet = StatusSet::of(&[400, 415]);
        const INSTEAD: &'static str = "rest_status::Better";
    }

    #[test]
    fn probe_tells_extractors_from_other_parameters() {
        assert_eq!(
            Probe::<Extractor>::REJECTIONS,
            Some(StatusSet::of(&[400, 415]))
        );
        assert_eq!(
            Probe::<Extractor>::EXTRACTOR,
            Some((StatusSet::of(&[400, 415]), "rest_status::Better"))
        );
        assert_eq!(Probe::<Unknown>::REJECTIONS, None);
        assert_eq!(Probe::<Unknown>::EXTRACTOR, None);
        // A type with statuses is not an extractor for that.
        assert_eq!(Probe::<NoContent>::REJECTIONS, None);
        assert_eq!(
            panic_text(|| check_parameter(
                Probe::<Strict>::POLICY,
                method_number(Method::Post),
                "rest_status\0Unknown",
                Probe::<Unknown>::EXTRACTOR,
            )),
            None
        );
        assert_eq!(
            panic_text(|| check_parameter(
                Probe::<Strict>::POLICY,
                method_number(Method::Put),
                "rest_status\0Extractor",
                Probe::<Extractor>::EXTRACTOR,
            ))
            .unwrap()
            .lines()
            .next(),
            Some("the policy `Strict` does not allow a PUT handler to return 415 Unsupported Media Type: the extractor `Extractor` answers it to a request it cannot read, before the handler runs")
        );
        // Under a built-in policy the macro names, the same check without the probe
        // of the policy.
        assert_eq!(
            panic_text(|| check_extractor::<Strict>(
                method_number(Method::Post),
                "rest_status\0Unknown",
                Probe::<Unknown>::EXTRACTOR
            )),
            None
        );
        assert_eq!(
            panic_text(|| check_extractor::<Strict>(
                method_number(Method::Put),
                "rest_status\0Extractor",
                Probe::<Extractor>::EXTRACTOR
            )),
            panic_text(|| check_parameter(
                Probe::<Strict>::POLICY,
                method_number(Method::Put),
                "rest_status\0Extractor",
                Probe::<Extractor>::EXTRACTOR,
            ))
        );
        assert!(panic_text(|| check_extractor::<Strict>(
            method_number(Method::Put),
            "rest_status\0Extractor",
            Probe::<Extractor>::EXTRACTOR
        ))
        .is_some());
        assert_eq!(
            panic_text(|| check_named(
                Probe::<Strict>::POLICY,
                method_number(Method::Get),
                "rest_status",
                200
            )),
            None
        );
        // Not a policy: left to the handler's main check.
        assert_eq!(Probe::<Unknown>::POLICY, None);
        assert_eq!(
            panic_text(|| check_named(
                Probe::<Unknown>::POLICY,
                method_number(Method::Get),
                "rest_status",
                204
            )),
            None
        );
        assert!(panic_text(|| check_named(Probe::<Strict>::POLICY, method_number(Method::Get), "rest_status", 204))
            .unwrap()
            .starts_with("this GET handler returns 204 No Content here, but the policy `Strict` does not allow it\n"));
    }

    #[test]
    fn probe_tells_known_from_unknown() {
        assert_eq!(Probe::<NoContent>::KNOWN, Some(StatusSet::of(&[204])));
        assert_eq!(Probe::<Unknown>::KNOWN, None);
        assert!(Probe::<Unknown>::SOURCES.is_empty());
        assert_eq!(
            Probe::<Result<NoContent, NoContent>>::KNOWN,
            Some(StatusSet::of(&[204]))
        );
        assert_eq!(Probe::<Result<NoContent, Unknown>>::KNOWN, None);
    }

    fn panic_text(check: impl FnOnce() + std::panic::UnwindSafe) -> Option<String> {
        let payload = std::panic::catch_unwind(check).err()?;
        payload.downcast_ref::<String>().cloned().or_else(|| {
            payload
                .downcast_ref::<&str>()
                .map(|text| (*text).to_owned())
        })
    }

    #[test]
    fn check_passes_quietly_or_fails_with_every_refusal() {
        assert_eq!(
            panic_text(|| check_whole::<Strict>(
                method_number(Method::Delete),
                "rest_status\0NoContent",
                NoContent::STATUSES_AND_SOURCES
            )),
            None
        );
        let text = panic_text(|| {
            check::<Strict>(
                method_number(Method::Post),
                "rest_status\0NoContent\0Ok<()>",
                (NoContent::STATUSES, &[]),
                (Ok::<()>::STATUSES, &[]),
            )
        })
        .unwrap();
        assert!(text.starts_with(
            "the policy `Strict` does not allow a POST handler to return 204 No Content, which the success type `NoContent` brings in\n"
        ));
        assert!(text.contains(
            "\n\nthe policy `Strict` does not allow a POST handler to return 200 OK, which the error type `Ok<()>` brings in\n"
        ));
        let whole = panic_text(|| {
            check_whole::<Strict>(
                method_number(Method::Post),
                "rest_status\0Ok<()>",
                (Ok::<()>::STATUSES, &[]),
            )
        });
        assert!(whole
            .unwrap()
            .contains(", which the return type `Ok<()>` brings in"));
    }

    #[test]
    fn names_and_methods_are_read_back_as_written() {
        assert_eq!(
            names("rest_status\0NoContent\0Ok<()>"),
            ["rest_status", "NoContent", "Ok<()>"]
        );
        assert_eq!(
            names("::my::rs\0success type\0Json<Item>"),
            ["::my::rs", "success type", "Json<Item>"]
        );
        assert_eq!(
            names::<2>("rest_status\0&'static str"),
            ["rest_status", "&'static str"]
        );
        // Fewer names than the check reads: the missing ones are empty, no panic.
        assert_eq!(names::<3>("rest_status"), ["rest_status", "", ""]);
        assert_eq!(names::<2>(""), ["", ""]);
        assert_eq!(names::<2>("é\0ü"), ["é", "ü"]);
        for each in Method::ALL {
            assert_eq!(method(method_number(each)), each);
        }
        assert_eq!(method_number(Method::Delete), 5);
    }

    #[test]
    fn a_method_without_rules_is_refused_on_its_own() {
        assert!(covers::<Strict>(Method::Get));
        assert!(!covers::<Strict>(Method::Head));
        let text = panic_text(|| _ = refuse_method::<Strict>(method_number(Method::Head))).unwrap();
        assert!(text.starts_with("the policy `Strict` has no rules for HEAD handlers"));
        assert!(text.contains("write `policy = rest_status::"), "{text}");
        assert_eq!(
            panic_text(|| _ = refuse_method::<Strict>(method_number(Method::Get))),
            None
        );
        let text =
            panic_text(|| _ = refuse_method_in::<Strict>(method_number(Method::Head), "api::rest"))
                .unwrap();
        assert!(text.contains("write `policy = api::rest::"), "{text}");
    }

    #[test]
    fn declared_statuses_are_checked_before_the_parts() {
        let declared = [200, 404];
        let unknown = [Part {
            role: "return type",
            ty: "Response",
            known: None,
            sources: &[],
        }];
        assert_eq!(
            check_declared::<Strict>(method_number(Method::Get), &declared, &unknown),
            0
        );
        assert_eq!(
            check_declared::<Strict>(method_number(Method::Delete), &declared, &unknown),
            3
        );
        type Both = Result<Ok<()>, Failure>;
        let known = [part("return type", "Result", Both::STATUSES, Both::SOURCES)];
        assert_eq!(
            check_declared::<Strict>(method_number(Method::Get), &declared, &known),
            4
        );
    }
}
