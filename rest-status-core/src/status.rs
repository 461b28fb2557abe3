//! Sets of HTTP status codes that work in const evaluation.

use core::fmt;

/// The lowest status code a [`StatusSet`] can hold.
pub const MIN_STATUS: u16 = 100;
/// The highest status code a [`StatusSet`] can hold.
pub const MAX_STATUS: u16 = 599;

const WORDS: usize = 8;

/// A set of HTTP status codes in `100..=599`.
///
/// It is a fixed bitset, so every operation is a `const fn`: policies are built from
/// status sets at compile time, and `#[rest_endpoint]` compares them in const
/// evaluation. It is `Copy` and never allocates.
///
/// ```
/// use rest_status::StatusSet;
///
/// const READ: StatusSet = StatusSet::of(&[200, 404, 500]);
/// const ERRORS: StatusSet = READ.without(200);
///
/// assert!(READ.contains(404));
/// assert!(ERRORS.is_subset(READ));
/// assert_eq!(ERRORS.to_string(), "404, 500");
/// assert_eq!(READ.iter().collect::<Vec<u16>>(), [200, 404, 500]);
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct StatusSet {
    words: [u64; WORDS],
}

impl StatusSet {
    /// The set with no status in it.
    pub const EMPTY: StatusSet = StatusSet { words: [0; WORDS] };

    /// The set whose bits are `words`, as [`StatusSet::words`] gave them: generated
    /// code writes a set known while it expands as this literal, which const
    /// evaluation reads at once instead of building it status by status.
    pub(crate) const fn from_words(words: [u64; WORDS]) -> StatusSet {
        StatusSet { words }
    }

    /// The set's bits.
    pub(crate) const fn words(self) -> [u64; WORDS] {
        self.words
    }

    /// The set of the given codes.
    ///
    /// # Panics
    ///
    /// When a code is outside `100..=599`. In a `const` this is a compile error.
    ///
    /// ```
    /// # use rest_status::StatusSet;
    /// const OK_OR_GONE: StatusSet = StatusSet::of(&[200, 410]);
    /// assert_eq!(OK_OR_GONE.len(), 2);
    /// ```
    pub const fn of(codes: &[u16]) -> StatusSet {
        let mut set = StatusSet::EMPTY;
        let mut i = 0;
        while i < codes.len() {
            set = set.with(codes[i]);
            i += 1;
        }
        set
    }

    /// Whether `code` can be held by a status set (`100..=599`).
    pub const fn in_range(code: u16) -> bool {
        code >= MIN_STATUS && code <= MAX_STATUS
    }

    const fn position(code: u16) -> (usize, u64) {
        let offset = (code - MIN_STATUS) as usize;
        (offset / 64, 1u64 << (offset % 64))
    }

    /// This set with `code` added.
    ///
    /// # Panics
    ///
    /// When `code` is outside `100..=599`. In a `const` this is a compile error.
    ///
    /// ```
    /// # use rest_status::StatusSet;
    /// assert!(StatusSet::EMPTY.with(304).contains(304));
    /// ```
    pub const fn with(self, code: u16) -> StatusSet {
        if !StatusSet::in_range(code) {
            panic!("an HTTP status code is a number in 100..=599");
        }
        let (word, bit) = StatusSet::position(code);
        let mut words = self.words;
        words[word] |= bit;
        StatusSet { words }
    }

    /// This set without `code`; a code the set does not hold changes nothing.
    ///
    /// ```
    /// # use rest_status::StatusSet;
    /// assert_eq!(StatusSet::of(&[200, 204]).without(200), StatusSet::of(&[204]));
    /// ```
    pub const fn without(self, code: u16) -> StatusSet {
        if !StatusSet::in_range(code) {
            return self;
        }
        let (word, bit) = StatusSet::position(code);
        let mut words = self.words;
        words[word] &= !bit;
        StatusSet { words }
    }

    /// Whether the set holds `code`; a code outside `100..=599` is never held.
    pub const fn contains(self, code: u16) -> bool {
        if !StatusSet::in_range(code) {
            return false;
        }
        let (word, bit) = StatusSet::position(code);
        self.words[word] & bit != 0
    }

    /// [`StatusSet::contains`] through a reference: reads one word, copies nothing.
    #[cfg(any(feature = "axum", feature = "actix-web"))]
    #[inline]
    pub(crate) fn has(&self, code: u16) -> bool {
        if !StatusSet::in_range(code) {
            return false;
        }
        let (word, bit) = StatusSet::position(code);
        self.words[word] & bit != 0
    }

    /// The codes in either set.
    ///
    /// ```
    /// # use rest_status::StatusSet;
    /// let both = StatusSet::of(&[200]).union(StatusSet::of(&[404]));
    /// assert_eq!(both, StatusSet::of(&[200, 404]));
    /// ```
    pub const fn union(self, other: StatusSet) -> StatusSet {
        let mut words = self.words;
        let mut i = 0;
        while i < WORDS {
            words[i] |= other.words[i];
            i += 1;
        }
        StatusSet { words }
    }

