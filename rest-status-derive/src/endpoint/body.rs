//! The statuses a handler's body names where it builds a response: `StatusCode::NAME`
//! under any path prefix, `StatusCode::from_u16(404)` with an integer literal, and
//! actix-web's builders (`HttpResponse::NotFound()`).
//!
//! The body is read as tokens, once, without parsing it: a handler's body is most of
//! its tokens, and syn would copy every one. What the walk leaves out, because the
//! status there is compared or matched against and not returned:
//!
//! - an operand of `==`, `!=`, `<`, `>`, `<=`, `>=`, or a reference `&StatusCode::OK`
//!   (`set.contains(&StatusCode::OK)`);
//! - the condition of `if` and `while` (a `bool`, or the scrutinee of `if let`), the
//!   head of `for`, the scrutinee of `match`, every pattern and guard of a `match`, the
//!   pattern of `let` (`let StatusCode::OK = s else { ... }`);
//! - the arguments of macros that compare or format (`matches!`, `assert_eq!`,
//!   `format!`, `tracing::info!`, ... [`SKIPPED_MACROS`]);
//! - a status read for something else: `StatusCode::OK.as_u16()` and the other
//!   accessors of [`ACCESSORS`];
//! - nested items (`fn`, `impl`, `trait`, `mod`, `use`): their code runs when called,
//!   like any other function's, and is not the handler's.
//!
//! Closures and `async` blocks are part of the body and are read: a status in
//! `.ok_or_else(|| StatusCode::NOT_FOUND)` is returned by the handler. A status the body
//! computes at run time, or that another function builds, is not seen.

use std::sync::OnceLock;

use proc_macro2::{Delimiter, Spacing, Span, TokenStream, TokenTree};
use rest_status_core::{reason_phrase, MAX_STATUS, MIN_STATUS};

/// A status the body names, and the tokens that name it.
#[derive(Clone, Copy, Debug)]
pub(crate) struct NamedStatus {
    pub(crate) code: u16,
    /// The first and last token that name it: `StatusCode` and `NOT_FOUND`.
    pub(crate) span: (Span, Span),
}

/// Macros whose arguments are compared or formatted, never returned as a response's
/// status.
pub(crate) const SKIPPED_MACROS: &[&str] = &[
    "matches",
    "assert",
    "assert_eq",
    "assert_ne",
    "debug_assert",
    "debug_assert_eq",
    "debug_assert_ne",
    "format",
    "format_args",
    "write",
    "writeln",
    "print",
    "println",
    "eprint",
    "eprintln",
    "panic",
    "unreachable",
    "todo",
    "unimplemented",
    "trace",
    "debug",
    "info",
    "warn",
    "error",
    "event",
    "log",
];

/// Methods that read something else out of a status: the status itself goes nowhere.
pub(crate) const ACCESSORS: &[&str] = &[
    "as_u16",
    "as_str",
    "canonical_reason",
    "is_informational",
    "is_success",
    "is_redirection",
    "is_client_error",
    "is_server_error",
    "to_string",
];

/// Every status `body` names where it builds a response, in the order written.
pub(crate) fn named_statuses(body: TokenStream) -> Vec<NamedStatus> {
    let mut found = Vec::new();
    let tokens: Vec<TokenTree> = body.into_iter().collect();
    scan(&tokens, &mut found);
    found
}

