//! Seeded from the actix-web service: a POST answering 200 with the created item.
use actix_web::{web, HttpResponse};
use rest_status::rest_endpoint;

#[derive(serde::Deserialize, serde::Serialize)]
struct Item {
    name: String,
}

#[rest_endpoint(method = "POST")]
async fn create_item(item: web::Json<Item>) -> HttpResponse {
    HttpResponse::Ok().json(item.into_inner())
}

fn main() {}
