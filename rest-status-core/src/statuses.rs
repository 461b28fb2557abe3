//! Types whose statuses are known at compile time.

use crate::status::StatusSet;

/// A type whose possible HTTP statuses are known at compile time.
///
/// `#[rest_endpoint]` reads a handler's return type through this trait and checks
/// every status in [`STATUSES`](Statuses::STATUSES) against the policy.
/// `#[derive(RestError)]` implements it for error types, the typed responses of
/// `rest_status::response` implement it, `Result<T, E>` has the statuses of both
/// sides, and a type of your own declares its statuses like this:
///
/// ```
/// use rest_status::{StatusSet, Statuses};
///
/// /// A cached read: 200 with a body, or 304 when the client's copy is current.
/// pub struct CachedRead(pub Option<String>);
///
/// impl Statuses for CachedRead {
///     const STATUSES: StatusSet = StatusSet::of(&[200, 304]);
/// }
///
/// # struct Failure;
/// # impl Statuses for Failure { const STATUSES: StatusSet = StatusSet::of(&[500]); }
/// assert_eq!(
///     <Result<CachedRead, Failure> as Statuses>::STATUSES,
///     StatusSet::of(&[200, 304, 500]),
/// );
/// ```
#[diagnostic::on_unimplemented(
    message = "the statuses of `{Self}` are not known at compile time",
    label = "rest-status cannot tell which statuses this type returns",
    note = "declare the statuses the handler returns, `#[rest_endpoint(method = \"...\", statuses(...))]`, listing only statuses its method allows; or return a type whose statuses are known: a `#[derive(RestError)]` enum, a typed response of `rest_status::response`, or a type that implements `rest_status::Statuses`; a `StatusCode`, `Response`, `HttpResponse` or tuple may instead have its statuses named where the body builds it (`StatusCode::NOT_FOUND`)"
)]
pub trait Statuses {
    /// Every status a value of this type can turn into.
    const STATUSES: StatusSet;

    /// Where each status comes from, for compile errors that say "brought in by
    /// variant `NotFound`". Derived error types fill it; the default is empty.
    const SOURCES: &'static [StatusSource] = &[];

    /// [`STATUSES`](Statuses::STATUSES) and [`SOURCES`](Statuses::SOURCES) at once:
    /// the check `#[rest_endpoint]` writes reads both with one lookup. Leave it to its
    /// default.
    #[doc(hidden)]
    const STATUSES_AND_SOURCES: (StatusSet, &'static [StatusSource]) =
        (Self::STATUSES, Self::SOURCES);
}

/// The part of a type that brings in a status: an error enum's variant, say.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct StatusSource {
    /// The status.
    pub status: u16,
    /// What brings it in, as the user wrote it: a variant's name.
    pub name: &'static str,
}

impl StatusSource {
    /// The first name in `sources` that brings in `status`, if any.
    ///
    /// ```
    /// use rest_status::StatusSource;
    /// const SOURCES: &[StatusSource] = &[
    ///     StatusSource { status: 404, name: "NotFound" },
    ///     StatusSource { status: 500, name: "Storage" },
    /// ];
    /// assert_eq!(StatusSource::find(SOURCES, 404), Some("NotFound"));
    /// assert_eq!(StatusSource::find(SOURCES, 400), None);
    /// ```
    pub const fn find(sources: &[StatusSource], status: u16) -> Option<&'static str> {
        let mut i = 0;
        while i < sources.len() {
            if sources[i].status == status {
                return Some(sources[i].name);
            }
            i += 1;
        }
        None
    }
}

impl<T: Statuses, E: Statuses> Statuses for Result<T, E> {
    const STATUSES: StatusSet = T::STATUSES.union(E::STATUSES);
}

/// An extractor whose rejections have statuses known at compile time.
///
/// A request that an extractor cannot read is answered before the handler runs, with
/// the extractor's own status. `#[rest_endpoint]` adds the [`REJECTIONS`] of every
/// parameter whose extractor implements this trait to the handler's checked statuses,
/// so a refused one is a compile error at that parameter. Extractors are taken by
/// value: a parameter taken by reference, or of a primitive, tuple, array or slice
/// type, is not probed.
///
/// ```
/// use rest_status::{Rejections, StatusSet};
///
/// /// Reads an API key header; a request without one is answered 401.
/// pub struct ApiKey(pub String);
///
/// impl Rejections for ApiKey {
///     const REJECTIONS: StatusSet = StatusSet::of(&[401]);
/// }
///
/// assert!(ApiKey::REJECTIONS.contains(401));
/// assert_eq!(ApiKey::INSTEAD, "");
/// ```
///
/// [`REJECTIONS`]: Rejections::REJECTIONS
pub trait Rejections {
    /// Every status the extractor can answer with instead of running the handler.
    const REJECTIONS: StatusSet;

    /// An extractor that reads the same input and answers a request it cannot read
    /// with 400 only, as a user writes its path (`"rest_status::axum::Json"`); empty
    /// when there is none. A compile error that refuses one of [`REJECTIONS`] offers it
    /// as the fix when the policy allows 400 for the handler's method.
    ///
    /// [`REJECTIONS`]: Rejections::REJECTIONS
    const INSTEAD: &'static str = "";
}
