//! A small CRUD service written the way axum users write it: `Json` in and out, tuples,
//! `impl IntoResponse`, `?` with a derived error, `State`, `Path`, `Query`, a `Router`.
//! Every handler carries `#[rest_endpoint]`; those marked `statuses(...)` are the ones
//! that do not compile with the method alone (see each one's comment).
//!
//! The service uses `Extended`: `Strict` has no 400 for GET and DELETE, so no GET or
//! DELETE handler can take axum's `Path` or `Query` under it (they answer 400 to a
//! request they cannot read). A crate chooses its policy once, in `Cargo.toml`; this
//! file lives in the root package's tests, whose default is `Strict`, so each handler
//! names it.

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};

use axum::extract::{FromRequest, Path, Query, Request, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use rest_status::response::NoContent;
use rest_status::{rest_endpoint, Rejections, RestError, StatusSet};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct Item {
    pub id: u64,
    pub name: String,
    pub done: bool,
}

#[derive(Deserialize)]
pub struct NewItem {
    pub name: String,
}

#[derive(Deserialize)]
pub struct ItemPatch {
    pub name: Option<String>,
    pub done: Option<bool>,
}

#[derive(Deserialize)]
pub struct Page {
    pub offset: Option<usize>,
    pub limit: Option<usize>,
}

#[derive(Deserialize)]
pub struct Search {
    pub name: String,
}

/// What reading or changing an item can go wrong with.
#[derive(Debug, thiserror::Error, RestError)]
pub enum ItemError {
    #[error("item {0} not found")]
    #[rest(
        status = 404,
        code = "item_not_found",
        message = "Item {0} was not found"
    )]
    NotFound(u64),
    #[error("the name is empty")]
    #[rest(
        status = 400,
        code = "empty_name",
        message = "The name must not be empty"
    )]
    EmptyName,
    #[error("the store is poisoned")]
    #[rest(status = 500)]
    Storage,
}

/// What creating an item can go wrong with: a POST never answers 404.
#[derive(Debug, thiserror::Error, RestError)]
pub enum CreateError {
    #[error("the name is empty")]
    #[rest(
        status = 400,
        code = "empty_name",
        message = "The name must not be empty"
    )]
    EmptyName,
    #[error("the store is poisoned")]
    #[rest(status = 500)]
    Storage,
}

#[derive(Default)]
pub struct Store {
    next_id: u64,
    items: BTreeMap<u64, Item>,
}

pub type Db = Arc<Mutex<Store>>;

fn lock(db: &Db) -> Result<std::sync::MutexGuard<'_, Store>, ItemError> {
    db.lock().map_err(|_| ItemError::Storage)
}

/// Reads a JSON body as axum's `Json` does, and answers a request it cannot read with
/// 400 and an error object, where axum's answers 400, 413, 415 or 422 in plain text.
/// (What `rest_status::axum::Json` does; written here so this service stands alone.)
pub struct JsonBody<T>(pub T);

impl<S: Send + Sync, T: DeserializeOwned> FromRequest<S> for JsonBody<T> {
    type Rejection = (StatusCode, Json<serde_json::Value>);

    async fn from_request(request: Request, state: &S) -> Result<Self, Self::Rejection> {
        match Json::<T>::from_request(request, state).await {
            Ok(Json(value)) => Ok(JsonBody(value)),
            Err(rejection) => Err((
                StatusCode::BAD_REQUEST,
                Json(serde_json::json!({"errors": [{
                    "code": "invalid_body",
                    "message": rejection.body_text(),
                }]})),
            )),
        }
    }
}

impl<T> Rejections for JsonBody<T> {
    const REJECTIONS: StatusSet = StatusSet::of(&[400]);
}

/// GET /items?offset=&limit= — `Json<T>` is 200, `Query` rejects with 400.
#[rest_endpoint(method = "GET", policy = rest_status::Extended)]
pub async fn list_items(State(db): State<Db>, Query(page): Query<Page>) -> Json<Vec<Item>> {
    let store = db.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
    let items = store
        .items
        .values()
        .skip(page.offset.unwrap_or(0))
        .take(page.limit.unwrap_or(100))
        .cloned()
        .collect();
    Json(items)
}

/// GET /items/{id} — `?` with a derived error.
#[rest_endpoint(method = "GET", policy = rest_status::Extended)]
pub async fn get_item(State(db): State<Db>, Path(id): Path<u64>) -> Result<Json<Item>, ItemError> {
    let store = lock(&db)?;
    let item = store
        .items
        .get(&id)
        .cloned()
        .ok_or(ItemError::NotFound(id))?;
    Ok(Json(item))
}

