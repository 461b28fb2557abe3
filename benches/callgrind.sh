# Sourced by `benches/instructions.sh` and `benches/guard_instructions.sh`, not run:
# what both do to count instructions under callgrind. Expects `set -euo pipefail`
# and to be in the workspace's root.

# require_valgrind SCRIPT: stops SCRIPT, saying what to install, where valgrind is
# missing.
require_valgrind() {
    if ! command -v valgrind >/dev/null; then
        echo "$1 needs valgrind (apt-get install valgrind)" >&2
        exit 1
    fi
}

# bench_executable NAME: builds the bench target NAME with the bench profile
# (release) and prints its executable's path; where it does not build, shows the
# build's errors and fails.
bench_executable() {
    local exe
    exe="$(cargo bench --bench "$1" --no-run --message-format=json 2>/dev/null |
        grep "\"name\":\"$1\"" |
        sed -n 's/.*"executable":"\([^"]*\)".*/\1/p' | tail -n 1)" || true
    if [[ -z "$exe" ]]; then
        cargo bench --bench "$1" --no-run >&2 # shows the build error
        exit 1
    fi
    echo "$exe"
}

# A folder for the counts and logs, removed on exit; a script may keep files of its
# own in it too.
callgrind_work="$(mktemp -d)"
trap 'rm -rf "$callgrind_work"' EXIT

# instructions_per_call FUNCTION CALLS COMMAND...: runs COMMAND under callgrind
# counting only FUNCTION (a `--toggle-collect` pattern) and what it calls, and prints
# the count divided by CALLS, to a tenth. What COMMAND and valgrind write is shown
# only where it fails.
instructions_per_call() {
    local function="$1" calls="$2" total
    shift 2
    valgrind --tool=callgrind --callgrind-out-file="$callgrind_work/out" \
        --toggle-collect="$function" "$@" >"$callgrind_work/log" 2>&1 ||
        { cat "$callgrind_work/log" >&2; exit 1; }
    total="$(sed -n 's/^totals: *//p' "$callgrind_work/out")"
    awk -v t="$total" -v n="$calls" 'BEGIN { printf "%.1f", t / n }'
}

# ratio NAME A B [LIMIT]: prints A/B, and against the target A/B <= LIMIT when
# LIMIT is given; a missed target sets `ratio_missed` to 1, for the script's exit
# status.
ratio_missed=0
ratio() {
    awk -v name="$1" -v a="$2" -v b="$3" -v limit="${4:-}" 'BEGIN {
        r = a / b
        if (limit == "") { printf "%-52s %6.4f\n", name, r; exit 0 }
        printf "%-52s %6.4f  (<= %s) %s\n", name, r, limit, (r <= limit ? "met" : "MISSED")
        exit (r <= limit ? 0 : 1)
    }' || ratio_missed=1
}
