#![deny(warnings)]
//! The macro keeps everything it does not check: docs, attributes, visibility,
//! qualifiers, inner attributes, and the body.

use rest_status::response::Ok;
use rest_status::rest_endpoint;

pub mod api {
    use super::*;

    /// Reads the answer.
    #[must_use]
    #[rest_endpoint(method = "GET", statuses(200))]
    #[inline]
    pub(crate) const fn answer() -> u16 {
        #![allow(clippy::let_and_return)]
        let answer = 42;
        answer
    }

    /// # Safety
    ///
    /// Always safe to call: it is `unsafe` only to show that the macro keeps the
    /// qualifier.
    #[rest_endpoint(method = "GET")]
    pub unsafe fn raw() -> Ok<u8> {
        Ok(1)
    }

    #[rest_endpoint(method = "GET", statuses(200))]
    pub extern "C" fn ffi() -> u16 {
        200
    }

    #[rest_endpoint(method = "GET", statuses(200, 404))]
    pub fn labelled() -> u16 {
        'outer: loop {
            break 'outer 200;
        }
    }
}

fn main() {
    assert_eq!(api::answer(), 42);
    // SAFETY: `raw` has no precondition (see its docs).
    assert_eq!(unsafe { api::raw() }.0, 1);
    assert_eq!(api::labelled(), 200);
    assert_eq!(api::ffi(), 200);
}
