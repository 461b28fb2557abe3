#!/usr/bin/env bash
# Instructions per request through the axum router and the actix-web app, with and
# without the guard, and their ratios, counted by callgrind: unlike a time, the count
# does not move with the machine's load. Needs valgrind (`apt-get install valgrind`).
#
#   benches/guard_instructions.sh [requests=20000]
#
# Builds `benches/guard_ratio.rs` with the bench profile, then for each service and
# route runs `guard_ratio count SERVICE PATH REQUESTS` under
# `valgrind --tool=callgrind --toggle-collect=guard_ratio::measured`: only the
# measured requests are counted (after a warm-up), and the count is divided by their
# number (`guard_ratio::measured_actix` for the actix-web app).
#
# These are costs per call in process, against the router alone with no HTTP server
# around it; the guard's target, at most 3% of a served route's throughput, is judged
# over sockets by `cargo bench --bench guard_load`. Here the ratios are compared with
# 1.03 all the same, the stricter figure: around the whole router against the bare
# router, under `Router::layer` against tower's `Identity` layer applied the same way
# (axum boxes each route for any layer; that cost is axum's, and `layer / bare` shows
# it), and `App::wrap(guard)` against the bare actix-web app.
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

for path in "${paths[@]}"; do
    for service in actix-bare actix-wrap; do
        per_request[$service$path]="$(instructions_per_call 'guard_ratio::measured_actix' "$requests" \
            "$exe" count "$service" "$path" "$requests")"
    done
done

echo "instructions per request ($requests requests each; $(rustc --version))"
echo
printf '%-14s' route
printf '%12s' "${services[@]}" actix-bare actix-wrap
echo
for path in "${paths[@]}"; do
    printf '%-14s' "$path"
    for service in "${services[@]}" actix-bare actix-wrap; do
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
    ratio "$path actix wrap / bare" "${per_request[actix-wrap$path]}" "${per_request[actix-bare$path]}" 1.03
done
exit "$ratio_missed"
