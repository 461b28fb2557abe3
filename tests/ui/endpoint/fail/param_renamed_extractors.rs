use axum::extract::{Path as Segment, Query};
use axum::Json as Body;
use rest_status::response::NoContent;
use rest_status::rest_endpoint;

#[derive(serde::Deserialize)]
struct Patch {
    name: String,
}

#[derive(serde::Deserialize)]
struct Options {
    dry_run: bool,
}

/// Renamed imports are the same types: the compiler, not the name, says which
/// extractor a parameter is. `Query` answers 400, which PATCH allows.
#[rest_endpoint(method = "PATCH")]
async fn rename(
    Segment(id): Segment<u64>,
    Query(options): Query<Options>,
    Body(patch): Body<Patch>,
) -> NoContent {
    let _ = (id, options.dry_run, patch.name);
    NoContent
}

fn main() {}