/// One level of tokens: groups are read as levels of their own.
fn scan(tokens: &[TokenTree], found: &mut Vec<NamedStatus>) {
    let mut i = 0;
    while i < tokens.len() {
        i = match &tokens[i] {
            TokenTree::Group(group) => {
                scan_stream(group.stream(), found);
                i + 1
            }
            TokenTree::Ident(ident) => {
                let word = ident.to_string();
                match word.as_str() {
                    // The condition is a `bool` (or the scrutinee of `if let`); the
                    // body, the next `{ }`, is read.
                    "if" | "while" => next_brace(tokens, i + 1),
                    // `for pattern in iterable { }`; `for<'a>` is a type's.
                    "for" if !is_punct(tokens.get(i + 1), '<') => next_brace(tokens, i + 1),
                    "match" => {
                        let arms = next_brace(tokens, i + 1);
                        if let Some(TokenTree::Group(group)) = tokens.get(arms) {
                            let inner: Vec<TokenTree> = group.stream().into_iter().collect();
                            scan_arms(&inner, found);
                        }
                        arms + 1
                    }
                    // The pattern, up to `=` (or `;` for `let x;`); the initializer and
                    // the `else` block are read.
                    "let" => let_pattern_end(tokens, i + 1),
                    "fn" if matches!(tokens.get(i + 1), Some(TokenTree::Ident(_))) => {
                        item_end(tokens, i + 1)
                    }
                    "impl" | "trait" | "mod" => item_end(tokens, i + 1),
                    "use" => statement_end(tokens, i + 1),
                    _ => match macro_call(tokens, i) {
                        Some((name, next)) => {
                            if !SKIPPED_MACROS.contains(&name.as_str()) {
                                if let Some(TokenTree::Group(group)) = tokens.get(next - 1) {
                                    scan_stream(group.stream(), found);
                                }
                            }
                            next
                        }
                        None => match status_at(tokens, i) {
                            Some((named, next)) => {
                                if !is_compared(tokens, i, next) {
                                    found.push(named);
                                }
                                next
                            }
                            None => i + 1,
                        },
                    },
                }
            }
            _ => i + 1,
        };
    }
}

fn scan_stream(stream: TokenStream, found: &mut Vec<NamedStatus>) {
    let tokens: Vec<TokenTree> = stream.into_iter().collect();
    scan(&tokens, found);
}

/// The arms of a `match`: each `pattern if guard =>` is left out, each arm's
/// expression is read.
fn scan_arms(tokens: &[TokenTree], found: &mut Vec<NamedStatus>) {
    let mut i = 0;
    while i < tokens.len() {
        // The pattern and guard, up to `=>`.
        while i < tokens.len() && !is_fat_arrow(tokens, i) {
            i += 1;
        }
        i += 2;
        let start = i;
        if let Some(end) = block_like_end(tokens, i) {
            // `=> { ... }`, `=> if c { } else { }`, `=> match x { }`: no comma needed,
            // unless the expression goes on (`=> { ... }.into_response(),`).
            i = end;
            if !matches!(tokens.get(i), Some(TokenTree::Punct(p)) if p.as_char() == '.' || p.as_char() == '?')
            {
                scan(&tokens[start.min(tokens.len())..i.min(tokens.len())], found);
                if is_punct(tokens.get(i), ',') {
                    i += 1;
                }
                continue;
            }
        }
        while i < tokens.len() && !is_punct(tokens.get(i), ',') {
            i += 1;
        }
        scan(&tokens[start.min(tokens.len())..i.min(tokens.len())], found);
        i += 1;
    }
}

/// Where a block-like expression starting at `i` ends (one past its last token), or
/// `None` when the expression at `i` is not block-like.
fn block_like_end(tokens: &[TokenTree], mut i: usize) -> Option<usize> {
    // A label: `'outer: loop { }`.
    if is_punct(tokens.get(i), '\'') {
        i += 3;
    }
    match tokens.get(i)? {
        TokenTree::Group(group) if group.delimiter() == Delimiter::Brace => Some(i + 1),
        TokenTree::Ident(ident) => match ident.to_string().as_str() {
            "unsafe" | "loop" | "async" | "match" | "while" | "for" => {
                Some(next_brace(tokens, i + 1) + 1)
            }
            "if" => {
                let mut end = next_brace(tokens, i + 1) + 1;
                while matches!(tokens.get(end), Some(TokenTree::Ident(e)) if e == "else") {
                    end = match tokens.get(end + 1) {
                        Some(TokenTree::Ident(next)) if next == "if" => {
                            next_brace(tokens, end + 2) + 1
                        }
                        _ => end + 2,
                    };
                }
                Some(end)
            }
            _ => None,
        },
        _ => None,
    }
}

