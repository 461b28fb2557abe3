//! `#[derive(RestError)]` inputs written out: every bad input of the derive (its
//! `#[rest(...)]` options, as `rest_status::RestError` documents them), and
//! valid error types to damage.

use rest_status_judge::Expect::{self, Checks, Refused};
use rest_status_judge::{DEPTH_LIMIT as LIMIT, RUN_LIMIT};

/// One input, as source text.
pub(super) struct Seed {
    pub(super) input: &'static str,
    pub(super) expect: Expect,
}

const fn seed(input: &'static str, expect: Expect) -> Seed {
    Seed { input, expect }
}

/// A variant of an enum with the attribute `attr`.
macro_rules! variant {
    ($attr:literal) => {
        concat!("enum E { #[rest(", $attr, ")] A }")
    };
    ($attr:literal, $fields:literal) => {
        concat!("enum E { #[rest(", $attr, ")] A ", $fields, " }")
    };
}

/// Valid error types, of every shape the derive accepts.
pub(super) const VALID: &[Seed] = &[
    seed(
        r#"#[derive(Debug, thiserror::Error, RestError)]
        enum InvoiceError {
            #[error("invoice {id} not found")]
            #[rest(status = 404, code = "invoice_not_found", message = "Invoice {id} was not found")]
            NotFound { id: u64 },
            #[rest(status = 400, code = "invalid_field", message = "Field {0} is invalid")]
            InvalidField(String),
            #[error(transparent)]
            #[rest(status = 500)]
            Storage(#[from] std::io::Error),
        }"#,
        Checks(&[]),
    ),
    seed(
        r#"#[rest(status = 400, code = "bad", message = "Field {field} is bad: {{literal}}")]
        pub struct FieldError { field: String, #[allow(unused)] reason: &'static str }"#,
        Checks(&[]),
    ),
    seed(
        "#[rest(status = 503, message = \"The store is down\", format = \"problem\", crate = ::rs)] struct Down(std::io::Error);",
        Checks(&[]),
    ),
    seed(
        "#[rest(status = 500)] enum E<'a, T: Display, const N: usize> where T: Clone { #[rest(status = 404, message = \"{0} of {1}\")] A(T, &'a [u8; N]), B { r#type: Vec<T> }, #[rest(status = 409, message = \"{r#type}\")] C { r#type: T } }",
        Checks(&[]),
    ),
    seed(
        "enum Fehler { #[rest(status = 404, message = \"Rechnung {nummer} fehlt\")] Fehlt { nummer: u64 }, #[rest(status = 400)] Ungültig, #[rest(status = 422)] 名前 = 3 }",
        Checks(&[]),
    ),
    seed(
        "#[rest(status = 499, message = \"quote \\\" backslash \\\\ newline \\n \\u{2028} {{}}\")] struct Odd;",
        Checks(&[]),
    ),
    seed("#[rest(status = 404)] enum Empty {}", Checks(&[])),
    seed("enum Empty {}", Checks(&[])),
    seed(
        "enum E<T> where T:, { #[rest(status = 400, message = \"{0}\")] A(T) }",
        Checks(&[]),
    ),
];

/// Every bad input of the derive, each a compile error.
pub(super) const BAD: &[Seed] = &[
    // "missing status"
    seed("enum E { A }", Refused),
    seed("#[rest()] enum E { #[rest()] A }", Refused),
    seed("struct S;", Refused),
    seed("struct S { id: u64 }", Refused),
    seed("#[rest(code = \"x\")] struct S;", Refused),
    seed("enum E { #[rest(status = 404)] A, B }", Refused),
    // "status outside 400..=599"
    seed(variant!("status = 200"), Refused),
    seed(variant!("status = 100"), Refused),
    seed(variant!("status = 302"), Refused),
    seed(variant!("status = 399"), Refused),
    seed(variant!("status = 600"), Refused),
    seed(variant!("status = 0"), Refused),
    seed(variant!("status = 65536"), Refused),
    seed(variant!("status = 99999999999999999999999"), Refused),
    seed("#[rest(status = 200)] enum E { A }", Refused),
    seed("#[rest(status = 600)] struct S;", Refused),
    // "or not a number"
    seed(variant!("status = \"404\""), Refused),
    seed(variant!("status = 404.0"), Refused),
    seed(variant!("status = 4e2"), Refused),
    seed(variant!("status = 404u16"), Refused),
    seed(variant!("status = NOT_FOUND"), Refused),
    seed(variant!("status = StatusCode::NOT_FOUND"), Refused),
    seed(variant!("status = -404"), Refused),
    seed(variant!("status = (404)"), Refused),
    seed(variant!("status = 400 + 4"), Refused),
    seed(variant!("status = true"), Refused),
    seed(variant!("status = 'x'"), Refused),
    seed(variant!("status = b\"404\""), Refused),
    seed(variant!("status = c\"404\""), Refused),
    // "unknown option (listing the valid ones)"
    seed(variant!("status = 404, colour = \"red\""), Refused),
    seed(variant!("Status = 404"), Refused),
    seed(variant!("status = 404, a::b = 1"), Refused),
    seed(variant!("statut = 404"), Refused),
    seed(variant!("état = 404"), Refused),
    seed(variant!("status(404)"), Refused),
    seed(variant!("404"), Refused),
    seed(variant!("\"status\" = 404"), Refused),
    seed("#[rest(status = 500, colour = 1)] enum E { A }", Refused),
    seed("#[rest(status = 500, nested(deep = 1))] struct S;", Refused),
    // "duplicate option"
    seed(variant!("status = 404, status = 404"), Refused),
    seed(variant!("status = 404, status = 500"), Refused),
    seed(
        "enum E { #[rest(status = 404)] #[rest(status = 404)] A }",
        Refused,
    ),
    seed(
        variant!("status = 404, code = \"a\", code = \"b\""),
        Refused,
    ),
    seed(
        variant!("status = 404, message = \"a\", message = \"b\""),
        Refused,
    ),
    seed(
        "#[rest(status = 404, format = \"problem\", format = \"errors\")] struct S;",
        Refused,
    ),
    seed(
        "#[rest(status = 404, crate = ::a, crate = ::b)] struct S;",
        Refused,
    ),
    seed(
        "#[rest(status = 500)] #[rest(status = 500)] enum E { A }",
        Refused,
    ),
    seed(
        variant!("status = 404, message = \"{\", message = \"}\""),
        Refused,
    ),
    // "`message` naming a field that does not exist"
    seed(
        variant!("status = 404, message = \"{idd}\"", "{ id: u64 }"),
        Refused,
    ),
    seed(
        variant!("status = 404, message = \"{1}\"", "(u64)"),
        Refused,
    ),
    seed(
        variant!("status = 404, message = \"{id}\"", "(u64)"),
        Refused,
    ),
    seed(
        variant!("status = 404, message = \"{0}\"", "{ id: u64 }"),
        Refused,
    ),
    seed(variant!("status = 404, message = \"{id}\""), Refused),
    seed(variant!("status = 404, message = \"{self}\""), Refused),
    seed(
        variant!("status = 404, message = \"{名前}\"", "{ id: u64 }"),
        Refused,
    ),
    seed(
        variant!(
            "status = 404, message = \"{99999999999999999999999}\"",
            "(u8)"
        ),
        Refused,
    ),
    seed(
        "#[rest(status = 404, message = \"{a}\")] struct S(u8);",
        Refused,
    ),
    seed(
        variant!("status = 404, message = \"{0}{1}{x}{}\"", "(u8)"),
        Refused,
    ),
    // "5xx `message` interpolating a field"
    seed(
        variant!(
            "status = 500, message = \"Storage failed: {0}\"",
            "(std::io::Error)"
        ),
        Refused,
    ),
    seed(
        variant!("status = 503, message = \"{id}\"", "{ id: u64 }"),
        Refused,
    ),
    seed(
        "#[rest(status = 500)] enum E { #[rest(message = \"{0}\")] A(String) }",
        Refused,
    ),
    // "derive on a union"
    seed("union U { a: u8 }", Refused),
    seed("#[rest(status = 404)] union U { a: u8, b: u16 }", Refused),
    seed("#[rest(crate = \"x\")] union U { a: u8 }", Refused),
    // Options without a value, or in the wrong form.
    seed(variant!("status"), Refused),
    seed(variant!("status ="), Refused),
    seed(variant!("status = 404, code"), Refused),
    seed(variant!("status = 404, message"), Refused),
    seed(variant!(""), Refused),
    seed(variant!("status = 404,,"), Refused),
    seed(variant!(", status = 404"), Refused),
    seed(variant!("status = 404 code = \"x\""), Refused),
    seed("enum E { #[rest] A }", Refused),
    seed("#[rest] enum E { A }", Refused),
    seed("#[rest(status)] enum E { A }", Refused),
    seed("#[rest(status = )] enum E { A }", Refused),
    seed("enum E { #[rest = \"x\"] A }", Refused),
    // Were accepted as if in parentheses (found by this corpus).
    seed("enum E { #[rest[status = 404]] A }", Refused),
    seed("enum E { #[rest{status = 404}] A }", Refused),
    seed(
        "enum E { #[rest(status = 404)] A { #[rest(status = 404)] id: u64 } }",
        Refused,
    ),
    // Options on the wrong item.
    seed("#[rest(status = 404, code = \"x\")] enum E { A }", Refused),
    seed(
        "#[rest(status = 404, message = \"x\")] enum E { A }",
        Refused,
    ),
    seed(variant!("status = 404, crate = ::rs"), Refused),
    seed(variant!("status = 404, format = \"problem\""), Refused),
    // `code`: one word, a string.
    seed(variant!("status = 404, code = \"\""), Refused),
    seed(variant!("status = 404, code = \"two words\""), Refused),
    seed(variant!("status = 404, code = 1"), Refused),
    seed(variant!("status = 404, code = not_found"), Refused),
    // `message`: a template of text and fields.
    seed(variant!("status = 404, message = 1"), Refused),
    seed(
        concat!(
            "enum E { #[rest(status = 404, message = ",
            nested_ranges!(),
            ")] A }"
        ),
        Refused,
    ),
    seed(
        concat!("enum E { #[rest(status = ", nested_ranges!(), ")] A }"),
        Refused,
    ),
    seed(
        variant!("status = 404, message = \"{\"", "{ id: u64 }"),
        Refused,
    ),
    seed(
        variant!("status = 404, message = \"}\"", "{ id: u64 }"),
        Refused,
    ),
    seed(
        variant!("status = 404, message = \"{}\"", "{ id: u64 }"),
        Refused,
    ),
    seed(
        variant!("status = 404, message = \"{id:?}\"", "{ id: u64 }"),
        Refused,
    ),
    seed(
        variant!("status = 404, message = \"{id.0}\"", "{ id: u64 }"),
        Refused,
    ),
    seed(
        variant!("status = 404, message = \"{ id }\"", "{ id: u64 }"),
        Refused,
    ),
    seed(
        variant!("status = 404, message = \"{-1}\"", "(u8)"),
        Refused,
    ),
    seed(
        variant!("status = 404, message = \"{id {x}\"", "{ id: u64 }"),
        Refused,
    ),
    seed(variant!("status = 404, message = b\"x\""), Refused),
    // `format` and `crate`.
    seed("#[rest(status = 404, format = \"xml\")] struct S;", Refused),
    seed("#[rest(status = 404, format = problem)] struct S;", Refused),
    seed(
        "#[rest(status = 404, crate = \"rest_status\")] struct S;",
        Refused,
    ),
    seed("#[rest(status = 404, crate = )] struct S;", Refused),
    seed("#[rest(status = 404, crate = 1)] struct S;", Refused),
    seed("enum E { #[rest(crate = 1, status = -1)] A }", Refused),
    // A status without a reason phrase needs a message.
    seed(variant!("status = 499"), Refused),
    seed("#[rest(status = 420)] enum E { A }", Refused),
    // Not a type at all.
    seed("", Refused),
    seed("fn f() {}", Refused),
    seed("trait T {}", Refused),
    seed("impl E {}", Refused),
    seed("enum", Refused),
    seed("enum E", Refused),
    seed("struct S", Refused),
    seed("enum E { A } enum F { B }", Refused),
    seed("#[rest(status = 404)]", Refused),
    // Every mistake at once.
    seed(
        r#"enum InvoiceError {
            #[rest(status = 200)]
            Fine,
            #[rest(status = 404, message = "Invoice {idd} was not found")]
            NotFound { id: u64 },
            #[rest(status = 500, code = "")]
            Storage(std::io::Error),
            Unmapped,
        }"#,
        Refused,
    ),
];

/// Nesting at the limit of the macros' `depth` module and far past it, where syn's recursion
/// overflowed the compiler's stack before the limit.
pub(super) fn deep() -> Vec<(String, Expect)> {
    let nested = |open: &str, inner: &str, close: &str, depth: usize| {
        format!("{}{inner}{}", open.repeat(depth), close.repeat(depth))
    };
    let field =
        |ty: String| format!("enum E {{ #[rest(status = 404, message = \"{{0}}\")] A({ty}) }}");
    let mut seeds = Vec::new();
    for depth in [LIMIT - 3, 1000] {
        let expect = if depth < LIMIT { Checks(&[]) } else { Refused };
        seeds.extend([
            (field(nested("(", "T", ")", depth)), expect),
            (field(nested("Vec<", "T", ">", depth)), expect),
            (field(nested("&'a ", "T", "", depth)), expect),
            (field(nested("fn() -> ", "T", "", depth)), expect),
        ]);
    }
    seeds.extend([
        (
            format!(
                "enum E {{ #[rest(status = {})] A }}",
                nested("(", "404", ")", 1000)
            ),
            Refused,
        ),
        (
            format!(
                "enum E {{ #[rest(status = 404)] A = {} }}",
                nested("-", "1", "", 1000)
            ),
            Refused,
        ),
        (nested("{", "enum E { A }", "}", 1000), Refused),
        // Chains that open no group, which syn parses by recursion too: one token a
        // level, just under the limit, and far past it.
        (
            format!(
                "enum E {{ #[rest(status = 404)] A = {}1 }}",
                "return ".repeat(RUN_LIMIT - 16)
            ),
            Checks(&[]),
        ),
        (
            format!(
                "enum E {{ #[rest(status = 404)] A = {}1 }}",
                "x = ".repeat(3000)
            ),
            Refused,
        ),
        (
            format!(
                "enum E {{ #[rest(status = 404)] A = {}1 }}",
                "move || ".repeat(3000)
            ),
            Refused,
        ),
        (
            format!(
                "enum E {{ #[rest(status = 404)] A = {}1 }}",
                "return ".repeat(3000)
            ),
            Refused,
        ),
    ]);
    seeds
}
