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
    /// Control characters, which no header may carry, are percent-encoded, so a
    /// location built from client input cannot inject a header.
    ///
    /// ```
    /// # use rest_status::response::Created;
    /// assert_eq!(Created::at("/invoices/42", ()).location(), Some("/invoices/42"));
    /// assert_eq!(Created::at("/a\r\nSet-Cookie: x", ()).location(), Some("/a%0D%0ASet-Cookie: x"));
    /// ```
    pub fn at(location: impl Into<Cow<'static, str>>, body: T) -> Created<T> {
        Created {
            location: Some(header_safe(location.into())),
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

/// `value` with every control character percent-encoded; unchanged (and not copied)
/// when it has none.
fn header_safe(value: Cow<'static, str>) -> Cow<'static, str> {
    if !value.chars().any(char::is_control) {
        return value;
    }
    let mut safe = String::with_capacity(value.len() + 8);
    for c in value.chars() {
        if c.is_control() {
            let mut bytes = [0; 4];
            for byte in c.encode_utf8(&mut bytes).bytes() {
                // Writing to a String cannot fail.
                let _ = write!(safe, "%{byte:02X}");
            }
        } else {
            safe.push(c);
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
        assert_eq!(created.location(), Some("/x%00y%7Fz%C2%85é"));
    }
}