/// The index of the first `{ }` group at or after `i` at this level (`tokens.len()`
/// when there is none).
fn next_brace(tokens: &[TokenTree], mut i: usize) -> usize {
    while i < tokens.len() {
        if matches!(&tokens[i], TokenTree::Group(g) if g.delimiter() == Delimiter::Brace) {
            return i;
        }
        i += 1;
    }
    tokens.len()
}

/// One past a nested item: its body `{ }`, or the `;` of a declaration.
fn item_end(tokens: &[TokenTree], mut i: usize) -> usize {
    while i < tokens.len() {
        match &tokens[i] {
            TokenTree::Group(g) if g.delimiter() == Delimiter::Brace => return i + 1,
            TokenTree::Punct(p) if p.as_char() == ';' => return i + 1,
            _ => i += 1,
        }
    }
    i
}

/// One past the `;` that ends a statement.
fn statement_end(tokens: &[TokenTree], mut i: usize) -> usize {
    while i < tokens.len() && !is_punct(tokens.get(i), ';') {
        i += 1;
    }
    i + 1
}

/// The index of the `=` that ends a `let`'s pattern (and type), or of its `;`.
fn let_pattern_end(tokens: &[TokenTree], mut i: usize) -> usize {
    while i < tokens.len() {
        if let TokenTree::Punct(p) = &tokens[i] {
            match p.as_char() {
                ';' => return i,
                '=' if p.spacing() == Spacing::Alone && !joined_before(tokens, i) => return i,
                _ => {}
            }
        }
        i += 1;
    }
    i
}

/// `name!(...)`, `name![...]`, `name! { ... }`, also under a path (`tracing::info!`):
/// the macro's last name and one past its arguments.
fn macro_call(tokens: &[TokenTree], i: usize) -> Option<(String, usize)> {
    let TokenTree::Ident(name) = &tokens[i] else {
        return None;
    };
    if !is_punct(tokens.get(i + 1), '!') {
        return None;
    }
    match tokens.get(i + 2) {
        Some(TokenTree::Group(_)) => Some((name.to_string(), i + 3)),
        _ => None,
    }
}

/// The status named by the path whose `StatusCode` or `HttpResponse` is at `i`, and
/// one past its last token.
fn status_at(tokens: &[TokenTree], i: usize) -> Option<(NamedStatus, usize)> {
    let TokenTree::Ident(head) = &tokens[i] else {
        return None;
    };
    if !is_path_separator(tokens, i + 1) {
        return None;
    }
    let TokenTree::Ident(name) = tokens.get(i + 3)? else {
        return None;
    };
    let name_text = name.to_string();
    let call = match tokens.get(i + 4) {
        Some(TokenTree::Group(group)) if group.delimiter() == Delimiter::Parenthesis => Some(group),
        _ => None,
    };
    let head_text = head.to_string();
    let (code, last) = match (head_text.as_str(), call) {
        ("StatusCode", None) => (constant_code(&name_text)?, name.span()),
        ("StatusCode", Some(group)) if name_text == "from_u16" => {
            let mut inner = group.stream().into_iter();
            let (Some(TokenTree::Literal(lit)), None) = (inner.next(), inner.next()) else {
                return None;
            };
            (integer(&lit.to_string())?, group.span_close())
        }
        ("HttpResponse", Some(group)) if group.stream().is_empty() => {
            (builder_code(&name_text)?, group.span_close())
        }
        _ => return None,
    };
    let next = if call.is_some() { i + 5 } else { i + 4 };
    Some((
        NamedStatus {
            code,
            span: (head.span(), last),
        },
        next,
    ))
}

