//! The compile-error snapshots of the two macros of rest-status, run by trybuild:
//! `cargo test -p rest-status-ui` (part of `cargo test --workspace --all-features`).
//!
//! | folder | what each case is |
//! | --- | --- |
//! | `derive/` | a `#[derive(RestError)]` that must not compile, with the error a user sees (`.stderr`) |
//! | `derive/pass/` | a derive that must compile and run |
//! | `endpoint/fail/` | a `#[rest_endpoint]` handler that must not compile, with its error |
//! | `endpoint/pass/` | a handler that must compile and run |
//! | `endpoint/realistic/` | a handler of the realistic axum and actix-web services with a violation seeded in; `pass/`, the actix-web service |
//! | `policy/` | a policy read from markdown that cannot be read, or a preset's refusal; `pass/`, tables that read |
//! | `openapi/fail/` | `#[rest_endpoint]` above `#[utoipa::path]` whose documented statuses differ from the checked ones; `pass/`, ones that agree |
//! | `hygiene/` | generated code where names are shadowed or the prelude is missing; each `main` checks what the code does |
//!
//! After a change to a message, `TRYBUILD=overwrite cargo test -p rest-status-ui`
//! rewrites the `.stderr` files; read each one before committing it.
//!
//! The package exists so that trybuild, which compiles each case against the
//! dependencies and dev-dependencies of the package whose test runs it, builds only
//! what the cases use.

#![forbid(unsafe_code)]

/// The cases of one suite, as trybuild runs them.
///
/// trybuild builds the cases and their dependencies through cargo, in a target
/// directory of its own, and builds the dependencies twice (once as they are, once with
/// the flags it compiles the cases with). Neither build needs debug info, which is a
/// good part of its time, so it is left out, unless `CARGO_PROFILE_DEV_DEBUG` already
/// says otherwise. The variable reaches only the cargo that trybuild starts.
pub fn cases() -> trybuild::TestCases {
    if std::env::var_os("CARGO_PROFILE_DEV_DEBUG").is_none() {
        std::env::set_var("CARGO_PROFILE_DEV_DEBUG", "false");
    }
    trybuild::TestCases::new()
}
