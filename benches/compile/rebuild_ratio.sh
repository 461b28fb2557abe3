#!/usr/bin/env bash
# What #[rest_endpoint] and #[derive(RestError)] add to a rebuild (issue 6, target 2).
#
# Generates one service crate in two forms: 300 handlers and 60 six-variant error
# enums written by hand (status match, code match, Display for the message, a serde
# struct for the body), and the same crate with #[rest_endpoint] on every handler and
# #[derive(RestError)] in place of the hand-written status and body code. Builds the
# dependencies once, then rebuilds each crate alone, alternating between the two forms
# (CARGO_INCREMENTAL=0, so every rebuild does the whole crate's work), and prints the
# medians of wall and CPU time and their ratios.
#
#   benches/compile/rebuild_ratio.sh [runs=7] [handlers=300] [enums=60]
#
# MODE=check times `cargo check` instead of `cargo build`.
set -euo pipefail
shopt -s inherit_errexit
root="$(cd "$(dirname "$0")/../.." && pwd)"
runs="${1:-7}"
handlers="${2:-300}"
enums="${3:-60}"
mode="${MODE:-build}"
work="$root/target/bench-rebuild-ratio"
mkdir -p "$work"
export CARGO_TARGET_DIR="$work/target" CARGO_INCREMENTAL=0

methods=(GET POST PUT PATCH DELETE)

# The variants of an error enum for a method, one per line:
# name | fields | status | code | message. Each method's enum only holds statuses the
# method may return under Strict, so that the checked form compiles.
variants() {
    case "$1" in
    GET) cat <<'V'
NotFound|{ id: u64 }|404|invoice_not_found|Invoice {id} was not found
Missing|(String)|404|item_not_found|Item {0} was not found
Unauthorized||401||
Forbidden|{ user: String }|403|forbidden|User {user} may not read this
Storage|(std::io::Error)|500||
Unavailable||500||
V
    ;;
    POST) cat <<'V'
Invalid|(String)|400|invalid_field|Field {0} is invalid
TooLarge|{ size: u64, limit: u64 }|400|too_large|Size {size} is over the limit of {limit}
Unauthorized||401||
Forbidden|{ user: String }|403|forbidden|User {user} may not create this
Storage|(std::io::Error)|500||
Unavailable||500||
V
    ;;
    PUT|PATCH) cat <<'V'
NotFound|{ id: u64 }|404|invoice_not_found|Invoice {id} was not found
Invalid|(String)|400|invalid_field|Field {0} is invalid
Unauthorized||401||
Forbidden|{ user: String }|403|forbidden|User {user} may not change this
Storage|(std::io::Error)|500||
Unavailable||500||
V
    ;;
    DELETE) cat <<'V'
Locked|{ id: u64 }|403|locked|Invoice {id} is locked
Denied|(String)|403|denied|Deleting {0} is denied
Unauthorized||401||
Forbidden|{ user: String }|403|forbidden|User {user} may not delete this
Storage|(std::io::Error)|500||
Unavailable||500||
V
    ;;
    esac
}

reason() { case "$1" in 400) echo "Bad Request" ;; 401) echo Unauthorized ;; 403) echo Forbidden ;; 404) echo "Not Found" ;; *) echo "Internal Server Error" ;; esac; }
status_const() { case "$1" in 400) echo BAD_REQUEST ;; 401) echo UNAUTHORIZED ;; 403) echo FORBIDDEN ;; 404) echo NOT_FOUND ;; *) echo INTERNAL_SERVER_ERROR ;; esac; }
snake() { sed -E 's/([a-z0-9])([A-Z])/\1_\2/g' <<<"$1" | tr '[:upper:]' '[:lower:]'; }

# `{ id, .. }` / `(v0, ..)`-style patterns that bind what the message names.
pattern() { # fields, message
    local fields="$1" message="$2"
    case "$fields" in
    "") echo "" ;;
    "("*) if [[ "$message" == *"{0}"* ]]; then echo "(v0)"; else echo "(..)"; fi ;;
    *) local names
       names=$(grep -o '{[a-z]*}' <<<"$message" | tr -d '{}' | paste -sd, - || true)
       if [ -n "$names" ]; then echo "{ $names, .. }"; else echo "{ .. }"; fi ;;
    esac
}

enum_by_hand() { # name, method
    local name="$1" method="$2" v f s c m
    echo "#[derive(Debug)]"
    echo "pub enum $name {"
    while IFS='|' read -r v f s c m; do echo "    $v$([ -n "$f" ] && echo " $f"),"; done < <(variants "$method")
    echo "}"
    echo "impl $name {"
    echo "    pub fn status(&self) -> http::StatusCode {"
    echo "        match self {"
    while IFS='|' read -r v f s c m; do
        echo "            $name::$v$(pattern "$f" "") => http::StatusCode::$(status_const "$s"),"
    done < <(variants "$method")
    echo "        }"
    echo "    }"
    echo "    pub fn code(&self) -> &'static str {"
    echo "        match self {"
    while IFS='|' read -r v f s c m; do
        if [ "$s" -ge 500 ]; then c=internal_error; elif [ -z "$c" ]; then c=$(snake "$v"); fi
        echo "            $name::$v$(pattern "$f" "") => \"$c\","
    done < <(variants "$method")
    echo "        }"
    echo "    }"
    echo "    pub fn body(&self) -> Vec<u8> {"
    echo "        let message = self.to_string();"
    echo "        let body = ErrorBody { errors: [ErrorItem { code: self.code(), message: &message }] };"
    echo "        serde_json::to_vec(&body).unwrap_or_default()"
    echo "    }"
    echo "}"
    echo "impl std::fmt::Display for $name {"
    echo "    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {"
    echo "        match self {"
    while IFS='|' read -r v f s c m; do
        if [ -z "$m" ] || [ "$s" -ge 500 ]; then
            echo "            $name::$v$(pattern "$f" "") => f.write_str(\"$(reason "$s")\"),"
        else
            local p; p=$(pattern "$f" "$m")
            echo "            $name::$v$p => write!(f, \"${m//\{0\}/\{v0\}}\"),"
        fi
    done < <(variants "$method")
    echo "        }"
    echo "    }"
    echo "}"
}

