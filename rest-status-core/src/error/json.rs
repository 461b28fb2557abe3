//! The JSON text of the error object, written without serde.
//!
//! This part needs neither `http` nor `serde`: `rest-status-derive` calls it while it
//! expands (core without the `runtime` feature) to turn a body that does not depend on
//! field values into a byte-string constant, and the runtime writer calls it for the
//! rest. One definition of the envelope and of the escaping serves both, and matches
//! what `serde_json` writes for [`ErrorObject`](crate::error::ErrorObject) byte for byte.

#[cfg(feature = "runtime")]
use core::fmt;

/// The code of every 5xx without an explicit one: a 5xx body never carries the
/// variant's name.
pub const INTERNAL_ERROR_CODE: &str = "internal_error";

/// `{"errors":[{"code":"` — the envelope up to the code.
const BODY_START: &[u8] = br#"{"errors":[{"code":""#;
/// Between the code and the message.
const BODY_MIDDLE: &[u8] = br#"","message":""#;
/// After the message.
pub(crate) const BODY_END: &[u8] = br#""}]}"#;

/// Appends `text` to `out` as the contents of a JSON string (without the quotes).
///
/// Escapes what RFC 8259 requires and nothing else, exactly as `serde_json` does: `"`
/// and `\` get a backslash; `\b`, `\f`, `\n`, `\r`, `\t` take their short forms; the other
/// control characters U+0000..=U+001F become `\u00XX` with lower-case hex. Everything
/// else is written raw, including emoji, U+007F and U+2028/U+2029 (valid in JSON; a
/// page that embeds the body in a `<script>` must escape those itself).
pub(crate) fn escape_into(out: &mut Vec<u8>, text: &str) {
    let mut rest = text.as_bytes();
    // A message is mostly text that needs no escape: find the next byte that does,
    // copy the run before it in one go, and write its escape.
    while let Some(index) = find_escape(rest) {
        out.extend_from_slice(&rest[..index]);
        let byte = rest[index];
        let escape: &[u8] = match byte {
            b'"' => b"\\\"",
            b'\\' => b"\\\\",
            b'\n' => b"\\n",
            b'\r' => b"\\r",
            b'\t' => b"\\t",
            0x08 => b"\\b",
            0x0c => b"\\f",
            _ => {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                &[
                    b'\\',
                    b'u',
                    b'0',
                    b'0',
                    HEX[usize::from(byte >> 4)],
                    HEX[usize::from(byte & 0xf)],
                ]
            }
        };
        out.extend_from_slice(escape);
        rest = &rest[index + 1..];
    }
    out.extend_from_slice(rest);
}

/// Whether `byte` must be escaped inside a JSON string.
const fn needs_escape(byte: u8) -> bool {
    byte < 0x20 || byte == b'"' || byte == b'\\'
}

/// The index of the first byte of `bytes` that must be escaped.
///
/// Tests eight bytes at a time: scanning byte by byte made escaping most of the
/// direct writer's cost for a message with a field.
#[inline]
fn find_escape(bytes: &[u8]) -> Option<usize> {
    if bytes.len() < 8 {
        return bytes.iter().position(|&byte| needs_escape(byte));
    }
    let mut offset = 0;
    while offset + 8 <= bytes.len() {
        if let Some(index) = first_flagged(word_at(bytes, offset)) {
            return Some(offset + index);
        }
        offset += 8;
    }
    // The last, partial word: read the last eight bytes instead. The bytes it shares
    // with words already read need no escape, so its first flagged byte is a new one.
    let last = bytes.len() - 8;
    if offset > last {
        first_flagged(word_at(bytes, last)).map(|index| last + index)
    } else {
        None
    }
}

/// The eight bytes at `offset`, the first in the lowest bits.
#[inline]
fn word_at(bytes: &[u8], offset: usize) -> u64 {
    let mut word = [0; 8];
    word.copy_from_slice(&bytes[offset..offset + 8]);
    u64::from_le_bytes(word)
}

/// The index of the first byte of `word` (from the lowest bits) that must be escaped.
///
/// The classic tests "a byte is below n" (`(x - n) & !x & 0x80`, per byte) for
/// control characters, and "a byte is zero" after XOR with `"` and with `\`. A borrow
/// can flag a byte above one that truly matches, never below, so the lowest flag is
/// exact.
#[inline]
fn first_flagged(word: u64) -> Option<usize> {
    const fn every_byte(byte: u8) -> u64 {
        u64::from_le_bytes([byte; 8])
    }
    let below = |word: u64, n: u8| word.wrapping_sub(every_byte(n)) & !word;
    let control = below(word, 0x20);
    let quote = below(word ^ every_byte(b'"'), 1);
    let backslash = below(word ^ every_byte(b'\\'), 1);
    let flags = (control | quote | backslash) & every_byte(0x80);
    if flags == 0 {
        None
    } else {
        Some(flags.trailing_zeros() as usize / 8)
    }
}

/// The body up to the first byte of the message: `{"errors":[{"code":"<code>","message":"`.
pub(crate) fn body_prefix(out: &mut Vec<u8>, code: &str) {
    out.extend_from_slice(BODY_START);
    escape_into(out, code);
    out.extend_from_slice(BODY_MIDDLE);
}

