//! actix-web's extractors without rest-status's configuration, served on 127.0.0.1 and
//! sent requests they cannot read: the statuses they answer with are the ones the
//! `rest_endpoint` docs say the check does not see (it takes the extractors as
//! rest-status configures them, answering 400). (The actix-web service annotated handler
//! by handler is the UI case `tests/ui/endpoint/realistic/pass/actix_service.rs`.)
#![forbid(unsafe_code)]
#![cfg(feature = "actix-web")]

mod support;

use actix_web::{web, App, HttpResponse};
use rest_status::Rejections;
use serde::Deserialize;

#[derive(Deserialize)]
struct Body {
    #[allow(dead_code)]
    name: String,
}

fn serve() -> String {
    support::serve_actix(|| {
        App::new()
            .route(
                "/json",
                web::post().to(|_: web::Json<Body>| async { HttpResponse::NoContent().finish() }),
            )
            .route(
                "/form",
                web::post().to(|_: web::Form<Body>| async { HttpResponse::NoContent().finish() }),
            )
            .route(
                "/query",
                web::get().to(|_: web::Query<Body>| async { HttpResponse::NoContent().finish() }),
            )
            .route(
                "/path/{id}",
                web::get().to(|_: web::Path<u64>| async { HttpResponse::NoContent().finish() }),
            )
    })
}

async fn status(method: &str, url: &str, content_type: Option<&str>, body: Vec<u8>) -> u16 {
    let method = reqwest::Method::from_bytes(method.as_bytes()).unwrap();
    let mut request = reqwest::Client::new().request(method, url).body(body);
    if let Some(content_type) = content_type {
        request = request.header("content-type", content_type);
    }
    request
        .send()
        .await
        .expect("the server answers")
        .status()
        .as_u16()
}

#[tokio::test]
async fn unconfigured_actix_extractors_answer_what_the_docs_say_is_not_seen() {
    let base = serve();
    let json = Some("application/json");
    let large = vec![b'a'; 3 * 1024 * 1024];

    let answers = [
        status(
            "POST",
            &format!("{base}/json"),
            None,
            br#"{"name":"x"}"#.to_vec(),
        )
        .await,
        status("POST", &format!("{base}/json"), json, b"{".to_vec()).await,
        status(
            "POST",
            &format!("{base}/json"),
            json,
            br#"{"name":1}"#.to_vec(),
        )
        .await,
        status("POST", &format!("{base}/json"), json, large.clone()).await,
    ];
    assert_eq!(answers, [400, 400, 400, 413]);

    let form = Some("application/x-www-form-urlencoded");
    let answers = [
        status(
            "POST",
            &format!("{base}/form"),
            Some("text/plain"),
            b"name=x".to_vec(),
        )
        .await,
        status("POST", &format!("{base}/form"), form, b"other=x".to_vec()).await,
        status("POST", &format!("{base}/form"), form, large).await,
    ];
    assert_eq!(answers, [415, 400, 413]);

    let query = status("GET", &format!("{base}/query?other=1"), None, Vec::new()).await;
    assert_eq!(query, 400);
    let path = status("GET", &format!("{base}/path/abc"), None, Vec::new()).await;
    assert_eq!(path, 404);
    // The check takes each as configured by rest-status: 400 only.
    for rejections in [
        <web::Json<Body> as Rejections>::REJECTIONS,
        <web::Form<Body> as Rejections>::REJECTIONS,
        <web::Query<Body> as Rejections>::REJECTIONS,
        <web::Path<u64> as Rejections>::REJECTIONS,
    ] {
        assert_eq!(rejections.iter().collect::<Vec<_>>(), [400]);
    }
}