enum_derived() { # name, method
    local name="$1" method="$2" v f s c m opts
    echo "#[derive(Debug, RestError)]"
    echo "pub enum $name {"
    while IFS='|' read -r v f s c m; do
        opts="status = $s"
        [ -n "$c" ] && opts="$opts, code = \"$c\""
        [ -n "$m" ] && opts="$opts, message = \"$m\""
        echo "    #[rest($opts)]"
        echo "    $v$([ -n "$f" ] && echo " $f"),"
    done < <(variants "$method")
    echo "}"
}

generate() { # $1 = crate dir, $2 = "derived" | "by-hand"
    local dir="$1" form="$2" i k e method success
    mkdir -p "$dir/src"
    cp "$root/Cargo.lock" "$dir/Cargo.lock"
    cat > "$dir/Cargo.toml" <<TOML
[package]
name = "bench-${form}"
version = "0.0.0"
edition = "2021"
publish = false

[dependencies]
rest-status = { path = "$root" }
http = "1"
serde = { version = "1", features = ["derive"] }
serde_json = "1"

[workspace]
TOML
    {
        echo '#![allow(dead_code)]'
        if [ "$form" = derived ]; then
            echo 'use rest_status::response::{self, Created, NoContent};'
            echo 'use rest_status::{rest_endpoint, RestError};'
        else
            cat <<'RUST'
#[derive(serde::Serialize)]
struct ErrorBody<'a> {
    errors: [ErrorItem<'a>; 1],
}
#[derive(serde::Serialize)]
struct ErrorItem<'a> {
    code: &'static str,
    message: &'a str,
}
RUST
        fi
        for k in $(seq 0 $((enums - 1))); do
            method=${methods[$((k % 5))]}
            if [ "$form" = derived ]; then enum_derived "E$k" "$method"; else enum_by_hand "E$k" "$method"; fi
            echo
        done
        for i in $(seq 0 $((handlers - 1))); do
            k=$((i % enums))
            method=${methods[$((k % 5))]}
            if [ "$form" = derived ]; then
                case $method in
                GET|PUT|PATCH) success="response::Ok<u64>"; e="response::Ok(id + $i)" ;;
                POST) success="Created<u64>"; e="Created::new(id + $i)" ;;
                DELETE) success="NoContent"; e="NoContent" ;;
                esac
                echo "#[rest_endpoint(method = \"$method\")]"
            else
                case $method in
                GET|PUT|PATCH|POST) success="u64"; e="id + $i" ;;
                DELETE) success="()"; e="()" ;;
                esac
            fi
            cat <<RUST
pub async fn h$i(id: u64, user: &str) -> Result<$success, E$k> {
    if user.is_empty() {
        return Err(E$k::Unauthorized);
    }
    if id == 0 {
        return Err(E$k::Unavailable);
    }
    Ok($e)
}

RUST
        done
    } > "$dir/src/lib.rs"
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

# One rebuild of the crate alone: "wall cpu" in seconds (cpu = user + sys of cargo and
# everything it ran, which other load on the machine changes less than wall time).
rebuild() { # crate dir
    touch "$1/src/lib.rs"
    local TIMEFORMAT='%R %U %S' t
    t=$( { time cargo "$mode" --offline --quiet --manifest-path "$1/Cargo.toml" 2>/dev/null; } 2>&1 )
    awk '{ printf "%.3f %.3f\n", $1, $2 + $3 }' <<<"$t"
}

generate "$work/by-hand" by-hand
generate "$work/derived" derived
for form in by-hand derived; do
    # Dependencies and a warm file cache. A build that fails would time the errors.
    (cd "$work/$form" && cargo "$mode" --offline --quiet 2> "$work/$form.log") || {
        tail -n 40 "$work/$form.log" >&2
        echo "cargo $mode failed in $work/$form (whole log: $work/$form.log)" >&2
        exit 1
    }
done
: > "$work/by-hand.times"
: > "$work/derived.times"
for _ in $(seq 1 "$runs"); do
    rebuild "$work/by-hand" >> "$work/by-hand.times"
    rebuild "$work/derived" >> "$work/derived.times"
done
hw=$(cut -d' ' -f1 "$work/by-hand.times" | median)
hc=$(cut -d' ' -f2 "$work/by-hand.times" | median)
dw=$(cut -d' ' -f1 "$work/derived.times" | median)
dc=$(cut -d' ' -f2 "$work/derived.times" | median)
awk -v hw="$hw" -v hc="$hc" -v dw="$dw" -v dc="$dc" -v n="$runs" -v m="$mode" -v h="$handlers" -v e="$enums" 'BEGIN {
    printf "cargo %s of %d handlers and %d enums, median of %d rebuilds (CARGO_INCREMENTAL=0)\n", m, h, e, n
    printf "  by hand:     wall %.3fs  cpu %.3fs\n", hw, hc
    printf "  rest-status: wall %.3fs  cpu %.3fs\n", dw, dc
    printf "  ratio:       wall %.2fx  cpu %.2fx\n", dw / hw, dc / hc
}'
