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
//! that axum cannot extract (an id that is no number, a body that is no invoice) goes
//! through the same error types: axum's own rejections (415, 422, text bodies) would
//! get past the checks, since they are answered before the handler runs.

#![forbid(unsafe_code)]

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex, PoisonError};

use axum::extract::rejection::{JsonRejection, PathRejection};
use axum::extract::{Path, State};
use axum::routing::get;
use axum::{Json, Router};
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
    /// Not empty, nor only white space.
    #[schema(pattern = "\\S")]
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
/// array of its fields' values, which the API's document does not allow.
struct Object<T>(T);

impl<'de, T: serde::de::DeserializeOwned> Deserialize<'de> for Object<T> {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let object = serde_json::Map::deserialize(input)?;
        T::deserialize(serde_json::Value::Object(object))
            .map(Object)
            .map_err(serde::de::Error::custom)
    }
}

impl NewInvoice {
    /// The customer and the amount, when both are valid.
    fn checked(self) -> Result<(String, u64), (&'static str, &'static str)> {
        if self.customer.trim().is_empty() {
            return Err(("customer", "it must not be empty"));
        }
        Ok((self.customer, amount(self.amount_cents)?))
    }
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

    fn list(&self) -> Vec<Invoice> {
        self.guard().values().cloned().collect()
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
/// The `{id}` of `/invoices/{id}`; a segment that is no invoice number is handled in
/// the handler, as an id that names no invoice.
type Id = Result<Path<u64>, PathRejection>;
/// A JSON body; one that is not JSON, not of the type's shape or not sent as
/// `application/json` is handled in the handler, as a 400.
type Body<T> = Result<Json<Object<T>>, JsonRejection>;

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
    #[error("no invoice has a non-numeric id")]
    #[rest(
        status = 404,
        code = "invoice_not_found",
        message = "No invoice has this id: invoice ids are numbers"
    )]
    NotAnId,
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
    #[error("the body is not an invoice")]
    #[rest(
        status = 400,
        code = "invalid_body",
        message = "The body must be an invoice in JSON, sent as application/json"
    )]
    InvalidBody,
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
    #[error("the body is not an invoice")]
    #[rest(
        status = 400,
        code = "invalid_body",
        message = "The body must be an invoice in JSON, sent as application/json"
    )]
    InvalidBody,
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
    #[error("no invoice has a non-numeric id")]
    #[rest(
        status = 404,
        code = "invoice_not_found",
        message = "No invoice has this id: invoice ids are numbers"
    )]
    NotAnId,
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

#[rest_endpoint(method = "GET")]
async fn list_invoices(State(store): Shared) -> Result<response::Ok<Vec<Invoice>>, ListError> {
    Ok(response::Ok(store.list()))
}

#[rest_endpoint(method = "GET")]
async fn get_invoice(State(store): Shared, id: Id) -> Result<response::Ok<Invoice>, ReadError> {
    let Path(id) = id.map_err(|_| ReadError::NotAnId)?;
    match store.get(id)? {
        Some(invoice) => Ok(response::Ok(invoice)),
        None => Err(ReadError::NotFound { id }),
    }
}

/// HEAD is an existence check: 204 or 404, no body. Strict has no HEAD column.
#[rest_endpoint(method = "HEAD", policy = Extended)]
async fn invoice_exists(State(store): Shared, id: Id) -> Result<NoContent, ReadError> {
    let Path(id) = id.map_err(|_| ReadError::NotAnId)?;
    match store.get(id)? {
        Some(_) => Ok(NoContent),
        None => Err(ReadError::NotFound { id }),
    }
}

#[rest_endpoint(method = "POST")]
async fn create_invoice(
    State(store): Shared,
    new: Body<NewInvoice>,
) -> Result<Created<Invoice>, CreateError> {
    let Json(Object(new)) = new.map_err(|_| CreateError::InvalidBody)?;
    let (customer, cents) = new
        .checked()
        .map_err(|(field, reason)| CreateError::InvalidField { field, reason })?;
    let invoice = store.insert(customer, cents);
    Ok(Created::at(format!("/invoices/{}", invoice.id), invoice))
}

