//! `#[derive(RestError)]` on arbitrary text: `cargo +nightly fuzz run derive_rest_error`.
#![no_main]
#![forbid(unsafe_code)]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        rest_status_judge::fuzz_derive_rest_error(text);
    }
});