    /// The codes of this set that `other` does not hold.
    ///
    /// ```
    /// # use rest_status::StatusSet;
    /// let extra = StatusSet::of(&[200, 404]).difference(StatusSet::of(&[200]));
    /// assert_eq!(extra, StatusSet::of(&[404]));
    /// ```
    pub const fn difference(self, other: StatusSet) -> StatusSet {
        let mut words = self.words;
        let mut i = 0;
        while i < WORDS {
            words[i] &= !other.words[i];
            i += 1;
        }
        StatusSet { words }
    }

    /// Whether every code of this set is in `other`.
    pub const fn is_subset(self, other: StatusSet) -> bool {
        self.difference(other).is_empty()
    }

    /// Whether the set holds no code.
    pub const fn is_empty(self) -> bool {
        let mut i = 0;
        while i < WORDS {
            if self.words[i] != 0 {
                return false;
            }
            i += 1;
        }
        true
    }

    /// How many codes the set holds.
    pub const fn len(self) -> usize {
        let mut count = 0;
        let mut i = 0;
        while i < WORDS {
            count += self.words[i].count_ones() as usize;
            i += 1;
        }
        count
    }

    /// The smallest code in the set greater than `after`, or the smallest code at all
    /// when `after` is `None`. This is how const code walks a set in order.
    ///
    /// ```
    /// # use rest_status::StatusSet;
    /// let set = StatusSet::of(&[204, 200]);
    /// assert_eq!(set.next(None), Some(200));
    /// assert_eq!(set.next(Some(200)), Some(204));
    /// assert_eq!(set.next(Some(204)), None);
    /// ```
    pub const fn next(self, after: Option<u16>) -> Option<u16> {
        let mut code = match after {
            Some(code) if code < MIN_STATUS => MIN_STATUS,
            Some(code) => code + 1,
            None => MIN_STATUS,
        };
        while code <= MAX_STATUS {
            let (word, _) = StatusSet::position(code);
            // Skip a whole empty word at once: walking a set is at most 8 word reads
            // plus one step per member.
            if self.words[word] >> ((code - MIN_STATUS) % 64) == 0 {
                code = MIN_STATUS + ((word as u16) + 1) * 64;
                continue;
            }
            if self.contains(code) {
                return Some(code);
            }
            code += 1;
        }
        None
    }

    /// The codes of the set in ascending order.
    pub fn iter(self) -> Iter {
        Iter {
            set: self,
            last: None,
        }
    }

    /// The codes of the set as [`http::StatusCode`]s, in ascending order.
    ///
    /// ```
    /// # use rest_status::StatusSet;
    /// let codes: Vec<http::StatusCode> = StatusSet::of(&[204]).status_codes().collect();
    /// assert_eq!(codes, [http::StatusCode::NO_CONTENT]);
    /// ```
    #[cfg(feature = "runtime")]
    pub fn status_codes(self) -> impl Iterator<Item = http::StatusCode> {
        // Every member is in 100..=599, which `from_u16` always accepts.
        self.iter()
            .filter_map(|code| http::StatusCode::from_u16(code).ok())
    }

    /// Whether the set holds `status`.
    #[cfg(feature = "runtime")]
    pub fn contains_status(self, status: http::StatusCode) -> bool {
        self.contains(status.as_u16())
    }
}

/// Iterator over the codes of a [`StatusSet`], from [`StatusSet::iter`].
#[derive(Clone, Debug)]
pub struct Iter {
    set: StatusSet,
    last: Option<u16>,
}

impl Iterator for Iter {
    type Item = u16;

    fn next(&mut self) -> Option<u16> {
        let code = self.set.next(self.last)?;
        self.last = Some(code);
        Some(code)
    }
}

impl IntoIterator for StatusSet {
    type Item = u16;
    type IntoIter = Iter;

    fn into_iter(self) -> Iter {
        self.iter()
    }
}

impl FromIterator<u16> for StatusSet {
    /// Collects codes into a set; codes outside `100..=599` are skipped, since no
    /// response can carry them.
    fn from_iter<I: IntoIterator<Item = u16>>(codes: I) -> StatusSet {
        codes
            .into_iter()
            .filter(|&code| StatusSet::in_range(code))
            .fold(StatusSet::EMPTY, StatusSet::with)
    }
}

impl fmt::Debug for StatusSet {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_set().entries(self.iter()).finish()
    }
}

/// Writes the codes ascending, separated by `", "`: `200, 404, 500`.
impl fmt::Display for StatusSet {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, code) in self.iter().enumerate() {
            if i > 0 {
                f.write_str(", ")?;
            }
            write!(f, "{code}")?;
        }
        Ok(())
    }
}

