//! Strings that break careless JSON writers, for the property tests.
//!
//! `any::<String>()` alone is not enough: proptest draws it from `\PC*`, which has no
//! control characters at all. So a string here is glued from pieces, most of them
//! characters chosen for being hard: every control character, quotes, backslashes,
//! U+2028/U+2029, combining marks (also first, with nothing to combine with),
//! noncharacters, the BOM, the last code point, text that looks like a JSON escape;
//! beside them runs of `any::<String>()` and `any::<char>()`. One string in ten is long:
//! 1 to 8 thousand characters of such pieces, repeated. `hard_strings_are_drawn` in
//! `test_body_properties.rs` checks that these cases really come up.
#![allow(dead_code)] // each test file uses the part it needs

use proptest::collection::vec;
use proptest::prelude::*;
use proptest::sample::select;

/// Characters that a JSON string writer must escape, or that trip writers that
/// escape too much or split on the wrong boundary.
#[rustfmt::skip] // a table, read better in rows
const HARD: &[char] = &[
    '"', '\\', '/', '\n', '\r', '\t', '\u{8}', '\u{c}', '\u{0}', '\u{1b}', '\u{1f}', '\u{7f}',
    '\u{80}', '\u{85}', '\u{a0}', '\u{2028}', '\u{2029}', '\u{200b}', '\u{200d}', '\u{feff}',
    '\u{fffd}', '\u{fffe}', '\u{ffff}', '\u{10ffff}', '\u{1f980}', '{', '}', '<', '>', '&', '\'',
];

/// Combining marks: valid text, but with nothing before them they combine with nothing.
pub const COMBINING: &[char] = &[
    '\u{300}', '\u{301}', '\u{308}', '\u{20dd}', '\u{1ab0}', '\u{fe20}',
];

/// Text that looks like JSON syntax or an escape, so a writer that leaves it raw breaks
/// the document or changes the value.
#[rustfmt::skip] // a table, read better in rows
const LOOKALIKES: &[&str] = &[
    r#"\""#, r"\\", r"\u0000", r"\ud800", r"\n", r#"","code":"x"#, r#""}]}"#, "{{", "}}",
    "{0}", "{id}",
];

/// One character, mostly a hard one.
pub fn hard_char() -> impl Strategy<Value = char> {
    prop_oneof![
        3 => (0u8..0x20).prop_map(char::from),
        3 => select(HARD),
        1 => select(COMBINING),
        2 => any::<char>(),
    ]
}

fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        6 => hard_char().prop_map(String::from),
        2 => any::<String>(),
        1 => select(LOOKALIKES).prop_map(str::to_owned),
    ]
}

/// A field value as hostile as a client can send.
pub fn hard_string() -> impl Strategy<Value = String> {
    let short = (proptest::option::of(select(COMBINING)), vec(piece(), 0..24)).prop_map(
        |(lead, pieces)| {
            let mut text: String = lead.into_iter().collect();
            text.extend(pieces);
            text
        },
    );
    // Drawing thousands of characters one by one is slow in a debug build: a long
    // string repeats a short hard one instead.
    let long = (vec(piece(), 1..24), 1024..8192usize).prop_map(|(pieces, length)| {
        let seed: String = pieces.concat();
        seed.chars()
            .chain(['\u{2028}'])
            .cycle()
            .take(length)
            .collect()
    });
    prop_oneof![9 => short, 1 => long]
}

/// Fails unless `strings` hold every hard case above: the properties are only as good
/// as what they are fed.
pub fn assert_hard_cases_drawn(strings: &[String]) {
    let any = |test: &dyn Fn(&str) -> bool| strings.iter().any(|s| test(s));
    for byte in 0u8..0x20 {
        let control = char::from(byte);
        assert!(any(&|s| s.contains(control)), "no string held {control:?}");
    }
    for hard in HARD {
        assert!(any(&|s| s.contains(*hard)), "no string held {hard:?}");
    }
    assert!(
        any(&|s| s.starts_with(COMBINING)),
        "no string started with a lone combining mark"
    );
    assert!(
        any(&|s| s.chars().count() == 1 && s.starts_with(COMBINING)),
        "no string was one lone combining mark"
    );
    assert!(any(&|s| s.is_empty()), "no empty string");
    assert!(any(&|s| s.len() >= 4096), "no string of 4 KB or more");
    assert!(
        any(&|s| s.chars().any(|c| c > '\u{ffff}' && !HARD.contains(&c))),
        "no character outside the BMP beside the chosen ones"
    );
}

/// `count` strings from [`hard_string`], the same ones on every run.
pub fn sample(count: usize) -> Vec<String> {
    use proptest::strategy::ValueTree as _;
    use proptest::test_runner::TestRunner;

    let mut runner = TestRunner::deterministic();
    let strategy = hard_string();
    (0..count)
        .map(|_| strategy.new_tree(&mut runner).unwrap().current())
        .collect()
}
