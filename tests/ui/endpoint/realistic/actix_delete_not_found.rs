//! Seeded from the actix-web service: DELETE answering 404 for an item not there.
use std::sync::Mutex;

use actix_web::{web, HttpResponse};
use rest_status::rest_endpoint;

struct Db(Mutex<Vec<u64>>);

#[rest_endpoint(method = "DELETE")]
async fn delete_item(id: web::Path<u64>, db: web::Data<Db>) -> HttpResponse {
    let id = id.into_inner();
    let mut items = db.0.lock().unwrap();
    let before = items.len();
    items.retain(|item| *item != id);
    if items.len() == before {
        return HttpResponse::NotFound().finish();
    }
    HttpResponse::NoContent().finish()
}

fn main() {}
