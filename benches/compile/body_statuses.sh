#!/usr/bin/env bash
# What #[rest_endpoint] adds to a rebuild when it reads the statuses a body names.
#
# Generates one crate in two forms: 300 handlers returning `http::StatusCode`, each
# body naming the statuses it returns (`StatusCode::NO_CONTENT`, a `return` of another
# one, a comparison and a `match` the scan must leave out), written without the macro;
# and the same crate with `#[rest_endpoint(method = ...)]` on every handler, which then
# needs no `statuses(...)`. Rebuilds each crate alone, alternating (CARGO_INCREMENTAL=0,
# so every rebuild does the whole crate's work), and prints the medians of wall and CPU
# time and their ratios, as `rebuild_ratio.sh` does.
#
#   benches/compile/body_statuses.sh [runs=7] [handlers=300]
#
# MODE=check times `cargo check` instead of `cargo build`.
set -euo pipefail
shopt -s inherit_errexit
. "$(dirname "$0")/common.sh"
root="$(cd "$(dirname "$0")/../.." && pwd)"
runs="${1:-7}"
handlers="${2:-300}"
mode="${MODE:-build}"
work="$root/target/bench-body-statuses"
mkdir -p "$work"
export CARGO_TARGET_DIR="$work/target" CARGO_INCREMENTAL=0

methods=(GET POST PUT PATCH DELETE)

# The two statuses a handler of each method returns, both allowed under Strict.
statuses() {
    case "$1" in
    GET) echo "OK NOT_FOUND" ;;
    POST) echo "CREATED BAD_REQUEST" ;;
    PUT | PATCH) echo "NO_CONTENT NOT_FOUND" ;;
    DELETE) echo "NO_CONTENT FORBIDDEN" ;;
    esac
}

generate() { # $1 = crate dir, $2 = "checked" | "by-hand"
    local dir="$1" form="$2" i method ok other
    mkdir -p "$dir/src"
    cp "$root/Cargo.lock" "$dir/Cargo.lock"
    cat > "$dir/Cargo.toml" <<TOML
[package]
name = "bench-body-${form}"
version = "0.0.0"
edition = "2021"
publish = false

[dependencies]
rest-status = { path = "$root" }
http = "1"

[workspace]
TOML
    {
        echo '#![allow(dead_code)]'
        echo 'use http::StatusCode;'
        [ "$form" = checked ] && echo 'use rest_status::rest_endpoint;'
        for i in $(seq 0 $((handlers - 1))); do
            method=${methods[$((i % 5))]}
            read -r ok other <<<"$(statuses "$method")"
            [ "$form" = checked ] && echo "#[rest_endpoint(method = \"$method\")]"
            cat <<RUST
pub async fn h$i(id: u64, upstream: StatusCode) -> StatusCode {
    if upstream == StatusCode::GATEWAY_TIMEOUT {
        return StatusCode::$other;
    }
    match upstream {
        StatusCode::CONFLICT => StatusCode::$other,
        _ if id == $i => StatusCode::$other,
        _ => StatusCode::$ok,
    }
}

RUST
        done
    } > "$dir/src/lib.rs"
}

rebuild() { # crate dir
    touch "$1/src/lib.rs"
    local TIMEFORMAT='%R %U %S' t
    t=$( { time cargo "$mode" --offline --quiet --manifest-path "$1/Cargo.toml" 2>/dev/null; } 2>&1 )
    awk '{ printf "%.3f %.3f\n", $1, $2 + $3 }' <<<"$t"
}

generate "$work/by-hand" by-hand
generate "$work/checked" checked
for form in by-hand checked; do
    (cd "$work/$form" && cargo "$mode" --offline --quiet 2> "$work/$form.log") || {
        tail -n 40 "$work/$form.log" >&2
        echo "cargo $mode failed in $work/$form (whole log: $work/$form.log)" >&2
        exit 1
    }
done
: > "$work/by-hand.times"
: > "$work/checked.times"
for _ in $(seq 1 "$runs"); do
    rebuild "$work/by-hand" >> "$work/by-hand.times"
    rebuild "$work/checked" >> "$work/checked.times"
done
hw=$(cut -d' ' -f1 "$work/by-hand.times" | median)
hc=$(cut -d' ' -f2 "$work/by-hand.times" | median)
dw=$(cut -d' ' -f1 "$work/checked.times" | median)
dc=$(cut -d' ' -f2 "$work/checked.times" | median)
awk -v hw="$hw" -v hc="$hc" -v dw="$dw" -v dc="$dc" -v n="$runs" -v m="$mode" -v h="$handlers" 'BEGIN {
    printf "cargo %s of %d handlers naming their statuses in the body, median of %d rebuilds (CARGO_INCREMENTAL=0)\n", m, h, n
    printf "  by hand:     wall %.3fs  cpu %.3fs\n", hw, hc
    printf "  rest-status: wall %.3fs  cpu %.3fs\n", dw, dc
    printf "  ratio:       wall %.2fx  cpu %.2fx\n", dw / hw, dc / hc
}'
