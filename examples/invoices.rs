//! An invoices API on axum whose handlers are checked against the status-code
//! guideline while it compiles.
//!
//! ```text
//! cargo run --example invoices                        # scripted demo, then exits
//! cargo run --example invoices -- --serve 127.0.0.1:3000   # keep serving, for curl
//! ```
//!
//! Each handler has its own error type, so each can return only what its method may:
//! a DELETE cannot return 404, and the compiler says so if anyone tries. A request
//! that cannot be read (an id that is no number, a body that is no invoice) is
//! answered by rest-status's extractors before the handler runs: 400 with the error
//! object, where axum's own would answer 415 or 422 in plain text. Strict refuses 400
//! to GET and DELETE, so the handlers that read an id are checked against `Extended`.
//! The guard holds the whole service to `Extended`: the router's own 404 and 405
//! get the error object too, and a refused status is logged.

#![forbid(unsafe_code)]

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex, PoisonError};

use axum::extract::State;
use axum::routing::get;
use axum::Router;
use rest_status::axum::{Json, Path, Query};
use rest_status::guard::Guard;
use rest_status::response::{self, Created, NoContent};
use rest_status::{rest_endpoint, Extended, RestError};
use serde::{Deserialize, Serialize};

/// An invoice as the API shows it.
#[derive(Clone, Debug, Serialize)]
struct Invoice {
    id: u64,
    customer: String,
    amount_cents: u64,
    paid: bool,
}

/// What a client sends to create or replace an invoice.
#[derive(Debug, Deserialize)]
struct NewInvoice {
    customer: String,
    amount_cents: i64,
}

/// What a client sends to change part of an invoice.
#[derive(Debug, Deserialize)]
struct InvoicePatch {
    paid: Option<bool>,
    amount_cents: Option<i64>,
}

/// Which invoices a listing shows: `?paid=true`, `?paid=false`, or all.
#[derive(Debug, Deserialize)]
struct ListFilter {
    paid: Option<bool>,
}

/// The store's own failure: what a database or a disk would give back. Its text holds
/// details no client may see.
#[derive(Debug, thiserror::Error)]
#[error("invoice storage failed")]
struct StorageFailure(#[source] std::io::Error);

/// An in-memory store with one bad sector: invoice 13 cannot be read or written.
#[derive(Default)]
struct Store {
    invoices: Mutex<BTreeMap<u64, Invoice>>,
}

const BAD_SECTOR: u64 = 13;

impl Store {
    fn guard(&self) -> std::sync::MutexGuard<'_, BTreeMap<u64, Invoice>> {
        self.invoices.lock().unwrap_or_else(PoisonError::into_inner)
    }

    fn check_sector(id: u64) -> Result<(), StorageFailure> {
        if id == BAD_SECTOR {
            return Err(StorageFailure(std::io::Error::other(
                "checksum mismatch in /var/lib/invoices/13.json (replica db-2, password=hunter2)",
            )));
        }
        Ok(())
    }

    fn get(&self, id: u64) -> Result<Option<Invoice>, StorageFailure> {
        Store::check_sector(id)?;
        Ok(self.guard().get(&id).cloned())
    }

    fn list(&self, paid: Option<bool>) -> Vec<Invoice> {
        self.guard()
            .values()
            .filter(|invoice| paid.is_none_or(|paid| invoice.paid == paid))
            .cloned()
            .collect()
    }

    fn insert(&self, customer: String, amount_cents: u64) -> Invoice {
        let mut invoices = self.guard();
        let id = invoices.keys().next_back().map_or(1, |last| last + 1);
        let id = if id == BAD_SECTOR { id + 1 } else { id };
        let invoice = Invoice {
            id,
            customer,
            amount_cents,
            paid: false,
        };
        invoices.insert(id, invoice.clone());
        invoice
    }

    fn update(
        &self,
        id: u64,
        change: impl FnOnce(&mut Invoice),
    ) -> Result<Option<Invoice>, StorageFailure> {
        Store::check_sector(id)?;
        let mut invoices = self.guard();
        Ok(invoices.get_mut(&id).map(|invoice| {
            change(invoice);
            invoice.clone()
        }))
    }

    fn remove(&self, id: u64) -> Result<(), StorageFailure> {
        Store::check_sector(id)?;
        self.guard().remove(&id);
        Ok(())
    }
}

type Shared = State<Arc<Store>>;

