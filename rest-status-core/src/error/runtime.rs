//! The `RestError` trait and the values that carry its body.

use core::fmt;

use serde::ser::{Serialize, SerializeSeq, SerializeStruct, Serializer};

use super::json::{self, JsonString};
use crate::statuses::Statuses;

/// An error type that answers a request with a 4xx or 5xx status and a sanitized JSON
/// error object.
///
/// Derive it: `#[derive(RestError)]` reads `#[rest(status = N, code = "...", message =
/// "...")]` on each variant (the guide's "Error types"), checks it at compile time,
/// and implements this trait and its supertrait [`Statuses`], whose
/// [`STATUSES`](Statuses::STATUSES) `#[rest_endpoint]` checks against the method table.
///
/// ```
/// use rest_status::RestError;
/// # use rest_status::{StatusSet, Statuses};
/// # struct NotFound { id: u64 }
/// # impl Statuses for NotFound { const STATUSES: StatusSet = StatusSet::of(&[404]); }
/// # impl RestError for NotFound {
/// #     fn status(&self) -> http::StatusCode { http::StatusCode::NOT_FOUND }
/// #     fn code(&self) -> &'static str { "invoice_not_found" }
/// #     fn fmt_message(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
/// #         write!(f, "Invoice {} was not found", self.id)
/// #     }
/// # }
/// // `NotFound { id: u64 }` with
/// // #[rest(status = 404, code = "invoice_not_found", message = "Invoice {id} was not found")]
/// let error = NotFound { id: 42 };
/// assert_eq!(error.status(), http::StatusCode::NOT_FOUND);
/// assert_eq!(error.code(), "invoice_not_found");
/// assert_eq!(error.message().to_string(), "Invoice 42 was not found");
///
/// let mut body = Vec::new();
/// error.write_json(&mut body);
/// assert_eq!(body, br#"{"errors":[{"code":"invoice_not_found","message":"Invoice 42 was not found"}]}"#);
/// assert_eq!(serde_json::to_vec(&error.error_object()).unwrap(), body);
/// ```
///
/// Implementing it by hand takes [`status`](RestError::status),
/// [`code`](RestError::code) and [`fmt_message`](RestError::fmt_message) (as above);
/// the rest has default bodies. The derive also writes [`write_json`](RestError::write_json)
/// itself, so that a body that does not depend on field values is one constant.
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not a rest-status error type",
    label = "`{Self}` does not implement `RestError`",
    note = "derive it: `#[derive(rest_status::RestError)]` on `{Self}`, with `#[rest(status = 404)]` (a 4xx or 5xx status) on each variant or once on the type"
)]
pub trait RestError: Statuses {
    /// The status this error answers with, a 4xx or 5xx.
    ///
    /// ```
    /// # use rest_status::{RestError, StatusSet, Statuses};
    /// # struct Gone;
    /// # impl Statuses for Gone { const STATUSES: StatusSet = StatusSet::of(&[410]); }
    /// # impl RestError for Gone {
    /// #     fn status(&self) -> http::StatusCode { http::StatusCode::GONE }
    /// #     fn code(&self) -> &'static str { "gone" }
    /// #     fn fmt_message(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result { f.write_str("Gone") }
    /// # }
    /// assert_eq!(Gone.status(), http::StatusCode::GONE);
    /// assert!(Gone::STATUSES.contains(Gone.status().as_u16()));
    /// ```
    fn status(&self) -> http::StatusCode;

    /// The application error code a client matches on, e.g. `"invoice_not_found"`.
    ///
    /// ```
    /// # use rest_status::{RestError, StatusSet, Statuses};
    /// # struct Gone;
    /// # impl Statuses for Gone { const STATUSES: StatusSet = StatusSet::of(&[410]); }
    /// # impl RestError for Gone {
    /// #     fn status(&self) -> http::StatusCode { http::StatusCode::GONE }
    /// #     fn code(&self) -> &'static str { "invitation_expired" }
    /// #     fn fmt_message(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result { f.write_str("Gone") }
    /// # }
    /// assert_eq!(Gone.code(), "invitation_expired");
    /// ```
    fn code(&self) -> &'static str;

