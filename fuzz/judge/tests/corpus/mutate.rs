//! Deterministic damage to token streams: every single edit at every place, random
//! runs of edits, token soup, and every option given twice. A seeded generator picks
//! what varies, so a failing input is found again by the next run.

use proc_macro2::{Delimiter, Group, Punct, Spacing, TokenStream, TokenTree};

/// xorshift64: small, deterministic, and enough to spread the edits around.
pub(super) struct Rng(u64);

impl Rng {
    pub(super) fn new(seed: u64) -> Rng {
        Rng(seed | 1)
    }

    /// A number in `0..n` (0 when `n` is 0).
    pub(super) fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % n.max(1) as u64) as usize
    }

    pub(super) fn pick<T: Copy>(&mut self, items: &[T]) -> T {
        items[self.below(items.len())]
    }
}

/// What takes a literal's place: every kind of literal, suffixes, numbers too large
/// for any integer type, text the message templates choke on.
const LITERALS: &[&str] = &[
    "404",
    "\"404\"",
    "4.04e2",
    "404u16",
    "404i8",
    "404f32",
    "'x'",
    "b'x'",
    "b\"GET\"",
    "c\"GET\"",
    "r#\"GET\"#",
    "99999999999999999999999",
    "0x1F4",
    "1e999",
    "-1",
    "\"\"",
    "\"{\"",
    "\"{99999999999999999999999}\"",
    "\"名前 {名前} \\u{2028}\"",
    "\"GET\"suffix",
];

/// What takes an identifier's place: non-ASCII and raw names, keywords, and the
/// options of both macros (so an option can turn into another one).
const IDENTS: &[&str] = &[
    "café", "名前", "r#type", "_", "self", "Self", "crate", "super", "impl", "dyn", "union",
    "async", "fn", "struct", "enum", "where", "method", "statuses", "policy", "status", "code",
    "message", "format", "rest", "GET", "Result",
];

/// What takes a punctuation mark's place.
const PUNCTS: &[&str] = &[
    "=", ",", ";", "::", ":", "#", "!", "<", ">", "->", "&", "'a", "-", ".",
];

const DELIMITERS: [Delimiter; 4] = [
    Delimiter::Parenthesis,
    Delimiter::Bracket,
    Delimiter::Brace,
    // Invisible: what a `macro_rules!` substitution wraps a fragment in.
    Delimiter::None,
];

/// Pieces of both macros' syntax, for the token soup.
const PIECES: &[&str] = &[
    "method",
    "=",
    "\"GET\"",
    "\"get\"",
    "\"\"",
    ",",
    "statuses",
    "(200)",
    "(",
    ")",
    "600",
    "-1",
    "policy",
    "crate",
    "::",
    "x",
    "Result<",
    ">",
    "fn",
    "f",
    "()",
    "->",
    "{}",
    "struct",
    "S;",
    "enum",
    "E",
    "union",
    "async",
    "impl",
    "Trait",
    "<T>",
    "where",
    "T:",
    "'a",
    "#[a]",
    "#[rest(status = 404)]",
    "#[rest(",
    "status",
    "code",
    "message",
    "\"{id}\"",
    "{ id: u64 }",
    "self",
    "Self",
    "0x1F4",
    "4e2",
    "200u8",
    "[",
    "]",
    "{",
    "}",
];

/// The tokens of `text`; a piece of soup that opens or closes a group alone does not
/// lex.
fn lex(text: &str) -> Option<TokenStream> {
    text.parse().ok()
}

fn group(delimiter: Delimiter, stream: TokenStream) -> TokenTree {
    TokenTree::Group(Group::new(delimiter, stream))
}