/// POST /items — a tuple whose status the body names: 201.
#[rest_endpoint(method = "POST", policy = rest_status::Extended)]
pub async fn create_item(
    State(db): State<Db>,
    JsonBody(new): JsonBody<NewItem>,
) -> Result<(StatusCode, Json<Item>), CreateError> {
    if new.name.trim().is_empty() {
        return Err(CreateError::EmptyName);
    }
    let mut store = db.lock().map_err(|_| CreateError::Storage)?;
    store.next_id += 1;
    let item = Item {
        id: store.next_id,
        name: new.name,
        done: false,
    };
    store.items.insert(item.id, item.clone());
    Ok((StatusCode::CREATED, Json(item)))
}

/// PUT /items/{id} — replaces the item's name.
#[rest_endpoint(method = "PUT", policy = rest_status::Extended)]
pub async fn replace_item(
    State(db): State<Db>,
    Path(id): Path<u64>,
    JsonBody(new): JsonBody<NewItem>,
) -> Result<Json<Item>, ItemError> {
    if new.name.trim().is_empty() {
        return Err(ItemError::EmptyName);
    }
    let mut store = lock(&db)?;
    let item = store.items.get_mut(&id).ok_or(ItemError::NotFound(id))?;
    item.name = new.name;
    Ok(Json(item.clone()))
}

/// PATCH /items/{id} — `impl IntoResponse` hides the body's `Json`, and the body
/// names no status: this one needs `statuses(...)`.
#[rest_endpoint(method = "PATCH", statuses(200, 400, 404, 500), policy = rest_status::Extended)]
pub async fn update_item(
    State(db): State<Db>,
    Path(id): Path<u64>,
    JsonBody(patch): JsonBody<ItemPatch>,
) -> Result<impl IntoResponse, ItemError> {
    let mut store = lock(&db)?;
    let item = store.items.get_mut(&id).ok_or(ItemError::NotFound(id))?;
    if let Some(name) = patch.name {
        if name.trim().is_empty() {
            return Err(ItemError::EmptyName);
        }
        item.name = name;
    }
    if let Some(done) = patch.done {
        item.done = done;
    }
    Ok(Json(item.clone()))
}

/// DELETE /items/{id} — `StatusCode`, named in the body: 204 whether or not the item
/// was there, as the guideline asks.
#[rest_endpoint(method = "DELETE", policy = rest_status::Extended)]
pub async fn delete_item(State(db): State<Db>, Path(id): Path<u64>) -> StatusCode {
    let Ok(mut store) = db.lock() else {
        return StatusCode::INTERNAL_SERVER_ERROR;
    };
    store.items.remove(&id);
    StatusCode::NO_CONTENT
}

/// PUT /items/{id}/done — a typed response of rest-status.
#[rest_endpoint(method = "PUT", policy = rest_status::Extended)]
pub async fn mark_done(State(db): State<Db>, Path(id): Path<u64>) -> Result<NoContent, ItemError> {
    let mut store = lock(&db)?;
    let item = store.items.get_mut(&id).ok_or(ItemError::NotFound(id))?;
    item.done = true;
    Ok(NoContent)
}

/// GET /search?name= — `Response`, built in a `match`; the status the upstream-style
/// comparison names is not one it returns.
#[rest_endpoint(method = "GET", policy = rest_status::Extended)]
pub async fn search(State(db): State<Db>, Query(search): Query<Search>) -> Response {
    let store = db.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
    let found = store.items.values().find(|item| item.name == search.name);
    match found {
        Some(item) => (StatusCode::OK, Json(item.clone())).into_response(),
        None => StatusCode::NOT_FOUND.into_response(),
    }
}

/// GET /items/count — `Html` of text is 200.
#[rest_endpoint(method = "GET", policy = rest_status::Extended)]
pub async fn count(State(db): State<Db>) -> Html<String> {
    let store = db.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
    Html(format!("<p>{} items</p>", store.items.len()))
}

/// GET /health — a `&'static str` has no statuses rest-status knows of, and the body
/// names none: this one needs `statuses(...)`.
#[rest_endpoint(method = "GET", statuses(200), policy = rest_status::Extended)]
pub async fn health() -> &'static str {
    "ok"
}

/// The service.
pub fn router(db: Db) -> Router {
    Router::new()
        .route("/items", get(list_items).post(create_item))
        .route(
            "/items/{id}",
            get(get_item)
                .put(replace_item)
                .patch(update_item)
                .delete(delete_item),
        )
        .route("/items/{id}/done", axum::routing::put(mark_done))
        .route("/items/count", get(count))
        .route("/search", get(search))
        .route("/health", get(health))
        .with_state(db)
}
