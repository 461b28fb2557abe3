//! [`Statuses`] as `#[rest_endpoint]` reads it for one method under one built-in
//! policy: `StrictDelete` for a DELETE handler under [`Strict`](crate::Strict).
//!
//! Every type that implements [`Statuses`] implements each of these traits; never
//! implement them yourself. They exist for one compile error: a handler whose return
//! type has no known statuses. `Statuses` alone could only say "declare
//! `statuses(...)`", since the text of a trait's error cannot depend on the method;
//! read through `StrictDelete`, the error lists the statuses a DELETE may declare
//! under `Strict`:
//!
//! ```text
//! error[E0277]: the statuses of `StatusCode` are not known at compile time
//!   = help: the trait `StrictDelete` is not implemented for `StatusCode`
//!   = note: declare the statuses the handler returns, among those DELETE allows under `Strict`: `statuses(200, 204, 401, 403, 500)`
//! ```
//!
//! A policy of your own has no such traits: the error names `Statuses`.
//!
//! ```
//! use rest_status::response::NoContent;
//! use rest_status::statuses_for::StrictDelete;
//!
//! fn read_by_delete<T: StrictDelete>() -> rest_status::StatusSet {
//!     T::STATUSES_AND_SOURCES.0
//! }
//!
//! assert_eq!(read_by_delete::<NoContent>(), rest_status::StatusSet::of(&[204]));
//! ```

use crate::method::Method;
use crate::statuses::{StatusSource, Statuses};
use crate::StatusSet;

macro_rules! unknown_statuses {
    ($($name:ident: $policy:literal, $method:ident, $list:literal;)*) => {
        $(
            #[doc = concat!("[`Statuses`] as a ", stringify!($method), " handler reads it under `", $policy, "`.")]
            #[diagnostic::on_unimplemented(
                message = "the statuses of `{Self}` are not known at compile time",
                label = "rest-status cannot tell which statuses this type returns",
                note = $list,
                note = "or return a type whose statuses are known: a `#[derive(RestError)]` enum, a typed response of `rest_status::response`, or a type that implements `rest_status::Statuses`; a `StatusCode`, `Response`, `HttpResponse` or tuple may instead have its statuses named where the body builds it (`StatusCode::NOT_FOUND`)"
            )]
            pub trait $name {
                /// [`Statuses::STATUSES_AND_SOURCES`].
                const STATUSES_AND_SOURCES: (StatusSet, &'static [StatusSource]);
            }

            #[diagnostic::do_not_recommend]
            impl<T: Statuses + ?Sized> $name for T {
                const STATUSES_AND_SOURCES: (StatusSet, &'static [StatusSource]) =
                    T::STATUSES_AND_SOURCES;
            }
        )*

        /// `(policy, method, the statuses its note lists)` of every trait of this
        /// module, for `#[rest_endpoint]` and the tests that hold each list equal to
        /// its policy's table.
        #[doc(hidden)]
        pub const LISTED: &[(&str, Method, &str)] = &[$(($policy, Method::$method, $list)),*];
    };
}

