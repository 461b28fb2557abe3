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
use rest_status::openapi::BadRequest;
use rest_status::response::{self, Created, NoContent};
use rest_status::{rest_endpoint, Extended, RestError};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// An invoice as the API shows it.
#[derive(Clone, Debug, Serialize, ToSchema)]
struct Invoice {
    id: u64,
    customer: String,
    amount_cents: u64,
    paid: bool,
}

/// What a client sends to create or replace an invoice.
#[derive(Debug, Deserialize, ToSchema)]
struct NewInvoice {
    /// Not empty, nor only spaces, tabs and line breaks. Spelled out, not `\S`: what
    /// counts as white space differs between regex dialects (U+0085 is for Rust, not
    /// for JavaScript), and client and server must agree.
    #[schema(pattern = "[^ \\t\\n\\r]")]
    customer: String,
    #[serde(deserialize_with = "cents")]
    #[schema(minimum = 0, maximum = 1_000_000_000_000_i64)]
    amount_cents: i64,
}

/// What a client sends to change part of an invoice.
#[derive(Debug, Deserialize, ToSchema)]
struct InvoicePatch {
    paid: Option<bool>,
    #[serde(default, deserialize_with = "optional_cents")]
    #[schema(minimum = 0, maximum = 1_000_000_000_000_i64)]
    amount_cents: Option<i64>,
}

/// The `{id}` of `/invoices/{id}`: an invoice number up to 2^63 - 1, the range of the
/// `int64` the document gives, so that the server reads exactly the ids it documents.
struct InvoiceId(u64);

impl<'de> Deserialize<'de> for InvoiceId {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let id = u64::deserialize(input)?;
        if i64::try_from(id).is_err() {
            return Err(serde::de::Error::custom(
                "an invoice id is at most 2^63 - 1",
            ));
        }
        Ok(InvoiceId(id))
    }
}

/// The most an invoice may be for, in cents.
const MAX_CENTS: i64 = 1_000_000_000_000;

/// An amount in cents: a JSON integer, or a number without a fraction (`250.0`), which
/// is an integer to JSON Schema, and so to the API's document, too.
fn cents<'de, D: serde::Deserializer<'de>>(input: D) -> Result<i64, D::Error> {
    let number = serde_json::Number::deserialize(input)?;
    let whole = number.as_i64().or_else(|| {
        // Beyond 2^63 a float is no `i64`; such an amount is refused anyway.
        let float = number
            .as_f64()
            .filter(|f| f.fract() == 0.0 && f.abs() < 9.0e18)?;
        Some(float as i64)
    });
    whole.ok_or_else(|| serde::de::Error::custom("amount_cents must be a whole number"))
}

fn optional_cents<'de, D: serde::Deserializer<'de>>(input: D) -> Result<Option<i64>, D::Error> {
    #[derive(Deserialize)]
    struct Cents(#[serde(deserialize_with = "cents")] i64);
    Ok(Option::<Cents>::deserialize(input)?.map(|Cents(cents)| cents))
}

/// A JSON object, and never an array: serde's derive would also read a struct from an
/// array of its fields' values, which the API's document does not allow. The object's
/// entries go straight to `T`, with no value tree built on the way.
struct Object<T>(T);

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Object<T> {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        struct Entries<T>(std::marker::PhantomData<T>);

        impl<'de, T: Deserialize<'de>> serde::de::Visitor<'de> for Entries<T> {
            type Value = Object<T>;

            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a JSON object")
            }

            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                map: A,
            ) -> Result<Object<T>, A::Error> {
                T::deserialize(serde::de::value::MapAccessDeserializer::new(map)).map(Object)
            }
        }

        input.deserialize_map(Entries(std::marker::PhantomData))
    }
}

impl NewInvoice {
    /// The customer and the amount, when both are valid.
    fn checked(self) -> Result<(String, u64), (&'static str, &'static str)> {
        if self
            .customer
            .chars()
            .all(|c| matches!(c, ' ' | '\t' | '\n' | '\r'))
        {
            return Err(("customer", "it must not be empty"));
        }
        Ok((self.customer, amount(self.amount_cents)?))
    }
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
    if cents > MAX_CENTS {
        return Err(("amount_cents", "it must be at most 1000000000000"));
    }
    u64::try_from(cents).map_err(|_| ("amount_cents", "it must not be negative"))
}

#[rest_endpoint(method = "GET", policy = Extended)]
#[utoipa::path(
    get,
    path = "/invoices",
    params(("paid" = Option<bool>, Query, description = "Only the paid invoices, or only the unpaid")),
    responses(response::Ok<Vec<Invoice>>, BadRequest, ListError)
)]
async fn list_invoices(
    State(store): Shared,
    Query(filter): Query<ListFilter>,
) -> Result<response::Ok<Vec<Invoice>>, ListError> {
    Ok(response::Ok(store.list(filter.paid)))
}

