#!/usr/bin/env bash
# What #[rest_endpoint] adds to a crate's build time (issue 4, item 8).
#
# Generates two crates with the same N handlers, one with #[rest_endpoint] on each and
# one without, builds their dependencies once, then times rebuilds of each crate alone
# (CARGO_INCREMENTAL=0, so every rebuild does the full work) and prints the medians and
# the ratio, for `cargo check` and for `cargo build`.
#
#   benches/compile/endpoint_overhead.sh [handlers=300] [runs=5]
#
# OPTIMIZED_MACROS=1 builds the proc macros with opt-level 3
# ([profile.dev.build-override]), as many projects do: the macros run unoptimized in
# a default dev build, and expanding is part of what is measured.
set -euo pipefail
shopt -s inherit_errexit
root="$(cd "$(dirname "$0")/../.." && pwd)"
handlers="${1:-300}"
runs="${2:-5}"
work="$root/target/bench-endpoint-overhead${OPTIMIZED_MACROS:+-optimized}"
mkdir -p "$work"
export CARGO_TARGET_DIR="$work/target" CARGO_INCREMENTAL=0

# One handler of each shape in turn: a typed Result, declared statuses, an async fn.
generate() { # $1 = crate dir, $2 = "with" | "without"
    local dir="$1" attr
    mkdir -p "$dir/src"
    cp "$root/Cargo.lock" "$dir/Cargo.lock"
    cat > "$dir/Cargo.toml" <<TOML
[package]
name = "bench-$2"
version = "0.0.0"
edition = "2021"
publish = false

[dependencies]
rest-status = { path = "$root" }
http = "1"

[workspace]
TOML
    if [ "${OPTIMIZED_MACROS:-0}" = 1 ]; then
        printf '\n[profile.dev.build-override]\nopt-level = 3\n' >> "$dir/Cargo.toml"
    fi
    {
        cat <<'RUST'
#![allow(dead_code, unused_imports)]
use rest_status::response::{Created, NoContent, Ok};
use rest_status::{rest_endpoint, StatusSet, StatusSource, Statuses};

pub enum ApiError { Invalid, Forbidden, NotFound, Internal }

impl Statuses for ApiError {
    const STATUSES: StatusSet = StatusSet::of(&[400, 403, 404, 500]);
    const SOURCES: &'static [StatusSource] = &[
        StatusSource { status: 400, name: "Invalid" },
        StatusSource { status: 403, name: "Forbidden" },
        StatusSource { status: 404, name: "NotFound" },
        StatusSource { status: 500, name: "Internal" },
    ];
}

/// A POST may not return 404.
pub enum CreateError { Invalid, Internal }

impl Statuses for CreateError {
    const STATUSES: StatusSet = StatusSet::of(&[400, 500]);
    const SOURCES: &'static [StatusSource] = &[
        StatusSource { status: 400, name: "Invalid" },
        StatusSource { status: 500, name: "Internal" },
    ];
}
RUST
        for i in $(seq 1 "$handlers"); do
            case $((i % 4)) in
            0) attr='#[rest_endpoint(method = "PUT")]'
               body="pub fn h$i(id: u64) -> Result<Ok<u64>, ApiError> { if id == 0 { Err(ApiError::NotFound) } else { Result::Ok(Ok(id + $i)) } }" ;;
            1) attr='#[rest_endpoint(method = "POST")]'
               body="pub fn h$i(id: u64) -> Result<Created<u64>, CreateError> { if id == 0 { Err(CreateError::Invalid) } else { Result::Ok(Created::new(id)) } }" ;;
            2) attr='#[rest_endpoint(method = "GET", statuses(200, 404))]'
               body="pub fn h$i(id: u64) -> http::StatusCode { if id == $i { http::StatusCode::OK } else { http::StatusCode::NOT_FOUND } }" ;;
            3) attr='#[rest_endpoint(method = "PATCH")]'
               body="pub async fn h$i(id: u64) -> Result<NoContent, ApiError> { if id == 0 { Err(ApiError::Forbidden) } else { Result::Ok(NoContent) } }" ;;
            esac
            [ "$2" = with ] || attr=''
            printf '%s\n%s\n\n' "$attr" "$body"
        done
    } > "$dir/src/lib.rs"
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

time_rebuilds() { # $1 = crate dir, $2 = check | build -> median seconds
    # Dependencies, and a warm file cache. A build that fails would time the errors.
    (cd "$1" && cargo "$2" --offline --quiet) || { echo "cargo $2 failed in $1" >&2; exit 1; }
    for _ in $(seq 1 "$runs"); do
        touch "$1/src/lib.rs"
        local start end
        start=$(date +%s.%N)
        (cd "$1" && cargo "$2" --offline --quiet)
        end=$(date +%s.%N)
        awk -v a="$start" -v b="$end" 'BEGIN { print b - a }'
    done | median
}

generate "$work/with" with
generate "$work/without" without

for mode in check build; do
    with=$(time_rebuilds "$work/with" "$mode")
    without=$(time_rebuilds "$work/without" "$mode")
    ratio=$(awk -v a="$with" -v b="$without" 'BEGIN { printf "%.2f", a / b }')
    printf 'cargo %-5s  %d handlers: with #[rest_endpoint] %.2fs, without %.2fs, ratio %s (median of %d)\n' \
        "$mode" "$handlers" "$with" "$without" "$ratio" "$runs"
done
