//! The expansion compiles clean under strict lints, where users put them: on the
//! item, on the module, with `#![deny(warnings)]`. Clippy runs this file in CI
//! (`cargo clippy --all-targets -- -D warnings`), which checks the clippy groups.

#![forbid(unsafe_code)]
#![deny(warnings)]
#![allow(clippy::mixed_attributes_style)]

use rest_status::RestError;

#[test]
fn strict_lints() {
    #![deny(
        clippy::all,
        clippy::pedantic,
        clippy::nursery,
        missing_debug_implementations,
        unreachable_pub,
        unused_results,
        trivial_casts,
        unused_qualifications,
        unused_lifetimes,
        single_use_lifetimes,
        elided_lifetimes_in_paths
    )]

    #[derive(Debug, RestError)]
    enum InvoiceError<'a, T: std::fmt::Debug> {
        #[rest(status = 404, message = "Invoice {id} was not found")]
        NotFound { id: u64 },
        #[rest(status = 400, message = "{0} is invalid")]
        Invalid(&'a str),
        #[rest(status = 500)]
        Storage(T),
    }

    #[derive(Debug, RestError)]
    #[rest(status = 403)]
    struct Forbidden;

    #[derive(Debug, RestError)]
    #[rest(status = 400, message = "{name} is taken")]
    struct Taken {
        name: String,
    }

    let errors: [InvoiceError<'_, ()>; 3] = [
        InvoiceError::Invalid("x"),
        InvoiceError::NotFound { id: 1 },
        InvoiceError::Storage(()),
    ];
    let mut out = Vec::new();
    for error in &errors {
        error.write_json(&mut out);
    }
    Forbidden.write_json(&mut out);
    Taken { name: "a".into() }.write_json(&mut out);
    assert!(!out.is_empty());
}

#[test]
fn unused_qualifications_with_everything_imported() {
    #![deny(unused_qualifications)]
    #![allow(unused_imports)]

    // The expansion cannot know what the caller imported, so its absolute paths must
    // not trip the lint when the same names are in scope.
    use http::StatusCode;
    use rest_status::{StatusSet, StatusSource, Statuses};
    use std::fmt::{Display, Formatter, Result};
    use std::format_args;

    #[derive(Debug, RestError)]
    pub enum Error {
        #[rest(status = 404, message = "{0}")]
        NotFound(u8),
    }

    assert_eq!(Error::NotFound(1).status(), StatusCode::NOT_FOUND);
}

#[test]
fn no_allow_attributes_for_the_user() {
    #![deny(clippy::allow_attributes, clippy::allow_attributes_without_reason)]

    #[derive(Debug, RestError)]
    #[rest(status = 400, message = "{0}")]
    pub struct Invalid(u8);

    assert_eq!(Invalid(1).code(), "invalid");
}

#[test]
fn single_variant_and_empty_enums() {
    #![deny(clippy::all, clippy::pedantic)]

    #[derive(Debug, RestError)]
    pub enum One {
        #[rest(status = 404, message = "{0}")]
        Only(u8),
    }

    #[derive(Debug, RestError)]
    pub enum None {}

    assert_eq!(One::Only(1).code(), "only");
    assert!(<None as rest_status::Statuses>::STATUSES.is_empty());
}

#[test]
fn deprecated_items() {
    #![deny(deprecated)]

    #[derive(Debug, RestError)]
    #[deprecated]
    #[rest(status = 410)]
    pub struct OldStruct;

    #[derive(Debug, RestError)]
    #[rest(status = 400, message = "{field}")]
    pub struct OldField {
        #[deprecated]
        field: u8,
    }

    #[derive(Debug, RestError)]
    #[deprecated]
    pub enum OldEnum {
        #[rest(status = 404)]
        Variant,
    }

    #[derive(Debug, RestError)]
    pub enum OldVariant {
        #[deprecated]
        #[rest(status = 404, message = "{0}")]
        Variant(u8),
    }

    #[allow(deprecated)]
    let _ = (OldStruct.code(), OldEnum::Variant.code());
    #[allow(deprecated)]
    let _ = (OldField { field: 1 }.code(), OldVariant::Variant(1).code());
}
