//! The compile-error snapshots of the two macros of rest-status, run by trybuild:
//! `cargo test -p rest-status-ui` (part of `cargo test --workspace --all-features`).
//!
//! | folder | what each case is |
//! | --- | --- |
//! | `derive/` | a `#[derive(RestError)]` that must not compile, with the error a user sees (`.stderr`) |
//! | `derive/pass/` | a derive that must compile and run |
//! | `endpoint/fail/` | a `#[rest_endpoint]` handler that must not compile, with its error |
//! | `endpoint/pass/` | a handler that must compile and run |
//! | `hygiene/` | generated code where names are shadowed or the prelude is missing; each `main` checks what the code does |
//!
//! After a change to a message, `TRYBUILD=overwrite cargo test -p rest-status-ui`
//! rewrites the `.stderr` files; read each one before committing it.
//!
//! This package holds no code: it exists so that trybuild, which compiles each case
//! against the dev-dependencies of the package whose test runs it, builds only what
//! the cases use.

#![forbid(unsafe_code)]
