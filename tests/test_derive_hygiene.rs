//! The generated code names everything by absolute path: a module that shadows the
//! prelude and the crates it uses does not break it.

#![forbid(unsafe_code)]
#![allow(dead_code, non_camel_case_types, unused_imports, unused_macros)]

mod shadowing {
    // Every name the expansion could reach for unqualified, taken.
    pub struct Result;
    pub struct Ok;
    pub struct Err;
    pub struct Option;
    pub struct Some;
    pub struct None;
    pub struct String;
    pub struct Vec;
    pub struct Box;
    pub struct u8;
    pub struct u16;
    pub struct str;
    pub mod http {}
    pub mod serde {}
    pub mod core {}
    pub mod std {}
    pub mod rest_status {}
    pub trait Display {}
    pub trait RestError {}
    pub trait Statuses {}
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

    #[derive(::core::fmt::Debug, ::rest_status::RestError)]
    pub enum Shadowed<T> {
        #[rest(status = 404, message = "Invoice {id} was not found")]
        NotFound { id: u64 },
        #[rest(status = 400, message = "Bad {0}")]
        Bad(T),
        #[rest(status = 500)]
        Internal,
    }

    #[derive(::core::fmt::Debug, ::rest_status::RestError)]
    #[rest(status = 409, message = "{0} exists")]
    pub struct Exists(pub u64);
}

use ::rest_status::RestError as _;

#[test]
fn shadowed_names_do_not_matter() {
    let mut out = ::std::vec::Vec::new();
    shadowing::Shadowed::<u8>::NotFound { id: 1 }.write_json(&mut out);
    shadowing::Shadowed::Bad(2u8).write_json(&mut out);
    shadowing::Shadowed::<u8>::Internal.write_json(&mut out);
    shadowing::Exists(3).write_json(&mut out);
    assert_eq!(
        ::std::string::String::from_utf8(out).unwrap(),
        concat!(
            r#"{"errors":[{"code":"not_found","message":"Invoice 1 was not found"}]}"#,
            r#"{"errors":[{"code":"bad","message":"Bad 2"}]}"#,
            r#"{"errors":[{"code":"internal_error","message":"Internal Server Error"}]}"#,
            r#"{"errors":[{"code":"exists","message":"3 exists"}]}"#,
        )
    );
    assert_eq!(
        shadowing::Shadowed::<u8>::Internal.status(),
        ::http::StatusCode::INTERNAL_SERVER_ERROR
    );
}
