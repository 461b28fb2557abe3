#!/usr/bin/env bash
# What #[rest_endpoint] and #[derive(RestError)] add to a rebuild, for every handler
# shape users write.
#
# For each shape, generates one service crate in two forms: 300 handlers and 60
# six-variant error enums written by hand (status match, code match, Display for the
# message, a serde struct for the body), and its twin with #[rest_endpoint] on every
# handler and #[derive(RestError)] in place of the hand-written status and body code.
# The handlers are the same fns in both forms, but for the attribute and the typed
# responses of the checked form. Builds the dependencies once, then rebuilds each
# crate alone, alternating the two forms and `cargo build` / `cargo check` in one
# paired run (CARGO_INCREMENTAL=0, so every rebuild does the whole crate's work), then
# `cargo build` with incremental compilation (the default dev profile) after a touch.
# Prints the medians of CPU time (user + sys: other load on the machine moves it less
# than wall time) and their ratios.
#
#   benches/compile/rebuild_ratio.sh [runs=5] [handlers=300] [enums=60]
#
# MEASURE=instructions counts instead, once per form, the instructions of the crate's
# own `rustc` under `cargo check` (valgrind's callgrind, macros' runs included):
# deterministic where the times move by 10% from run to run, so it is what shows
# whether a change to the macros' output helped.
#
# SHAPES="typed declared" picks shapes (default: all):
#   typed     Result<response::Ok<u64>, E>: statuses from the types
#   declared  statuses(...) over a partly unknown return type: Result<Json<Item>, E>,
#             (StatusCode, Json<Item>), impl IntoResponse
#   body      statuses named in the body (return StatusCode::NOT_FOUND)
#   extract   extractor parameters: Path<u64>, Json<Item>
#   custom    policy = crate::ApiPolicy
#   default   the crate's default policy (default-policy = "Extended" in Cargo.toml)
#   mix       all of the above, in turn
set -euo pipefail
shopt -s inherit_errexit
. "$(dirname "$0")/common.sh"
root="$(cd "$(dirname "$0")/../.." && pwd)"
runs="${1:-5}"
handlers="${2:-300}"
enums="${3:-60}"
shapes="${SHAPES:-typed declared body extract custom default mix}"
work="$root/target/bench-rebuild-ratio"
mkdir -p "$work"
export CARGO_TARGET_DIR="$work/target"

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

# The handler `h$i` of `shape`, in `form`, for an error enum `E$k` of `method`.
handler() { # form, shape, i, k, method
    local form="$1" shape="$2" i="$3" k="$4" method="$5" success value attr=""
    if [ "$shape" = mix ]; then
        local all=(typed declared body extract custom default)
        shape=${all[$((i % 6))]}
    fi
    # What each method answers on success, typed (checked form) or plain.
    case $method in
    GET|PUT|PATCH) success="response::Ok<u64>"; value="response::Ok(id + $i)" ;;
    POST) success="Created<u64>"; value="Created::new(id + $i)" ;;
    DELETE) success="NoContent"; value="NoContent" ;;
    esac
    if [ "$form" = by-hand ]; then
        case $method in
        DELETE) success="()"; value="()" ;;
        *) success="u64"; value="id + $i" ;;
        esac
    fi
    local ok
    case $method in GET|PUT|PATCH|DELETE) ok=200 ;; POST) ok=201 ;; esac
    local declared
    case $method in
    GET) declared="200, 401, 403, 404, 500" ;;
    POST) declared="201, 400, 401, 403, 500" ;;
    PUT|PATCH) declared="200, 400, 401, 403, 404, 500" ;;
    DELETE) declared="200, 401, 403, 500" ;;
    esac
    case $shape in
    typed|extract|default) attr="method = \"$method\"" ;;
    custom) attr="method = \"$method\", policy = crate::ApiPolicy" ;;
    declared|body) attr="method = \"$method\", statuses($declared)" ;;
    esac
    [ "$form" = derived ] && echo "#[rest_endpoint($attr)]"
    case $shape in
    typed|custom|default) cat <<RUST