    /// Writes the sanitized message, the text a client may see, into `f`.
    ///
    /// The formatter's flags (width, fill, precision) do not apply: each interpolated
    /// field is written with a plain `{}`. Read it through
    /// [`message`](RestError::message), which is `Display`.
    ///
    /// ```
    /// # use rest_status::{RestError, StatusSet, Statuses};
    /// # struct TooLong { max: usize }
    /// # impl Statuses for TooLong { const STATUSES: StatusSet = StatusSet::of(&[400]); }
    /// impl RestError for TooLong {
    ///     fn status(&self) -> http::StatusCode { http::StatusCode::BAD_REQUEST }
    ///     fn code(&self) -> &'static str { "name_too_long" }
    ///     fn fmt_message(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
    ///         write!(f, "A name has at most {} characters", self.max)
    ///     }
    /// }
    /// assert_eq!(TooLong { max: 64 }.message().to_string(), "A name has at most 64 characters");
    /// ```
    fn fmt_message(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result;

    /// The sanitized message as a `Display` value, for building other body formats
    /// (RFC 9457 problem details, say) without allocating.
    ///
    /// ```
    /// # use rest_status::{RestError, StatusSet, Statuses};
    /// # struct Gone;
    /// # impl Statuses for Gone { const STATUSES: StatusSet = StatusSet::of(&[410]); }
    /// # impl RestError for Gone {
    /// #     fn status(&self) -> http::StatusCode { http::StatusCode::GONE }
    /// #     fn code(&self) -> &'static str { "gone" }
    /// #     fn fmt_message(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result { f.write_str("This invitation expired") }
    /// # }
    /// use std::fmt::Write as _;
    /// let mut detail = String::with_capacity(64);
    /// write!(detail, "{}", Gone.message()).unwrap();
    /// assert_eq!(detail, "This invitation expired");
    /// ```
    fn message(&self) -> Message<'_, Self> {
        Message { error: self }
    }

