#!/usr/bin/env bash
# Instructions per call of one error body into a reused Vec<u8>, every way of writing
# it, and the ratios the run-time targets are stated in. Counted by callgrind, so the
# figures do not depend on the machine's load. Needs valgrind (`apt-get install valgrind`).
#
#   benches/instructions.sh [iterations=50000]
#
# Builds `benches/body_instructions.rs` with the bench profile (release), then for each
# case runs it under `valgrind --tool=callgrind --toggle-collect=<measured function>`:
# only that `#[inline(never)]` function and what it calls are counted, and the count is
# divided by the number of calls.
set -euo pipefail
shopt -s inherit_errexit
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
iterations="${1:-50000}"

if ! command -v valgrind >/dev/null; then
    echo "benches/instructions.sh needs valgrind (apt-get install valgrind)" >&2
    exit 1
fi

exe="$(cargo bench --bench body_instructions --no-run --message-format=json 2>/dev/null |
    grep '"name":"body_instructions"' |
    sed -n 's/.*"executable":"\([^"]*\)".*/\1/p' | tail -n 1)"
if [[ -z "$exe" ]]; then
    cargo bench --bench body_instructions --no-run # shows the build error
    exit 1
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# Checks that every writer gives the same bytes, and lists the cases.
"$exe" >"$work/cases"

declare -A per_call
while read -r case function; do
    valgrind --tool=callgrind --callgrind-out-file="$work/out" \
        --toggle-collect="body_instructions::bodies::$function" \
        "$exe" "$case" "$iterations" 2>"$work/log" ||
        { cat "$work/log" >&2; exit 1; }
    total="$(sed -n 's/^totals: *//p' "$work/out")"
    per_call[$case]="$(awk -v t="$total" -v n="$iterations" 'BEGIN { printf "%.1f", t / n }')"
done <"$work/cases"

echo "instructions per call ($iterations calls each; $(rustc --version))"
echo
printf '%-36s %12s\n' case instructions
while read -r case _; do
    printf '%-36s %12s\n' "$case" "${per_call[$case]}"
done <"$work/cases"

# ratio NAME A B LIMIT: prints A/B against the target A/B <= LIMIT.
failed=0
ratio() {
    awk -v name="$1" -v a="${per_call[$2]}" -v b="${per_call[$3]}" -v limit="$4" 'BEGIN {
        r = a / b
        printf "%-60s %5.2f  (<= %s) %s\n", name, r, limit, (r <= limit ? "met" : "MISSED")
        exit (r <= limit ? 0 : 1)
    }' || failed=1
}
# The issue's "hand-written serde struct" (about 1,650 instructions when it was filed)
# is `serde_struct_string`; `serde_struct_collect_str` is the same struct made as
# cheap as serde allows, so each target is also checked against it.
echo
echo "targets"
ratio "constant body: write_json / memcpy" constant/write_json constant/memcpy 2
ratio "constant body: write_body / memcpy" constant/write_body constant/memcpy 2
ratio "one field: write_json / serde struct" \
    one_field/write_json one_field/serde_struct_string 0.5
ratio "one field: write_body / serde struct" \
    one_field/write_body one_field/serde_struct_string 0.5
ratio "one field: write_json / serde struct (collect_str)" \
    one_field/write_json one_field/serde_struct_collect_str 0.5
ratio "one field: error_object / serde struct" \
    one_field/error_object one_field/serde_struct_string 1
ratio "one field: error_object / serde struct (collect_str)" \
    one_field/error_object one_field/serde_struct_collect_str 1
ratio "constant body: error_object / serde struct" \
    constant/error_object one_field/serde_struct_string 1
ratio "status(): derive / hand-written match" status/derive status/by_hand 1
echo
echo "for reference, not a target"
awk -v a="${per_call[constant/error_object]}" -v b="${per_call[constant/serde_struct]}" 'BEGIN {
    printf "%-60s %5.2f\n", "constant body: error_object / static serde struct", a / b
}'
exit "$failed"
