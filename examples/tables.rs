//! Prints every built-in method table, read from the same data the compile-time
//! checks use, and why each policy answers DELETE + 404 as it does.
//!
//! ```text
//! cargo run --example tables
//! ```

#![forbid(unsafe_code)]

use rest_status::{reason_phrase, Method, MethodTable, StatusSet, BUILT_IN_POLICIES};

fn print_table(name: &str, table: MethodTable) {
    let methods: Vec<Method> = table.methods().collect();
    let rows: StatusSet = methods.iter().fold(StatusSet::EMPTY, |rows, &method| {
        rows.union(table.allowed(method))
    });

    println!("{name}");
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
    for policy in BUILT_IN_POLICIES {
        print_table(policy.name, policy.table);
    }
    for policy in BUILT_IN_POLICIES {
        if policy.table.allows(Method::Delete, 404) {
            println!("{}: a DELETE may return 404.", policy.name);
        } else {
            println!(
                "{}: a DELETE never returns 404: {}.",
                policy.name,
                policy.reasons.reason(Method::Delete, 404)
            );
        }
    }
}
