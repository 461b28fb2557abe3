//! Prints the two built-in method tables, read from the same data the compile-time
//! checks use.
//!
//! ```text
//! cargo run --example tables
//! ```

#![forbid(unsafe_code)]

use rest_status::{reason_phrase, Extended, Method, MethodTable, Policy, StatusSet, Strict};

fn print_table<P: Policy>() {
    let table: MethodTable = P::TABLE;
    let methods: Vec<Method> = table.methods().collect();
    let rows: StatusSet = methods.iter().fold(StatusSet::EMPTY, |rows, &method| {
        rows.union(table.allowed(method))
    });

    println!("{}", P::NAME);
    print!("{:<32}", "status");
    for method in &methods {
        print!("{:>7}", method.as_str());
    }
    println!();
    for status in rows {
        let label = format!("{status} {}", reason_phrase(status).unwrap_or(""));
        print!("{label:<32}");
        for &method in &methods {
            print!(
                "{:>7}",
                if table.allows(method, status) {
                    "X"
                } else {
                    "."
                }
            );
        }
        println!();
    }
    println!();
}

fn main() {
    print_table::<Strict>();
    print_table::<Extended>();
    println!(
        "Why DELETE never returns 404: {}.",
        rest_status::refusal_reason(Method::Delete, 404)
    );
}
