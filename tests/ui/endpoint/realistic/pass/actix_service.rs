//! A small service written the way actix-web users write it, annotated handler by
//! handler; every one here compiles with the method alone, under `Strict`. (The two
//! that do not, a POST reading `web::Json` and a DELETE reading `web::Path`, are the
//! `actix_*` cases beside this folder.)
use std::sync::Mutex;

use actix_web::{web, App, HttpResponse};
use rest_status::response::NoContent;
use rest_status::{rest_endpoint, RestError};

#[derive(Clone, serde::Serialize)]
struct Item {
    id: u64,
    name: String,
    done: bool,
}

#[derive(Debug, thiserror::Error, RestError)]
enum ItemError {
    #[error("item {0} not found")]
    #[rest(status = 404, code = "item_not_found", message = "Item {0} was not found")]
    NotFound(u64),
    #[error("the store is poisoned")]
    #[rest(status = 500)]
    Storage,
}

struct Db(Mutex<Vec<Item>>);

/// GET /items — `web::Json` is 200.
#[rest_endpoint(method = "GET")]
async fn list_items(db: web::Data<Db>) -> Result<web::Json<Vec<Item>>, ItemError> {
    let items = db.0.lock().map_err(|_| ItemError::Storage)?;
    Ok(web::Json(items.clone()))
}

/// GET /items/{id} — `web::Path` answers 404, which GET allows.
#[rest_endpoint(method = "GET")]
async fn get_item(id: web::Path<u64>, db: web::Data<Db>) -> Result<web::Json<Item>, ItemError> {
    let id = id.into_inner();
    let items = db.0.lock().map_err(|_| ItemError::Storage)?;
    let item = items.iter().find(|item| item.id == id).cloned();
    item.map(web::Json).ok_or(ItemError::NotFound(id))
}

/// PUT /items/{id}/done
#[rest_endpoint(method = "PUT")]
async fn mark_done(id: web::Path<u64>, db: web::Data<Db>) -> Result<NoContent, ItemError> {
    let id = id.into_inner();
    let mut items = db.0.lock().map_err(|_| ItemError::Storage)?;
    let item = items
        .iter_mut()
        .find(|item| item.id == id)
        .ok_or(ItemError::NotFound(id))?;
    item.done = true;
    Ok(NoContent)
}

/// GET /health — an `HttpResponse` built with a status builder, and actix-web's own
/// routing attribute after `#[rest_endpoint]`.
#[rest_endpoint(method = "GET")]
#[actix_web::get("/health")]
async fn health() -> HttpResponse {
    HttpResponse::Ok().body("ok")
}

fn main() {
    let db = web::Data::new(Db(Mutex::new(Vec::new())));
    let _app = App::new()
        .app_data(db)
        .route("/items", web::get().to(list_items))
        .route("/items/{id}", web::get().to(get_item))
        .route("/items/{id}/done", web::put().to(mark_done))
        .service(health);
}
