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
    let bytes = text.as_bytes();
    // Copy runs of bytes that need no escape in one go.
    let mut start = 0;
    for (i, &byte) in bytes.iter().enumerate() {
        let escape: &[u8] = match byte {
            b'"' => b"\\\"",
            b'\\' => b"\\\\",
            b'\n' => b"\\n",
            b'\r' => b"\\r",
            b'\t' => b"\\t",
            0x08 => b"\\b",
            0x0c => b"\\f",
            0x00..=0x1f => {
                out.extend_from_slice(&bytes[start..i]);
                const HEX: &[u8; 16] = b"0123456789abcdef";
                out.extend_from_slice(&[
                    b'\\',
                    b'u',
                    b'0',
                    b'0',
                    HEX[usize::from(byte >> 4)],
                    HEX[usize::from(byte & 0xf)],
                ]);
                start = i + 1;
                continue;
            }
            _ => continue,
        };
        out.extend_from_slice(&bytes[start..i]);
        out.extend_from_slice(escape);
        start = i + 1;
    }
    out.extend_from_slice(&bytes[start..]);
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
    fn the_envelope() {
        let mut out = Vec::new();
        body(&mut out, "not_found", "Invoice \"7\" was not found");
        assert_eq!(
            out,
            br#"{"errors":[{"code":"not_found","message":"Invoice \"7\" was not found"}]}"#
        );
    }
}
