//! axum's and actix-web's types with a fixed status need no `statuses(...)`, tuples and
//! `impl IntoResponse` get theirs from the body, and parameters that are not known
//! extractors add nothing.
#![allow(dead_code)]

use axum::extract::{Extension, Path, Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{Html, IntoResponse};
use axum::Json;
use rest_status::{rest_endpoint, RestError};

#[derive(Clone, serde::Serialize, serde::Deserialize)]
struct Item {
    id: u64,
}

#[derive(Debug, RestError)]
enum ItemError {
    #[rest(status = 404)]
    NotFound,
    #[rest(status = 500)]
    Storage,
}

#[derive(Debug, RestError)]
enum CreateError {
    #[rest(status = 400)]
    Invalid,
}

#[derive(Clone)]
struct Db;

#[derive(serde::Deserialize)]
struct Options {
    verbose: bool,
}

#[rest_endpoint(method = "GET")]
async fn one_item(State(_db): State<Db>) -> Json<Item> {
    Json(Item { id: 1 })
}

#[rest_endpoint(method = "GET")]
async fn item_or_error(headers: HeaderMap) -> Result<Json<Item>, ItemError> {
    if headers.is_empty() {
        return Err(ItemError::NotFound);
    }
    Ok(Json(Item { id: 1 }))
}

#[rest_endpoint(method = "GET")]
async fn page(Extension(title): Extension<String>) -> Html<String> {
    Html(title)
}

#[rest_endpoint(method = "GET")]
async fn static_page() -> Html<&'static str> {
    Html("<p>hello</p>")
}

#[rest_endpoint(method = "POST")]
async fn create(Extension(_db): Extension<Db>) -> (StatusCode, Json<Item>) {
    (StatusCode::CREATED, Json(Item { id: 2 }))
}

#[rest_endpoint(method = "POST")]
async fn create_or_fail(ok: bool) -> Result<(StatusCode, Json<Item>), CreateError> {
    if !ok {
        return Err(CreateError::Invalid);
    }
    Ok((StatusCode::CREATED, Json(Item { id: 3 })))
}

/// `Query` answers 400 and `Path` 400 or 500, which PUT allows.
#[rest_endpoint(method = "PUT")]
async fn replace(Path(id): Path<u64>, Query(options): Query<Options>) -> impl IntoResponse {
    let _ = options.verbose;
    (StatusCode::OK, Json(Item { id }))
}

/// A type of one's own named `Json` is not axum's: it rejects nothing rest-status
/// knows of.
mod own {
    pub struct Json<T>(pub T);
}

#[rest_endpoint(method = "POST")]
async fn own_json(body: own::Json<Item>) -> (StatusCode, Json<Item>) {
    (StatusCode::CREATED, Json(body.0))
}

/// actix-web: `web::Json` is 200; `web::Path` rejects with 400, which `Extended`
/// allows for GET.
#[rest_endpoint(method = "GET", policy = rest_status::Extended)]
async fn actix_item(id: actix_web::web::Path<u64>) -> Result<actix_web::web::Json<Item>, ItemError> {
    Ok(actix_web::web::Json(Item { id: id.into_inner() }))
}

#[rest_endpoint(method = "POST")]
async fn actix_create(data: actix_web::web::Data<Db>) -> actix_web::HttpResponse {
    let _ = data;
    actix_web::HttpResponse::Created().json(Item { id: 4 })
}

fn main() {}
