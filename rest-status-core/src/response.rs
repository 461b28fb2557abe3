//! Typed success responses: the status is in the type, so `#[rest_endpoint]` knows it
//! at compile time.
//!
//! | type | status |
//! | --- | --- |
//! | [`Ok<T>`] | 200 OK, body `T` |
//! | [`Created<T>`] | 201 Created, body `T`, optional `Location` |
//! | [`Accepted<T>`] | 202 Accepted, body `T` |
//! | [`NoContent`] | 204 No Content, no body |
//!
//! ```
//! use rest_status::response::{Created, NoContent};
//! use rest_status::{StatusSet, Statuses};
//!
//! let created = Created::at("/invoices/42", "body");
//! assert_eq!(created.location(), Some("/invoices/42"));
//! assert_eq!(<Result<NoContent, Created<()>> as Statuses>::STATUSES, StatusSet::of(&[201, 204]));
//! ```

use std::borrow::Cow;
use std::fmt::Write as _;

use crate::status::StatusSet;
use crate::statuses::Statuses;

/// 200 OK with a body.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Ok<T>(pub T);

/// 201 Created with a body and, when given one, a `Location` header that names the
/// new resource.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Created<T> {
    location: Option<Cow<'static, str>>,
    body: T,
}

/// 202 Accepted with a body: the work goes on after the response.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Accepted<T>(pub T);

/// 204 No Content: success, and no body.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct NoContent;

impl<T> Created<T> {
    /// 201 without a `Location` header.
    pub fn new(body: T) -> Created<T> {
        Created {
            location: None,
            body,
        }
    }

    /// 201 whose `Location` header names the new resource.
    ///
    /// The location is sent as a URI reference, which is ASCII: every byte that a URI
    /// may not hold (non-ASCII text, spaces, control characters, `"<>\\^`{|}`, a `%`
    /// that starts no escape) is percent-encoded as UTF-8, and escapes already there
    /// (`%2F`) are kept. So a location built from names or from client input is a
    /// valid URI and cannot inject a header.
    ///
    /// ```
    /// # use rest_status::response::Created;
    /// assert_eq!(Created::at("/invoices/42", ()).location(), Some("/invoices/42"));
    /// assert_eq!(Created::at("/customers/café", ()).location(), Some("/customers/caf%C3%A9"));
    /// assert_eq!(Created::at("/a%2Fb?q=100%", ()).location(), Some("/a%2Fb?q=100%25"));
    /// assert_eq!(
    ///     Created::at("/a\r\nSet-Cookie: x", ()).location(),
    ///     Some("/a%0D%0ASet-Cookie:%20x"),
    /// );
    /// ```
    pub fn at(location: impl Into<Cow<'static, str>>, body: T) -> Created<T> {
        Created {
            location: Some(uri_safe(location.into())),
            body,
        }
    }

    /// The `Location` header's value, if any.
    pub fn location(&self) -> Option<&str> {
        self.location.as_deref()
    }

    /// The body.
    pub fn body(&self) -> &T {
        &self.body
    }

    /// The body, taken out.
    pub fn into_body(self) -> T {
        self.body
    }
}

/// Whether `byte` may stand for itself in a URI reference (RFC 3986): unreserved,
/// gen-delims and sub-delims. `%` is decided by what follows it.
const fn uri_byte(byte: u8) -> bool {
    byte.is_ascii_alphanumeric()
        || matches!(
            byte,
            b'-' | b'.'
                | b'_'
                | b'~'
                | b':'
                | b'/'
                | b'?'
                | b'#'
                | b'['
                | b']'
                | b'@'
                | b'!'
                | b'$'
                | b'&'
                | b'\''
                | b'('
                | b')'
                | b'*'
                | b'+'
                | b','
                | b';'
                | b'='
        )
}

/// Whether the `%` at `index` starts an escape: two hex digits follow it.
fn starts_escape(bytes: &[u8], index: usize) -> bool {
    bytes.len() > index + 2
        && bytes[index + 1].is_ascii_hexdigit()
        && bytes[index + 2].is_ascii_hexdigit()
}