/// The whole body of an error whose message is known: what a constant body holds.
pub(crate) fn body(out: &mut Vec<u8>, code: &str, message: &str) {
    body_prefix(out, code);
    escape_into(out, message);
    out.extend_from_slice(BODY_END);
}

/// The RFC 9457 body up to the first byte of `detail`:
/// `{"type":"about:blank","title":"<title>","status":<status>,"detail":"`.
#[cfg(feature = "runtime")]
pub(crate) fn problem_prefix(out: &mut Vec<u8>, title: &str, status: u16) {
    out.extend_from_slice(br#"{"type":"about:blank","title":""#);
    escape_into(out, title);
    out.extend_from_slice(br#"","status":"#);
    // Three digits: a status is in 100..=999.
    out.extend_from_slice(&[
        b'0' + (status / 100 % 10) as u8,
        b'0' + (status / 10 % 10) as u8,
        b'0' + (status % 10) as u8,
    ]);
    out.extend_from_slice(br#","detail":""#);
}

/// The RFC 9457 body after `detail`: the `code` member and the end.
#[cfg(feature = "runtime")]
pub(crate) fn problem_suffix(out: &mut Vec<u8>, code: &str) {
    out.extend_from_slice(br#"","code":""#);
    escape_into(out, code);
    out.extend_from_slice(br#""}"#);
}

/// A [`fmt::Write`] that escapes what is written into a JSON string's contents, so a
/// `Display` value goes into the body as it is produced, with no `String` in between.
#[cfg(feature = "runtime")]
pub(crate) struct JsonString<'a>(pub(crate) &'a mut Vec<u8>);

#[cfg(feature = "runtime")]
impl fmt::Write for JsonString<'_> {
    fn write_str(&mut self, text: &str) -> fmt::Result {
        escape_into(self.0, text);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn escaped(text: &str) -> String {
        let mut out = Vec::new();
        escape_into(&mut out, text);
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn escapes_what_json_requires() {
        assert_eq!(escaped(r#"say "hi" \o/"#), r#"say \"hi\" \\o/"#);
        assert_eq!(escaped("a\nb\rc\td\u{8}e\u{c}f"), r"a\nb\rc\td\be\ff");
        assert_eq!(escaped("\u{0}\u{1}\u{1f}"), r"\u0000\u0001\u001f");
        assert_eq!(escaped("\u{1b}[31m"), r"\u001b[31m");
    }

    #[test]
    fn leaves_everything_else_raw() {
        let raw = "caf\u{e9} \u{1f980} \u{7f} \u{2028}\u{2029} / < > &";
        assert_eq!(escaped(raw), raw);
        assert_eq!(escaped(""), "");
    }

    #[test]
    fn every_control_character_is_escaped() {
        for byte in 0u8..0x20 {
            let text = char::from(byte).to_string();
            let out = escaped(&text);
            assert!(out.starts_with('\\'), "{byte:#x} -> {out}");
            assert!(out.bytes().all(|b| b >= 0x20), "{byte:#x} -> {out}");
        }
    }

    #[test]
    fn finds_the_first_byte_to_escape_at_every_length_and_position() {
        // Around the eight-byte words: every length up to three words, each byte to
        // escape at each position, behind text that needs none and text that a borrow
        // in the word test would flag wrongly (bytes just above the limits).
        for filler in [b'a', 0x20, 0x21, 0x23, 0x5d, 0x80, 0xff] {
            for len in 0..=24 {
                let clean = vec![filler; len];
                assert_eq!(find_escape(&clean), None, "{filler:#x} x {len}");
                for at in 0..len {
                    for special in [0x00, 0x1f, b'"', b'\\'] {
                        let mut bytes = clean.clone();
                        bytes[at] = special;
                        // A second one later must not hide the first.
                        if at + 3 < len {
                            bytes[at + 3] = b'"';
                        }
                        assert_eq!(find_escape(&bytes), Some(at), "{bytes:x?}");
                    }
                }
            }
        }
    }

    #[test]
    fn every_pair_of_neighbouring_bytes() {
        // A borrow runs from one byte into the next: every pair, at a word's edges
        // and in its middle.
        for first in 0..=255u8 {
            for second in 0..=255u8 {
                for at in [0, 3, 6, 7] {
                    let mut bytes = [b'a'; 9];
                    bytes[at] = first;
                    bytes[at + 1] = second;
                    let naive = bytes.iter().position(|&byte| needs_escape(byte));
                    assert_eq!(find_escape(&bytes), naive, "{bytes:x?}");
                }
            }
        }
    }

    #[test]
    fn escapes_runs_of_every_length() {
        for len in 0..=20 {
            let text = format!(
                "{}\"{}\n{}",
                "x".repeat(len),
                "y".repeat(len),
                "z".repeat(len)
            );
            let expected = format!(
                "{}\\\"{}\\n{}",
                "x".repeat(len),
                "y".repeat(len),
                "z".repeat(len)
            );
            assert_eq!(escaped(&text), expected);
        }
    }

    #[test]
    fn the_envelope() {
        let mut out = Vec::new();
        body(&mut out, "not_found", "Invoice \"7\" was not found");
        assert_eq!(
            out,
            br#"{"errors":[{"code":"not_found","message":"Invoice \"7\" was not found"}]}"#
        );
    }
}
