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

# shellcheck source=benches/callgrind.sh
source benches/callgrind.sh
require_valgrind benches/guard_instructions.sh
exe="$(bench_executable guard_ratio)"

services=(bare map around identity layer)
paths=(/hello /invoices/42)
declare -A per_request
for path in "${paths[@]}"; do
    for service in "${services[@]}"; do
        per_request[$service$path]="$(instructions_per_call 'guard_ratio::measured' "$requests" \
            "$exe" count "$service" "$path" "$requests")"
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

echo
for path in "${paths[@]}"; do
    ratio "$path map / bare" "${per_request[map$path]}" "${per_request[bare$path]}"
    ratio "$path around / bare" "${per_request[around$path]}" "${per_request[bare$path]}" 1.03
    ratio "$path layer / identity" "${per_request[layer$path]}" "${per_request[identity$path]}" 1.03
    ratio "$path layer / bare" "${per_request[layer$path]}" "${per_request[bare$path]}"
    ratio "$path identity / bare" "${per_request[identity$path]}" "${per_request[bare$path]}"
done
exit "$ratio_missed"
