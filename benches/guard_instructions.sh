#!/usr/bin/env bash
# Instructions per request through the axum router with and without the guard, and
# their ratios, counted by callgrind: unlike a time, the count does not move with the
# machine's load. Needs valgrind (`apt-get install valgrind`).
#
#   benches/guard_instructions.sh [requests=20000]
#
# Builds `benches/guard_ratio.rs` with the bench profile, then for each service and
# route runs `guard_ratio count SERVICE PATH REQUESTS` under
# `valgrind --tool=callgrind --toggle-collect=guard_ratio::measured`: only the
# measured requests are counted (after a warm-up), and the count is divided by their
# number. The target is at most 1.03 for the guard against the same service without
# it: around the whole router against the bare router, and under `Router::layer`
# against tower's `Identity` layer applied the same way (axum boxes each route for any
# layer; that cost is axum's, and `layer / bare` shows it).
set -euo pipefail
shopt -s inherit_errexit
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
requests="${1:-20000}"

if ! command -v valgrind >/dev/null; then
    echo "benches/guard_instructions.sh needs valgrind (apt-get install valgrind)" >&2
    exit 1
fi

exe="$(cargo bench --bench guard_ratio --no-run --message-format=json 2>/dev/null |
    grep '"name":"guard_ratio"' |
    sed -n 's/.*"executable":"\([^"]*\)".*/\1/p' | tail -n 1)"
if [[ -z "$exe" ]]; then
    cargo bench --bench guard_ratio --no-run # shows the build error
    exit 1
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

services=(bare map around identity layer)
paths=(/hello /invoices/42)
declare -A per_request
for path in "${paths[@]}"; do
    for service in "${services[@]}"; do
        valgrind --tool=callgrind --callgrind-out-file="$work/out" \
            --toggle-collect='guard_ratio::measured' \
            "$exe" count "$service" "$path" "$requests" 2>"$work/log" ||
            { cat "$work/log" >&2; exit 1; }
        total="$(sed -n 's/^totals: *//p' "$work/out")"
        per_request[$service$path]="$(awk -v t="$total" -v n="$requests" 'BEGIN { printf "%.1f", t / n }')"
    done
done

echo "instructions per request ($requests requests each; $(rustc --version))"
echo
printf '%-14s' route
printf '%12s' "${services[@]}"
echo
for path in "${paths[@]}"; do
    printf '%-14s' "$path"
    for service in "${services[@]}"; do
        printf '%12s' "${per_request[$service$path]}"
    done
    echo
done

# ratio NAME A B [LIMIT]: prints A/B, against the target A/B <= LIMIT when given.
failed=0
ratio() {
    awk -v name="$1" -v a="$2" -v b="$3" -v limit="${4:-}" 'BEGIN {
        r = a / b
        if (limit == "") { printf "%-36s %6.4f\n", name, r; exit 0 }
        printf "%-36s %6.4f  (<= %s) %s\n", name, r, limit, (r <= limit ? "met" : "MISSED")
        exit (r <= limit ? 0 : 1)
    }' || failed=1
}
echo
for path in "${paths[@]}"; do
    ratio "$path map / bare" "${per_request[map$path]}" "${per_request[bare$path]}"
    ratio "$path around / bare" "${per_request[around$path]}" "${per_request[bare$path]}" 1.03
    ratio "$path layer / identity" "${per_request[layer$path]}" "${per_request[identity$path]}" 1.03
    ratio "$path layer / bare" "${per_request[layer$path]}" "${per_request[bare$path]}"
    ratio "$path identity / bare" "${per_request[identity$path]}" "${per_request[bare$path]}"
done
exit "$failed"