/// Reading one invoice.
#[derive(Debug, thiserror::Error, RestError)]
enum ReadError {
    #[error("invoice {id} not found")]
    #[rest(
        status = 404,
        code = "invoice_not_found",
        message = "Invoice {id} was not found"
    )]
    NotFound { id: u64 },
    #[error(transparent)]
    #[rest(status = 500)]
    Storage(#[from] StorageFailure),
}

/// Reading the collection: only the server can fail.
#[derive(Debug, thiserror::Error, RestError)]
#[rest(status = 500)]
#[error("listing invoices failed")]
struct ListError;

/// Creating an invoice.
#[derive(Debug, thiserror::Error, RestError)]
enum CreateError {
    #[error("field {field} is invalid")]
    #[rest(
        status = 400,
        code = "invalid_field",
        message = "Field {field} is invalid: {reason}"
    )]
    InvalidField {
        field: &'static str,
        reason: &'static str,
    },
}

/// Replacing or changing an invoice.
#[derive(Debug, thiserror::Error, RestError)]
enum WriteError {
    #[error("field {field} is invalid")]
    #[rest(
        status = 400,
        code = "invalid_field",
        message = "Field {field} is invalid: {reason}"
    )]
    InvalidField {
        field: &'static str,
        reason: &'static str,
    },
    #[error("invoice {id} not found")]
    #[rest(
        status = 404,
        code = "invoice_not_found",
        message = "Invoice {id} was not found"
    )]
    NotFound { id: u64 },
    #[error(transparent)]
    #[rest(status = 500)]
    Storage(#[from] StorageFailure),
}

