//! `#[rest_endpoint(args)] item` on arbitrary text written `(args) item`:
//! `cargo +nightly fuzz run rest_endpoint`.
#![no_main]
#![forbid(unsafe_code)]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        rest_status_judge::fuzz_rest_endpoint(text);
    }
});
