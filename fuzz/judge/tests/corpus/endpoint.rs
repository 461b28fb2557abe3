//! `#[rest_endpoint(args)] item` inputs written out: every bad input of the attribute
//! (its arguments and the item it is on, as `rest_status::rest_endpoint` documents
//! them), and valid handlers to damage.

use rest_status_judge::Expect::{self, Checks, Refused};
use rest_status_judge::DEPTH_LIMIT as LIMIT;

/// One input: the attribute's arguments and the item, as source text.
pub(super) struct Seed {
    pub(super) args: &'static str,
    pub(super) item: &'static str,
    pub(super) expect: Expect,
}

const fn seed(args: &'static str, item: &'static str, expect: Expect) -> Seed {
    Seed { args, item, expect }
}

/// A handler whose statuses come from its return type.
const TYPED: &str =
    "async fn delete_invoice(id: u64) -> Result<NoContent, InvoiceError> { Ok(NoContent) }";
/// A handler whose return type has no known statuses.
const RESPONSE: &str = "async fn get_invoice() -> axum::response::Response { todo!() }";
/// A handler whose return type hides its statuses, and whose body names none.
const OPAQUE: &str = "async fn get_invoice() -> impl IntoResponse { Json(1) }";

/// Valid handlers: shapes the attribute leaves as written, checks added.
pub(super) const VALID: &[Seed] = &[
    // The statuses `#[utoipa::path]` documents, compared in const evaluation.
    seed(
        "method = \"GET\"",
        "#[utoipa::path(get, path = \"/i/{id}\", responses((status = 200, body = Vec<A, B>), ItemError, Result<Ok<A>, E>))]\nasync fn get() -> Result<Ok<Item>, ItemError> { todo!() }",
        Checks(&[]),
    ),
    seed("method = \"DELETE\"", TYPED, Checks(&[])),
    seed(
        "method = \"GET\", statuses(200, 304, 404), policy = crate::ApiPolicy, crate = ::rs",
        "async fn get_invoice<S: Store>(store: S) -> Result<Ok<S::Invoice>, Response> { todo!() }",
        Checks(&[200, 304, 404]),
    ),
    // Under a built-in policy the macro checks the declared statuses itself, and a
    // `Response` or a `StatusCode` is the framework's, with no statuses of its own to
    // compare: the handler comes back as written.
    seed("method = \"GET\", statuses(200, 404)", RESPONSE, Checks(&[])),
    seed(
        "method = \"POST\", policy = rest_status::Extended,",
        "/// Creates one.\n#[tracing::instrument(skip(store))]\n#[utoipa::path(post, path = \"/invoices\")]\npub(crate) async fn create<'a, T, const N: usize>(&self, store: &'a T) -> Result<Created<Invoice>, CreateError> where T: Store + 'a { #![allow(unused)] let x = 1; Ok(Created::new(x)) }",
        Checks(&[]),
    ),
    seed(
        "method = \"HEAD\", policy = Extended",
        "fn exists(self: Box<Self>) -> std::result::Result<NoContent, ReadError> { Ok(NoContent) }",
        Checks(&[]),
    ),
    seed(
        "method = \"PATCH\", statuses(200, 204, 400)",
        "unsafe extern \"C\" fn patch() -> StatusCode { StatusCode::OK }",
        Checks(&[]),
    ),
    seed(
        "method = \"GET\"",
        "fn café() -> Result<Ok<名前>, Fehler<'static>> { todo!() }",
        Checks(&[]),
    ),
    // The statuses the body names speak for a return type that carries or hides them.
    seed(
        "method = \"GET\"",
        "async fn get_invoice() -> impl IntoResponse { (StatusCode::OK, Json(1)) }",
        Checks(&[]),
    ),
    seed(
        "method = \"DELETE\", policy = crate::ApiPolicy",
        "async fn delete_invoice() -> StatusCode { if gone { return StatusCode::from_u16(404).unwrap(); } StatusCode::NO_CONTENT }",
        Checks(&[404, 204]),
    ),
    // A hexadecimal or suffixed status is still an integer literal.
    seed(
        "method = \"PUT\", statuses(0x1F4, 200u16)",
        "async fn put_invoice() -> Result<Json<Invoice>, InvoiceError> { todo!() }",
        Checks(&[500, 200]),
    ),
];

