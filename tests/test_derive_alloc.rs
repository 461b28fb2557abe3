//! Writing an error body allocates nothing beyond the output buffer: counted by a
//! global allocator, for the direct writer (`write_json`, and `write_body`, which the
//! axum and actix-web integrations call), for serde_json, and for the message alone;
//! constant bodies and interpolated ones.

// Counting allocations takes a global allocator, and `GlobalAlloc` is an unsafe trait:
// unsafe code is allowed on that impl alone, and each unsafe block in it says why it
// is sound.
#![deny(unsafe_code, clippy::undocumented_unsafe_blocks)]

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;

use rest_status::RestError;

/// The system allocator, counting the allocations of the current thread, so that the
/// test harness's other threads do not disturb the count.
struct Counting;

thread_local! {
    static ALLOCATIONS: Cell<usize> = const { Cell::new(0) };
}

// SAFETY: every call is forwarded unchanged to `System`, which upholds the
// `GlobalAlloc` contract; the counter is a const-initialized thread-local `Cell`
// without a destructor, so touching it neither allocates nor re-enters the allocator.
#[allow(unsafe_code)]
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        ALLOCATIONS.with(|count| count.set(count.get() + 1));
        // SAFETY: the caller's guarantees for `layout` are passed on as they are.
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: `ptr` was allocated by `System` with `layout`, through `alloc` above.
        unsafe { System.dealloc(ptr, layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        ALLOCATIONS.with(|count| count.set(count.get() + 1));
        // SAFETY: as for `alloc` and `dealloc`: the caller's guarantees are passed on.
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

fn allocations_in(f: impl FnOnce()) -> usize {
    let before = ALLOCATIONS.with(Cell::get);
    f();
    ALLOCATIONS.with(Cell::get) - before
}

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
