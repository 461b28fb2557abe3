//! Every crate root of the workspace forbids unsafe code: the libraries, each test
//! file, each example. A root that needs unsafe code (a counting global allocator)
//! denies it instead, allows it on the one item, and gives each unsafe block or impl
//! a `// SAFETY:` comment. This test keeps that true as files are added.
#![forbid(unsafe_code)]

use std::fs;
use std::path::{Path, PathBuf};

const FORBID: &str = "#![forbid(unsafe_code)]";

/// The `.rs` files directly in `dir` (crate roots for `tests/`, `examples/`).
fn roots_in(dir: &Path) -> Vec<PathBuf> {
    let Ok(entries) = fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut roots: Vec<PathBuf> = entries
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "rs"))
        .collect();
    roots.sort();
    roots
}

/// The line numbers (from 1) of `unsafe` blocks and impls without a `// SAFETY:`
/// comment in the comment lines right above them.
fn undocumented_unsafe(text: &str) -> Vec<usize> {
    let lines: Vec<&str> = text.lines().collect();
    let mut missing = Vec::new();
    for (index, line) in lines.iter().enumerate() {
        let code = line.split("//").next().unwrap_or("");
        if !(code.contains("unsafe {") || code.contains("unsafe impl")) {
            continue;
        }
        let documented = lines[..index]
            .iter()
            .rev()
            .map(|line| line.trim())
            .take_while(|line| line.starts_with("//") || line.starts_with("#["))
            .any(|line| line.starts_with("// SAFETY:"));
        if !documented {
            missing.push(index + 1);
        }
    }
    missing
}

#[test]
fn every_crate_root_forbids_unsafe_code() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = vec![
        root.join("src/lib.rs"),
        root.join("rest-status-core/src/lib.rs"),
        root.join("rest-status-derive/src/lib.rs"),
    ];
    for dir in ["tests", "examples", "benches"] {
        files.extend(roots_in(&root.join(dir)));
    }
    assert!(files.len() > 10, "found only {files:?}");

    let mut problems = Vec::new();
    for file in &files {
        let text = fs::read_to_string(file).unwrap();
        let name = file.strip_prefix(root).unwrap().display();
        if text.contains(FORBID) {
            continue;
        }
        if !text.contains("#![deny(unsafe_code") {
            problems.push(format!("{name}: neither {FORBID} nor a deny with reasons"));
            continue;
        }
        for line in undocumented_unsafe(&text) {
            problems.push(format!(
                "{name}:{line}: unsafe without a `// SAFETY:` comment"
            ));
        }
    }
    // Modules that roots include by path (the counting allocator) are no roots, but
    // their unsafe code needs its reasons all the same.
    for entry in fs::read_dir(root.join("tests/support")).unwrap() {
        let file = entry.unwrap().path();
        let text = fs::read_to_string(&file).unwrap();
        let name = file.strip_prefix(root).unwrap().display();
        for line in undocumented_unsafe(&text) {
            problems.push(format!(
                "{name}:{line}: unsafe without a `// SAFETY:` comment"
            ));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn an_unsafe_block_needs_its_reason() {
    let text = "fn f() {\n    unsafe { g() }\n}\n// SAFETY: why\n#[allow(unsafe_code)]\nunsafe impl A for B {}\n";
    assert_eq!(undocumented_unsafe(text), [2]);
}
