//! On the wire, with axum: what a client receives from a served app, over a real
//! socket, for hostile requests as well as for the ones the handlers expect. The
//! invoices example is served as it is; a second app is written the careless way
//! (its own 500 with the error's text, a panic, a 418) and guarded.

#![forbid(unsafe_code)]
#![cfg(feature = "axum")]

mod support;

// The example's own service, not a copy; its demo and `main` go unused here.
#[allow(dead_code)]
#[path = "../examples/invoices.rs"]
mod invoices;

use std::time::Duration;

use axum::http::StatusCode;
use axum::routing::{get, post};
use axum::Router;
use http::Method;
use rest_status::axum::{Form, Json, Path, Query};
use rest_status::guard::{Guard, OnRefusal};
use rest_status::response::Created;
use rest_status::{Extended, Policy, Strict};
use support::logs;
use tower_http::catch_panic::CatchPanicLayer;

/// What the failing store and the careless handlers hold that no client may read.
const SECRETS: &[&str] = &[
    "hunter2",
    "checksum",
    "/var/lib",
    "db-2",
    "storage failed",
    "postgres://",
    "s3cr3t",
    "panicked",
];
const INTERNAL: &str =
    r#"{"errors":[{"code":"internal_error","message":"Internal Server Error"}]}"#;

/// A client that opens a connection per request. After a body over the limit the
/// server answers early and closes its connection; a pooled client may have picked
/// that connection for the next request already and would see a reset, which says
/// nothing about the answer under test.
fn client() -> reqwest::Client {
    reqwest::Client::builder()
        .pool_max_idle_per_host(0)
        .timeout(Duration::from_secs(30))
        .build()
        .unwrap()
}

/// One request of the hostile set.
struct Hostile {
    what: &'static str,
    method: Method,
    path: String,
    content_type: Option<&'static str>,
    body: Option<Vec<u8>>,
    /// No route matches the path: the router's own 404 is allowed.
    unrouted: bool,
}

impl Hostile {
    fn new(what: &'static str, method: Method, path: impl Into<String>) -> Hostile {
        Hostile {
            what,
            method,
            path: path.into(),
            content_type: None,
            body: None,
            unrouted: false,
        }
    }

    fn json(self, body: impl Into<Vec<u8>>) -> Hostile {
        self.typed("application/json", body)
    }

    fn typed(mut self, content_type: &'static str, body: impl Into<Vec<u8>>) -> Hostile {
        self.content_type = Some(content_type);
        self.body = Some(body.into());
        self
    }

    fn untyped(mut self, body: impl Into<Vec<u8>>) -> Hostile {
        self.body = Some(body.into());
        self
    }

    fn unrouted(mut self) -> Hostile {
        self.unrouted = true;
        self
    }
}

