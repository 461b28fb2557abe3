//! The invoices example under load. A bounded burst of concurrent requests on
//! 127.0.0.1 mixes valid, invalid and failing ones. Every answer must have a status
//! that the example's policy allows for its method and a body of the error object's
//! shape (the guide, "The error object"). No answer may be lost, nothing from the
//! failing store may reach a client, and the server must still answer afterwards.

#![forbid(unsafe_code)]
#![cfg(feature = "axum")]

mod support;

// The example's own service, not a copy; its demo and `main` go unused here.
#[allow(dead_code)]
#[path = "../examples/invoices.rs"]
mod invoices;

use std::collections::BTreeMap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use http::{Method, StatusCode};
use rest_status::{Extended, Policy};
use support::logs;

/// Requests in the burst, and how many are in flight at once.
const REQUESTS: usize = 2_000;
const IN_FLIGHT: usize = 64;

/// The invoice whose store fails, and what its failure says that no client may read.
const BAD_SECTOR: u64 = 13;
const SECRETS: &[&str] = &["hunter2", "checksum", "/var/lib", "db-2", "storage failed"];
const INTERNAL: &str =
    r#"{"errors":[{"code":"internal_error","message":"Internal Server Error"}]}"#;

/// Bodies that are no invoice: broken JSON, the wrong shape, values the handlers
/// refuse.
const BAD_BODIES: &[&str] = &[
    r#"{"customer":"#,
    r#"{"customer":5,"amount_cents":100}"#,
    r#"{"amount_cents":100}"#,
    r#"[]"#,
    "",
    "null",
    r#"{"customer":"ACME","amount_cents":1e99}"#,
    r#"{"customer":"","amount_cents":100}"#,
    r#"{"customer":"ACME","amount_cents":-5}"#,
    r#"{"customer":"\ud800","amount_cents":1}"#,
    "\u{feff}{}",
];
/// Path segments that are no invoice id.
const BAD_IDS: &[&str] = &[
    "abc",
    "-1",
    "99999999999999999999999",
    "1.5",
    "%FF",
    "%00",
    "0x0D",
    "%F0%9F%92%A5",
];

/// The example's policy: its guard holds the whole service to `Extended`.
fn allows(method: &Method, status: StatusCode) -> bool {
    Extended::allows(method, status)
}

struct Request {
    method: Method,
    path: String,
    /// The body, sent as JSON unless `json` is false.
    body: Option<&'static str>,
    json: bool,
    /// The status it must get, where the request alone decides it.
    expect: Option<u16>,
}

impl Request {
    fn new(method: Method, path: impl Into<String>) -> Request {
        Request {
            method,
            path: path.into(),
            body: None,
            json: true,
            expect: None,
        }
    }

    fn body(mut self, body: &'static str) -> Request {
        self.body = Some(body);
        self
    }

    fn expect(mut self, status: u16) -> Request {
        self.expect = Some(status);
        self
    }
}

/// xorshift64: the same burst on every run.
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % n as u64) as usize
    }

    fn pick<T: Clone>(&mut self, items: &[T]) -> T {
        items[self.below(items.len())].clone()
    }
}