/// The canonical reason phrase of a status code (`404` -> `"Not Found"`), the same
/// phrase `http::StatusCode::canonical_reason` gives, usable in const evaluation.
///
/// ```
/// use rest_status::reason_phrase;
/// assert_eq!(reason_phrase(404), Some("Not Found"));
/// assert_eq!(reason_phrase(299), None);
/// ```
pub const fn reason_phrase(code: u16) -> Option<&'static str> {
    Some(match code {
        100 => "Continue",
        101 => "Switching Protocols",
        102 => "Processing",
        103 => "Early Hints",
        200 => "OK",
        201 => "Created",
        202 => "Accepted",
        203 => "Non Authoritative Information",
        204 => "No Content",
        205 => "Reset Content",
        206 => "Partial Content",
        207 => "Multi-Status",
        208 => "Already Reported",
        226 => "IM Used",
        300 => "Multiple Choices",
        301 => "Moved Permanently",
        302 => "Found",
        303 => "See Other",
        304 => "Not Modified",
        305 => "Use Proxy",
        307 => "Temporary Redirect",
        308 => "Permanent Redirect",
        400 => "Bad Request",
        401 => "Unauthorized",
        402 => "Payment Required",
        403 => "Forbidden",
        404 => "Not Found",
        405 => "Method Not Allowed",
        406 => "Not Acceptable",
        407 => "Proxy Authentication Required",
        408 => "Request Timeout",
        409 => "Conflict",
        410 => "Gone",
        411 => "Length Required",
        412 => "Precondition Failed",
        413 => "Payload Too Large",
        414 => "URI Too Long",
        415 => "Unsupported Media Type",
        416 => "Range Not Satisfiable",
        417 => "Expectation Failed",
        418 => "I'm a teapot",
        421 => "Misdirected Request",
        422 => "Unprocessable Entity",
        423 => "Locked",
        424 => "Failed Dependency",
        425 => "Too Early",
        426 => "Upgrade Required",
        428 => "Precondition Required",
        429 => "Too Many Requests",
        431 => "Request Header Fields Too Large",
        451 => "Unavailable For Legal Reasons",
        500 => "Internal Server Error",
        501 => "Not Implemented",
        502 => "Bad Gateway",
        503 => "Service Unavailable",
        504 => "Gateway Timeout",
        505 => "HTTP Version Not Supported",
        506 => "Variant Also Negotiates",
        507 => "Insufficient Storage",
        508 => "Loop Detected",
        510 => "Not Extended",
        511 => "Network Authentication Required",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_code_in_range_round_trips() {
        let mut all = StatusSet::EMPTY;
        for code in MIN_STATUS..=MAX_STATUS {
            let one = StatusSet::EMPTY.with(code);
            assert!(one.contains(code));
            assert_eq!(one.len(), 1);
            assert_eq!(one.iter().collect::<Vec<_>>(), [code]);
            assert!(one.without(code).is_empty());
            all = all.union(one);
        }
        assert_eq!(all.len(), 500);
        assert_eq!(all.iter().count(), 500);
        assert!(all.iter().eq(MIN_STATUS..=MAX_STATUS));
    }

    #[test]
    fn out_of_range_codes_are_never_members() {
        let all: StatusSet = (MIN_STATUS..=MAX_STATUS).collect();
        for code in [0, 1, 99, 600, 999, u16::MAX] {
            assert!(!all.contains(code));
            assert_eq!(all.without(code), all);
        }
        let collected: StatusSet = [99, 200, 600].into_iter().collect();
        assert_eq!(collected, StatusSet::of(&[200]));
    }

    #[test]
    #[should_panic(expected = "100..=599")]
    fn adding_an_out_of_range_code_panics() {
        let _ = StatusSet::EMPTY.with(600);
    }

    #[test]
    fn walking_crosses_word_boundaries() {
        // 163 and 164 sit on both sides of the first 64-bit word boundary.
        let set = StatusSet::of(&[599, 163, 100, 164, 227, 228]);
        assert_eq!(
            set.iter().collect::<Vec<_>>(),
            [100, 163, 164, 227, 228, 599]
        );
        assert_eq!(set.next(Some(599)), None);
        assert_eq!(set.next(Some(0)), Some(100));
    }

    #[test]
    fn set_algebra() {
        let a = StatusSet::of(&[200, 404, 500]);
        let b = StatusSet::of(&[404, 410]);
        assert_eq!(a.union(b), StatusSet::of(&[200, 404, 410, 500]));
        assert_eq!(a.difference(b), StatusSet::of(&[200, 500]));
        assert!(StatusSet::of(&[404]).is_subset(a));
        assert!(!b.is_subset(a));
        assert!(StatusSet::EMPTY.is_subset(b));
        assert_eq!(format!("{a}"), "200, 404, 500");
        assert_eq!(format!("{a:?}"), "{200, 404, 500}");
        assert_eq!(StatusSet::EMPTY.to_string(), "");
    }

    #[cfg(feature = "runtime")]
    #[test]
    fn reason_phrases_agree_with_http() {
        for code in MIN_STATUS..=MAX_STATUS {
            let ours = reason_phrase(code);
            let theirs = http::StatusCode::from_u16(code)
                .ok()
                .and_then(|status| status.canonical_reason());
            assert_eq!(ours, theirs, "reason phrase of {code}");
        }
    }
}