fn hostile_requests() -> Vec<Hostile> {
    let valid = r#"{"customer":"ACME","amount_cents":100}"#;
    let deep = format!(
        r#"{{"customer":{}{},"amount_cents":1}}"#,
        "[".repeat(5_000),
        "]".repeat(5_000)
    );
    let deep_bare = format!("{}{}", "[".repeat(5_000), "]".repeat(5_000));
    let deep_objects = format!("{}1{}", r#"{"a":"#.repeat(5_000), "}".repeat(5_000));
    let too_large = format!(
        r#"{{"customer":"{}","amount_cents":1}}"#,
        "x".repeat(3 * 1024 * 1024)
    );
    let mut invalid_utf8 = br#"{"customer":""#.to_vec();
    invalid_utf8.extend_from_slice(&[0xff, 0xfe, 0xc3]);
    invalid_utf8.extend_from_slice(br#"","amount_cents":1}"#);
    let huge_id = "9".repeat(10_000);

    let mut requests = vec![
        Hostile::new("malformed JSON", Method::POST, "/invoices").json(r#"{"customer":"#),
        Hostile::new("JSON of another shape", Method::POST, "/invoices")
            .json(r#"{"customer":5,"amount_cents":100}"#),
        Hostile::new("a JSON array", Method::POST, "/invoices").json("[]"),
        Hostile::new("JSON null", Method::POST, "/invoices").json("null"),
        Hostile::new("wrong content type", Method::POST, "/invoices").typed("text/plain", valid),
        Hostile::new("form content type", Method::POST, "/invoices")
            .typed("application/x-www-form-urlencoded", "customer=ACME"),
        Hostile::new("missing content type", Method::POST, "/invoices").untyped(valid),
        Hostile::new("empty body", Method::POST, "/invoices").json(""),
        Hostile::new("empty body, no content type", Method::POST, "/invoices"),
        Hostile::new("body over the limit", Method::POST, "/invoices").json(too_large.clone()),
        Hostile::new("body over the limit, PUT", Method::PUT, "/invoices/1").json(too_large),
        Hostile::new(
            "JSON nested 5,000 deep in a field",
            Method::POST,
            "/invoices",
        )
        .json(deep),
        Hostile::new("JSON arrays nested 5,000 deep", Method::POST, "/invoices")
            .json(deep_bare.clone()),
        Hostile::new(
            "JSON objects nested 5,000 deep",
            Method::PATCH,
            "/invoices/1",
        )
        .json(deep_objects),
        Hostile::new("invalid UTF-8 in a string", Method::POST, "/invoices")
            .json(invalid_utf8.clone()),
        Hostile::new("invalid UTF-8, PUT", Method::PUT, "/invoices/1").json(invalid_utf8),
        Hostile::new("a BOM before the JSON", Method::POST, "/invoices").json("\u{feff}{}"),
        Hostile::new("a lone surrogate", Method::POST, "/invoices")
            .json(r#"{"customer":"\ud800","amount_cents":1}"#),
        Hostile::new("a number out of range", Method::POST, "/invoices")
            .json(r#"{"customer":"ACME","amount_cents":1e99}"#),
        Hostile::new(
            "a query that does not decode",
            Method::GET,
            "/invoices?paid=maybe",
        ),
        Hostile::new(
            "a query with a bad escape",
            Method::GET,
            "/invoices?paid=%ZZ",
        ),
        Hostile::new(
            "a query with invalid UTF-8",
            Method::GET,
            "/invoices?paid=%FF%FE",
        ),
        Hostile::new(
            "a query repeated",
            Method::GET,
            "/invoices?paid=true&paid=false",
        ),
        Hostile::new("a query it does not know", Method::GET, "/invoices?x=%00&y"),
        Hostile::new("a query it knows", Method::GET, "/invoices?paid=false"),
        Hostile::new("unknown route", Method::GET, "/nope").unrouted(),
        Hostile::new("unknown route, POST", Method::POST, "/nope")
            .json(valid)
            .unrouted(),
        Hostile::new("unknown route, DELETE", Method::DELETE, "/invoices/1/lines").unrouted(),
        Hostile::new("the root", Method::GET, "/").unrouted(),
        Hostile::new("a trailing slash", Method::GET, "/invoices/").unrouted(),
        Hostile::new("a dot segment", Method::GET, "/invoices/../etc/passwd").unrouted(),
        Hostile::new(
            "wrong method on the collection",
            Method::DELETE,
            "/invoices",
        ),
        Hostile::new(
            "wrong method on the collection, PUT",
            Method::PUT,
            "/invoices",
        )
        .json(valid),
        Hostile::new("wrong method on an item", Method::POST, "/invoices/1").json(valid),
        Hostile::new("OPTIONS", Method::OPTIONS, "/invoices"),
        Hostile::new("OPTIONS on an item", Method::OPTIONS, "/invoices/1"),
        Hostile::new("TRACE", Method::TRACE, "/invoices/1"),
        Hostile::new(
            "an extension method",
            Method::from_bytes(b"PURGE").unwrap(),
            "/invoices",
        ),
        Hostile::new("HEAD of a missing invoice", Method::HEAD, "/invoices/99"),
        Hostile::new("HEAD of a bad id", Method::HEAD, "/invoices/abc"),
        Hostile::new("HEAD of an unknown route", Method::HEAD, "/nope").unrouted(),
        Hostile::new("HEAD of the failing store", Method::HEAD, "/invoices/13"),
        Hostile::new("GET of the failing store", Method::GET, "/invoices/13"),
        Hostile::new("PUT to the failing store", Method::PUT, "/invoices/13").json(valid),
        Hostile::new(
            "DELETE of the failing store",
            Method::DELETE,
            "/invoices/13",
        ),
    ];
    for id in [
        "abc",
        "-1",
        "1.5",
        "0x0D",
        "%FF",
        "%00",
        "%F0%9F%92%A5",
        "%22%0A%5C",
        "99999999999999999999999",
        &huge_id,
    ] {
        for method in [Method::GET, Method::PUT, Method::PATCH, Method::DELETE] {
            let request = Hostile::new("a bad id", method.clone(), format!("/invoices/{id}"));
            let takes_body = method == Method::PUT || method == Method::PATCH;
            requests.push(if takes_body {
                request.json(valid)
            } else {
                request
            });
        }
    }
    requests.push(Hostile::new("create one to delete", Method::POST, "/invoices").json(valid));
    for _ in 0..3 {
        requests.push(Hostile::new(
            "repeated DELETE",
            Method::DELETE,
            "/invoices/1",
        ));
    }
    requests.push(Hostile::new(
        "DELETE of one never created",
        Method::DELETE,
        "/invoices/987654",
    ));
    requests
}

/// What came back for one request.
struct Answer {
    status: StatusCode,
    headers: http::HeaderMap,
    body: Vec<u8>,
}

async fn send(client: &reqwest::Client, base: &str, request: &Hostile) -> Answer {
    let mut builder = client.request(request.method.clone(), format!("{base}{}", request.path));
    if let Some(content_type) = request.content_type {
        builder = builder.header("content-type", content_type);
    }
    if let Some(body) = &request.body {
        builder = builder.body(body.clone());
    }
    let response = builder
        .send()
        .await
        .unwrap_or_else(|error| panic!("{}: no answer: {error}", request.what));
    let status = response.status();
    let headers = response.headers().clone();
    let body = response.bytes().await.unwrap().to_vec();
    Answer {
        status,
        headers,
        body,
    }
}

fn shows_a_secret(answer: &Answer) -> Option<&'static str> {
    let body = String::from_utf8_lossy(&answer.body);
    let headers = format!("{:?}", answer.headers);
    SECRETS
        .iter()
        .copied()
        .find(|secret| body.contains(secret) || headers.contains(secret))
}

/// Whether `answer` keeps the contract for `request` under `P`; the error says how
/// it does not.
fn conforms<P: Policy>(request: &Hostile, answer: &Answer) -> Result<(), String> {
    let status = answer.status;
    let routers_own = (status == StatusCode::NOT_FOUND && request.unrouted)
        || status == StatusCode::METHOD_NOT_ALLOWED;
    if !P::allows(&request.method, status) && !routers_own {
        return Err(format!("{status} is not allowed for {}", request.method));
    }
    if status == StatusCode::METHOD_NOT_ALLOWED && !answer.headers.contains_key("allow") {
        return Err("a 405 without Allow".to_owned());
    }
    if let Some(secret) = shows_a_secret(answer) {
        return Err(format!("the answer shows {secret:?}"));
    }
    if request.method == Method::HEAD {
        return if answer.body.is_empty() {
            Ok(())
        } else {
            Err("a body in answer to HEAD".to_owned())
        };
    }
    if status.is_client_error() || status.is_server_error() {
        let content_type = answer.headers.get("content-type");
        if content_type.is_none_or(|value| value != "application/json") {
            return Err(format!("content-type {content_type:?}"));
        }
        if !support::is_error_body(&answer.body) {
            return Err("not the error object".to_owned());
        }
        if status.is_server_error() && answer.body != INTERNAL.as_bytes() {
            return Err("a 5xx body that is not the sanitized one".to_owned());
        }
    }
    Ok(())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn hostile_requests_to_the_invoices_app_get_answers_within_the_contract() {
    logs::capture();
    let base = support::serve_axum(invoices::app()).await;
    let client = client();
    let requests = hostile_requests();
    let mut broken = Vec::new();
    let mut statuses = std::collections::BTreeMap::<u16, usize>::new();
    for request in &requests {
        let answer = send(&client, &base, request).await;
        *statuses.entry(answer.status.as_u16()).or_default() += 1;
        if let Err(problem) = conforms::<Extended>(request, &answer) {
            let body = String::from_utf8_lossy(&answer.body);
            let body: String = body.chars().take(200).collect();
            broken.push(format!(
                "{} ({} {}): {} {problem}: {body}",
                request.what,
                request.method,
                request.path.chars().take(60).collect::<String>(),
                answer.status
            ));
        }
    }
    eprintln!(
        "hostile: {} sent, {} conforming; statuses {statuses:?}",
        requests.len(),
        requests.len() - broken.len()
    );
    assert!(broken.is_empty(), "{}", broken.join("\n"));
    // Every status a client can cause is here, and the store's failure too.
    for status in [200, 201, 204, 400, 404, 405, 500] {
        assert!(
            statuses.contains_key(&status),
            "no {status} in {statuses:?}"
        );
    }

    // And the server still answers.
    let list = send(
        &client,
        &base,
        &Hostile::new("list", Method::GET, "/invoices"),
    )
    .await;
    assert_eq!(list.status, StatusCode::OK);
}

/// One request and the exact answer it must get.
async fn exchange(client: &reqwest::Client, base: &str, request: Hostile) -> (u16, String) {
    let answer = send(client, base, &request).await;
    (
        answer.status.as_u16(),
        String::from_utf8(answer.body).unwrap(),
    )
}

fn error(code: &str, message: &str) -> String {
    serde_json::json!({ "errors": [{ "code": code, "message": message }] }).to_string()
}

#[derive(serde::Deserialize, serde::Serialize)]
struct Login {
    user: String,
}

#[derive(serde::Deserialize)]
struct Page {
    offset: u32,
}

/// Every extractor, on one route each, unguarded: their rejections alone.
fn extractors_app() -> Router {
    Router::new()
        .route(
            "/customers",
            post(|Json(login): Json<Login>| async move {
                Created::at(format!("/customers/{}", login.user), login)
            }),
        )
        .route(
            "/json",
            post(|Json(login): Json<Login>| async move { Json(login) }),
        )
        .route(
            "/form",
            post(|Form(login): Form<Login>| async move { login.user }),
        )
        .route(
            "/form",
            get(|Form(login): Form<Login>| async move { login.user }),
        )
        .route(
            "/query",
            get(|Query(page): Query<Page>| async move { page.offset.to_string() }),
        )
        .route(
            "/path/{id}",
            get(|Path(id): Path<u64>| async move { id.to_string() }),
        )
        .route(
            "/two/{id}",
            get(|Path((a, b)): Path<(u64, u64)>| async move { format!("{a}{b}") }),
        )
}

#[tokio::test]
async fn each_extractor_rejects_with_its_code_and_a_message_about_the_input() {
    logs::capture();
    let base = support::serve_axum(extractors_app()).await;
    let client = client();
    let json = |body: &str| Hostile::new("", Method::POST, "/json").json(body.to_owned());

    assert_eq!(
        exchange(&client, &base, json(r#"{"user":"ann"}"#)).await,
        (200, r#"{"user":"ann"}"#.to_owned())
    );
    assert_eq!(
        exchange(&client, &base, json(r#"{"user":"#)).await,
        (
            400,
            error(
                "malformed_body",
                "Failed to parse the request body as JSON: user: EOF while parsing a value at line 1 column 8"
            )
        )
    );
    assert_eq!(
        exchange(&client, &base, json(r#"{"user":5}"#)).await,
        (
            400,
            error(
                "malformed_body",
                "Failed to deserialize the JSON body into the target type: user: invalid type: integer `5`, expected a string at line 1 column 9"
            )
        )
    );
    let plain = Hostile::new("", Method::POST, "/json").typed("text/plain", r#"{"user":"ann"}"#);
    assert_eq!(
        exchange(&client, &base, plain).await,
        (
            400,
            error(
                "wrong_content_type",
                "Expected a request with `Content-Type: application/json`"
            )
        )
    );
    let untyped = Hostile::new("", Method::POST, "/json").untyped(r#"{"user":"ann"}"#);
    assert_eq!(exchange(&client, &base, untyped).await.0, 400);
    let large = json(&format!(r#"{{"user":"{}"}}"#, "x".repeat(3 << 20)));
    assert_eq!(
        exchange(&client, &base, large).await,
        (
            400,
            error(
                "body_too_large",
                "The request body is larger than this server accepts"
            )
        )
    );

    let form = |body: &str| {
        Hostile::new("", Method::POST, "/form")
            .typed("application/x-www-form-urlencoded", body.to_owned())
    };
    assert_eq!(
        exchange(&client, &base, form("user=ann")).await,
        (200, "ann".to_owned())
    );
    assert_eq!(
        exchange(&client, &base, form("name=ann")).await,
        (
            400,
            error(
                "malformed_body",
                "Failed to deserialize form body: missing field `user`"
            )
        )
    );
    let form_as_json = Hostile::new("", Method::POST, "/form").json("user=ann");
    assert_eq!(
        exchange(&client, &base, form_as_json).await,
        (
            400,
            error(
                "wrong_content_type",
                "Expected a request with `Content-Type: application/x-www-form-urlencoded`"
            )
        )
    );
    assert_eq!(
        exchange(
            &client,
            &base,
            Hostile::new("", Method::GET, "/form?name=ann")
        )
        .await,
        (
            400,
            error(
                "invalid_query",
                "Failed to deserialize form: missing field `user`"
            )
        )
    );

    assert_eq!(
        exchange(
            &client,
            &base,
            Hostile::new("", Method::GET, "/query?offset=-1")
        )
        .await,
        (
            400,
            error(
                "invalid_query",
                "Failed to deserialize query string: offset: invalid digit found in string"
            )
        )
    );
    assert_eq!(
        exchange(
            &client,
            &base,
            Hostile::new("", Method::GET, "/path/%22x%0A")
        )
        .await,
        (
            400,
            error(
                "invalid_path",
                "Invalid URL: Cannot parse `\"x\n` to a `u64`"
            )
        )
    );
    // A path segment of any length gets a message of bounded length.
    let huge = Hostile::new("", Method::GET, format!("/path/{}", "9".repeat(10_000)));
    let (status, body) = exchange(&client, &base, huge).await;
    assert_eq!(status, 400);
    let body: serde_json::Value = serde_json::from_str(&body).unwrap();
    let message = body["errors"][0]["message"].as_str().unwrap();
    assert!(message.len() <= rest_status::rejection::MAX_MESSAGE_LEN);
    assert!(message.ends_with('…'), "{message}");

    // A `Path` that does not fit its route is the server's mistake: sanitized.
    assert_eq!(
        exchange(&client, &base, Hostile::new("", Method::GET, "/two/1")).await,
        (500, INTERNAL.to_owned())
    );
    assert_eq!(
        logs::lines_with("an extractor does not fit its route").len(),
        1
    );
}

/// An app written the careless way: its own 500 with the error's text, a panic caught
/// by `CatchPanicLayer`, a status no policy allows, a handler's plain-text 404.
fn careless_app() -> Router {
    async fn database() -> Result<String, std::io::Error> {
        Err(std::io::Error::other(
            "connection to postgres://admin:s3cr3t@db-2/invoices refused",
        ))
    }
    Router::new()
        .route(
            "/own-500",
            get(|| async {
                match database().await {
                    Ok(text) => (StatusCode::OK, text),
                    Err(err) => (StatusCode::INTERNAL_SERVER_ERROR, err.to_string()),
                }
            }),
        )
        .route(
            "/panic",
            get(|| async {
                let secret = "s3cr3t";
                if !secret.is_empty() {
                    panic!("the handler panicked holding {secret}");
                }
                "unreachable"
            }),
        )
        .route("/teapot", get(|| async { StatusCode::IM_A_TEAPOT }))
        .route(
            "/plain-404",
            get(|| async { (StatusCode::NOT_FOUND, "no such thing") }),
        )
        .route("/text", get(|| async { "plain text passes untouched" }))
        .layer(CatchPanicLayer::new())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_careless_app_leaks_nothing_once_guarded_and_each_refusal_is_reported_once() {
    logs::capture();
    let client = client();

    // Unguarded, it leaks: the test can tell.
    let base = support::serve_axum(careless_app()).await;
    let leaked = send(&client, &base, &Hostile::new("", Method::GET, "/own-500")).await;
    assert!(shows_a_secret(&leaked).is_some());
    assert!(String::from_utf8_lossy(&leaked.body).contains("postgres://admin:s3cr3t"));

    let base = support::serve_axum(careless_app().layer(Guard::new::<Strict>())).await;
    let get = |path: &'static str| Hostile::new(path, Method::GET, path);
    // Other tests run beside this one and log too: only this app's lines are counted
    // (the HEAD test serves the same app under `/head`).
    let refusals = || {
        logs::lines_with("the policy does not allow this status")
            .iter()
            .filter(|line| !line.contains("path=\"/head/"))
            .count()
    };
    let replaced_here = || {
        logs::lines_with("replaced a 5xx body")
            .into_iter()
            .filter(|line| line.contains("path=\"/own-500\"") || line.contains("path=\"/panic\""))
            .collect::<Vec<_>>()
    };
    let refused_before = refusals();
    let replaced_before = replaced_here().len();

    for path in ["/own-500", "/panic"] {
        let answer = send(&client, &base, &get(path)).await;
        assert_eq!(answer.status, StatusCode::INTERNAL_SERVER_ERROR, "{path}");
        assert_eq!(answer.body, INTERNAL.as_bytes(), "{path}");
        assert_eq!(answer.headers["content-type"], "application/json");
        assert_eq!(shows_a_secret(&answer), None, "{path}");
    }
    // Each original is logged server-side, once, with what the client did not see.
    let replaced = replaced_here();
    assert_eq!(replaced.len(), replaced_before + 2, "{replaced:#?}");
    assert_eq!(logs::lines_with("postgres://admin:s3cr3t@db-2").len(), 1);
    let panic_replaced = logs::lines_with("Service panicked")
        .into_iter()
        .filter(|line| line.contains("replaced a 5xx body"))
        .count();
    assert_eq!(panic_replaced, 1);
    // A 500 is allowed to GET: no refusal.
    assert_eq!(refusals(), refused_before);

    // The teapot keeps its status (no remapping was asked for), gets the error
    // object, and is reported once per answer.
    for round in 1..=2 {
        let (status, body) = exchange(&client, &base, get("/teapot")).await;
        assert_eq!((status, body), (418, error("im_a_teapot", "I'm a teapot")));
        assert_eq!(refusals(), refused_before + round);
    }
    let report = logs::lines_with("the policy does not allow this status");
    let last = report.last().unwrap();
    for field in [
        "method=\"GET\"",
        "path=\"/teapot\"",
        "status=418",
        "policy=\"Strict\"",
    ] {
        assert!(last.contains(field), "{field} in {last}");
    }

    assert_eq!(
        exchange(&client, &base, get("/plain-404")).await,
        (404, error("not_found", "Not Found"))
    );
    assert_eq!(
        exchange(&client, &base, get("/text")).await,
        (200, "plain text passes untouched".to_owned())
    );
    let head = send(&client, &base, &Hostile::new("", Method::HEAD, "/own-500")).await;
    assert_eq!(head.status, StatusCode::INTERNAL_SERVER_ERROR);
    assert!(head.body.is_empty());
    assert_eq!(
        refusals(),
        refused_before + 3,
        "HEAD is not covered by Strict"
    );

    // The router's own answers are not refusals, and keep `Allow`.
    let wrong = send(&client, &base, &Hostile::new("", Method::DELETE, "/text")).await;
    assert_eq!(wrong.status, StatusCode::METHOD_NOT_ALLOWED);
    assert_eq!(wrong.headers["allow"], "GET,HEAD");
    assert_eq!(
        String::from_utf8(wrong.body).unwrap(),
        error("method_not_allowed", "Method Not Allowed")
    );
    assert_eq!(
        exchange(&client, &base, get("/nowhere")).await,
        (404, error("not_found", "Not Found"))
    );
    assert_eq!(
        refusals(),
        refused_before + 3,
        "{:#?}",
        logs::lines_with("the policy does not allow")
    );
}

#[tokio::test]
async fn a_remapped_status_is_sent_as_the_policy_allows() {
    logs::capture();
    let guard = Guard::new::<Strict>().remap(rest_status::Method::Get, 400, 404);
    let base = support::serve_axum(extractors_app().layer(guard)).await;
    let (status, body) = exchange(&client(), &base, Hostile::new("", Method::GET, "/path/x")).await;
    assert_eq!(status, 404);
    assert_eq!(
        body,
        error("invalid_path", "Invalid URL: Cannot parse `x` to a `u64`")
    );
}

#[tokio::test]
async fn in_panic_mode_a_refused_status_fails_the_request() {
    logs::capture();
    support::panics::capture();
    let guard = Guard::new::<Strict>().on_refusal(OnRefusal::Panic);
    let base = support::serve_axum(careless_app().layer(guard)).await;
    let client = client();
    let teapot = client
        .get(format!("{base}/teapot?token=s3cr3t"))
        .send()
        .await;
    assert!(teapot.is_err(), "the connection breaks: {teapot:?}");
    assert_eq!(
        support::panics::with("/teapot"),
        ["rest-status guard: GET /teapot (route) answered 418 I'm a teapot, which the policy `Strict` does not allow"]
    );
    // Allowed statuses pass, and the server still answers.
    let answer = send(&client, &base, &Hostile::new("", Method::GET, "/text")).await;
    assert_eq!(answer.status, StatusCode::OK);
}

#[tokio::test]
async fn head_answers_through_the_guard_carry_no_body_on_the_wire() {
    logs::capture();
    let app = Router::new().nest("/head", careless_app());
    let base = support::serve_axum(app.layer(Guard::new::<Extended>())).await;
    let address = support::address(&base);
    // axum's `get` answers HEAD too; what the client library hides, the raw bytes
    // show: nothing follows the head.
    for (path, status_line) in [
        ("/head/own-500", "HTTP/1.1 500 Internal Server Error"),
        ("/head/panic", "HTTP/1.1 500 Internal Server Error"),
        ("/head/plain-404", "HTTP/1.1 404 Not Found"),
        ("/head/teapot", "HTTP/1.1 418 I'm a teapot"),
        ("/head/nowhere", "HTTP/1.1 404 Not Found"),
    ] {
        let raw = support::head(address, path).await;
        support::assert_error_head(&raw, path, status_line, SECRETS);
        // axum sets the length of an empty body on a route's answer, not on its
        // fallback's.
        let length = raw.headers.get("content-length").map(String::as_str);
        assert!(matches!(length, None | Some("0")), "{path}: {raw:?}");
    }
    // A passing answer to HEAD keeps the headers of its GET, and has no body either.
    let raw = support::head(address, "/head/text").await;
    assert_eq!(raw.status_line, "HTTP/1.1 200 OK");
    assert_eq!(raw.after_head, b"");
    assert_eq!(raw.headers["content-length"], "27");
    assert_eq!(raw.headers["content-type"], "text/plain; charset=utf-8");
}

#[tokio::test]
async fn a_location_with_any_name_is_a_valid_uri() {
    let base = support::serve_axum(extractors_app()).await;
    let client = client();
    for (user, location) in [
        ("café", "/customers/caf%C3%A9"),
        ("a b/%2F\"<>", "/customers/a%20b/%2F%22%3C%3E"),
        ("ann", "/customers/ann"),
    ] {
        let body = serde_json::json!({ "user": user }).to_string();
        let request = Hostile::new("", Method::POST, "/customers").json(body);
        let answer = send(&client, &base, &request).await;
        assert_eq!(answer.status, StatusCode::CREATED);
        assert_eq!(answer.headers["location"], location);
        // What the client reads back parses as a URI.
        location.parse::<http::Uri>().unwrap();
    }
}

/// A body sent in frames: the chunks it has, then either its end or, when `stalls`,
/// a wait that never ends.
struct Frames {
    chunks: std::collections::VecDeque<&'static str>,
    stalls: bool,
}

impl axum::body::HttpBody for Frames {
    type Data = axum::body::Bytes;
    type Error = std::convert::Infallible;

    fn poll_frame(
        mut self: std::pin::Pin<&mut Self>,
        _cx: &mut std::task::Context<'_>,
    ) -> std::task::Poll<Option<Result<http_body::Frame<Self::Data>, Self::Error>>> {
        match self.chunks.pop_front() {
            Some(chunk) => std::task::Poll::Ready(Some(Ok(http_body::Frame::data(chunk.into())))),
            // Never woken: nothing more ever comes.
            None if self.stalls => std::task::Poll::Pending,
            None => std::task::Poll::Ready(None),
        }
    }
}

fn framed(status: StatusCode, chunks: &[&'static str], stalls: bool) -> axum::response::Response {
    let body = Frames {
        chunks: chunks.iter().copied().collect(),
        stalls,
    };
    let mut response = axum::response::Response::new(axum::body::Body::new(body));
    *response.status_mut() = status;
    response
}

#[tokio::test]
async fn streams_pass_untouched_and_a_stalled_5xx_does_not_hold_the_answer_back() {
    logs::capture();
    let app = Router::new()
        .route(
            "/stream",
            get(|| async { framed(StatusCode::OK, &["one ", "two ", "three"], false) }),
        )
        .route(
            "/stalled-500",
            get(|| async { framed(StatusCode::INTERNAL_SERVER_ERROR, &["db-2 said: "], true) }),
        )
        .layer(Guard::new::<Extended>());
    let base = support::serve_axum(app).await;
    let client = client();

    let stream = client.get(format!("{base}/stream")).send().await.unwrap();
    assert_eq!(stream.status(), StatusCode::OK);
    // Sent as it came, chunked: the guard did not read it.
    assert_eq!(stream.headers()["transfer-encoding"], "chunked");
    assert_eq!(stream.text().await.unwrap(), "one two three");

    let stalled = tokio::time::timeout(
        Duration::from_secs(5),
        send(
            &client,
            &base,
            &Hostile::new("", Method::GET, "/stalled-500"),
        ),
    )
    .await
    .expect("the sanitized answer does not wait for the stalled body");
    assert_eq!(stalled.status, StatusCode::INTERNAL_SERVER_ERROR);
    assert_eq!(stalled.body, INTERNAL.as_bytes());
    let logged = logs::lines_with("original=db-2 said: ");
    assert_eq!(logged.len(), 1, "{logged:#?}");
    assert!(logged[0].contains("complete=false"), "{}", logged[0]);
}