#[rest_endpoint(method = "GET", policy = Extended)]
#[utoipa::path(
    get,
    path = "/invoices/{id}",
    params(("id" = u64, Path, description = "The invoice's number")),
    responses(response::Ok<Invoice>, BadRequest, ReadError)
)]
async fn get_invoice(
    State(store): Shared,
    Path(InvoiceId(id)): Path<InvoiceId>,
) -> Result<response::Ok<Invoice>, ReadError> {
    match store.get(id)? {
        Some(invoice) => Ok(response::Ok(invoice)),
        None => Err(ReadError::NotFound { id }),
    }
}

/// HEAD is an existence check: 204 or 404, no body. Strict has no HEAD column.
#[rest_endpoint(method = "HEAD", policy = Extended)]
#[utoipa::path(
    head,
    path = "/invoices/{id}",
    params(("id" = u64, Path, description = "The invoice's number")),
    responses(NoContent, BadRequest, ReadError)
)]
async fn invoice_exists(
    State(store): Shared,
    Path(InvoiceId(id)): Path<InvoiceId>,
) -> Result<NoContent, ReadError> {
    match store.get(id)? {
        Some(_) => Ok(NoContent),
        None => Err(ReadError::NotFound { id }),
    }
}

// `BadRequest` before `CreateError`: utoipa keeps the last response given for a
// status, and the error type's has the examples of its codes.
#[rest_endpoint(method = "POST")]
#[utoipa::path(
    post,
    path = "/invoices",
    request_body = NewInvoice,
    responses(Created<Invoice>, BadRequest, CreateError)
)]
async fn create_invoice(
    State(store): Shared,
    Json(Object(new)): Json<Object<NewInvoice>>,
) -> Result<Created<Invoice>, CreateError> {
    let (customer, cents) = new
        .checked()
        .map_err(|(field, reason)| CreateError::InvalidField { field, reason })?;
    let invoice = store.insert(customer, cents);
    Ok(Created::at(format!("/invoices/{}", invoice.id), invoice))
}

#[rest_endpoint(method = "PUT", policy = Extended)]
#[utoipa::path(
    put,
    path = "/invoices/{id}",
    params(("id" = u64, Path, description = "The invoice's number")),
    request_body = NewInvoice,
    responses(response::Ok<Invoice>, BadRequest, WriteError)
)]
async fn replace_invoice(
    State(store): Shared,
    Path(InvoiceId(id)): Path<InvoiceId>,
    Json(Object(new)): Json<Object<NewInvoice>>,
) -> Result<response::Ok<Invoice>, WriteError> {
    let (customer, cents) = new
        .checked()
        .map_err(|(field, reason)| WriteError::InvalidField { field, reason })?;
    let replaced = store.update(id, |invoice| {
        invoice.customer = customer;
        invoice.amount_cents = cents;
    })?;
    replaced
        .map(response::Ok)
        .ok_or(WriteError::NotFound { id })
}

#[rest_endpoint(method = "PATCH", policy = Extended)]
#[utoipa::path(
    patch,
    path = "/invoices/{id}",
    params(("id" = u64, Path, description = "The invoice's number")),
    request_body = InvoicePatch,
    responses(NoContent, BadRequest, WriteError)
)]
async fn patch_invoice(
    State(store): Shared,
    Path(InvoiceId(id)): Path<InvoiceId>,
    Json(Object(patch)): Json<Object<InvoicePatch>>,
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
#[utoipa::path(
    delete,
    path = "/invoices/{id}",
    params(("id" = u64, Path, description = "The invoice's number")),
    responses(NoContent, BadRequest, DeleteError)
)]
async fn delete_invoice(
    State(store): Shared,
    Path(InvoiceId(id)): Path<InvoiceId>,
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
        .route("/openapi.json", get(openapi_json))
        .with_state(Arc::new(Store::default()))
        .layer(Guard::new::<Extended>())
}

/// The OpenAPI document, from the `#[utoipa::path]` of each handler: `#[rest_endpoint]`
/// has checked that each lists the statuses its handler is checked for, its extractors'
/// 400 included.
pub fn openapi() -> utoipa::openapi::OpenApi {
    #[derive(utoipa::OpenApi)]
    #[openapi(
        info(title = "invoices", version = "1.0.0"),
        paths(
            list_invoices,
            create_invoice,
            get_invoice,
            invoice_exists,
            replace_invoice,
            patch_invoice,
            delete_invoice
        )
    )]
    struct ApiDoc;
    <ApiDoc as utoipa::OpenApi>::openapi()
}

#[rest_endpoint(method = "GET")]
async fn openapi_json() -> response::Ok<utoipa::openapi::OpenApi> {
    response::Ok(openapi())
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
