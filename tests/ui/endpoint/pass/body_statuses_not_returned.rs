//! Every shape in which a body names a status without returning it. Each handler is a
//! DELETE, which may not return 404, whose body names `StatusCode::NOT_FOUND` and
//! returns 204: had the scan taken the name for a returned status, it would not compile.
#![allow(dead_code, clippy::all)]

use axum::http::StatusCode;
use rest_status::response::NoContent;
use rest_status::{rest_endpoint, RestError};

#[rest_endpoint(method = "DELETE")]
async fn equality(upstream: StatusCode) -> StatusCode {
    let missing = upstream == StatusCode::NOT_FOUND;
    let also = StatusCode::NOT_FOUND == upstream || http::StatusCode::NOT_FOUND != upstream;
    let _ = (missing, also);
    StatusCode::NO_CONTENT
}

#[rest_endpoint(method = "DELETE")]
async fn ordering(upstream: StatusCode) -> StatusCode {
    let _ = upstream >= StatusCode::NOT_FOUND && StatusCode::NOT_FOUND < upstream;
    StatusCode::NO_CONTENT
}

#[rest_endpoint(method = "DELETE")]
async fn match_patterns(upstream: StatusCode) -> StatusCode {
    match upstream {
        StatusCode::NOT_FOUND | StatusCode::GONE => StatusCode::NO_CONTENT,
        status if status == StatusCode::NOT_FOUND => StatusCode::NO_CONTENT,
        axum::http::StatusCode::NOT_FOUND => {
            StatusCode::NO_CONTENT
        }
        _ => StatusCode::NO_CONTENT,
    }
}

#[rest_endpoint(method = "DELETE")]
async fn let_patterns(upstream: Option<StatusCode>) -> StatusCode {
    if let Some(StatusCode::NOT_FOUND) = upstream {
        return StatusCode::NO_CONTENT;
    }
    let mut queue = vec![upstream];
    while let Some(Some(StatusCode::NOT_FOUND)) = queue.pop() {}
    let Some(StatusCode::NOT_FOUND) = upstream else {
        return StatusCode::NO_CONTENT;
    };
    StatusCode::NO_CONTENT
}

#[rest_endpoint(method = "DELETE")]
async fn macros(upstream: StatusCode) -> StatusCode {
    let _ = matches!(upstream, StatusCode::NOT_FOUND | StatusCode::GONE);
    debug_assert_ne!(upstream, StatusCode::NOT_FOUND);
    debug_assert!(upstream != StatusCode::NOT_FOUND);
    let text = format!("upstream said {}", StatusCode::NOT_FOUND);
    tracing::debug!(status = %StatusCode::NOT_FOUND, "{text}");
    StatusCode::NO_CONTENT
}

#[rest_endpoint(method = "DELETE")]
async fn references_and_accessors(upstream: StatusCode) -> StatusCode {
    let retry: Vec<StatusCode> = Vec::new();
    let _ = retry.contains(&StatusCode::NOT_FOUND);
    let _ = StatusCode::NOT_FOUND.as_u16();
    let _ = StatusCode::NOT_FOUND.canonical_reason();
    let _ = upstream;
    StatusCode::NO_CONTENT
}

#[rest_endpoint(method = "DELETE")]
async fn conditions_and_loops(upstream: StatusCode) -> StatusCode {
    if [StatusCode::NOT_FOUND, StatusCode::GONE].contains(&upstream) {
        return StatusCode::NO_CONTENT;
    }
    for _known in [StatusCode::NOT_FOUND] {}
    while upstream == StatusCode::NOT_FOUND {}
    match [StatusCode::NOT_FOUND] {
        _ => {}
    }
    StatusCode::NO_CONTENT
}

#[rest_endpoint(method = "DELETE")]
async fn nested_function(found: bool) -> StatusCode {
    /// Another function: it runs when called, and what it returns is not seen.
    fn legacy() -> StatusCode {
        StatusCode::NOT_FOUND
    }
    let _ = legacy;
    let _ = found;
    StatusCode::NO_CONTENT
}

#[derive(Debug, RestError)]
#[rest(status = 500)]
struct Upstream;

/// A return type whose statuses are all known is not read at all.
#[rest_endpoint(method = "DELETE")]
async fn typed(upstream: StatusCode) -> Result<NoContent, Upstream> {
    let expected = StatusCode::NOT_FOUND;
    if upstream != expected {
        return Err(Upstream);
    }
    Ok(NoContent)
}

fn main() {}
