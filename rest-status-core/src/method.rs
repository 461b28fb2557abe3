//! The HTTP methods a policy can speak about.

use core::fmt;

/// A standard HTTP method.
///
/// A policy's table has a column per method it covers; the built-in policies cover
/// `GET`, `POST`, `PUT`, `PATCH`, `DELETE` ([`Strict`](crate::Strict)) and also `HEAD`
/// ([`Extended`](crate::Extended)). `OPTIONS`, `TRACE` and `CONNECT` exist so that a
/// custom policy can cover them and a refusal can name them.
///
/// ```
/// use rest_status::Method;
///
/// assert_eq!(Method::from_name("DELETE"), Some(Method::Delete));
/// assert_eq!(Method::from_name("delete"), None); // methods are written in capitals
/// assert_eq!(Method::Delete.as_str(), "DELETE");
/// ```
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
pub enum Method {
    /// `GET`: read a resource or a collection.
    Get,
    /// `HEAD`: `GET` without the body, e.g. an existence check.
    Head,
    /// `POST`: create a resource.
    Post,
    /// `PUT`: replace a resource.
    Put,
    /// `PATCH`: update part of a resource.
    Patch,
    /// `DELETE`: remove a resource.
    Delete,
    /// `OPTIONS`: ask what a resource supports.
    Options,
    /// `TRACE`: echo the request.
    Trace,
    /// `CONNECT`: open a tunnel.
    Connect,
}

impl Method {
    /// Every method, in table order.
    pub const ALL: [Method; 9] = [
        Method::Get,
        Method::Head,
        Method::Post,
        Method::Put,
        Method::Patch,
        Method::Delete,
        Method::Options,
        Method::Trace,
        Method::Connect,
    ];

    /// The method's name as written on the wire, in capitals.
    pub const fn as_str(self) -> &'static str {
        match self {
            Method::Get => "GET",
            Method::Head => "HEAD",
            Method::Post => "POST",
            Method::Put => "PUT",
            Method::Patch => "PATCH",
            Method::Delete => "DELETE",
            Method::Options => "OPTIONS",
            Method::Trace => "TRACE",
            Method::Connect => "CONNECT",
        }
    }

    /// The method named exactly `name` (capitals, as HTTP writes the standard
    /// methods), or `None`.
    pub const fn from_name(name: &str) -> Option<Method> {
        let mut i = 0;
        while i < Method::ALL.len() {
            let method = Method::ALL[i];
            if bytes_eq(method.as_str().as_bytes(), name.as_bytes()) {
                return Some(method);
            }
            i += 1;
        }
        None
    }

    /// The method's position in [`Method::ALL`], its column in a table.
    pub const fn index(self) -> usize {
        self as usize
    }

    /// The method of an [`http::Method`], or `None` for an extension method.
    ///
    /// ```
    /// # use rest_status::Method;
    /// assert_eq!(Method::from_http(&http::Method::PATCH), Some(Method::Patch));
    /// ```
    #[cfg(feature = "runtime")]
    #[inline]
    pub fn from_http(method: &http::Method) -> Option<Method> {
        // `http` tells its standard methods apart by their tag: comparing with each is
        // cheaper than reading the name. GET first, the most frequent.
        const STANDARD: [(http::Method, Method); 9] = [
            (http::Method::GET, Method::Get),
            (http::Method::POST, Method::Post),
            (http::Method::HEAD, Method::Head),
            (http::Method::PUT, Method::Put),
            (http::Method::PATCH, Method::Patch),
            (http::Method::DELETE, Method::Delete),
            (http::Method::OPTIONS, Method::Options),
            (http::Method::TRACE, Method::Trace),
            (http::Method::CONNECT, Method::Connect),
        ];
        STANDARD
            .iter()
            .find(|(http, _)| http == method)
            .map(|(_, method)| *method)
    }

    /// [`Method::from_name`] as one `match`, where it runs on every request (the
    /// actix-web guard, whose `http` is another major version): the `const fn`
    /// compares the name with each method in turn.
    #[cfg(feature = "actix-web")]
    pub(crate) fn from_wire(name: &str) -> Option<Method> {
        Some(match name {
            "GET" => Method::Get,
            "HEAD" => Method::Head,
            "POST" => Method::Post,
            "PUT" => Method::Put,
            "PATCH" => Method::Patch,
            "DELETE" => Method::Delete,
            "OPTIONS" => Method::Options,
            "TRACE" => Method::Trace,
            "CONNECT" => Method::Connect,
            _ => return None,
        })
    }

    /// The same method as an [`http::Method`].
    #[cfg(feature = "runtime")]
    pub fn to_http(self) -> http::Method {
        match self {
            Method::Get => http::Method::GET,
            Method::Head => http::Method::HEAD,
            Method::Post => http::Method::POST,
            Method::Put => http::Method::PUT,
            Method::Patch => http::Method::PATCH,
            Method::Delete => http::Method::DELETE,
            Method::Options => http::Method::OPTIONS,
            Method::Trace => http::Method::TRACE,
            Method::Connect => http::Method::CONNECT,
        }
    }
}

pub(crate) const fn bytes_eq(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

impl fmt::Display for Method {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(feature = "runtime")]
impl From<Method> for http::Method {
    fn from(method: Method) -> http::Method {
        method.to_http()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip() {
        for (i, method) in Method::ALL.into_iter().enumerate() {
            assert_eq!(method.index(), i);
            assert_eq!(Method::from_name(method.as_str()), Some(method));
            assert_eq!(method.to_string(), method.as_str());
        }
        for name in ["", "get", "Get", "GETS", "PURGE", "DELETE "] {
            assert_eq!(Method::from_name(name), None, "{name:?}");
        }
    }

    #[cfg(feature = "runtime")]
    #[test]
    fn http_methods_round_trip() {
        for method in Method::ALL {
            assert_eq!(Method::from_http(&method.to_http()), Some(method));
        }
        let purge = http::Method::from_bytes(b"PURGE").unwrap();
        assert_eq!(Method::from_http(&purge), None);
    }

    #[cfg(feature = "actix-web")]
    #[test]
    fn the_match_reads_names_as_the_const_fn_does() {
        for name in [
            "", "get", "Get", "GETS", "PURGE", "DELETE ", "CONNECT", "HEAD",
        ] {
            assert_eq!(Method::from_wire(name), Method::from_name(name), "{name:?}");
        }
        for method in Method::ALL {
            assert_eq!(Method::from_wire(method.as_str()), Some(method));
        }
    }
}