/// `value` with every byte a URI may not hold percent-encoded; unchanged (and not
/// copied) when it has none.
fn uri_safe(value: Cow<'static, str>) -> Cow<'static, str> {
    let bytes = value.as_bytes();
    let keeps = |index: usize| {
        let byte = bytes[index];
        uri_byte(byte) || byte == b'%' && starts_escape(bytes, index)
    };
    if (0..bytes.len()).all(keeps) {
        return value;
    }
    let mut safe = String::with_capacity(bytes.len() + 16);
    for (index, &byte) in bytes.iter().enumerate() {
        if keeps(index) {
            safe.push(char::from(byte));
        } else {
            // Writing to a String cannot fail.
            let _ = write!(safe, "%{byte:02X}");
        }
    }
    Cow::Owned(safe)
}

impl<T> Statuses for Ok<T> {
    const STATUSES: StatusSet = StatusSet::of(&[200]);
}

impl<T> Statuses for Created<T> {
    const STATUSES: StatusSet = StatusSet::of(&[201]);
}

impl<T> Statuses for Accepted<T> {
    const STATUSES: StatusSet = StatusSet::of(&[202]);
}

impl Statuses for NoContent {
    const STATUSES: StatusSet = StatusSet::of(&[204]);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statuses_of_the_typed_responses() {
        assert_eq!(<Ok<()>>::STATUSES, StatusSet::of(&[200]));
        assert_eq!(<Created<()>>::STATUSES, StatusSet::of(&[201]));
        assert_eq!(<Accepted<()>>::STATUSES, StatusSet::of(&[202]));
        assert_eq!(NoContent::STATUSES, StatusSet::of(&[204]));
        assert_eq!(
            <Result<Ok<u8>, Accepted<u8>>>::STATUSES,
            StatusSet::of(&[200, 202])
        );
    }

    #[test]
    fn a_clean_location_is_not_copied() {
        let created = Created::at("/invoices/1", 1);
        assert!(matches!(created.location, Some(Cow::Borrowed(_))));
        assert_eq!(created.body(), &1);
        assert_eq!(created.into_body(), 1);
        assert_eq!(Created::new(()).location(), None);
    }

    #[test]
    fn control_characters_in_a_location_are_encoded() {
        let created = Created::at(String::from("/x\u{0}y\u{7f}z\u{85}é"), ());
        assert_eq!(created.location(), Some("/x%00y%7Fz%C2%85%C3%A9"));
    }

    #[test]
    fn a_location_is_a_uri_reference() {
        let cases = [
            ("/customers/café", "/customers/caf%C3%A9"),
            (
                "/a b\"c<d>e\\f^g`h{i|j}k",
                "/a%20b%22c%3Cd%3Ee%5Cf%5Eg%60h%7Bi%7Cj%7Dk",
            ),
            ("/%41%2f%zz%4", "/%41%2f%25zz%254"),
            ("/%", "/%25"),
            ("/💥", "/%F0%9F%92%A5"),
            (
                "https://x.example/a?b=c&d=e#f",
                "https://x.example/a?b=c&d=e#f",
            ),
            (
                "/[::1]:8080/~user/!$&'()*+,;=@",
                "/[::1]:8080/~user/!$&'()*+,;=@",
            ),
        ];
        for (location, sent) in cases {
            assert_eq!(
                Created::at(location, ()).location(),
                Some(sent),
                "{location}"
            );
            // Encoding is idempotent: an encoded location is kept as it is.
            assert_eq!(Created::at(sent, ()).location(), Some(sent), "{sent}");
        }
        // Every byte of the result is one a URI may hold.
        let all: String = (1..=0x7f_u8)
            .map(char::from)
            .chain(['é', '\u{2028}'])
            .collect();
        let created = Created::at(all, ());
        let location = created.location().unwrap();
        assert!(
            location.bytes().all(|b| uri_byte(b) || b == b'%'),
            "{location}"
        );
    }
}
