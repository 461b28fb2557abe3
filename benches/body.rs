//! Wall-clock time of one error body into a reused `Vec<u8>`, every way of writing it
//! in one run: copying the precomputed bytes (the floor), a hand-written serde struct,
//! the derive's direct writer, and serde through `error_object()`; and `status()`
//! against a hand-written match.
//!
//!     cargo bench --bench body
//!
//! Time on a shared machine is noisy; `benches/instructions.sh` counts instructions,
//! which is what the targets are stated in.
#![forbid(unsafe_code)]

#[path = "support/bodies.rs"]
mod bodies;

use std::hint::black_box;

use bodies::{InvoiceError, BODY};
use divan::Bencher;

fn main() {
    bodies::check();
    divan::main();
}

/// Runs `write` on a reused buffer, with its inputs hidden from the optimizer.
fn bench_into(bencher: Bencher, mut write: impl FnMut(&mut Vec<u8>)) {
    let mut out = Vec::with_capacity(256);
    bencher.bench_local(|| write(black_box(&mut out)));
}

/// `{"errors":[{"code":"invoice_not_found","message":"Invoice 42 was not found"}]}`
/// with every byte known in advance.
mod constant_body {
    use super::*;

    #[divan::bench]
    fn a_memcpy(bencher: Bencher) {
        bench_into(bencher, |out| bodies::memcpy(out, black_box(BODY)));
    }

    #[divan::bench]
    fn b_serde_struct(bencher: Bencher) {
        bench_into(bencher, |out| {
            bodies::serde_struct_static(
                out,
                black_box("invoice_not_found"),
                black_box("Invoice 42 was not found"),
            )
        });
    }

    #[divan::bench]
    fn c_write_json(bencher: Bencher) {
        let error = bodies::constant();
        bench_into(bencher, |out| bodies::write_json(out, black_box(&error)));
    }

    #[divan::bench]
    fn c_write_body(bencher: Bencher) {
        let error = bodies::constant();
        bench_into(bencher, |out| {
            black_box(bodies::write_body(out, black_box(&error)));
        });
    }

    #[divan::bench]
    fn d_error_object(bencher: Bencher) {
        let error = bodies::constant();
        bench_into(bencher, |out| bodies::error_object(out, black_box(&error)));
    }
}

/// The same body from `Invoice {id} was not found` with `id = 42`.
mod one_field_body {
    use super::*;

    #[divan::bench]
    fn a_memcpy(bencher: Bencher) {
        bench_into(bencher, |out| bodies::memcpy(out, black_box(BODY)));
    }

    #[divan::bench]
    fn b_serde_struct_string(bencher: Bencher) {
        bench_into(bencher, |out| {
            bodies::serde_struct_string(out, black_box("invoice_not_found"), black_box(42))
        });
    }

    #[divan::bench]
    fn b_serde_struct_collect_str(bencher: Bencher) {
        bench_into(bencher, |out| {
            bodies::serde_struct_collect_str(out, black_box("invoice_not_found"), black_box(42))
        });
    }

    #[divan::bench]
    fn c_write_json(bencher: Bencher) {
        let error = bodies::one_field();
        bench_into(bencher, |out| bodies::write_json(out, black_box(&error)));
    }

    #[divan::bench]
    fn c_write_body(bencher: Bencher) {
        let error = bodies::one_field();
        bench_into(bencher, |out| {
            black_box(bodies::write_body(out, black_box(&error)));
        });
    }

    #[divan::bench]
    fn d_error_object(bencher: Bencher) {
        let error = bodies::one_field();
        bench_into(bencher, |out| bodies::error_object(out, black_box(&error)));
    }
}

/// `status()` of a six-variant enum.
mod status {
    use super::*;

    #[divan::bench]
    fn e_derive(bencher: Bencher) {
        let error = bodies::one_field();
        bencher.bench_local(|| bodies::status_derive(black_box(&error)));
    }

    #[divan::bench]
    fn e_by_hand(bencher: Bencher) {
        let error: InvoiceError = bodies::one_field();
        bencher.bench_local(|| bodies::status_hand(black_box(&error)));
    }
}
