//! `expand` called directly: the expansion of normal handlers, checked against
//! snapshots in `tests/expand/`. Malformed input is the corpus's (`crate::corpus`).

use std::path::Path;
use std::process::{Command, Stdio};

use proc_macro2::TokenStream;
use quote::quote;

use super::expand;

/// The expansion as rustfmt prints it, with this machine's manifest path replaced.
fn expanded(args: TokenStream, item: TokenStream) -> String {
    let tokens = expand(args, item).to_string();
    let mut rustfmt = Command::new(std::env::var("RUSTFMT").unwrap_or_else(|_| "rustfmt".into()))
        .args(["--edition", "2021", "--emit", "stdout"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("the expansion snapshots need rustfmt (rustup component add rustfmt)");
    std::io::Write::write_all(&mut rustfmt.stdin.take().unwrap(), tokens.as_bytes()).unwrap();
    let output = rustfmt.wait_with_output().unwrap();
    assert!(output.status.success(), "rustfmt failed on: {tokens}");
    String::from_utf8(output.stdout)
        .unwrap()
        .replace(env!("CARGO_MANIFEST_DIR"), "$CARGO_MANIFEST_DIR")
}

/// Compares with `tests/expand/<name>.expanded.rs`; `REST_STATUS_REGENERATE=1` rewrites it.
fn assert_snapshot(name: &str, actual: &str) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/expand")
        .join(format!("{name}.expanded.rs"));
    if std::env::var_os("REST_STATUS_REGENERATE").is_some() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, actual).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        expected == actual,
        "{} differs; run REST_STATUS_REGENERATE=1 cargo test -p rest-status-derive and review it.\nactual:\n{actual}",
        path.display()
    );
}

#[test]
fn expansion_of_a_typed_handler() {
    let actual = expanded(
        quote!(method = "DELETE"),
        quote! {
            /// Deletes an invoice.
            #[tracing::instrument]
            pub async fn delete_invoice(Path(id): Path<u64>) -> Result<NoContent, InvoiceError> {
                store::delete(id).await?;
                Ok(NoContent)
            }
        },
    );
    assert_snapshot("typed_handler", &actual);
}

#[test]
fn expansion_with_declared_statuses_policy_and_crate() {
    let actual = expanded(
        quote!(
            method = "GET",
            statuses(200, 304, 404),
            policy = crate::ApiPolicy,
            crate = ::rs
        ),
        quote! {
            async fn get_invoice<S: Store>(store: S) -> Result<Ok<S::Invoice>, Response> {
                todo!()
            }
        },
    );
    assert_snapshot("declared_generic_handler", &actual);
}

#[test]
fn expansion_with_declared_statuses_under_a_built_in_policy() {
    // The macro checked 200 and 404 against `Strict` itself: only the error type's
    // statuses are left to the compiler, and `Json<Invoice>` is probed alongside.
    let actual = expanded(
        quote!(method = "GET", statuses(200, 404)),
        quote! {
            async fn get_invoice(id: u64) -> Result<Json<Invoice>, InvoiceError> {
                todo!()
            }
        },
    );
    assert_snapshot("declared_built_in_handler", &actual);
    // An `impl Trait` return type has no statuses to compare: nothing is left.
    let opaque = expand(
        quote!(
            method = "GET",
            statuses(200, 404),
            policy = ::rest_status::Strict
        ),
        quote!(
            fn get_invoice() -> impl IntoResponse {
                todo!()
            }
        ),
    )
    .to_string();
    assert!(!opaque.contains("const _ : ()"), "{opaque}");
    assert!(!opaque.contains("compile_error"), "{opaque}");
}

#[test]
fn refusals_under_a_built_in_policy_are_the_macros_own() {
    let output = expand(
        quote!(method = "POST", statuses(200, 201, 404)),
        quote!(
            fn create_invoice() -> impl IntoResponse {
                todo!()
            }
        ),
    )
    .to_string();
    // One error per refused literal, each its own `compile_error!`.
    assert_eq!(output.matches("compile_error").count(), 2, "{output}");
    assert!(output.contains("return 200 OK\\nwhy: a POST that creates returns 201"));
    assert!(output.contains("help: answer 201 Created instead, which `statuses(...)` declares already, and remove 200 from it"));
    assert!(output.contains("return 404 Not Found\\nwhy: the guideline keeps"));
    assert!(!output.contains("evaluation"), "{output}");
}

#[test]
fn invalid_input_re_emits_the_item_after_the_errors() {
    let item = quote!(
        fn get_invoice() -> u16 {
            200
        }
    );
    let output = expand(quote!(method = "get"), item.clone()).to_string();
    assert!(output.contains("compile_error"), "{output}");
    assert!(output.ends_with(&item.to_string()), "{output}");
}

#[test]
fn inner_attributes_stay_first_and_the_body_follows_the_checks() {
    let output = expand(
        quote!(method = "GET"),
        quote!(
            fn get_invoice() -> Result<Ok<Invoice>, InvoiceError> {
                #![allow(unused)]
                #![doc = "x"]
                let answer = 1;
                answer
            }
        ),
    )
    .to_string();
    let body = output.split_once('{').unwrap().1;
    assert!(
        body.trim_start()
            .starts_with("# ! [allow (unused)] # ! [doc = \"x\"] const _ :"),
        "{output}"
    );
    assert!(output.ends_with("; let answer = 1 ; answer }"), "{output}");
    let plain = expand(
        quote!(method = "GET"),
        quote!(
            fn get_invoice() -> Result<Ok<Invoice>, InvoiceError> {
                let answer = 1;
                answer
            }
        ),
    )
    .to_string();
    assert!(
        plain.contains("{ const _ :") && plain.ends_with("; let answer = 1 ; answer }"),
        "{plain}"
    );
}

/// The checks are written as text that must lex: `SourceText` turns text that does not
/// into a `compile_error!`, which would show up here. Every shape of check, with a
/// `crate = path`, a policy by path, raw identifiers and lifetimes in the types.
#[test]
fn the_text_of_every_shape_of_check_lexes() {
    let cases = [
        (
            quote!(method = "DELETE"),
            quote!(
                fn f(x: Path<u64>) -> Result<NoContent, E> {}
            ),
        ),
        (
            quote!(method = "PATCH", policy = crate::r#type::P),
            quote!(
                fn f() -> NoContent {}
            ),
        ),
        (
            quote!(
                method = "GET",
                statuses(200, 404),
                policy = P,
                crate = ::r#async::rs
            ),
            quote!(
                fn f<'a>(x: Json<&'a str>) -> Result<Json<r#type>, Response> {
                    if x {
                        return StatusCode::NOT_FOUND.into_response();
                    }
                    todo!()
                }
            ),
        ),
        (
            quote!(method = "GET", statuses(200, 404)),
            quote!(
                fn f() -> Result<Json<r#type>, E> {}
            ),
        ),
        (
            quote!(method = "GET", policy = P),
            quote!(
                fn f() -> StatusCode {
                    StatusCode::NOT_FOUND
                }
            ),
        ),
        (
            quote!(method = "POST", policy = P),
            quote!(
                fn f(self: &Self, j: Json<Item>) -> Result<Created<Self>, E> {}
            ),
        ),
    ];
    for (args, item) in cases {
        let output = expand(args, item).to_string();
        assert!(output.contains("__private"), "no check written: {output}");
        assert!(!output.contains("compile_error"), "{output}");
    }
}