    /// The error object, `{"errors":[{"code":"...","message":"..."}]}`, as a value any
    /// serde serializer can write. The message goes to the serializer through
    /// `collect_str`, so serializing allocates nothing beyond the output.
    ///
    /// ```
    /// # use rest_status::{RestError, StatusSet, Statuses};
    /// # struct Gone;
    /// # impl Statuses for Gone { const STATUSES: StatusSet = StatusSet::of(&[410]); }
    /// # impl RestError for Gone {
    /// #     fn status(&self) -> http::StatusCode { http::StatusCode::GONE }
    /// #     fn code(&self) -> &'static str { "gone" }
    /// #     fn fmt_message(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result { f.write_str("Gone") }
    /// # }
    /// assert_eq!(
    ///     serde_json::to_string(&Gone.error_object()).unwrap(),
    ///     r#"{"errors":[{"code":"gone","message":"Gone"}]}"#,
    /// );
    /// ```
    fn error_object(&self) -> ErrorObject<'_, Self> {
        ErrorObject { error: self }
    }

    /// Appends the error object as JSON to `out`: the same bytes as `serde_json` writes
    /// for [`error_object`](RestError::error_object), with no allocation beyond `out`'s
    /// growth.
    ///
    /// The derive writes this method itself: a body that does not depend on field values
    /// (every 5xx body) is a string constant computed while the macro expands;
    /// otherwise the constant part is copied and the message is escaped as it is
    /// formatted. Strings are escaped as `serde_json` does; U+2028 and U+2029 stay raw.
    ///
    /// ```
    /// # use rest_status::{RestError, StatusSet, Statuses};
    /// # struct Gone;
    /// # impl Statuses for Gone { const STATUSES: StatusSet = StatusSet::of(&[410]); }
    /// # impl RestError for Gone {
    /// #     fn status(&self) -> http::StatusCode { http::StatusCode::GONE }
    /// #     fn code(&self) -> &'static str { "gone" }
    /// #     fn fmt_message(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result { f.write_str("Say \"bye\"") }
    /// # }
    /// let mut body = Vec::with_capacity(128);
    /// Gone.write_json(&mut body);
    /// assert_eq!(body, br#"{"errors":[{"code":"gone","message":"Say \"bye\""}]}"#);
    /// ```
    fn write_json(&self, out: &mut Vec<u8>) {
        json::body_prefix(out, self.code());
        write_message(out, format_args!("{}", self.message()));
    }

    /// The body format of this type's responses; `#[rest(format = "problem")]` on the
    /// type selects [`BodyFormat::Problem`].
    const FORMAT: BodyFormat = BodyFormat::Errors;

    /// Appends the RFC 9457 `application/problem+json` body to `out`:
    /// `{"type":"about:blank","title":<reason phrase>,"status":<status>,"detail":<message>,"code":<code>}`.
    /// `detail` is the same sanitized message as in the errors object, so a 5xx shows
    /// nothing internal in this format either. Allocates nothing beyond `out`.
    ///
    /// ```
    /// # use rest_status::{RestError, StatusSet, Statuses};
    /// # struct Gone;
    /// # impl Statuses for Gone { const STATUSES: StatusSet = StatusSet::of(&[410]); }
    /// # impl RestError for Gone {
    /// #     fn status(&self) -> http::StatusCode { http::StatusCode::GONE }
    /// #     fn code(&self) -> &'static str { "invitation_expired" }
    /// #     fn fmt_message(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result { f.write_str("The invitation expired") }
    /// # }
    /// let mut body = Vec::new();
    /// Gone.write_problem_json(&mut body);
    /// assert_eq!(
    ///     body,
    ///     br#"{"type":"about:blank","title":"Gone","status":410,"detail":"The invitation expired","code":"invitation_expired"}"#,
    /// );
    /// ```
    fn write_problem_json(&self, out: &mut Vec<u8>) {
        let status = self.status();
        json::problem_prefix(
            out,
            status.canonical_reason().unwrap_or(""),
            status.as_u16(),
        );
        // `JsonString` never fails; see `write_message` for a `Display` that does.
        let _ = fmt::write(&mut JsonString(out), format_args!("{}", self.message()));
        json::problem_suffix(out, self.code());
    }

    /// Appends the body in the type's [`FORMAT`](RestError::FORMAT) and returns its
    /// content type: what the framework integrations send.
    ///
    /// ```
    /// # use rest_status::{RestError, StatusSet, Statuses};
    /// # struct Gone;
    /// # impl Statuses for Gone { const STATUSES: StatusSet = StatusSet::of(&[410]); }
    /// # impl RestError for Gone {
    /// #     fn status(&self) -> http::StatusCode { http::StatusCode::GONE }
    /// #     fn code(&self) -> &'static str { "gone" }
    /// #     fn fmt_message(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result { f.write_str("Gone") }
    /// # }
    /// let mut body = Vec::new();
    /// assert_eq!(Gone.write_body(&mut body), "application/json");
    /// assert_eq!(body, br#"{"errors":[{"code":"gone","message":"Gone"}]}"#);
    /// ```
    fn write_body(&self, out: &mut Vec<u8>) -> &'static str {
        match Self::FORMAT {
            BodyFormat::Errors => self.write_json(out),
            BodyFormat::Problem => self.write_problem_json(out),
        }
        Self::FORMAT.content_type()
    }
}

/// The JSON shape of an error type's bodies.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum BodyFormat {
    /// `{"errors":[{"code":...,"message":...}]}` as `application/json` (the default).
    #[default]
    Errors,
    /// RFC 9457 `application/problem+json`: `type`, `title`, `status`, `detail`, and
    /// the application's `code` as an extension member.
    Problem,
}

impl BodyFormat {
    /// The `content-type` of a body in this format.
    ///
    /// ```
    /// use rest_status::error::BodyFormat;
    /// assert_eq!(BodyFormat::Problem.content_type(), "application/problem+json");
    /// ```
    pub const fn content_type(self) -> &'static str {
        match self {
            BodyFormat::Errors => "application/json",
            BodyFormat::Problem => "application/problem+json",
        }
    }
}