pub async fn h$i(id: u64, user: &str) -> Result<$success, E$k> {
    if user.is_empty() {
        return Err(E$k::Unauthorized);
    }
    if id == 0 {
        return Err(E$k::Unavailable);
    }
    Ok($value)
}

RUST
    ;;
    extract) cat <<RUST
pub async fn h$i(Path(id): Path<u64>, Json(item): Json<Item>) -> Result<$success, E$k> {
    if item.name.is_empty() {
        return Err(E$k::Unauthorized);
    }
    if id == 0 {
        return Err(E$k::Unavailable);
    }
    Ok($value)
}

RUST
    ;;
    declared) case $((i / 6 % 3)) in
        0) cat <<RUST
pub async fn h$i(id: u64, user: &str) -> Result<Json<Item>, E$k> {
    if user.is_empty() {
        return Err(E$k::Unauthorized);
    }
    if id == 0 {
        return Err(E$k::Unavailable);
    }
    Ok(Json(Item { id: id + $i, name: String::new() }))
}

RUST
        ;;
        1) cat <<RUST
pub async fn h$i(id: u64, user: &str) -> (StatusCode, Json<Item>) {
    if user.is_empty() {
        return (StatusCode::UNAUTHORIZED, Json(Item { id, name: String::new() }));
    }
    (StatusCode::from_u16($ok).unwrap(), Json(Item { id: id + $i, name: String::new() }))
}

RUST
        ;;
        2) cat <<RUST
pub async fn h$i(id: u64, user: &str) -> impl IntoResponse {
    if user.is_empty() {
        return Err(StatusCode::UNAUTHORIZED);
    }
    Ok(Json(Item { id: id + $i, name: String::new() }))
}

RUST
        ;;
        esac
    ;;
    body) cat <<RUST
pub async fn h$i(id: u64, user: &str) -> StatusCode {
    if user.is_empty() {
        return StatusCode::UNAUTHORIZED;
    }
    if id == 0 {
        return StatusCode::INTERNAL_SERVER_ERROR;
    }
    StatusCode::from_u16($ok).unwrap()
}

RUST
    ;;
    esac
}

generate() { # $1 = crate dir, $2 = "derived" | "by-hand", $3 = shape
    local dir="$1" form="$2" shape="$3" i k method
    mkdir -p "$dir/src"
    cp "$root/Cargo.lock" "$dir/Cargo.lock"
    local metadata=""
    if [ "$shape" = default ] || [ "$shape" = mix ]; then
        metadata=$'\n[package.metadata.rest-status]\ndefault-policy = "Extended"\n'
    fi
    cat > "$dir/Cargo.toml" <<TOML
[package]
name = "bench-${form}-${shape}"
version = "0.0.0"
edition = "2021"
publish = false
$metadata
[dependencies]
rest-status = { path = "$root" }
axum = { version = "0.8", default-features = false, features = ["json"] }
http = "1"
serde = { version = "1", features = ["derive"] }
serde_json = "1"

[workspace]
TOML
    {
        echo '#![allow(dead_code, unused_imports, unused_variables)]'
        echo 'use axum::extract::Path;'
        echo 'use axum::response::IntoResponse;'
        echo 'use axum::Json;'
        echo 'use http::StatusCode;'
        echo '#[derive(serde::Serialize, serde::Deserialize)]'
        echo 'pub struct Item { id: u64, name: String }'
        if [ "$form" = derived ]; then
            echo 'use rest_status::response::{self, Created, NoContent};'
            echo 'use rest_status::{rest_endpoint, RestError};'
            echo 'pub struct ApiPolicy;'
            echo 'impl rest_status::Policy for ApiPolicy {'
            echo '    const NAME: &'"'"'static str = "ApiPolicy";'
            echo '    const TABLE: rest_status::MethodTable = rest_status::Strict::TABLE;'
            echo '}'
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
            handler "$form" "$shape" "$i" "$k" "${methods[$((k % 5))]}"
        done
    } > "$dir/src/lib.rs"
}

# One rebuild of the crate alone: its CPU time in seconds (user + sys of cargo and
# everything it ran).
rebuild() { # cargo command, crate dir
    touch "$2/src/lib.rs"
    local TIMEFORMAT='%U %S' t
    t=$( { time cargo "$1" --offline --quiet --manifest-path "$2/Cargo.toml" 2>/dev/null; } 2>&1 )
    awk '{ printf "%.3f\n", $1 + $2 }' <<<"$t"
}

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2fx", a / b }'; }

