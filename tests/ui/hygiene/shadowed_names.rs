// Both macros in a module that takes every name the generated code could reach for
// unqualified: the prelude's types, variants, traits and macros, the primitive types,
// and the crates `core`, `std`, `http`, `serde` and the integrations'. Types, fns, a
// const, an empty enum and an alias, so that both namespaces are taken. `main` checks
// what the code does: statuses, bodies, headers.
// (`tests/test_derive_hygiene.rs` shadows the same names with unit structs, for the
// derive alone.)
#![forbid(unsafe_code)]
#![deny(warnings)]

mod shadowed {
    #![allow(
        dead_code,
        non_camel_case_types,
        non_snake_case,
        non_upper_case_globals,
        unused_macros
    )]

    // The prelude's types and variants, in both namespaces.
    pub type Result<T> = ::core::result::Result<T, InvoiceError>;
    pub fn Ok() {}
    pub fn Err() {}
    pub enum Option {}
    pub fn Some() {}
    pub const None: () = ();
    pub struct String;
    pub struct Vec<T>(T);
    pub struct Box;
    // The primitive types the expansions name.
    pub struct u8;
    pub struct u16;
    pub struct str;
    pub struct bool;
    pub struct usize;
    // A name the expansion binds locally: a constant would turn the binding into a
    // pattern.
    pub const report: () = ();
    // The crates the expansions use.
    pub mod core {}
    pub mod std {}
    pub mod alloc {}
    pub mod http {}
    pub mod serde {}
    pub mod axum {}
    pub mod axum_core {}
    pub mod actix_web {}
    pub mod tracing {}
    pub mod rest_status {}
    // The traits they call.
    pub trait Display {}
    pub trait Debug {}
    pub trait Error {}
    pub trait From {}
    pub trait Into {}
    pub trait Serialize {}
    pub trait IntoResponse {}
    pub trait ResponseError {}
    pub trait RestError {}
    pub trait Statuses {}
    pub trait Policy {}
    // The macros they could call unqualified.
    macro_rules! panic {
        ($($tt:tt)*) => {
            compile_error!("the expansion called a local `panic!`")
        };
    }
    macro_rules! include_bytes {
        ($($tt:tt)*) => {
            compile_error!("the expansion called a local `include_bytes!`")
        };
    }
    macro_rules! format_args {
        ($($tt:tt)*) => {
            compile_error!("the expansion called a local `format_args!`")
        };
    }
    macro_rules! unreachable {
        ($($tt:tt)*) => {
            compile_error!("the expansion called a local `unreachable!`")
        };
    }
    macro_rules! write {
        ($($tt:tt)*) => {
            compile_error!("the expansion called a local `write!`")
        };
    }

    use ::rest_status::response::{Created, NoContent};

    #[derive(::core::fmt::Debug, ::thiserror::Error, ::rest_status::RestError)]
    pub enum InvoiceError {
        #[error("invoice {id} not found")]
        #[rest(
            status = 404,
            code = "invoice_not_found",
            message = "Invoice {id} was not found"
        )]
        NotFound { id: ::core::primitive::u64 },
        #[error(transparent)]
        #[rest(status = 500)]
        Storage(#[from] ::std::io::Error),
    }

    #[derive(::core::fmt::Debug, ::thiserror::Error, ::rest_status::RestError)]
    #[error("field {0} is invalid")]
    #[rest(status = 400, message = "Field {0} is invalid")]
    pub struct InvalidField(pub ::std::string::String);

    #[derive(::core::fmt::Debug, ::rest_status::RestError)]
    #[rest(format = "problem", status = 400, message = "{0} is not allowed")]
    pub struct NotAllowed<T>(pub T);

    impl<T: ::core::fmt::Display> ::core::fmt::Display for NotAllowed<T> {
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            ::core::write!(f, "{} is not allowed", self.0)
        }
    }

    /// The crate's own `Result`, with one parameter: checked as one type.
    #[::rest_status::rest_endpoint(method = "GET")]
    pub fn get_invoice(
        id: ::core::primitive::u64,
    ) -> Result<::rest_status::response::Ok<::core::primitive::u64>> {
        if id == 0 {
            return ::core::result::Result::Err(InvoiceError::NotFound { id });
        }
        ::core::result::Result::Ok(::rest_status::response::Ok(id))
    }

    #[::rest_status::rest_endpoint(method = "PUT", statuses(204, 400))]
    pub fn put_invoice(
        field: &'static ::core::primitive::str,
    ) -> ::core::result::Result<NoContent, InvalidField> {
        ::core::result::Result::Err(InvalidField(::std::borrow::ToOwned::to_owned(field)))
    }

    #[::rest_status::rest_endpoint(method = "POST", policy = ::rest_status::Extended)]
    pub fn create_invoice<T: ::core::fmt::Display>(
        amount: T,
        ok: ::core::primitive::bool,
    ) -> ::core::result::Result<Created<::core::primitive::u64>, NotAllowed<T>> {
        if ok {
            return ::core::result::Result::Ok(Created::at("/invoices/7", 7));
        }
        ::core::result::Result::Err(NotAllowed(amount))
    }

    pub struct Api;

    impl Api {
        #[::rest_status::rest_endpoint(method = "DELETE")]
        pub async fn delete_invoice(&self) -> NoContent {
            NoContent
        }
    }
}

