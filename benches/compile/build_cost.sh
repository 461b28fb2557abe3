#!/usr/bin/env bash
# What adding rest-status (default features) costs a crate's clean debug build.
#
# Builds two copies of one small service crate that already uses serde, serde_json,
# thiserror and http: one without rest-status, one with it. Each is built from
# scratch (its own target directory) RUNS times; the medians and their ratio are
# printed. Dependencies are fetched first, so the timings are compile time only.
#
#   benches/compile/build_cost.sh [RUNS]      (default 3)
set -euo pipefail
runs=${1:-3}
repo=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
. "$(dirname "$0")/common.sh"

make_crate() { # name, extra dependency line
    write_manifest "$1" "http = \"1\"
serde = { version = \"1\", features = [\"derive\"] }
serde_json = \"1\"
thiserror = \"2\"
$2"
    cat > "$work/$1/src/lib.rs" <<'RS'
#[derive(Debug, serde::Serialize, serde::Deserialize)]
pub struct Invoice { pub id: u64, pub customer: String }

#[derive(Debug, thiserror::Error)]
pub enum InvoiceError {
    #[error("invoice {id} not found")]
    NotFound { id: u64 },
    #[error(transparent)]
    Storage(#[from] std::io::Error),
}

pub fn status(error: &InvoiceError) -> http::StatusCode {
    match error {
        InvoiceError::NotFound { .. } => http::StatusCode::NOT_FOUND,
        InvoiceError::Storage(_) => http::StatusCode::INTERNAL_SERVER_ERROR,
    }
}

pub fn body(invoice: &Invoice) -> String { serde_json::to_string(invoice).unwrap_or_default() }
RS
    # Share the repository's lock file so both crates build the same versions.
    cp "$repo/Cargo.lock" "$work/$1/Cargo.lock" 2>/dev/null || true
}

make_crate baseline ""
make_crate with_rest_status "rest-status = { path = \"$repo\" }"

base=$(time_clean_build baseline)
with=$(time_clean_build with_rest_status)
ratio=$(awk -v w="$with" -v b="$base" 'BEGIN { printf "%.3f", w / b }')
echo "clean debug build, median of $runs: without rest-status ${base}s, with ${with}s, ratio ${ratio}"
