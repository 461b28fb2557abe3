//! The RFC 9457 problem details of an error as a serde value.

use core::fmt;

use serde::ser::{Serialize, SerializeStruct, Serializer};

use super::runtime::RestError;

/// The RFC 9457 `application/problem+json` body of an error as a value any serde
/// serializer can write: the same members, in the same order, as
/// [`RestError::write_problem_json`] writes.
///
/// ```
/// # use rest_status_core as rest_status;
/// use rest_status::error::Problem;
/// # use rest_status_core::{RestError, StatusSet, Statuses};
/// # struct Expired;
/// # impl Statuses for Expired { const STATUSES: StatusSet = StatusSet::of(&[410]); }
/// # impl RestError for Expired {
/// #     fn status(&self) -> http::StatusCode { http::StatusCode::GONE }
/// #     fn code(&self) -> &'static str { "invitation_expired" }
/// #     fn fmt_message(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result { f.write_str("The invitation expired") }
/// # }
/// // `Expired` with #[rest(status = 410, code = "invitation_expired",
/// //                        message = "The invitation expired", format = "problem")]
/// let json = serde_json::to_vec(&Problem::new(&Expired)).unwrap();
/// assert_eq!(
///     json,
///     br#"{"type":"about:blank","title":"Gone","status":410,"detail":"The invitation expired","code":"invitation_expired"}"#,
/// );
/// let mut written = Vec::new();
/// Expired.write_problem_json(&mut written);
/// assert_eq!(json, written);
/// ```
pub struct Problem<'a, E: ?Sized> {
    error: &'a E,
}

impl<'a, E: RestError + ?Sized> Problem<'a, E> {
    /// The problem details of `error`.
    pub fn new(error: &'a E) -> Problem<'a, E> {
        Problem { error }
    }
}

impl<E: RestError + ?Sized> Serialize for Problem<'_, E> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let status = self.error.status();
        let mut problem = serializer.serialize_struct("Problem", 5)?;
        problem.serialize_field("type", "about:blank")?;
        problem.serialize_field("title", status.canonical_reason().unwrap_or(""))?;
        problem.serialize_field("status", &status.as_u16())?;
        problem.serialize_field("detail", &self.error.message())?;
        problem.serialize_field("code", self.error.code())?;
        problem.end()
    }
}

impl<E: RestError + ?Sized> fmt::Debug for Problem<'_, E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Problem")
            .field("status", &self.error.status().as_u16())
            .field("code", &self.error.code())
            .field("detail", &self.error.message())
            .finish()
    }
}

impl<E: ?Sized> Clone for Problem<'_, E> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<E: ?Sized> Copy for Problem<'_, E> {}