/// `404`, `404u16`, `0x194`: an integer literal's value when it is a status in range.
fn integer(text: &str) -> Option<u16> {
    let text = text.replace('_', "");
    let (radix, digits) = match text.get(..2) {
        Some("0x") => (16, &text[2..]),
        Some("0o") => (8, &text[2..]),
        Some("0b") => (2, &text[2..]),
        _ => (10, text.as_str()),
    };
    // A type suffix starts with `u` or `i` (`404u16`), never a digit of these radixes.
    let digits = digits.split(['u', 'i']).next()?;
    let code = u16::from_str_radix(digits, radix).ok()?;
    (MIN_STATUS..=MAX_STATUS).contains(&code).then_some(code)
}

/// Whether the status path from `start` to `end` is compared, referenced or read for
/// something else rather than returned.
fn is_compared(tokens: &[TokenTree], start: usize, end: usize) -> bool {
    // Back over a path prefix: `axum::http::`, `::http::`.
    let mut first = start;
    while first >= 2 && is_path_separator(tokens, first - 2) {
        first -= 2;
        if first >= 1 && matches!(&tokens[first - 1], TokenTree::Ident(_)) {
            first -= 1;
        }
    }
    if first >= 1 {
        if let TokenTree::Punct(p) = &tokens[first - 1] {
            let joined = joined_before(tokens, first - 1);
            match p.as_char() {
                // `==`, `!=`, `<=`, `>=`; a lone `=` assigns.
                '=' if joined => return true,
                // `<`, `>`, but not the end of `->`, `=>`, `<<`, `>>`.
                '<' | '>' if !joined => return true,
                // `&StatusCode::OK`, not `&&`.
                '&' if !joined => return true,
                _ => {}
            }
        }
    }
    match (tokens.get(end), tokens.get(end + 1)) {
        (Some(TokenTree::Punct(p)), next) => match p.as_char() {
            // `==`, `!=`; `=>` after a status ends a pattern.
            '=' | '!' => {
                p.spacing() == Spacing::Joint && (is_punct(next, '=') || is_punct(next, '>'))
            }
            '<' | '>' => true,
            '.' => {
                matches!(next, Some(TokenTree::Ident(method)) if ACCESSORS.contains(&method.to_string().as_str()))
            }
            _ => false,
        },
        _ => false,
    }
}

/// Whether the punctuation at `i` is the second of a pair such as `==` or `->`.
fn joined_before(tokens: &[TokenTree], i: usize) -> bool {
    i >= 1 && matches!(&tokens[i - 1], TokenTree::Punct(p) if p.spacing() == Spacing::Joint)
}

/// `::` at `i`.
fn is_path_separator(tokens: &[TokenTree], i: usize) -> bool {
    matches!(tokens.get(i), Some(TokenTree::Punct(p)) if p.as_char() == ':' && p.spacing() == Spacing::Joint)
        && is_punct(tokens.get(i + 1), ':')
}

/// `=>` at `i`.
fn is_fat_arrow(tokens: &[TokenTree], i: usize) -> bool {
    matches!(tokens.get(i), Some(TokenTree::Punct(p)) if p.as_char() == '=' && p.spacing() == Spacing::Joint)
        && is_punct(tokens.get(i + 1), '>')
}

fn is_punct(token: Option<&TokenTree>, c: char) -> bool {
    matches!(token, Some(TokenTree::Punct(p)) if p.as_char() == c)
}

/// The status of `http::StatusCode`'s constant `name` (`NOT_FOUND` -> 404): its
/// reason phrase in capitals, words joined by `_` (`I'm a teapot` -> `IM_A_TEAPOT`).
fn constant_code(name: &str) -> Option<u16> {
    if !name.bytes().all(|b| b.is_ascii_uppercase() || b == b'_') {
        return None;
    }
    names()
        .iter()
        .find(|names| names.constant == name)
        .map(|names| names.code)
}

