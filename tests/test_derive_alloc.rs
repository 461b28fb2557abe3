//! Writing an error body allocates nothing beyond the output buffer: counted by a
//! global allocator, for the direct writer (`write_json`, and `write_body`, which the
//! axum and actix-web integrations call), for serde_json, and for the message alone;
//! constant bodies and interpolated ones.

// Counting allocations takes a global allocator (`support/counting_alloc.rs`), and
// `GlobalAlloc` is an unsafe trait: unsafe code is allowed on that impl alone.
#![deny(unsafe_code, clippy::undocumented_unsafe_blocks)]

use rest_status::RestError;

#[path = "support/counting_alloc.rs"]
mod counting_alloc;

use counting_alloc::allocations_in;

#[derive(Debug, RestError)]
enum InvoiceError {
    #[rest(
        status = 404,
        code = "invoice_not_found",
        message = "Invoice {id} was not found"
    )]
    NotFound { id: u64 },
    #[rest(status = 400, message = "Field {0} is invalid: {1}")]
    InvalidField(&'static str, String),
    #[rest(status = 500)]
    Storage(#[allow(dead_code)] std::io::Error), // only held, never shown
}

#[test]
fn the_counter_counts() {
    // Guards the test below against a counter that never moves.
    let n = allocations_in(|| drop(std::hint::black_box(Vec::<u8>::with_capacity(64))));
    assert_eq!(n, 1);
}

#[test]
fn writing_a_body_allocates_nothing_beyond_the_output() {
    let errors = [
        // One interpolated field: the body of `benches/body.rs`.
        InvoiceError::NotFound { id: 42 },
        InvoiceError::InvalidField("email", "quote \" and NUL \0 and \u{1F980}".into()),
        // A constant body.
        InvoiceError::Storage(std::io::Error::other("secret")),
    ];
    let mut direct = Vec::with_capacity(4096);
    let mut body = Vec::with_capacity(4096);
    let mut serde = Vec::with_capacity(4096);
    let mut message = String::with_capacity(4096);

    let mut counts = Vec::with_capacity(3);
    for error in &errors {
        direct.clear();
        body.clear();
        serde.clear();
        let written = allocations_in(|| error.write_json(&mut direct));
        let in_format = allocations_in(|| {
            assert_eq!(error.write_body(&mut body), "application/json");
        });
        let serialized =
            allocations_in(|| serde_json::to_writer(&mut serde, &error.error_object()).unwrap());
        let formatted = allocations_in(|| {
            use std::fmt::Write as _;
            message.clear();
            write!(message, "{}", error.message()).unwrap();
        });
        assert_eq!(direct, serde);
        assert_eq!(body, serde);
        counts.push((written, in_format, serialized, formatted));
    }
    println!("allocations (write_json, write_body, serde_json::to_writer, message): {counts:?}");
    assert_eq!(counts, [(0, 0, 0, 0); 3]);
}