/// Deleting an invoice: gone already is still success (204), never 404.
#[derive(Debug, thiserror::Error, RestError)]
enum DeleteError {
    #[error(transparent)]
    #[rest(status = 500)]
    Storage(#[from] StorageFailure),
}

fn amount(cents: i64) -> Result<u64, (&'static str, &'static str)> {
    u64::try_from(cents).map_err(|_| ("amount_cents", "it must not be negative"))
}

#[rest_endpoint(method = "GET", policy = Extended)]
async fn list_invoices(
    State(store): Shared,
    Query(filter): Query<ListFilter>,
) -> Result<response::Ok<Vec<Invoice>>, ListError> {
    Ok(response::Ok(store.list(filter.paid)))
}

#[rest_endpoint(method = "GET", policy = Extended)]
async fn get_invoice(
    State(store): Shared,
    Path(id): Path<u64>,
) -> Result<response::Ok<Invoice>, ReadError> {
    match store.get(id)? {
        Some(invoice) => Ok(response::Ok(invoice)),
        None => Err(ReadError::NotFound { id }),
    }
}

/// HEAD is an existence check: 204 or 404, no body. Strict has no HEAD column.
#[rest_endpoint(method = "HEAD", policy = Extended)]
async fn invoice_exists(State(store): Shared, Path(id): Path<u64>) -> Result<NoContent, ReadError> {
    match store.get(id)? {
        Some(_) => Ok(NoContent),
        None => Err(ReadError::NotFound { id }),
    }
}

#[rest_endpoint(method = "POST")]
async fn create_invoice(
    State(store): Shared,
    Json(new): Json<NewInvoice>,
) -> Result<Created<Invoice>, CreateError> {
    if new.customer.trim().is_empty() {
        return Err(CreateError::InvalidField {
            field: "customer",
            reason: "it must not be empty",
        });
    }
    let cents = amount(new.amount_cents)
        .map_err(|(field, reason)| CreateError::InvalidField { field, reason })?;
    let invoice = store.insert(new.customer, cents);
    Ok(Created::at(format!("/invoices/{}", invoice.id), invoice))
}

#[rest_endpoint(method = "PUT", policy = Extended)]
async fn replace_invoice(
    State(store): Shared,
    Path(id): Path<u64>,
    Json(new): Json<NewInvoice>,
) -> Result<response::Ok<Invoice>, WriteError> {
    let cents = amount(new.amount_cents)
        .map_err(|(field, reason)| WriteError::InvalidField { field, reason })?;
    let replaced = store.update(id, |invoice| {
        invoice.customer = new.customer;
        invoice.amount_cents = cents;
    })?;
    replaced
        .map(response::Ok)
        .ok_or(WriteError::NotFound { id })
}

#[rest_endpoint(method = "PATCH", policy = Extended)]
async fn patch_invoice(
    State(store): Shared,
    Path(id): Path<u64>,
    Json(patch): Json<InvoicePatch>,
) -> Result<NoContent, WriteError> {
    let cents = patch
        .amount_cents
        .map(amount)
        .transpose()
        .map_err(|(field, reason)| WriteError::InvalidField { field, reason })?;
    let patched = store.update(id, |invoice| {
        if let Some(paid) = patch.paid {
            invoice.paid = paid;
        }
        if let Some(cents) = cents {
            invoice.amount_cents = cents;
        }
    })?;
    patched
        .map(|_| NoContent)
        .ok_or(WriteError::NotFound { id })
}

#[rest_endpoint(method = "DELETE", policy = Extended)]
async fn delete_invoice(
    State(store): Shared,
    Path(id): Path<u64>,
) -> Result<NoContent, DeleteError> {
    store.remove(id)?;
    Ok(NoContent)
}

/// The service: its routes over an empty store, guarded. The end-to-end tests serve
/// it too.
pub fn app() -> Router {
    Router::new()
        .route("/invoices", get(list_invoices).post(create_invoice))
        .route(
            "/invoices/{id}",
            get(get_invoice)
                .head(invoice_exists)
                .put(replace_invoice)
                .patch(patch_invoice)
                .delete(delete_invoice),
        )
        .with_state(Arc::new(Store::default()))
        .layer(Guard::new::<Extended>())
}

/// The scripted demo: one line per exchange.
const SCRIPT: &[(&str, &str, Option<&str>)] = &[
    ("GET", "/invoices", None),
    (
        "POST",
        "/invoices",
        Some(r#"{"customer":"ACME","amount_cents":12500}"#),
    ),
    (
        "POST",
        "/invoices",
        Some(r#"{"customer":"","amount_cents":100}"#),
    ),
    ("GET", "/invoices/1", None),
    ("HEAD", "/invoices/1", None),
    ("HEAD", "/invoices/99", None),
    (
        "PUT",
        "/invoices/1",
        Some(r#"{"customer":"ACME Corp","amount_cents":13000}"#),
    ),
    ("PATCH", "/invoices/1", Some(r#"{"amount_cents":-5}"#)),
    ("PATCH", "/invoices/1", Some(r#"{"paid":true}"#)),
    ("GET", "/invoices", None),
    ("GET", "/invoices/99", None),
    ("GET", "/invoices/abc", None),
    ("GET", "/invoices/13", None),
    ("DELETE", "/invoices/1", None),
    ("DELETE", "/invoices/1", None),
    ("GET", "/invoices/1", None),
];

async fn demo(base: &str) -> Result<(), reqwest::Error> {
    let client = reqwest::Client::new();
    for &(method, path, body) in SCRIPT {
        let method_value = reqwest::Method::from_bytes(method.as_bytes()).expect("a valid method");
        let mut request = client.request(method_value, format!("{base}{path}"));
        if let Some(body) = body {
            request = request
                .header("content-type", "application/json")
                .body(body);
        }
        let response = request.send().await?;
        let status = response.status();
        let location = response
            .headers()
            .get("location")
            .and_then(|value| value.to_str().ok())
            .map(|location| format!(" (location: {location})"))
            .unwrap_or_default();
        let text = response.text().await?;
        let sent = body.map(|body| format!(" {body}")).unwrap_or_default();
        let text = if text.is_empty() {
            text
        } else {
            format!(" {text}")
        };
        println!("{method:<6} {path}{sent}\n    -> {status}{location}{text}");
    }
    Ok(())
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    // The server's log goes to stderr; the exchanges to stdout.
    tracing_subscriber::fmt()
        .with_writer(std::io::stderr)
        .with_target(false)
        .without_time()
        .init();

    let args: Vec<String> = std::env::args().skip(1).collect();
    let serve_at = match args.as_slice() {
        [] => None,
        [flag, address] if flag == "--serve" => Some(address.clone()),
        _ => {
            eprintln!("usage: invoices [--serve ADDR]");
            std::process::exit(2);
        }
    };

    let listener =
        tokio::net::TcpListener::bind(serve_at.as_deref().unwrap_or("127.0.0.1:0")).await?;
    let address = listener.local_addr()?;
    if serve_at.is_some() {
        println!("serving the invoices API on http://{address} (Ctrl-C stops)");
        axum::serve(listener, app()).await?;
        return Ok(());
    }
    tokio::spawn(async move { axum::serve(listener, app()).await });
    demo(&format!("http://{address}")).await?;
    Ok(())
}
