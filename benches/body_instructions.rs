//! The cases of `benches/body.rs`, one per process, for counting instructions under
//! callgrind: `benches/instructions.sh` runs this binary once per case and divides the
//! instructions of the measured function by the number of calls.
//!
//!     body_instructions                      checks every writer, lists the cases
//!     body_instructions CASE [ITERATIONS]    calls CASE's function ITERATIONS times
#![forbid(unsafe_code)]

#[path = "support/bodies.rs"]
mod bodies;

use std::hint::black_box;
use std::process::ExitCode;

use bodies::BODY;

/// Each case: its name and the measured function of `bodies` it calls, as callgrind's
/// `--toggle-collect` names it. The derive's `status()` compiles to the same machine
/// code as the hand-written match, and the linker folds the two functions into one
/// symbol: a pattern that matches both counts whichever name callgrind sees (each
/// process calls only one of them).
const CASES: &[(&str, &str)] = &[
    ("constant/memcpy", "memcpy"),
    ("constant/serde_struct", "serde_struct_static"),
    ("constant/write_json", "write_json"),
    ("constant/write_body", "write_body"),
    ("constant/error_object", "error_object"),
    ("one_field/memcpy", "memcpy"),
    ("one_field/serde_struct_string", "serde_struct_string"),
    (
        "one_field/serde_struct_collect_str",
        "serde_struct_collect_str",
    ),
    ("one_field/write_json", "write_json"),
    ("one_field/write_body", "write_body"),
    ("one_field/error_object", "error_object"),
    ("status/derive", "status_*"),
    ("status/by_hand", "status_*"),
];

fn main() -> ExitCode {
    // `cargo bench` passes `--bench`; it selects nothing here.
    let args: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| a != "--bench")
        .collect();
    let Some(case) = args.first() else {
        bodies::check();
        for (case, function) in CASES {
            println!("{case} {function}");
        }
        return ExitCode::SUCCESS;
    };
    let iterations: u64 = match args.get(1).map(|n| n.parse()) {
        None => 50_000,
        Some(Ok(n)) => n,
        Some(Err(_)) => {
            eprintln!("ITERATIONS must be a number, not {:?}", args[1]);
            return ExitCode::FAILURE;
        }
    };
    if run(case, iterations) {
        ExitCode::SUCCESS
    } else {
        eprintln!("unknown case {case:?}; run without arguments for the list");
        ExitCode::FAILURE
    }
}

/// Calls `case`'s function `iterations` times on one reused buffer; false for an
/// unknown case.
fn run(case: &str, iterations: u64) -> bool {
    let mut out = Vec::with_capacity(256);
    let constant = bodies::constant();
    let one_field = bodies::one_field();
    let (code, message) = ("invoice_not_found", "Invoice 42 was not found");
    macro_rules! repeat {
        ($call:expr) => {
            for _ in 0..iterations {
                black_box($call);
            }
        };
    }
    match case {
        "constant/memcpy" | "one_field/memcpy" => {
            repeat!(bodies::memcpy(black_box(&mut out), black_box(BODY)))
        }
        "constant/serde_struct" => repeat!(bodies::serde_struct_static(
            black_box(&mut out),
            black_box(code),
            black_box(message)
        )),
        "constant/write_json" => {
            repeat!(bodies::write_json(
                black_box(&mut out),
                black_box(&constant)
            ))
        }
        "constant/write_body" => {
            repeat!(bodies::write_body(
                black_box(&mut out),
                black_box(&constant)
            ))
        }
        "constant/error_object" => {
            repeat!(bodies::error_object(
                black_box(&mut out),
                black_box(&constant)
            ))
        }
        "one_field/serde_struct_string" => repeat!(bodies::serde_struct_string(
            black_box(&mut out),
            black_box(code),
            black_box(42)
        )),
        "one_field/serde_struct_collect_str" => repeat!(bodies::serde_struct_collect_str(
            black_box(&mut out),
            black_box(code),
            black_box(42)
        )),
        "one_field/write_json" => {
            repeat!(bodies::write_json(
                black_box(&mut out),
                black_box(&one_field)
            ))
        }
        "one_field/write_body" => {
            repeat!(bodies::write_body(
                black_box(&mut out),
                black_box(&one_field)
            ))
        }
        "one_field/error_object" => {
            repeat!(bodies::error_object(
                black_box(&mut out),
                black_box(&one_field)
            ))
        }
        "status/derive" => repeat!(bodies::status_derive(black_box(&one_field))),
        "status/by_hand" => repeat!(bodies::status_hand(black_box(&one_field))),
        _ => return false,
    }
    assert_eq!(out.is_empty(), case.starts_with("status/"));
    true
}