# The instructions of the crate's `rustc` in one `cargo check`, in millions:
# RUSTC_WORKSPACE_WRAPPER wraps only the crate itself, not its dependencies, in
# callgrind.
instructions() { # crate dir
    local out="$work/callgrind.out"
    rm -f "$out"
    touch "$1/src/lib.rs"
    CALLGRIND_OUT="$out" RUSTC_WORKSPACE_WRAPPER="$work/callgrind-rustc" CARGO_INCREMENTAL=0 \
        CARGO_TARGET_DIR="$work/target0" cargo check --offline --quiet --manifest-path "$1/Cargo.toml"
    awk '/^totals:/ { printf "%.1f\n", $2 / 1e6 }' "$out"
}

if [ "${MEASURE:-time}" = instructions ]; then
    if ! command -v valgrind >/dev/null; then
        echo "MEASURE=instructions needs valgrind (apt-get install valgrind)" >&2
        exit 1
    fi
    cat > "$work/callgrind-rustc" <<'SH'
#!/bin/sh
case "$*" in
*"--crate-name bench_"*) exec valgrind --tool=callgrind --callgrind-out-file="$CALLGRIND_OUT" "$@" 2>/dev/null ;;
*) exec "$@" ;;
esac
SH
    chmod +x "$work/callgrind-rustc"
    echo "instructions (millions) of the crate's rustc in cargo check, $handlers handlers and $enums enums, by hand / rest-status (ratio)"
fi
if [ "${MEASURE:-time}" = time ]; then
    echo "median CPU seconds of $runs rebuilds, $handlers handlers and $enums enums, by hand / rest-status (ratio)"
    printf '%-9s %-28s %-28s %-28s\n' shape "build" "check" "build, incremental"
fi
for shape in $shapes; do
    for form in by-hand derived; do
        dir="$work/$shape/$form"
        generate "$dir" "$form" "$shape"
        # Dependencies and a warm file cache, both profiles. A build that fails would
        # time the errors.
        for inc in 0 1; do
            (cd "$dir" && CARGO_INCREMENTAL=$inc CARGO_TARGET_DIR="$work/target$inc" \
                cargo build --offline --quiet 2> "$dir.log" &&
                CARGO_INCREMENTAL=$inc CARGO_TARGET_DIR="$work/target$inc" \
                cargo check --offline --quiet 2>> "$dir.log") || {
                tail -n 40 "$dir.log" >&2
                echo "the $form crate of shape $shape does not build (whole log: $dir.log)" >&2
                exit 1
            }
        done
    done
    if [ "${MEASURE:-time}" = instructions ]; then
        h=$(instructions "$work/$shape/by-hand")
        d=$(instructions "$work/$shape/derived")
        printf '%-9s %s\n' "$shape" "$h / $d ($(awk -v a="$d" -v b="$h" 'BEGIN { printf "%.3fx", a / b }'))"
        continue
    fi
    declare -A times=()
    for _ in $(seq 1 "$runs"); do
        for form in by-hand derived; do
            dir="$work/$shape/$form"
            times[$form.build]+="$(CARGO_INCREMENTAL=0 CARGO_TARGET_DIR="$work/target0" rebuild build "$dir") "
            times[$form.check]+="$(CARGO_INCREMENTAL=0 CARGO_TARGET_DIR="$work/target0" rebuild check "$dir") "
            times[$form.incremental]+="$(CARGO_INCREMENTAL=1 CARGO_TARGET_DIR="$work/target1" rebuild build "$dir") "
        done
    done
    line=""
    for what in build check incremental; do
        h=$(tr ' ' '\n' <<<"${times[by-hand.$what]}" | grep . | median)
        d=$(tr ' ' '\n' <<<"${times[derived.$what]}" | grep . | median)
        line+=$(printf '%-28s ' "$h / $d ($(ratio "$d" "$h"))")
    done
    printf '%-9s %s\n' "$shape" "$line"
    unset times
done