/// One change at one place of a token list.
#[derive(Clone, Copy)]
enum Edit {
    Drop,
    Duplicate,
    SwapWithNext,
    Replace(&'static str),
    Insert(&'static str),
    Wrap(Delimiter),
}

fn apply(trees: &[TokenTree], at: usize, edit: Edit) -> Option<Vec<TokenTree>> {
    let mut out = trees.to_vec();
    match edit {
        Edit::Drop => {
            out.remove(at);
        }
        Edit::Duplicate => out.insert(at, trees[at].clone()),
        Edit::SwapWithNext if at + 1 < trees.len() => out.swap(at, at + 1),
        Edit::SwapWithNext => return None,
        Edit::Replace(text) => {
            out.splice(at..=at, lex(text)?);
        }
        Edit::Insert(text) => {
            out.splice(at..at, lex(text)?);
        }
        Edit::Wrap(delimiter) => out[at] = group(delimiter, trees[at].clone().into()),
    }
    Some(out)
}

/// Every input one edit away from `stream`, at every depth: truncated after each
/// token, each token dropped, duplicated, swapped with the next and wrapped in a group
/// (one kind of delimiter, picked by `rng`), each literal replaced by every kind of
/// literal, each identifier and punctuation mark by one of another kind.
pub(super) fn single_edits(stream: &TokenStream, rng: &mut Rng) -> Vec<TokenStream> {
    let trees: Vec<TokenTree> = stream.clone().into_iter().collect();
    let mut out: Vec<TokenStream> = (0..trees.len())
        .map(|len| trees[..len].iter().cloned().collect())
        .collect();
    for at in 0..trees.len() {
        let mut edits = vec![
            Edit::Drop,
            Edit::Duplicate,
            Edit::SwapWithNext,
            Edit::Wrap(rng.pick(&DELIMITERS)),
        ];
        match &trees[at] {
            TokenTree::Literal(_) => edits.extend(LITERALS.iter().map(|text| Edit::Replace(text))),
            TokenTree::Ident(_) => edits.push(Edit::Replace(rng.pick(IDENTS))),
            TokenTree::Punct(_) => edits.push(Edit::Replace(rng.pick(PUNCTS))),
            TokenTree::Group(inner) => {
                for stream in single_edits(&inner.stream(), rng) {
                    let mut changed = trees.clone();
                    changed[at] = group(inner.delimiter(), stream);
                    out.push(changed.into_iter().collect());
                }
            }
        }
        out.extend(
            edits
                .into_iter()
                .filter_map(|edit| apply(&trees, at, edit))
                .map(TokenStream::from_iter),
        );
    }
    out
}

/// `stream` after `count` random edits, each at a random depth.
pub(super) fn random_edits(stream: &TokenStream, count: usize, rng: &mut Rng) -> TokenStream {
    let mut trees: Vec<TokenTree> = stream.clone().into_iter().collect();
    for _ in 0..count {
        trees = random_edit(trees, rng);
    }
    trees.into_iter().collect()
}

fn random_edit(trees: Vec<TokenTree>, rng: &mut Rng) -> Vec<TokenTree> {
    if trees.is_empty() {
        return lex(rng.pick(PIECES)).into_iter().flatten().collect();
    }
    let at = rng.below(trees.len());
    if let TokenTree::Group(inner) = &trees[at] {
        // Mostly go deeper: the options sit two or three groups down.
        if rng.below(4) != 0 {
            let stream = random_edit(inner.stream().into_iter().collect(), rng);
            let edited = group(inner.delimiter(), stream.into_iter().collect());
            let mut changed = trees;
            changed[at] = edited;
            return changed;
        }
    }
    let edit = match rng.below(8) {
        0 => return trees[..at].to_vec(),
        1 => Edit::Drop,
        2 => Edit::Duplicate,
        3 => Edit::SwapWithNext,
        4 => Edit::Wrap(rng.pick(&DELIMITERS)),
        5 => Edit::Insert(rng.pick(PIECES)),
        _ => Edit::Replace(match &trees[at] {
            TokenTree::Literal(_) => rng.pick(LITERALS),
            TokenTree::Punct(_) => rng.pick(PUNCTS),
            _ => rng.pick(IDENTS),
        }),
    };
    apply(&trees, at, edit).unwrap_or(trees)
}

/// Up to a dozen pieces of either macro's syntax in any order; soup that does not lex
/// (unbalanced) is empty, since a macro never receives it.
pub(super) fn soup(rng: &mut Rng) -> TokenStream {
    let len = rng.below(12);
    let text: Vec<&str> = (0..len).map(|_| rng.pick(PIECES)).collect();
    text.join(" ").parse().unwrap_or_default()
}

/// `stream` inside `depth` groups, the delimiters taken in turn.
pub(super) fn nested(stream: TokenStream, depth: usize) -> TokenStream {
    (0..depth).fold(stream, |stream, level| {
        group(DELIMITERS[level % DELIMITERS.len()], stream).into()
    })
}

/// `a, b` as `a, a, b` and as `a, b, b`: each comma-separated entry given twice.
pub(super) fn repeat_each_entry(list: &TokenStream) -> Vec<TokenStream> {
    let mut entries: Vec<Vec<TokenTree>> = vec![Vec::new()];
    for tree in list.clone() {
        match &tree {
            TokenTree::Punct(punct) if punct.as_char() == ',' => entries.push(Vec::new()),
            _ => entries.last_mut().expect("one entry at least").push(tree),
        }
    }
    entries.retain(|entry| !entry.is_empty());
    (0..entries.len())
        .map(|repeated| {
            let mut out = TokenStream::new();
            for (i, entry) in entries.iter().enumerate() {
                let times = if i == repeated { 2 } else { 1 };
                for _ in 0..times {
                    out.extend(entry.iter().cloned());
                    out.extend([TokenTree::Punct(Punct::new(',', Spacing::Alone))]);
                }
            }
            out
        })
        .collect()
}

/// The input once for each option of each `rest(...)` in it, with that option given
/// twice.
pub(super) fn repeat_each_rest_option(input: &TokenStream) -> Vec<TokenStream> {
    let trees: Vec<TokenTree> = input.clone().into_iter().collect();
    let mut out = Vec::new();
    for at in 0..trees.len() {
        let TokenTree::Group(inner) = &trees[at] else {
            continue;
        };
        let after_rest = at > 0 && matches!(&trees[at - 1], TokenTree::Ident(i) if i == "rest");
        let streams = if after_rest && inner.delimiter() == Delimiter::Parenthesis {
            repeat_each_entry(&inner.stream())
        } else {
            repeat_each_rest_option(&inner.stream())
        };
        for stream in streams {
            let mut changed = trees.clone();
            changed[at] = group(inner.delimiter(), stream);
            out.push(changed.into_iter().collect());
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lex(text: &str) -> TokenStream {
        text.parse().unwrap()
    }

    fn texts(streams: Vec<TokenStream>) -> Vec<String> {
        streams.iter().map(ToString::to_string).collect()
    }

    #[test]
    fn single_edits_truncate_and_reach_into_groups() {
        let edits = texts(single_edits(&lex("a (b)"), &mut Rng::new(1)));
        assert_eq!(edits[..2], ["", "a"]);
        assert!(edits.contains(&"(b)".to_owned()), "{edits:?}");
        assert!(edits.contains(&"a ()".to_owned()), "{edits:?}");
        assert!(edits.contains(&"a (b) (b)".to_owned()), "{edits:?}");
        assert!(edits.contains(&"(b) a".to_owned()), "{edits:?}");
    }

    #[test]
    fn entries_are_repeated_one_at_a_time() {
        assert_eq!(
            texts(repeat_each_entry(&lex("a = 1, b(2)"))),
            ["a = 1 , a = 1 , b (2) ,", "a = 1 , b (2) , b (2) ,"]
        );
        assert_eq!(
            texts(repeat_each_rest_option(&lex(
                "#[rest(status = 404)] enum E { #[rest(code = \"x\")] A }"
            ))),
            [
                "# [rest (status = 404 , status = 404 ,)] enum E { # [rest (code = \"x\")] A }",
                "# [rest (status = 404)] enum E { # [rest (code = \"x\" , code = \"x\" ,)] A }",
            ]
        );
    }

    #[test]
    fn the_generator_is_deterministic() {
        let run = || {
            let mut rng = Rng::new(7);
            (0..20).map(|_| rng.below(1000)).collect::<Vec<_>>()
        };
        assert_eq!(run(), run());
        assert_eq!(Rng::new(0).below(0), 0);
    }
}