/// `count` requests: about half valid, a third invalid, the rest failing at the store.
fn burst(count: usize) -> Vec<Request> {
    const VALID_BODY: &str = r#"{"customer":"ACME \"quoted\" Ltd","amount_cents":12500}"#;
    let with_id = [
        Method::GET,
        Method::HEAD,
        Method::PUT,
        Method::PATCH,
        Method::DELETE,
    ];
    let mut rng = Rng(0x853c_49e6_748f_ea9b);
    (0..count)
        .map(|_| {
            // Ids that exist, existed once, or never will; not the bad sector's.
            let id = match 1 + rng.below(300) as u64 {
                BAD_SECTOR => BAD_SECTOR + 1,
                id => id,
            };
            let method = rng.pick(&with_id);
            let item = format!("/invoices/{id}");
            match rng.below(20) {
                0..=1 => Request::new(Method::GET, "/invoices").expect(200),
                2..=4 => Request::new(Method::POST, "/invoices")
                    .body(VALID_BODY)
                    .expect(201),
                5 => Request::new(Method::GET, item),
                6 => Request::new(Method::HEAD, item),
                7 => Request::new(Method::PUT, item).body(VALID_BODY),
                8 => Request::new(Method::PATCH, item).body(r#"{"paid":true}"#),
                9 => Request::new(Method::DELETE, item).expect(204),
                10..=11 => {
                    let method = rng.pick(&[Method::POST, Method::PUT, Method::PATCH]);
                    let path = if method == Method::POST {
                        "/invoices"
                    } else {
                        &item
                    };
                    Request::new(method, path).body(rng.pick(BAD_BODIES))
                }
                12 => Request {
                    json: false,
                    ..Request::new(Method::POST, "/invoices").body(VALID_BODY)
                },
                13..=14 => {
                    let path = format!("/invoices/{}", rng.pick(BAD_IDS));
                    Request::new(method, path).body(VALID_BODY)
                }
                15 => Request::new(method, format!("/invoices/{}", 1000 + id)).body(VALID_BODY),
                _ => Request::new(method, format!("/invoices/{BAD_SECTOR}"))
                    .body(r#"{"customer":"ACME","amount_cents":1,"paid":true}"#)
                    .expect(500),
            }
        })
        .collect()
}

/// What came back for one request.
struct Answer {
    status: StatusCode,
    content_type: Option<String>,
    headers: String,
    body: Vec<u8>,
}

async fn send(client: &reqwest::Client, base: &str, request: &Request) -> Result<Answer, String> {
    let mut builder = client.request(request.method.clone(), format!("{base}{}", request.path));
    let takes_body = [Method::POST, Method::PUT, Method::PATCH].contains(&request.method);
    if let Some(body) = request.body.filter(|_| takes_body) {
        if request.json {
            builder = builder.header("content-type", "application/json");
        }
        builder = builder.body(body);
    }
    let response = builder.send().await.map_err(|error| error.to_string())?;
    let status = response.status();
    let headers = format!("{:?}", response.headers());
    let content_type = response
        .headers()
        .get("content-type")
        .and_then(|value| value.to_str().ok())
        .map(str::to_owned);
    let body = response.bytes().await.map_err(|error| error.to_string())?;
    Ok(Answer {
        status,
        content_type,
        headers,
        body: body.to_vec(),
    })
}

/// Sends every request with `in_flight` of them on the wire at once; the answers come
/// back in the order of `requests`.
async fn send_all(
    client: &reqwest::Client,
    base: &str,
    requests: Arc<Vec<Request>>,
    in_flight: usize,
) -> Vec<Result<Answer, String>> {
    let next = Arc::new(AtomicUsize::new(0));
    let workers: Vec<_> = (0..in_flight)
        .map(|_| {
            let (client, base) = (client.clone(), base.to_owned());
            let (requests, next) = (requests.clone(), next.clone());
            tokio::spawn(async move {
                let mut answers = Vec::new();
                loop {
                    let index = next.fetch_add(1, Ordering::Relaxed);
                    let Some(request) = requests.get(index) else {
                        return answers;
                    };
                    answers.push((index, send(&client, &base, request).await));
                }
            })
        })
        .collect();
    let mut answers = Vec::with_capacity(requests.len());
    for worker in workers {
        answers.extend(worker.await.expect("a worker finishes"));
    }
    answers.sort_by_key(|(index, _)| *index);
    answers.into_iter().map(|(_, answer)| answer).collect()
}

/// Whether `answer` keeps the contract for `request`; the error says how it does not.
fn check(request: &Request, answer: &Answer) -> Result<(), String> {
    let status = answer.status;
    let body = String::from_utf8_lossy(&answer.body);
    if !allows(&request.method, status) {
        return Err(format!("{status} is not allowed for {}", request.method));
    }
    if let Some(expected) = request.expect {
        if status.as_u16() != expected {
            return Err(format!("{status}, expected {expected}"));
        }
    }
    if let Some(secret) = SECRETS
        .iter()
        .find(|secret| body.contains(**secret) || answer.headers.contains(**secret))
    {
        return Err(format!("the answer shows {secret:?}"));
    }
    if request.method == Method::HEAD || status == StatusCode::NO_CONTENT {
        if !answer.body.is_empty() {
            return Err("a body where there must be none".to_owned());
        }
        return Ok(());
    }
    if answer.content_type.as_deref() != Some("application/json") {
        return Err(format!("content-type {:?}", answer.content_type));
    }
    let json: serde_json::Value =
        serde_json::from_slice(&answer.body).map_err(|error| format!("not JSON: {error}"))?;
    if status.is_success() {
        return Ok(());
    }
    if !support::is_error_object(&json) {
        return Err("not the error object".to_owned());
    }
    if status.is_server_error() && body != INTERNAL {
        return Err("a 5xx body that is not the sanitized one".to_owned());
    }
    Ok(())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_burst_of_mixed_requests_gets_only_allowed_statuses_and_well_formed_bodies() {
    logs::capture();
    let base = support::serve_axum(invoices::app()).await;
    let client = reqwest::Client::builder()
        .timeout(Duration::from_secs(30))
        .build()
        .unwrap();

    let requests = Arc::new(burst(REQUESTS));
    let started = Instant::now();
    let answers = send_all(&client, &base, requests.clone(), IN_FLIGHT).await;
    let elapsed = started.elapsed();

    // Nothing is lost: one answer per request, every one of them an HTTP answer.
    assert_eq!(answers.len(), REQUESTS);
    let mut histogram: BTreeMap<u16, usize> = BTreeMap::new();
    let mut by_method: BTreeMap<(String, u16), usize> = BTreeMap::new();
    let mut broken = Vec::new();
    for (request, answer) in requests.iter().zip(&answers) {
        let what = format!("{} {} {:?}", request.method, request.path, request.body);
        match answer {
            Ok(answer) => {
                *histogram.entry(answer.status.as_u16()).or_default() += 1;
                *by_method
                    .entry((request.method.to_string(), answer.status.as_u16()))
                    .or_default() += 1;
                if let Err(problem) = check(request, answer) {
                    let body = String::from_utf8_lossy(&answer.body);
                    broken.push(format!("{what} -> {}: {problem}: {body}", answer.status));
                }
            }
            Err(error) => broken.push(format!("{what} -> lost: {error}")),
        }
    }
    eprintln!(
        "load: {REQUESTS} requests, {IN_FLIGHT} in flight, {elapsed:.2?}, {:.0} requests/s",
        REQUESTS as f64 / elapsed.as_secs_f64()
    );
    eprintln!("load: statuses {histogram:?}");
    eprintln!("load: by method {by_method:?}");
    assert!(
        broken.is_empty(),
        "{} of {REQUESTS} answers break the contract; the first ones:\n{}",
        broken.len(),
        broken[..broken.len().min(10)].join("\n")
    );

    // Every internal error was logged on the server, with what the client never saw.
    let failed = histogram.get(&500).copied().unwrap_or_default();
    assert!(failed > 0, "the burst reaches the bad sector");
    assert_eq!(logs::lines_with("hunter2").len(), failed);

    // And the server still answers.
    let list = send(&client, &base, &Request::new(Method::GET, "/invoices"))
        .await
        .expect("the server answers after the burst");
    assert_eq!(list.status, StatusCode::OK);
    let invoices: serde_json::Value = serde_json::from_slice(&list.body).unwrap();
    assert!(invoices.as_array().is_some_and(|all| !all.is_empty()));
}