// Written from the built-in tables by `private::unknown`'s test: after a change to a
// table, `REST_STATUS_REGENERATE=1 cargo test -p rest-status-core --lib`.
unknown_statuses! {
    StrictGet: "Strict", Get, "declare the statuses the handler returns, among those GET allows under `Strict`: `statuses(200, 401, 403, 404, 500)`";
    StrictPost: "Strict", Post, "declare the statuses the handler returns, among those POST allows under `Strict`: `statuses(201, 400, 401, 403, 500)`";
    StrictPut: "Strict", Put, "declare the statuses the handler returns, among those PUT allows under `Strict`: `statuses(200, 204, 400, 401, 403, 404, 500)`";
    StrictPatch: "Strict", Patch, "declare the statuses the handler returns, among those PATCH allows under `Strict`: `statuses(200, 204, 400, 401, 403, 404, 500)`";
    StrictDelete: "Strict", Delete, "declare the statuses the handler returns, among those DELETE allows under `Strict`: `statuses(200, 204, 401, 403, 500)`";
    ExtendedGet: "Extended", Get, "declare the statuses the handler returns, among those GET allows under `Extended`: `statuses(200, 400, 401, 403, 404, 410, 500)`";
    ExtendedHead: "Extended", Head, "declare the statuses the handler returns, among those HEAD allows under `Extended`: `statuses(204, 400, 401, 403, 404, 410, 500)`";
    ExtendedPost: "Extended", Post, "declare the statuses the handler returns, among those POST allows under `Extended`: `statuses(201, 202, 400, 401, 403, 428, 500)`";
    ExtendedPut: "Extended", Put, "declare the statuses the handler returns, among those PUT allows under `Extended`: `statuses(200, 202, 204, 400, 401, 403, 404, 428, 500)`";
    ExtendedPatch: "Extended", Patch, "declare the statuses the handler returns, among those PATCH allows under `Extended`: `statuses(200, 202, 204, 400, 401, 403, 404, 428, 500)`";
    ExtendedDelete: "Extended", Delete, "declare the statuses the handler returns, among those DELETE allows under `Extended`: `statuses(200, 202, 204, 400, 401, 403, 428, 500)`";
    ZalandoGet: "Zalando", Get, "declare the statuses the handler returns, among those GET allows under `Zalando`: `statuses(200, 202, 304, 400, 401, 403, 404, 405, 406, 410, 428, 429, 431, 500, 501, 502, 503, 504)`";
    ZalandoHead: "Zalando", Head, "declare the statuses the handler returns, among those HEAD allows under `Zalando`: `statuses(200, 304, 400, 401, 403, 404, 405, 406, 410, 428, 429, 431, 500, 501, 502, 503, 504)`";
    ZalandoPost: "Zalando", Post, "declare the statuses the handler returns, among those POST allows under `Zalando`: `statuses(200, 201, 202, 204, 207, 400, 401, 403, 404, 405, 406, 409, 410, 411, 415, 428, 429, 431, 500, 501, 502, 503, 504, 507)`";
    ZalandoPut: "Zalando", Put, "declare the statuses the handler returns, among those PUT allows under `Zalando`: `statuses(200, 201, 202, 204, 400, 401, 403, 404, 405, 406, 409, 410, 411, 412, 415, 423, 428, 429, 431, 500, 501, 502, 503, 504, 507)`";
    ZalandoPatch: "Zalando", Patch, "declare the statuses the handler returns, among those PATCH allows under `Zalando`: `statuses(200, 202, 204, 400, 401, 403, 404, 405, 406, 409, 410, 411, 412, 415, 423, 428, 429, 431, 500, 501, 502, 503, 504, 507)`";
    ZalandoDelete: "Zalando", Delete, "declare the statuses the handler returns, among those DELETE allows under `Zalando`: `statuses(200, 202, 204, 207, 400, 401, 403, 404, 405, 406, 409, 410, 412, 423, 428, 429, 431, 500, 501, 502, 503, 504)`";
    ZalandoOptions: "Zalando", Options, "declare the statuses the handler returns, among those OPTIONS allows under `Zalando`: `statuses(200, 400, 401, 403, 404, 405, 406, 410, 428, 429, 431, 500, 501, 502, 503, 504)`";
    AzureGet: "Azure", Get, "declare the statuses the handler returns, among those GET allows under `Azure`: `statuses(200, 304, 400, 401, 403, 404, 409, 414, 429, 500, 501, 503)`";
    AzurePost: "Azure", Post, "declare the statuses the handler returns, among those POST allows under `Azure`: `statuses(200, 201, 202, 400, 401, 403, 404, 409, 414, 429, 500, 501, 503)`";
    AzurePut: "Azure", Put, "declare the statuses the handler returns, among those PUT allows under `Azure`: `statuses(200, 201, 202, 400, 401, 403, 404, 409, 412, 414, 429, 500, 501, 503)`";
    AzurePatch: "Azure", Patch, "declare the statuses the handler returns, among those PATCH allows under `Azure`: `statuses(200, 201, 400, 401, 403, 404, 409, 412, 414, 429, 500, 501, 503)`";
    AzureDelete: "Azure", Delete, "declare the statuses the handler returns, among those DELETE allows under `Azure`: `statuses(202, 204, 400, 401, 403, 409, 412, 414, 429, 500, 501, 503)`";
}
