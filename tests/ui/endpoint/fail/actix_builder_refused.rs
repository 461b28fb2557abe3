use actix_web::HttpResponse;
use rest_status::rest_endpoint;

/// actix-web's status builders are named statuses too.
#[rest_endpoint(method = "POST")]
async fn create_item(valid: bool) -> HttpResponse {
    if !valid {
        return HttpResponse::UnprocessableEntity().finish();
    }
    HttpResponse::Ok().json("created")
}

fn main() {}