/// Escapes `message` into `out` as it is formatted, then closes the body.
pub(crate) fn write_message(out: &mut Vec<u8>, message: fmt::Arguments<'_>) {
    // `JsonString` never fails; an error here comes from a field's `Display` impl
    // breaking its contract. The body is closed all the same, so it stays valid JSON.
    let _ = fmt::write(&mut JsonString(out), message);
    out.extend_from_slice(json::BODY_END);
}

/// The sanitized message of an error, from [`RestError::message`]: `Display`, and
/// serialized as a string.
///
/// ```
/// # use rest_status::{RestError, StatusSet, Statuses};
/// # struct Gone;
/// # impl Statuses for Gone { const STATUSES: StatusSet = StatusSet::of(&[410]); }
/// # impl RestError for Gone {
/// #     fn status(&self) -> http::StatusCode { http::StatusCode::GONE }
/// #     fn code(&self) -> &'static str { "gone" }
/// #     fn fmt_message(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result { f.write_str("Gone") }
/// # }
/// let message = Gone.message();
/// assert_eq!(format!("{message}"), "Gone");
/// assert_eq!(serde_json::to_string(&message).unwrap(), r#""Gone""#);
/// ```
pub struct Message<'a, E: ?Sized> {
    error: &'a E,
}

impl<E: RestError + ?Sized> fmt::Display for Message<'_, E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.error.fmt_message(f)
    }
}

impl<E: RestError + ?Sized> fmt::Debug for Message<'_, E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("Message")
            .field(&format_args!("{self}"))
            .finish()
    }
}

impl<E: RestError + ?Sized> Serialize for Message<'_, E> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<E: ?Sized> Clone for Message<'_, E> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<E: ?Sized> Copy for Message<'_, E> {}

/// The error object of an error, from [`RestError::error_object`]; it serializes as
/// `{"errors":[{"code":"...","message":"..."}]}`.
///
/// ```
/// # use rest_status::{RestError, StatusSet, Statuses};
/// # struct Gone;
/// # impl Statuses for Gone { const STATUSES: StatusSet = StatusSet::of(&[410]); }
/// # impl RestError for Gone {
/// #     fn status(&self) -> http::StatusCode { http::StatusCode::GONE }
/// #     fn code(&self) -> &'static str { "gone" }
/// #     fn fmt_message(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result { f.write_str("Gone") }
/// # }
/// let value = serde_json::to_value(Gone.error_object()).unwrap();
/// assert_eq!(value["errors"][0]["code"], "gone");
/// assert_eq!(value["errors"][0]["message"], "Gone");
/// ```
pub struct ErrorObject<'a, E: ?Sized> {
    error: &'a E,
}

impl<E: RestError + ?Sized> Serialize for ErrorObject<'_, E> {
    // Inlined, as are `Errors` and `Entry`: as three calls, the object cost about 100
    // instructions more than the same shape derived by hand (`benches/instructions.sh`).
    #[inline]
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = serializer.serialize_struct("ErrorObject", 1)?;
        object.serialize_field("errors", &Errors { error: self.error })?;
        object.end()
    }
}

impl<E: RestError + ?Sized> fmt::Debug for ErrorObject<'_, E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ErrorObject")
            .field("code", &self.error.code())
            .field("message", &self.error.message())
            .finish()
    }
}

impl<E: ?Sized> Clone for ErrorObject<'_, E> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<E: ?Sized> Copy for ErrorObject<'_, E> {}

/// The `errors` array: one entry per error; a `RestError` is one error.
struct Errors<'a, E: ?Sized> {
    error: &'a E,
}

impl<E: RestError + ?Sized> Serialize for Errors<'_, E> {
    #[inline] // see `ErrorObject`
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut errors = serializer.serialize_seq(Some(1))?;
        errors.serialize_element(&Entry { error: self.error })?;
        errors.end()
    }
}

/// One entry of `errors`: `{"code":"...","message":"..."}`.
struct Entry<'a, E: ?Sized> {
    error: &'a E,
}

impl<E: RestError + ?Sized> Serialize for Entry<'_, E> {
    #[inline] // see `ErrorObject`
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut entry = serializer.serialize_struct("Error", 2)?;
        entry.serialize_field("code", self.error.code())?;
        entry.serialize_field("message", &self.error.message())?;
        entry.end()
    }
}
