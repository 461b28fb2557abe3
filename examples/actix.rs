//! The invoices API in small, on actix-web: derived errors are actix `ResponseError`s,
//! the typed responses `Responder`s, and every handler is checked while it compiles.
//! actix-web's extractors answer what they cannot read with 400 and the error object
//! (`rest_status::actix::extractors`), and the guard holds the whole app to
//! `Extended`, the policy the handlers that read an id are checked against.
//!
//! ```text
//! cargo run --example actix                              # scripted demo, then exits
//! cargo run --example actix -- --serve 127.0.0.1:3000    # keep serving, for curl
//! ```

#![forbid(unsafe_code)]

use std::collections::BTreeMap;
use std::sync::Mutex;

use actix_web::{web, App, HttpServer};
use rest_status::guard::Guard;
use rest_status::response::{self, Created, NoContent};
use rest_status::{rest_endpoint, Extended, RestError};
use serde::{Deserialize, Serialize};

#[derive(Clone, Serialize)]
struct Invoice {
    id: u64,
    customer: String,
}

#[derive(Deserialize)]
struct NewInvoice {
    customer: String,
}

#[derive(Default)]
pub struct Store(Mutex<BTreeMap<u64, Invoice>>);

impl Store {
    fn invoices(&self) -> std::sync::MutexGuard<'_, BTreeMap<u64, Invoice>> {
        self.0
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }
}

#[derive(Debug, thiserror::Error, RestError)]
enum ReadError {
    #[error("invoice {id} not found")]
    #[rest(
        status = 404,
        code = "invoice_not_found",
        message = "Invoice {id} was not found"
    )]
    NotFound { id: u64 },
}

#[derive(Debug, thiserror::Error, RestError)]
enum CreateError {
    #[error("customer is empty")]
    #[rest(
        status = 400,
        code = "invalid_field",
        message = "Field customer must not be empty"
    )]
    EmptyCustomer,
}

#[rest_endpoint(method = "GET", policy = Extended)]
async fn get_invoice(
    store: web::Data<Store>,
    id: web::Path<u64>,
) -> Result<response::Ok<Invoice>, ReadError> {
    let id = id.into_inner();
    let invoice = store.invoices().get(&id).cloned();
    invoice.map(response::Ok).ok_or(ReadError::NotFound { id })
}

#[rest_endpoint(method = "POST")]
async fn create_invoice(
    store: web::Data<Store>,
    new: web::Json<NewInvoice>,
) -> Result<Created<Invoice>, CreateError> {
    if new.customer.trim().is_empty() {
        return Err(CreateError::EmptyCustomer);
    }
    let mut invoices = store.invoices();
    let id = invoices.keys().next_back().map_or(1, |last| last + 1);
    let invoice = Invoice {
        id,
        customer: new.into_inner().customer,
    };
    invoices.insert(id, invoice.clone());
    Ok(Created::at(format!("/invoices/{id}"), invoice))
}

/// Deleting what is already gone is still 204.
#[rest_endpoint(method = "DELETE", policy = Extended)]
async fn delete_invoice(store: web::Data<Store>, id: web::Path<u64>) -> NoContent {
    store.invoices().remove(&id.into_inner());
    NoContent
}

const SCRIPT: &[(&str, &str, Option<&str>)] = &[
    ("POST", "/invoices", Some(r#"{"customer":"ACME"}"#)),
    ("POST", "/invoices", Some(r#"{"customer":" "}"#)),
    ("POST", "/invoices", Some(r#"{"customer":"#)),
    ("GET", "/invoices/1", None),
    ("GET", "/invoices/abc", None),
    ("DELETE", "/invoices/1", None),
    ("DELETE", "/invoices/1", None),
    ("GET", "/invoices/1", None),
];

/// The app's routes over `store`, guarded. The end-to-end tests serve it too.
pub fn app(
    store: web::Data<Store>,
) -> App<
    impl actix_web::dev::ServiceFactory<
        actix_web::dev::ServiceRequest,
        Config = (),
        Response = actix_web::dev::ServiceResponse<impl actix_web::body::MessageBody>,
        Error = actix_web::Error,
        InitError = (),
    >,
> {
    App::new()
        .wrap(Guard::new::<Extended>())
        .configure(rest_status::actix::extractors)
        .app_data(store)
        .route("/invoices", web::post().to(create_invoice))
        .route("/invoices/{id}", web::get().to(get_invoice))
        .route("/invoices/{id}", web::delete().to(delete_invoice))
}

#[actix_web::main]
async fn main() -> std::io::Result<()> {
    // Warnings (the guard's reports) and errors (5xx causes), not actix's own info.
    tracing_subscriber::fmt()
        .with_max_level(tracing::Level::WARN)
        .with_writer(std::io::stderr)
        .with_target(false)
        .without_time()
        .init();

    let args: Vec<String> = std::env::args().skip(1).collect();
    let serve_at = match args.as_slice() {
        [] => None,
        [flag, address] if flag == "--serve" => Some(address.clone()),
        _ => {
            eprintln!("usage: actix [--serve ADDR]");
            std::process::exit(2);
        }
    };

    let store = web::Data::new(Store::default());
    let server = HttpServer::new(move || app(store.clone()))
        .workers(1)
        .bind(serve_at.as_deref().unwrap_or("127.0.0.1:0"))?;
    if serve_at.is_some() {
        println!(
            "serving the invoices API on http://{} (Ctrl-C stops)",
            server.addrs()[0]
        );
        return server.run().await;
    }
    let base = format!("http://{}", server.addrs()[0]);
    let server = server.run();
    let handle = server.handle();
    let running = actix_web::rt::spawn(server);

    let client = reqwest::Client::new();
    for &(method, path, body) in SCRIPT {
        let method_value = reqwest::Method::from_bytes(method.as_bytes()).expect("a valid method");
        let mut request = client.request(method_value, format!("{base}{path}"));
        if let Some(body) = body {
            request = request
                .header("content-type", "application/json")
                .body(body);
        }
        let response = request.send().await.map_err(std::io::Error::other)?;
        let status = response.status();
        let text = response.text().await.map_err(std::io::Error::other)?;
        let sent = body.map(|body| format!(" {body}")).unwrap_or_default();
        let text = if text.is_empty() {
            text
        } else {
            format!(" {text}")
        };
        println!("{method:<6} {path}{sent}\n    -> {status}{text}");
    }

    handle.stop(true).await;
    running.await.map_err(std::io::Error::other)?
}