/// Every bad input of the attribute. `Refused` ones are compile errors the macro
/// writes itself; `Checks` ones are refused by the const checks it writes (the policy
/// is a type, read by the compiler), so the check must be in the output.
pub(super) const BAD: &[Seed] = &[
    // `#[utoipa::path]` documents 404, which is not declared; and a range.
    seed(
        "method = \"GET\", statuses(200)",
        "#[utoipa::path(get, path = \"/\", responses((status = 200), (status = StatusCode::NOT_FOUND)))]\nfn get() -> StatusCode { StatusCode::OK }",
        Refused,
    ),
    seed(
        "method = \"GET\", statuses(200)",
        "#[::utoipa::path(responses((status = \"2XX\")))]\nfn get() -> StatusCode { StatusCode::OK }",
        Refused,
    ),
    // "`method = ...` (required)"
    seed("", TYPED, Refused),
    seed("statuses(204)", TYPED, Refused),
    seed("method", TYPED, Refused),
    seed("method =", TYPED, Refused),
    seed("method = ", "", Refused),
    // "the standard methods are written in capitals; `\"delete\"` is an error"
    seed("method = \"delete\"", TYPED, Refused),
    seed("method = \" GET \"", TYPED, Refused),
    seed("method = \"GÉT\"", TYPED, Refused),
    seed("method = \"FETCH\"", TYPED, Refused),
    seed("method = \"\"", TYPED, Refused),
    seed("method = GET", TYPED, Refused),
    seed("method = Method::GET", TYPED, Refused),
    seed("method = 1", TYPED, Refused),
    seed(concat!("method = ", nested_ranges!()), TYPED, Refused),
    seed("method = 99999999999999999999999", TYPED, Refused),
    seed("method = b\"GET\"", TYPED, Refused),
    seed("method = 'G'", TYPED, Refused),
    seed("method = c\"GET\"", TYPED, Refused),
    seed("method = (\"GET\")", TYPED, Refused),
    seed("method = [\"GET\"]", TYPED, Refused),
    seed("method(\"GET\")", TYPED, Refused),
    seed("method = \"GET\" method = \"GET\"", TYPED, Refused),
    seed("method = \"GET\", method = \"POST\"", TYPED, Refused),
    // The methods a policy does not cover: under the default policy, a built-in one
    // the macro reads itself, refused while expanding; under a policy given by path,
    // by the method check in const evaluation.
    seed("method = \"HEAD\"", TYPED, Refused),
    seed("method = \"OPTIONS\"", TYPED, Refused),
    seed("method = \"TRACE\", policy = Extended", TYPED, Checks(&[])),
    seed("method = \"CONNECT\", statuses(200)", RESPONSE, Refused),
    seed(
        "method = \"CONNECT\", statuses(200), policy = crate::ApiPolicy",
        RESPONSE,
        Checks(&[200]),
    ),
    // Unknown keys.
    seed("method = \"GET\", colour = \"blue\"", TYPED, Refused),
    seed("method = \"GET\", Method = \"GET\"", TYPED, Refused),
    seed("method = \"GET\", a::b = 1", TYPED, Refused),
    seed("méthode = \"GET\"", TYPED, Refused),
    seed("method = \"GET\", 200", TYPED, Refused),
    seed("method = \"GET\", \"statuses\"", TYPED, Refused),
    seed(",", TYPED, Refused),
    seed("method = \"GET\",,", TYPED, Refused),
    // "`statuses(...)`: the declared status set, integer literals"
    seed("method = \"GET\", statuses", RESPONSE, Refused),
    seed("method = \"GET\", statuses = 200", RESPONSE, Refused),
    seed("method = \"GET\", statuses = (200)", RESPONSE, Refused),
    seed("method = \"GET\", statuses[200]", RESPONSE, Refused),
    seed("method = \"GET\", statuses{200}", RESPONSE, Refused),
    seed("method = \"GET\", statuses()", RESPONSE, Refused),
    seed("method = \"GET\", statuses(\"200\")", RESPONSE, Refused),
    seed(
        concat!("method = \"GET\", statuses(200, ", nested_ranges!(), ")"),
        RESPONSE,
        Refused,
    ),
    seed("method = \"GET\", statuses(2.0e2)", RESPONSE, Refused),
    seed("method = \"GET\", statuses(OK)", RESPONSE, Refused),
    seed(
        "method = \"GET\", statuses(StatusCode::OK)",
        RESPONSE,
        Refused,
    ),
    seed("method = \"GET\", statuses(-1)", RESPONSE, Refused),
    seed("method = \"GET\", statuses((200))", RESPONSE, Refused),
    seed("method = \"GET\", statuses(200..=204)", RESPONSE, Refused),
    seed(
        "method = \"GET\", statuses(b'x', 'x', true)",
        RESPONSE,
        Refused,
    ),
    seed("method = \"GET\", statuses(200,,404)", RESPONSE, Refused),
    seed("method = \"GET\", statuses(200; 404)", RESPONSE, Refused),
    seed("method = \"GET\", statuses(200 404)", RESPONSE, Refused),
    // A status is in 100..=599.
    seed("method = \"GET\", statuses(0)", RESPONSE, Refused),
    seed("method = \"GET\", statuses(99)", RESPONSE, Refused),
    seed("method = \"GET\", statuses(600)", RESPONSE, Refused),
    seed("method = \"GET\", statuses(65536)", RESPONSE, Refused),
    seed(
        "method = \"GET\", statuses(99999999999999999999999)",
        RESPONSE,
        Refused,
    ),
    // "A duplicate status in `statuses(...)` is an error at the repeated literal."
    seed("method = \"GET\", statuses(200, 200)", RESPONSE, Refused),
    seed(
        "method = \"GET\", statuses(404, 200, 0x194)",
        RESPONSE,
        Refused,
    ),
    seed(
        "method = \"GET\", statuses(200), statuses(404)",
        RESPONSE,
        Refused,
    ),
    // "`policy = path`"
    seed("method = \"GET\", policy = \"Extended\"", TYPED, Refused),
    seed("method = \"GET\", policy = ", TYPED, Refused),
    seed("method = \"GET\", policy", TYPED, Refused),
    seed("method = \"GET\", policy = 1", TYPED, Refused),
    seed("method = \"GET\", policy = crate::", TYPED, Refused),
    seed("method = \"GET\", policy = <X as Y>::Z", TYPED, Refused),
    seed("method = \"GET\", policy(Extended)", TYPED, Refused),
    seed(
        "method = \"GET\", policy = Extended, policy = Strict",
        TYPED,
        Refused,
    ),
    // "`crate = path`"
    seed("method = \"GET\", crate = \"rs\"", TYPED, Refused),
    seed("method = \"GET\", crate = ", TYPED, Refused),
    seed(
        "method = \"GET\", crate = ::rs, crate = ::rs",
        TYPED,
        Refused,
    ),
    // Every disallowed status is a compile error: under a built-in policy the macro
    // says it itself.
    seed("method = \"DELETE\", statuses(204, 404)", RESPONSE, Refused),
    seed("method = \"GET\", statuses(204)", RESPONSE, Refused),
    seed("method = \"POST\", statuses(200)", RESPONSE, Refused),
    seed("method = \"GET\", statuses(100, 599)", RESPONSE, Refused),
    // "A return type with no known statuses ... and no `statuses(...)`"
    seed("method = \"GET\"", OPAQUE, Refused),
    // "every status the handler's body names where it builds a response is checked like
    // a literal of `statuses(...)`"
    seed(
        "method = \"DELETE\"",
        "async fn delete_invoice() -> StatusCode { StatusCode::NOT_FOUND }",
        Refused,
    ),
    seed(
        "method = \"DELETE\", statuses(204)",
        "async fn delete_invoice() -> StatusCode { http::StatusCode::INTERNAL_SERVER_ERROR }",
        Refused,
    ),
    seed(
        "method = \"GET\"",
        "fn f() -> Result<impl Serialize, E> { todo!() }",
        Refused,
    ),
    seed("method = \"GET\"", RESPONSE, Checks(&[])),
    seed(
        "method = \"GET\"",
        "fn f() -> StatusCode { todo!() }",
        Checks(&[]),
    ),
    // `()` has no statuses, nor can it have any: the macro says so itself.
    seed("method = \"GET\"", "fn f() {}", Refused),
    // The macro goes on a handler fn with a body.
    seed("method = \"GET\"", "", Refused),
    seed("method = \"GET\"", "fn", Refused),
    seed("method = \"GET\"", "fn f();", Refused),
    seed("method = \"GET\"", "fn f() -> {}", Refused),
    seed("method = \"GET\"", "fn f() -> Result<A, B> ()", Refused),
    seed("method = \"GET\"", "struct S;", Refused),
    seed("method = \"GET\"", "enum E { A }", Refused),
    seed("method = \"GET\"", "union U { a: u8 }", Refused),
    seed("method = \"GET\"", "const C: u8 = 1;", Refused),
    seed("method = \"GET\"", "static S: u8 = 1;", Refused),
    seed("method = \"GET\"", "impl S { fn f() {} }", Refused),
    seed("method = \"GET\"", "trait T { fn f(); }", Refused),
    seed("method = \"GET\"", "mod m {}", Refused),
    seed("method = \"GET\"", "use a::b;", Refused),
    seed("method = \"GET\"", "type T = u8;", Refused),
    seed("method = \"GET\"", "extern \"C\" { fn f(); }", Refused),
    seed("method = \"GET\"", "extern crate alloc;", Refused),
    seed("method = \"GET\"", "macro_rules! m { () => {} }", Refused),
    seed("method = \"GET\"", "|| {}", Refused),
    seed("method = \"GET\"", "1 + 1", Refused),
    // Given twice on one fn.
    seed(
        "method = \"DELETE\"",
        "#[rest_endpoint(method = \"DELETE\")] async fn d() -> Result<NoContent, E> { todo!() }",
        Refused,
    ),
    seed(
        "method = \"DELETE\"",
        "#[rest_status::rest_endpoint] async fn d() -> Result<NoContent, E> { todo!() }",
        Refused,
    ),
    // Every problem at once.
    seed(
        "method = \"get\", statuses(200, 200, 700), colour = \"blue\", policy = \"Strict\"",
        "fn get_invoice() -> StatusCode { StatusCode::OK }",
        Refused,
    ),
];

