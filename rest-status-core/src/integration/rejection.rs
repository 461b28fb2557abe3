//! What a client gets when its request cannot be read: the rejection of the extractors
//! of `rest_status::axum` and of the actix-web extractor configurations.

use core::fmt;

/// Why a request could not be read. Each kind has its own stable error
/// [`code`](RejectionKind::code), for clients to match on.
///
/// ```
/// # extern crate rest_status_core as rest_status;
/// use rest_status::rejection::RejectionKind;
///
/// assert_eq!(RejectionKind::MalformedBody.code(), "malformed_body");
/// assert_eq!(RejectionKind::WrongContentType.code(), "wrong_content_type");
/// assert_eq!(RejectionKind::BodyTooLarge.code(), "body_too_large");
/// assert_eq!(RejectionKind::InvalidPath.code(), "invalid_path");
/// assert_eq!(RejectionKind::InvalidQuery.code(), "invalid_query");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RejectionKind {
    /// The body is not what the endpoint reads: not JSON (or not a form), not UTF-8,
    /// too deeply nested, or not of the expected shape.
    MalformedBody,
    /// The body's `Content-Type` is missing or is not the one the endpoint reads.
    WrongContentType,
    /// The body is larger than the server accepts.
    BodyTooLarge,
    /// A segment of the path cannot be read as the endpoint's parameter.
    InvalidPath,
    /// The query string cannot be read as the endpoint's parameters.
    InvalidQuery,
    /// The route and its extractor do not fit together (a `Path` of two values on a
    /// route with one): the server's mistake, answered 500 with the sanitized body and
    /// logged server-side.
    Internal,
}

impl RejectionKind {
    /// The error code of the error object.
    pub const fn code(self) -> &'static str {
        match self {
            RejectionKind::MalformedBody => "malformed_body",
            RejectionKind::WrongContentType => "wrong_content_type",
            RejectionKind::BodyTooLarge => "body_too_large",
            RejectionKind::InvalidPath => "invalid_path",
            RejectionKind::InvalidQuery => "invalid_query",
            RejectionKind::Internal => crate::error::json::INTERNAL_ERROR_CODE,
        }
    }

    /// The status: 400, and 500 for [`RejectionKind::Internal`].
    pub const fn status(self) -> u16 {
        match self {
            RejectionKind::Internal => 500,
            _ => 400,
        }
    }
}

/// The message of [`RejectionKind::BodyTooLarge`], in every framework.
pub(crate) const TOO_LARGE: &str = "The request body is larger than this server accepts";

/// The longest message a rejection sends, in bytes. A message quotes the client's own
/// input (`Cannot parse "abc" to a u64`); a huge path segment or body is cut here.
pub const MAX_MESSAGE_LEN: usize = 240;

/// A request that could not be read: 400 with the error object
/// `{"errors":[{"code":"malformed_body","message":"..."}]}`.
///
/// The message tells the client what was wrong with its own request. It is at most
/// [`MAX_MESSAGE_LEN`] bytes (cut at a character boundary, ending in `…`), and escaped
/// as JSON requires like every message of the crate. A rejection that is the server's
/// mistake ([`RejectionKind::Internal`]) is a 500 whose body carries nothing of the
/// cause; the cause is logged server-side when the response is written.
///
/// ```
/// # extern crate rest_status_core as rest_status;
/// use rest_status::rejection::{Rejection, RejectionKind};
///
/// let rejection = Rejection::new(RejectionKind::InvalidPath, "Cannot parse `abc` to a `u64`");
/// assert_eq!(rejection.status(), 400);
/// let mut body = Vec::new();
/// rejection.write_json(&mut body);
/// assert_eq!(
///     body,
///     br#"{"errors":[{"code":"invalid_path","message":"Cannot parse `abc` to a `u64`"}]}"#,
/// );
/// ```
///
/// It is not a [`RestError`](crate::RestError): it is what an extractor answers
/// before a handler runs, never a handler's return type.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Rejection {
    kind: RejectionKind,
    message: String,
    /// What the server logs of an internal rejection; never sent.
    cause: String,
}