/// The status of actix-web's builder `HttpResponse::name()` (`NotFound` -> 404): its
/// reason phrase's words, each capitalized (`IM Used` -> `ImUsed`).
fn builder_code(name: &str) -> Option<u16> {
    if name == "VersionNotSupported" {
        // actix-web's name for 505 HTTP Version Not Supported.
        return Some(505);
    }
    names()
        .iter()
        .find(|names| names.builder == name)
        .map(|names| names.code)
}

/// The names a status goes by in a body, from its reason phrase.
struct Names {
    code: u16,
    /// `http::StatusCode`'s constant: `NOT_FOUND`.
    constant: String,
    /// actix-web's builder: `NotFound`.
    builder: String,
}

/// The names of every status with a reason phrase, in the order of their codes:
/// computed once for the process (the compiler keeps the macro loaded for the whole
/// crate), not once per name the scan meets.
fn names() -> &'static [Names] {
    static NAMES: OnceLock<Vec<Names>> = OnceLock::new();
    NAMES.get_or_init(|| {
        (MIN_STATUS..=MAX_STATUS)
            .filter_map(|code| {
                let words = phrase_words(reason_phrase(code)?);
                let constant = words
                    .iter()
                    .map(|word| word.to_ascii_uppercase())
                    .collect::<Vec<_>>()
                    .join("_");
                let builder = words
                    .iter()
                    .map(|word| {
                        let lower = word.to_ascii_lowercase();
                        let mut chars = lower.chars();
                        chars
                            .next()
                            .map(|c| c.to_ascii_uppercase().to_string() + chars.as_str())
                            .unwrap_or_default()
                    })
                    .collect();
                Some(Names {
                    code,
                    constant,
                    builder,
                })
            })
            .collect()
    })
}