use rest_status::RestError as _;

fn body<E: rest_status::RestError>(error: &E) -> String {
    let mut out = Vec::new();
    let _ = error.write_body(&mut out);
    String::from_utf8(out).unwrap()
}

/// Status, `content-type` and body of an axum response.
fn axum_parts(response: axum::response::Response) -> (u16, String, String) {
    let status = response.status().as_u16();
    let content_type = response.headers()["content-type"]
        .to_str()
        .unwrap()
        .to_owned();
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .unwrap();
    let bytes = runtime
        .block_on(axum::body::to_bytes(response.into_body(), usize::MAX))
        .unwrap();
    (
        status,
        content_type,
        String::from_utf8(bytes.to_vec()).unwrap(),
    )
}

fn main() {
    use axum::response::IntoResponse as _;
    use shadowed::{create_invoice, get_invoice, put_invoice, Api, InvoiceError};

    const NOT_FOUND: &str =
        r#"{"errors":[{"code":"invoice_not_found","message":"Invoice 0 was not found"}]}"#;
    let error = get_invoice(0).unwrap_err();
    assert_eq!(error.status(), http::StatusCode::NOT_FOUND);
    assert_eq!(body(&error), NOT_FOUND);
    assert_eq!(
        axum_parts(error.into_response()),
        (404, "application/json".to_owned(), NOT_FOUND.to_owned())
    );
    assert_eq!(get_invoice(7).unwrap().0, 7);

    let invalid = put_invoice("due").unwrap_err();
    assert_eq!(
        body(&invalid),
        r#"{"errors":[{"code":"invalid_field","message":"Field due is invalid"}]}"#
    );
    let response = actix_web::ResponseError::error_response(&invalid);
    assert_eq!(response.status().as_u16(), 400);
    assert_eq!(
        response.headers().get("content-type").unwrap(),
        "application/json"
    );

    let storage = InvoiceError::from(std::io::Error::other("db-2.internal:5432"));
    assert_eq!(
        axum_parts(storage.into_response()),
        (
            500,
            "application/json".to_owned(),
            r#"{"errors":[{"code":"internal_error","message":"Internal Server Error"}]}"#
                .to_owned()
        )
    );

    assert!(create_invoice(5, true).is_ok());
    let not_allowed = create_invoice(-5, false).unwrap_err();
    assert_eq!(
        axum_parts(not_allowed.into_response()),
        (
            400,
            "application/problem+json".to_owned(),
            r#"{"type":"about:blank","title":"Bad Request","status":400,"detail":"-5 is not allowed","code":"not_allowed"}"#.to_owned()
        )
    );
    let _ = Api.delete_invoice();
}