#[rest_endpoint(method = "PUT")]
async fn replace_invoice(
    State(store): Shared,
    id: Id,
    new: Body<NewInvoice>,
) -> Result<response::Ok<Invoice>, WriteError> {
    let Path(id) = id.map_err(|_| WriteError::NotAnId)?;
    let Json(Object(new)) = new.map_err(|_| WriteError::InvalidBody)?;
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

#[rest_endpoint(method = "PATCH")]
async fn patch_invoice(
    State(store): Shared,
    id: Id,
    patch: Body<InvoicePatch>,
) -> Result<NoContent, WriteError> {
    let Path(id) = id.map_err(|_| WriteError::NotAnId)?;
    let Json(Object(patch)) = patch.map_err(|_| WriteError::InvalidBody)?;
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

#[rest_endpoint(method = "DELETE")]
async fn delete_invoice(State(store): Shared, id: Id) -> Result<NoContent, DeleteError> {
    // No invoice has an id that is no number: deleting it is done already.
    let Ok(Path(id)) = id else {
        return Ok(NoContent);
    };
    store.remove(id)?;
    Ok(NoContent)
}

/// The service: its routes over an empty store. `tests/test_load.rs` serves it too.
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
}

/// The OpenAPI document, served at `/openapi.json`.
#[rest_endpoint(method = "GET")]
async fn openapi_json() -> response::Ok<utoipa::openapi::OpenApi> {
    response::Ok(openapi::document())
}

/// The OpenAPI document, built from the handlers themselves: each operation's
/// responses are read from its handler's return type (`utoipa::IntoResponses`), whose
/// statuses are the ones `#[rest_endpoint]` checked. Only the requests are described
/// by hand: the path parameter and the bodies.
pub mod openapi {
    use std::future::Future;

    use rest_status::Statuses;
    use utoipa::openapi::path::{HttpMethod, OperationBuilder, ParameterBuilder, ParameterIn};
    use utoipa::openapi::request_body::RequestBodyBuilder;
    use utoipa::openapi::schema::{ObjectBuilder, Type};
    use utoipa::openapi::{
        ContentBuilder, InfoBuilder, OpenApi, OpenApiBuilder, PathItem, PathsBuilder, Required,
        Responses, ResponsesBuilder,
    };
    use utoipa::{IntoResponses, PartialSchema};

    use super::*;

    /// Every operation: its method, its path, and what its handler may answer.
    pub fn operations() -> Vec<Operation> {
        use HttpMethod::{Delete, Get, Head, Patch, Post, Put};
        vec![
            Operation::of(Get, "/invoices", &list_invoices),
            Operation::of(Post, "/invoices", &create_invoice).body::<NewInvoice>(),
            Operation::of(Get, "/invoices/{id}", &get_invoice).id(),
            Operation::of(Head, "/invoices/{id}", &invoice_exists).id(),
            Operation::of(Put, "/invoices/{id}", &replace_invoice)
                .id()
                .body::<NewInvoice>(),
            Operation::of(Patch, "/invoices/{id}", &patch_invoice)
                .id()
                .body::<InvoicePatch>(),
            // Any segment: one that is no invoice id is deleted already (204).
            Operation::of(Delete, "/invoices/{id}", &delete_invoice).any_id(),
        ]
    }

    /// The document of [`operations`].
    pub fn document() -> OpenApi {
        let mut paths = PathsBuilder::new();
        for operation in operations() {
            let mut builder = OperationBuilder::new()
                .operation_id(Some(operation.name))
                .responses(operation.responses);
            if let Some(id) = operation.id {
                builder = builder.parameter(id);
            }
            if let Some(body) = operation.body {
                builder = builder.request_body(Some(body));
            }
            paths = paths.path(operation.path, PathItem::new(operation.method, builder));
        }
        OpenApiBuilder::new()
            .info(InfoBuilder::new().title("invoices").version("1.0.0"))
            .paths(paths)
            .build()
    }

    /// One operation of the document, with the statuses its handler is checked for.
    pub struct Operation {
        pub method: HttpMethod,
        pub path: &'static str,
        name: String,
        /// The statuses `#[rest_endpoint]` checked the handler for.
        pub contract: rest_status::StatusSet,
        responses: Responses,
        id: Option<utoipa::openapi::path::Parameter>,
        body: Option<utoipa::openapi::request_body::RequestBody>,
    }

    impl Operation {
        /// The operation `handler` answers: its responses and its contract both come
        /// from the handler's return type, `Result<T, E>`.
        fn of<H, Args, T, E>(method: HttpMethod, path: &'static str, handler: &H) -> Operation
        where
            H: Handler<Args, Output = Result<T, E>>,
            T: IntoResponses,
            E: IntoResponses,
            Result<T, E>: Statuses,
        {
            let _ = handler;
            let name = std::any::type_name::<H>().rsplit("::").next().unwrap_or("");
            Operation {
                method,
                path,
                name: name.to_owned(),
                contract: <Result<T, E> as Statuses>::STATUSES,
                responses: ResponsesBuilder::new()
                    .responses_from_into_responses::<T>()
                    .responses_from_into_responses::<E>()
                    .build(),
                id: None,
                body: None,
            }
        }

        /// `{id}`, an invoice number.
        fn id(self) -> Operation {
            self.id_schema(
                ObjectBuilder::new()
                    .schema_type(Type::Integer)
                    .minimum(Some(0))
                    .maximum(Some(u64::MAX as usize)),
            )
        }

        /// `{id}`, any non-empty segment.
        fn any_id(self) -> Operation {
            self.id_schema(
                ObjectBuilder::new()
                    .schema_type(Type::String)
                    .min_length(Some(1)),
            )
        }

        fn id_schema(mut self, schema: ObjectBuilder) -> Operation {
            self.id = Some(
                ParameterBuilder::new()
                    .name("id")
                    .parameter_in(ParameterIn::Path)
                    .required(Required::True)
                    .schema(Some(schema))
                    .build(),
            );
            self
        }

        /// A JSON body of type `T`.
        fn body<T: PartialSchema>(mut self) -> Operation {
            let content = ContentBuilder::new().schema(Some(T::schema())).build();
            self.body = Some(
                RequestBodyBuilder::new()
                    .content("application/json", content)
                    .required(Some(Required::True))
                    .build(),
            );
            self
        }
    }

    /// An async fn of `Args`, for reading its return type.
    pub trait Handler<Args> {
        type Output;
    }

    macro_rules! handler {
        ($($arg:ident),*) => {
            impl<F, Fut, $($arg,)*> Handler<($($arg,)*)> for F
            where
                F: Fn($($arg),*) -> Fut,
                Fut: Future,
            {
                type Output = Fut::Output;
            }
        };
    }

    handler!();
    handler!(A);
    handler!(A, B);
    handler!(A, B, C);
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