/// A reason phrase's words, letters and digits only: `Multi-Status` -> `Multi`,
/// `Status`; `I'm a teapot` -> `Im`, `a`, `teapot`.
fn phrase_words(phrase: &str) -> Vec<String> {
    phrase
        .split([' ', '-'])
        .map(|word| word.chars().filter(char::is_ascii_alphanumeric).collect())
        .filter(|word: &String| !word.is_empty())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The derive writes `StatusCode::NAME` from core's table of http's constants;
    /// the scan reads the same names back from the reason phrases. Both must agree on
    /// every status that table names.
    #[test]
    fn constant_names_agree_with_the_table_the_derive_writes() {
        use rest_status_core::__private::derive::http_constant;
        let mut named = 0;
        for status in MIN_STATUS..=MAX_STATUS {
            if let Some(name) = http_constant(status) {
                assert_eq!(constant_code(name), Some(status), "StatusCode::{name}");
                named += 1;
            }
        }
        assert!(named > 30, "the table names only {named} statuses");
    }

    /// The codes `body` names, in order.
    fn codes(body: &str) -> Vec<u16> {
        let body: TokenStream = body.parse().expect("the test body is valid tokens");
        named_statuses(body)
            .iter()
            .map(|named| named.code)
            .collect()
    }

    #[test]
    fn names_under_any_prefix() {
        assert_eq!(codes("StatusCode::NOT_FOUND"), [404]);
        assert_eq!(codes("http::StatusCode::NO_CONTENT"), [204]);
        assert_eq!(codes("::axum::http::StatusCode::CREATED"), [201]);
        assert_eq!(codes("actix_web::http::StatusCode::IM_A_TEAPOT"), [418]);
        assert_eq!(codes("StatusCode::NON_AUTHORITATIVE_INFORMATION"), [203]);
        assert_eq!(codes("StatusCode::MULTI_STATUS"), [207]);
        assert_eq!(codes("StatusCode::HTTP_VERSION_NOT_SUPPORTED"), [505]);
        // Not a constant of `StatusCode`.
        assert_eq!(codes("StatusCode::NOT_A_STATUS"), [] as [u16; 0]);
        assert_eq!(codes("StatusCode::from_bytes(b\"404\")"), [] as [u16; 0]);
        assert_eq!(codes("MyCode::NOT_FOUND"), [] as [u16; 0]);
    }

    #[test]
    fn from_u16_with_a_literal() {
        assert_eq!(codes("StatusCode::from_u16(404).unwrap()"), [404]);
        assert_eq!(codes("http::StatusCode::from_u16(299u16)"), [299]);
        assert_eq!(codes("StatusCode::from_u16(0x194)"), [404]);
        // Computed at run time: not seen.
        assert_eq!(codes("StatusCode::from_u16(code)"), [] as [u16; 0]);
        assert_eq!(codes("StatusCode::from_u16(400 + 4)"), [] as [u16; 0]);
        // Out of range for a response.
        assert_eq!(codes("StatusCode::from_u16(999)"), [] as [u16; 0]);
    }

    #[test]
    fn actix_builders() {
        assert_eq!(codes("HttpResponse::NotFound().finish()"), [404]);
        assert_eq!(codes("HttpResponse::Ok().json(item)"), [200]);
        assert_eq!(codes("web::HttpResponse::ImATeapot()"), [418]);
        assert_eq!(codes("HttpResponse::ImUsed()"), [226]);
        assert_eq!(codes("HttpResponse::UriTooLong()"), [414]);
        assert_eq!(codes("HttpResponse::VersionNotSupported()"), [505]);
        assert_eq!(codes("HttpResponse::build(StatusCode::CONFLICT)"), [409]);
        assert_eq!(codes("HttpResponse::NotFound"), [] as [u16; 0]);
        assert_eq!(codes("HttpResponse::with_body(s, b)"), [] as [u16; 0]);
    }

    #[test]
    fn returned_where_axum_handlers_build_responses() {
        assert_eq!(
            codes(
                "let item = repo.get(id).ok_or(StatusCode::NOT_FOUND)?;
                 let saved = repo.save(item).map_err(|_| StatusCode::INTERNAL_SERVER_ERROR)?;
                 (StatusCode::CREATED, Json(saved))"
            ),
            [404, 500, 201]
        );
        assert_eq!(
            codes("if missing { return Err(StatusCode::GONE); } Ok(StatusCode::NO_CONTENT)"),
            [410, 204]
        );
        assert_eq!(
            codes("let status = StatusCode::ACCEPTED; *response.status_mut() = StatusCode::OK;"),
            [202, 200]
        );
        assert_eq!(codes("StatusCode::NOT_FOUND.into_response()"), [404]);
        assert_eq!(codes("async move { StatusCode::OK }"), [200]);
        assert_eq!(codes("json!({ \"s\": StatusCode::OK })"), [200]);
    }

    #[test]
    fn comparisons_are_not_returned() {
        for body in [
            "status == StatusCode::NOT_FOUND",
            "StatusCode::NOT_FOUND == status",
            "status != http::StatusCode::NOT_FOUND",
            "http::StatusCode::NOT_FOUND != status",
            "status >= StatusCode::BAD_REQUEST",
            "status < StatusCode::BAD_REQUEST",
            "StatusCode::BAD_REQUEST <= status",
            "StatusCode::BAD_REQUEST > status",
            "let missing = response.status() == StatusCode::NOT_FOUND;",
            "statuses.contains(&StatusCode::NOT_FOUND)",
            "statuses.iter().filter(|s| **s != StatusCode::OK).count()",
            "StatusCode::NOT_FOUND.as_u16()",
            "StatusCode::NOT_FOUND.canonical_reason()",
        ] {
            assert_eq!(codes(body), [] as [u16; 0], "{body}");
        }
    }

    #[test]
    fn patterns_and_conditions_are_not_returned() {
        for body in [
            "match status { StatusCode::NOT_FOUND => 1, StatusCode::OK | StatusCode::CREATED => 2, _ => 3 }",
            "match status { s if s == StatusCode::GONE => {} _ => {} }",
            "match upstream.status() { StatusCode::NOT_FOUND => { None } other => Some(other) }",
            "if let StatusCode::NOT_FOUND = status { }",
            "if let Some(StatusCode::NOT_FOUND) = status { }",
            "while let Some(StatusCode::OK) = next() { }",
            "let StatusCode::OK = status else { return; };",
            "if status.is_success() && status != StatusCode::NO_CONTENT { }",
            "if [StatusCode::OK, StatusCode::CREATED].contains(&status) { }",
            "for code in [StatusCode::OK, StatusCode::CREATED] { }",
            "matches!(status, StatusCode::OK | StatusCode::CREATED)",
            "assert_eq!(response.status(), StatusCode::OK)",
            "assert_ne!(StatusCode::NOT_FOUND, response.status())",
            "debug_assert!(status == StatusCode::OK)",
            "tracing::info!(status = %StatusCode::NOT_FOUND, \"done\")",
            "println!(\"{}\", StatusCode::NOT_FOUND)",
            "let text = format!(\"{}\", StatusCode::NOT_FOUND);",
            "match client.get(url).send().await?.status() { StatusCode::NOT_FOUND => {} _ => {} }",
        ] {
            assert_eq!(codes(body), [] as [u16; 0], "{body}");
        }
    }

    #[test]
    fn match_arms_return_their_expressions() {
        assert_eq!(
            codes(
                "match repo.get(id) {
                    Some(item) => (StatusCode::OK, Json(item)).into_response(),
                    None => StatusCode::NOT_FOUND.into_response(),
                 }"
            ),
            [200, 404]
        );
        // Block-like arms need no comma.
        assert_eq!(
            codes(
                "match x {
                    A => { StatusCode::OK }
                    B => if c { StatusCode::CREATED } else { StatusCode::ACCEPTED }
                    StatusCode::GONE => match y { _ => StatusCode::CONFLICT }
                    C => { StatusCode::NO_CONTENT }.into_response(),
                    D => StatusCode::RESET_CONTENT
                 }"
            ),
            [200, 201, 202, 409, 204, 205]
        );
        // A status in an arm's pattern, after a block-like arm.
        assert_eq!(
            codes("match s { A => {} StatusCode::GONE => StatusCode::OK, }"),
            [200]
        );
    }

    #[test]
    fn let_initializers_and_else_blocks_are_read() {
        assert_eq!(
            codes("let Some(item) = repo.get(id) else { return Err(StatusCode::NOT_FOUND); };"),
            [404]
        );
        assert_eq!(codes("let status: StatusCode = StatusCode::OK;"), [200]);
        assert_eq!(codes("let (a, b) = (StatusCode::OK, 1);"), [200]);
    }

    #[test]
    fn nested_items_are_other_functions() {
        assert_eq!(
            codes(
                "fn helper() -> StatusCode { StatusCode::NOT_FOUND }
                 impl Foo { fn f() -> StatusCode { StatusCode::GONE } }
                 use http::StatusCode;
                 mod m { fn g() { let _ = StatusCode::CONFLICT; } }
                 let f: fn() -> StatusCode = helper;
                 StatusCode::OK"
            ),
            [200]
        );
        // Closures are the handler's own code.
        assert_eq!(codes("let f = || StatusCode::GONE; f()"), [410]);
    }

    #[test]
    fn names_match_http_and_actix() {
        assert_eq!(constant_code("OK"), Some(200));
        assert_eq!(constant_code("IM_USED"), Some(226));
        assert_eq!(constant_code("URI_TOO_LONG"), Some(414));
        assert_eq!(constant_code("Ok"), None);
        assert_eq!(builder_code("Ok"), Some(200));
        assert_eq!(builder_code("NoContent"), Some(204));
        assert_eq!(builder_code("MultiStatus"), Some(207));
        assert_eq!(builder_code("NetworkAuthenticationRequired"), Some(511));
        assert_eq!(builder_code("OK"), None);
    }
}
