//! What `#[rest_endpoint]` expands to refers to: the per-handler checks and the probe
//! that tells whether a type's statuses are known.

use core::marker::PhantomData;

pub use crate::check::{Endpoint, Report};
use crate::status::StatusSet;
use crate::statuses::{StatusSource, Statuses};

/// Answers, at compile time, whether `T` implements [`Statuses`], without a trait-bound
/// error when it does not.
///
/// `Probe::<T>::KNOWN` names the inherent constant when `T: Statuses` holds (inherent
/// associated items win over trait ones), and [`ProbeFallback::KNOWN`], `None`,
/// otherwise. The generated code imports `ProbeFallback` so the fallback is in scope.
/// Used instead of `<T as Statuses>::STATUSES` so that a type without statuses gets
/// our "declare them" error rather than E0277 and a list of every `Statuses` impl.
pub struct Probe<T: ?Sized>(PhantomData<T>);

impl<T: ?Sized + Statuses> Probe<T> {
    /// `T`'s statuses.
    pub const KNOWN: Option<StatusSet> = Some(T::STATUSES);
    /// The variants that bring each status in.
    pub const SOURCES: &'static [StatusSource] = T::SOURCES;
}

/// The answer of [`Probe`] for a type that does not implement [`Statuses`].
pub trait ProbeFallback {
    /// Not known.
    const KNOWN: Option<StatusSet> = None;
    /// No variants.
    const SOURCES: &'static [StatusSource] = &[];
}

impl<T: ?Sized> ProbeFallback for Probe<T> {}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::response::NoContent;

    struct Unknown;

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
}