/// Nesting at the limit of the macros' `depth` module and far past it, where syn's recursion
/// overflowed the compiler's stack before the limit: `(args, item, expect)`.
pub(super) fn deep() -> Vec<(String, String, Expect)> {
    let nested = |open: &str, inner: &str, close: &str, depth: usize| {
        format!("{}{inner}{}", open.repeat(depth), close.repeat(depth))
    };
    let get = || "method = \"GET\", statuses(200)".to_owned();
    let returning = |ty: String| format!("fn f() -> {ty} {{ todo!() }}");
    let mut seeds = Vec::new();
    for depth in [LIMIT - 2, 1000] {
        let expect = if depth < LIMIT {
            Checks(&[200])
        } else {
            Refused
        };
        seeds.extend([
            (get(), returning(nested("(", "T", ")", depth)), expect),
            (get(), returning(nested("Option<", "T", ">", depth)), expect),
            (get(), returning(nested("&'a mut ", "T", "", depth)), expect),
            (get(), returning(nested("fn() -> ", "T", "", depth)), expect),
            // Two groups a level.
            (
                get(),
                nested("#[a(", "", ")]", depth / 2) + "fn f() -> T {}",
                expect,
            ),
        ]);
    }
    seeds.extend([
        (
            nested("(", "method = \"GET\"", ")", 1000),
            TYPED.to_owned(),
            Refused,
        ),
        (
            format!("method = {}", nested("(", "\"GET\"", ")", 1000)),
            TYPED.to_owned(),
            Refused,
        ),
        (
            format!("method = \"GET\", statuses({})", nested("-", "1", "", 1000)),
            TYPED.to_owned(),
            Refused,
        ),
        // The body is kept as tokens, never parsed: any depth is fine.
        (
            get(),
            format!("fn f() -> T {{ {} }}", nested("{", "", "}", 1000)),
            Checks(&[200]),
        ),
        // Unless the signature does not parse, and the item is named.
        (
            get(),
            format!("fn f() -> {{}} {{ {} }}", nested("(", "", ")", 1000)),
            Refused,
        ),
    ]);
    seeds
}