impl Rejection {
    /// A rejection of `kind` whose message is `message`, cut to [`MAX_MESSAGE_LEN`]
    /// bytes. For [`RejectionKind::Internal`] the message is kept as the server-side
    /// cause and the client reads `Internal Server Error`.
    ///
    /// ```
    /// # extern crate rest_status_core as rest_status;
    /// use rest_status::rejection::{Rejection, RejectionKind, MAX_MESSAGE_LEN};
    ///
    /// let long = Rejection::new(RejectionKind::InvalidPath, "é".repeat(1_000));
    /// assert!(long.message().len() <= MAX_MESSAGE_LEN);
    /// assert!(long.message().ends_with('…'));
    /// ```
    pub fn new(kind: RejectionKind, message: impl Into<String>) -> Rejection {
        let message = message.into();
        if kind == RejectionKind::Internal {
            return Rejection {
                kind,
                message: String::from("Internal Server Error"),
                cause: message,
            };
        }
        Rejection {
            kind,
            message: bounded(message),
            cause: String::new(),
        }
    }

    /// Why the request could not be read.
    pub fn kind(&self) -> RejectionKind {
        self.kind
    }

    /// The status: 400, or 500 for [`RejectionKind::Internal`].
    pub fn status(&self) -> u16 {
        self.kind.status()
    }

    /// The error code, the kind's [`code`](RejectionKind::code).
    pub fn code(&self) -> &'static str {
        self.kind.code()
    }

    /// Appends the error object, `{"errors":[{"code":...,"message":...}]}`, to `out`;
    /// the message escaped as JSON requires.
    pub fn write_json(&self, out: &mut Vec<u8>) {
        crate::error::json::body(out, self.code(), &self.message);
    }

    /// The message the client reads.
    pub fn message(&self) -> &str {
        &self.message
    }

    /// Logs an internal rejection's cause server-side; nothing for the others.
    pub(crate) fn log_if_internal(&self) {
        if self.kind == RejectionKind::Internal {
            #[cfg(feature = "tracing")]
            tracing::error!(
                cause = %self.cause,
                "an extractor does not fit its route; the client got a sanitized 500"
            );
        }
    }
}

/// `message` cut to at most [`MAX_MESSAGE_LEN`] bytes at a character boundary, with
/// `…` at the end when cut.
fn bounded(mut message: String) -> String {
    if message.len() <= MAX_MESSAGE_LEN {
        return message;
    }
    let mut end = MAX_MESSAGE_LEN - '…'.len_utf8();
    while !message.is_char_boundary(end) {
        end -= 1;
    }
    message.truncate(end);
    message.push('…');
    message
}

impl fmt::Display for Rejection {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Rejection {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_short_message_is_kept_whole() {
        let rejection = Rejection::new(RejectionKind::MalformedBody, "expected `,`");
        assert_eq!(rejection.message(), "expected `,`");
        assert_eq!(rejection.to_string(), "expected `,`");
    }

    #[test]
    fn a_long_message_is_cut_at_a_char_boundary() {
        for filler in ["a", "é", "💥"] {
            let rejection = Rejection::new(RejectionKind::InvalidPath, filler.repeat(500));
            let message = rejection.message();
            assert!(message.len() <= MAX_MESSAGE_LEN, "{}", message.len());
            assert!(message.len() > MAX_MESSAGE_LEN - 8, "{}", message.len());
            assert!(message.ends_with('…'));
        }
        let exact = "a".repeat(MAX_MESSAGE_LEN);
        assert_eq!(
            Rejection::new(RejectionKind::InvalidQuery, exact.clone()).message(),
            exact
        );
    }

    #[test]
    fn the_body_escapes_the_client_input() {
        let rejection = Rejection::new(RejectionKind::InvalidPath, "bad \"id\"\n\u{0}");
        let mut body = Vec::new();
        rejection.write_json(&mut body);
        assert_eq!(
            body,
            br#"{"errors":[{"code":"invalid_path","message":"bad \"id\"\n\u0000"}]}"#
        );
    }

    #[test]
    fn an_internal_rejection_sends_nothing_of_its_cause() {
        let rejection = Rejection::new(RejectionKind::Internal, "wrong number of parameters: 2");
        assert_eq!(rejection.status(), 500);
        let mut body = Vec::new();
        rejection.write_json(&mut body);
        assert_eq!(
            body,
            br#"{"errors":[{"code":"internal_error","message":"Internal Server Error"}]}"#
        );
        assert!(!format!("{rejection}").contains("parameters"));
    }
}
