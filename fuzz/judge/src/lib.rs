//! The two macros of `rest-status-derive` as plain functions over tokens, and the one
//! check of what they answer, shared by everything that feeds them input without a
//! compiler:
//!
//! - the fuzz targets (`fuzz/fuzz_targets/`), through [`fuzz_rest_endpoint`] and
//!   [`fuzz_derive_rest_error`];
//! - the no-panic corpus (`tests/corpus.rs`): every malformed input written out, valid
//!   ones, and deterministic damage to all of them;
//! - the UI cases (`tests/ui/` of the repository, `tests/ui_cases.rs` here): each
//!   macro input of a case, answered as its snapshot says.
//!
//! A macro never panics, and whatever comes in, a compile error or its full expansion
//! comes out, never silence: [`judge_rest_endpoint`] and [`judge_derive_rest_error`]
//! say whether an answer is one of those, and the one the input must get.
//!
//! A proc-macro crate exports nothing but its macros, so the derive crate's modules are
//! compiled here once more, declared at the paths they have there (`crate::ctxt`,
//! `crate::depth`, `crate::endpoint`, `crate::error`, `crate::tokens`) so that their
//! `crate::` paths resolve. The code checked is the code the compiler runs, not a copy;
//! a module added to the derive crate is added to the list below.

#![forbid(unsafe_code)]

// `tokens.rs` asks the compiler's own lexer when it runs inside the compiler; here it
// never does (`proc_macro::is_available()` is false), but the name must resolve, as it
// does in the proc-macro crate without this line.
extern crate proc_macro;

#[path = "../../../rest-status-derive/src/ctxt.rs"]
mod ctxt;
#[path = "../../../rest-status-derive/src/depth.rs"]
mod depth;
#[path = "../../../rest-status-derive/src/endpoint/mod.rs"]
mod endpoint;
#[path = "../../../rest-status-derive/src/error/mod.rs"]
mod error;
#[path = "../../../rest-status-derive/src/tokens.rs"]
mod tokens;

use proc_macro2::{Delimiter, TokenStream, TokenTree};

/// How deep input may nest before the macros refuse it (`depth.rs` of the derive).
pub const DEPTH_LIMIT: usize = depth::LIMIT;
/// How long a chain of tokens may be before the macros refuse it.
pub const RUN_LIMIT: usize = depth::RUN_LIMIT;

/// `#[rest_endpoint(args)] item`, as the compiler runs it.
pub fn rest_endpoint(args: TokenStream, item: TokenStream) -> TokenStream {
    endpoint::expand(args, item)
}

/// `#[derive(RestError)]` on `input`, as the compiler runs it.
pub fn derive_rest_error(input: TokenStream) -> TokenStream {
    error::derive(input)
}

/// What must come out of one input.
#[derive(Clone, Copy, Debug)]
pub enum Expect {
    /// A compile error that the macro writes.
    Refused,
    /// No compile error from the macro but the full expansion: for `#[rest_endpoint]`
    /// the const checks, which check these statuses (among others).
    Checks(&'static [u16]),
    /// Either of the two: input that the macro may accept or refuse, such as damaged
    /// input, or a case whose error comes from the type checker after the expansion.
    Either,
}

/// Whether `output`, the answer of `#[rest_endpoint]` to `item`, is what `expect`
/// asks for; the error is the output, as text.
pub fn judge_rest_endpoint(
    item: &TokenStream,
    output: &TokenStream,
    expect: Expect,
) -> Result<(), String> {
    let text = output.to_string();
    let refused = text.contains("compile_error");
    // A handler the macro checked whole itself (a built-in policy, declared statuses,
    // an `impl Trait` return type) comes back as written; anything else with its
    // checks at the top of its body. Either way the fn comes back, its signature
    // (everything before the body) unchanged: an output without it dropped the item.
    let trees: Vec<TokenTree> = item.clone().into_iter().collect();
    let signature: TokenStream = trees[..trees.len().saturating_sub(1)]
        .iter()
        .cloned()
        .collect();
    let expanded = !refused && text.starts_with(&signature.to_string());
    // A declared status is checked when the output holds it more often than the fn as
    // written (the attribute's own tokens are not part of the output). Under a
    // built-in policy the macro checks the declared statuses itself and hands the
    // compiler the set as its bits (`check_undeclared`).
    let checked = |status: &u16| {
        count_status(output, *status) > count_status(item, *status)
            || text.contains("check_undeclared")
    };
    match expect {
        Expect::Refused if refused => Ok(()),
        Expect::Checks(statuses) if expanded && statuses.iter().all(checked) => Ok(()),
        Expect::Either if refused || expanded => Ok(()),
        _ => Err(text),
    }
}

/// Whether `output`, the answer of `#[derive(RestError)]`, is what `expect` asks for.
pub fn judge_derive_rest_error(output: &TokenStream, expect: Expect) -> Result<(), String> {
    let text = output.to_string();
    let refused = text.contains("compile_error");
    let expanded = !refused && text.contains("RestError for");
    match expect {
        Expect::Refused if refused => Ok(()),
        Expect::Checks(_) if expanded => Ok(()),
        Expect::Either if refused || expanded => Ok(()),
        _ => Err(text),
    }
}

/// How often the literal `status` stands in `tokens`, at any depth.
fn count_status(tokens: &TokenStream, status: u16) -> usize {
    let text = status.to_string();
    tokens
        .clone()
        .into_iter()
        .map(|tree| match tree {
            TokenTree::Literal(literal) => usize::from(literal.to_string() == text),
            TokenTree::Group(group) => count_status(&group.stream(), status),
            _ => 0,
        })
        .sum()
}

/// `#[derive(RestError)]` on the type written in `text`, for a fuzz target. Text that
/// does not lex is skipped: the compiler never hands a macro such tokens.
///
/// # Panics
///
/// When the macro panics, or answers with neither a compile error nor the impls.
pub fn fuzz_derive_rest_error(text: &str) {
    let Ok(input) = text.parse::<TokenStream>() else {
        return;
    };
    let output = derive_rest_error(input);
    if let Err(output) = judge_derive_rest_error(&output, Expect::Either) {
        panic!("neither an error nor the impls: {output}");
    }
}

/// `#[rest_endpoint(args)] item` with `text` written `(args) item`, for a fuzz target;
/// without the leading parentheses, the arguments are empty and all of `text` is the
/// item. Text that does not lex is skipped.
///
/// # Panics
///
/// When the macro panics, or answers with neither a compile error nor the item.
pub fn fuzz_rest_endpoint(text: &str) {
    let Ok(tokens) = text.parse::<TokenStream>() else {
        return;
    };
    let mut trees = tokens.into_iter().peekable();
    let args = match trees.peek() {
        Some(TokenTree::Group(group)) if group.delimiter() == Delimiter::Parenthesis => {
            let args = group.stream();
            trees.next();
            args
        }
        _ => TokenStream::new(),
    };
    let item: TokenStream = trees.collect();
    let output = rest_endpoint(args, item.clone());
    if let Err(output) = judge_rest_endpoint(&item, &output, Expect::Either) {
        panic!("neither an error nor the item: {output}");
    }
}
