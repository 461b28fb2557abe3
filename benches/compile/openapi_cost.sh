#!/usr/bin/env bash
# What the `utoipa` feature costs a crate's clean debug build.
#
# Three copies of one small service crate with a derived error and a typed handler:
#   without_utoipa  rest-status, no OpenAPI at all;
#   utoipa_only     rest-status and utoipa (with its macros, deriving `ToSchema`), as a
#                   crate that documents its API by hand has them;
#   with_feature    the same, with rest-status's `utoipa` feature on.
# The last two differ only by the feature: that is its own cost. Each crate is built
# from scratch (its own target directory) RUNS times; the medians are printed.
# Dependencies are fetched first, so the timings are compile time only.
#
#   benches/compile/openapi_cost.sh [RUNS]      (default 3)
set -euo pipefail
runs=${1:-3}
repo=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
. "$(dirname "$0")/common.sh"

make_crate() { # name, dependency lines, whether the source uses utoipa
    write_manifest "$1" "http = \"1\"
serde = { version = \"1\", features = [\"derive\"] }
thiserror = \"2\"
$2"
    cat > "$work/$1/src/lib.rs" <<'RS'
use rest_status::response::{self, Created, NoContent};
use rest_status::{rest_endpoint, RestError};

#[derive(Debug, serde::Serialize)]
#[cfg_attr(feature_utoipa, derive(utoipa::ToSchema))]
pub struct Invoice { pub id: u64, pub customer: String }

#[derive(Debug, thiserror::Error, RestError)]
pub enum ReadError {
    #[error("invoice {id} not found")]
    #[rest(status = 404, code = "invoice_not_found", message = "Invoice {id} was not found")]
    NotFound { id: u64 },
    #[error(transparent)]
    #[rest(status = 500)]
    Storage(#[from] std::io::Error),
}

#[derive(Debug, thiserror::Error, RestError)]
pub enum CreateError {
    #[error("field {0} is invalid")]
    #[rest(status = 400, message = "Field {0} is invalid")]
    InvalidField(String),
    #[error("the body is no invoice")]
    #[rest(status = 400, code = "invalid_body")]
    InvalidBody,
}

#[derive(Debug, thiserror::Error, RestError)]
#[rest(status = 500)]
#[error("storage failed")]
pub struct DeleteError;

#[rest_endpoint(method = "GET")]
pub async fn get_invoice(id: u64) -> Result<response::Ok<Invoice>, ReadError> {
    Err(ReadError::NotFound { id })
}

#[rest_endpoint(method = "POST")]
pub async fn create_invoice(customer: String) -> Result<Created<Invoice>, CreateError> {
    Ok(Created::at("/invoices/1", Invoice { id: 1, customer }))
}

#[rest_endpoint(method = "DELETE")]
pub async fn delete_invoice(id: u64) -> Result<NoContent, DeleteError> {
    let _ = id;
    Ok(NoContent)
}
RS
    if [ "$3" = yes ]; then
        sed -i 's/cfg_attr(feature_utoipa, \(.*\))\]$/\1]/' "$work/$1/src/lib.rs"
    else
        sed -i '/cfg_attr(feature_utoipa/d' "$work/$1/src/lib.rs"
    fi
    # Share the repository's lock file so the crates build the same versions.
    cp "$repo/Cargo.lock" "$work/$1/Cargo.lock" 2>/dev/null || true
}

utoipa='utoipa = { version = "5", default-features = false, features = ["macros"] }'
make_crate without_utoipa "rest-status = { path = \"$repo\" }" no
make_crate utoipa_only "rest-status = { path = \"$repo\" }
$utoipa" yes
make_crate with_feature "rest-status = { path = \"$repo\", features = [\"utoipa\"] }
$utoipa" yes

none=$(time_clean_build without_utoipa)
only=$(time_clean_build utoipa_only)
with=$(time_clean_build with_feature)
echo "clean debug build, median of $runs:"
echo "  rest-status without utoipa:          ${none}s"
echo "  + utoipa (macros, ToSchema):          ${only}s"
echo "  + rest-status's utoipa feature:       ${with}s ($(awk -v w="$with" -v o="$only" 'BEGIN { printf "%+.3f", w - o }')s, ratio $(awk -v w="$with" -v o="$only" 'BEGIN { printf "%.3f", w / o }'))"
