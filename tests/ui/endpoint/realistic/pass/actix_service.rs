//! A small service written the way actix-web users write it, annotated handler by
//! handler; every one compiles with its method alone, under `Extended`: actix-web's
//! extractors, configured with rest-status's error handlers, answer 400, which
//! `Strict` does not allow a GET or a DELETE. (The violations seeded into it are the
//! `actix_*` cases beside this folder.)
use std::sync::Mutex;

use actix_web::{web, App, HttpResponse};
use rest_status::response::NoContent;
use rest_status::{rest_endpoint, Extended, RestError};

#[derive(serde::Deserialize)]
struct NewItem {
    name: String,
}

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
#[rest_endpoint(method = "GET", policy = Extended)]
async fn list_items(db: web::Data<Db>) -> Result<web::Json<Vec<Item>>, ItemError> {
    let items = db.0.lock().map_err(|_| ItemError::Storage)?;
    Ok(web::Json(items.clone()))
}

/// GET /items/{id}
#[rest_endpoint(method = "GET", policy = Extended)]
async fn get_item(id: web::Path<u64>, db: web::Data<Db>) -> Result<web::Json<Item>, ItemError> {
    let id = id.into_inner();
    let items = db.0.lock().map_err(|_| ItemError::Storage)?;
    let item = items.iter().find(|item| item.id == id).cloned();
    item.map(web::Json).ok_or(ItemError::NotFound(id))
}

/// POST /items — a status builder names 201.
#[rest_endpoint(method = "POST", policy = Extended)]
async fn create_item(new: web::Json<NewItem>, db: web::Data<Db>) -> HttpResponse {
    let Ok(mut items) = db.0.lock() else {
        return HttpResponse::InternalServerError().finish();
    };
    let item = Item {
        id: items.len() as u64 + 1,
        name: new.into_inner().name,
        done: false,
    };
    items.push(item.clone());
    HttpResponse::Created().json(item)
}

/// DELETE /items/{id} — 204 whether or not the item was there.
#[rest_endpoint(method = "DELETE", policy = Extended)]
async fn delete_item(id: web::Path<u64>, db: web::Data<Db>) -> NoContent {
    let id = id.into_inner();
    let mut items = db.0.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
    items.retain(|item| item.id != id);
    NoContent
}

/// PUT /items/{id}/done
#[rest_endpoint(method = "PUT", policy = Extended)]
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
#[rest_endpoint(method = "GET", policy = Extended)]
#[actix_web::get("/health")]
async fn health() -> HttpResponse {
    HttpResponse::Ok().body("ok")
}

fn main() {
    let db = web::Data::new(Db(Mutex::new(Vec::new())));
    let _app = App::new()
        .app_data(db)
        .route("/items", web::get().to(list_items))
        .route("/items", web::post().to(create_item))
        .route("/items/{id}", web::delete().to(delete_item))
        .route("/items/{id}", web::get().to(get_item))
        .route("/items/{id}/done", web::put().to(mark_done))
        .service(health);
}
