//! Renamed and bare imports must not make an allowed handler a refused one: the
//! compiler, not the name, says which type a path is.
use http::StatusCode as Code;
use rest_status::axum::{Json as Body, Path as Segment};
use rest_status::response::{Created, NoContent};
use rest_status::rest_endpoint;
use rest_status::Extended;
use rest_status::Strict as House;

#[derive(serde::Deserialize)]
struct Item {
    name: String,
}

/// A built-in policy imported bare: checked as a policy given by path, and HEAD with
/// 204 is allowed under `Extended`.
#[rest_endpoint(method = "HEAD", policy = Extended)]
async fn exists(Segment(id): Segment<u64>) -> NoContent {
    let _ = id;
    NoContent
}

/// A built-in policy under another name; rest-status's `Json` answers 400, which a
/// POST may return under `Strict`.
#[rest_endpoint(method = "POST", policy = House)]
async fn create(Body(item): Body<Item>) -> Created<()> {
    let _ = item.name;
    Created::new(())
}

/// `StatusCode` renamed: the body's `Code::NO_CONTENT` is not read as a status, and
/// `statuses(...)` speaks for it.
#[rest_endpoint(method = "DELETE", statuses(204))]
async fn remove() -> Code {
    Code::NO_CONTENT
}

fn main() {
    let _ = (exists, create, remove);
}
