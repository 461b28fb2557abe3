//! The generated code compiles and behaves where names are taken or missing: a crate
//! without the prelude, a module that shadows the prelude's and the crates' names.
//! Each case is a binary whose `main` checks what the code does.

#![forbid(unsafe_code)]

#[test]
fn ui() {
    rest_status_ui::cases().pass("hygiene/*.rs");
}
