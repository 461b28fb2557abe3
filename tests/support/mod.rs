//! Shared by the end-to-end tests: a real HTTP client, the error types, the log.
#![allow(dead_code)] // each test file uses the part it needs

pub mod errors;

/// `{"errors":[{"code":"...","message":"..."}, ...]}` and nothing else: the crate's
/// error object, with a non-empty code in every error.
pub fn is_error_object(body: &serde_json::Value) -> bool {
    let Some(object) = body.as_object() else {
        return false;
    };
    let Some(errors) = object.get("errors").and_then(|errors| errors.as_array()) else {
        return false;
    };
    object.len() == 1
        && !errors.is_empty()
        && errors.iter().all(|error| {
            error.as_object().is_some_and(|error| {
                error.len() == 2
                    && error["code"].as_str().is_some_and(|code| !code.is_empty())
                    && error["message"].is_string()
            })
        })
}

/// [`is_error_object`] of a body as it came off the wire.
pub fn is_error_body(body: impl AsRef<[u8]>) -> bool {
    serde_json::from_slice(body.as_ref()).is_ok_and(|body| is_error_object(&body))
}

use std::collections::BTreeMap;

/// Serves `app` on 127.0.0.1, on a port of its own, on the test's tokio runtime;
/// returns the base URL.
pub async fn serve_axum(app: axum::Router) -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    base
}

#[path = "../../benches/support/actix_server.rs"]
mod actix_server;

#[allow(unused_imports)] // as `dead_code` above: the axum tests do not serve actix-web
pub use actix_server::serve_actix;

/// What came back over the socket: status, the headers the tests look at, the body.
#[derive(Debug)]
pub struct Exchange {
    pub status: u16,
    pub headers: BTreeMap<String, String>,
    pub body: String,
}

impl Exchange {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).map(String::as_str)
    }
}

/// Sends one request with a real HTTP client and reads the whole answer.
pub async fn send(method: &str, url: &str, body: Option<&str>) -> Exchange {
    let client = reqwest::Client::new();
    let method = reqwest::Method::from_bytes(method.as_bytes()).expect("a valid method");
    let mut request = client.request(method, url);
    if let Some(body) = body {
        request = request
            .header("content-type", "application/json")
            .body(body.to_owned());
    }
    let response = request.send().await.expect("the server answers");
    let status = response.status().as_u16();
    let headers = response
        .headers()
        .iter()
        .map(|(name, value)| {
            (
                name.as_str().to_owned(),
                value.to_str().unwrap_or("<not text>").to_owned(),
            )
        })
        .collect();
    let body = response.text().await.expect("a text body");
    Exchange {
        status,
        headers,
        body,
    }
}

/// What came back for a request written as raw bytes: the status line, the headers
/// (names in lower case), and every byte the server sent after the head.
#[derive(Debug)]
pub struct Raw {
    pub status_line: String,
    pub headers: BTreeMap<String, String>,
    pub after_head: Vec<u8>,
}

/// Writes `request` on a fresh connection to `address` (`host:port`) and reads until
/// the server closes it: the request should say `connection: close`. A client
/// library hides what this shows, such as a body sent in answer to HEAD. `None` when
/// the server closes the connection without an answer.
pub async fn raw_exchange(address: &str, request: &str) -> Option<Raw> {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let mut stream = tokio::net::TcpStream::connect(address).await.unwrap();
    stream.write_all(request.as_bytes()).await.unwrap();
    let mut bytes = Vec::new();
    tokio::time::timeout(
        std::time::Duration::from_secs(10),
        stream.read_to_end(&mut bytes),
    )
    .await
    .expect("the server closes the connection")
    .ok()?;
    let end = bytes.windows(4).position(|w| w == b"\r\n\r\n")?;
    let head = std::str::from_utf8(&bytes[..end]).expect("a text head");
    let mut lines = head.split("\r\n");
    let status_line = lines.next()?.to_owned();
    let headers = lines
        .map(|line| {
            let (name, value) = line.split_once(':').expect("a header line");
            (name.to_ascii_lowercase(), value.trim().to_owned())
        })
        .collect();
    Some(Raw {
        status_line,
        headers,
        after_head: bytes[end + 4..].to_vec(),
    })
}

/// The address (`host:port`) of a base URL (`http://host:port`).
pub fn address(base: &str) -> &str {
    base.trim_start_matches("http://")
}

/// Sends HEAD `path` as raw bytes on a fresh connection to `address` (`host:port`),
/// closed after the answer; the answer, which must come.
pub async fn head(address: &str, path: &str) -> Raw {
    let request = format!("HEAD {path} HTTP/1.1\r\nhost: test\r\nconnection: close\r\n\r\n");
    raw_exchange(address, &request)
        .await
        .unwrap_or_else(|| panic!("an answer to HEAD {path}"))
}

/// Checks what a guarded error's answer to HEAD `path` is on the wire in either
/// framework: `status_line`, nothing after the head, the JSON content type, and
/// none of `secrets` in the headers. The length each framework sets is the
/// caller's to check.
#[track_caller]
pub fn assert_error_head(raw: &Raw, path: &str, status_line: &str, secrets: &[&str]) {
    assert_eq!(raw.status_line, status_line, "{path}");
    assert_eq!(raw.after_head, b"", "{path}: no body after the head");
    assert_eq!(raw.headers["content-type"], "application/json", "{path}");
    let head = format!("{:?}", raw.headers);
    assert!(
        secrets.iter().all(|secret| !head.contains(secret)),
        "{head}"
    );
}

/// The messages of the panics of the process that the guard raises, kept for the
/// assertions; each panic still goes to the default hook too.
pub mod panics {
    use std::sync::{Mutex, OnceLock};

    static MESSAGES: Mutex<Vec<String>> = Mutex::new(Vec::new());

    /// Installs the recording hook for the whole test binary (once).
    pub fn capture() {
        static INSTALLED: OnceLock<()> = OnceLock::new();
        INSTALLED.get_or_init(|| {
            let previous = std::panic::take_hook();
            std::panic::set_hook(Box::new(move |info| {
                let payload = info.payload();
                let message = payload
                    .downcast_ref::<String>()
                    .map(String::as_str)
                    .or_else(|| payload.downcast_ref::<&str>().copied())
                    .unwrap_or_default();
                if message.starts_with("rest-status guard") {
                    MESSAGES
                        .lock()
                        .unwrap_or_else(std::sync::PoisonError::into_inner)
                        .push(message.to_owned());
                }
                previous(info);
            }));
        });
    }

    /// The guard's panic messages so far that contain `needle`.
    pub fn with(needle: &str) -> Vec<String> {
        MESSAGES
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .iter()
            .filter(|message| message.contains(needle))
            .cloned()
            .collect()
    }
}

/// Every log line the process writes through `tracing`, kept for the assertions.
pub mod logs {
    use std::io::Write;
    use std::sync::{Mutex, OnceLock};

    static LINES: OnceLock<Mutex<Vec<u8>>> = OnceLock::new();

    struct Capture;

    impl Write for Capture {
        fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
            LINES
                .get_or_init(Default::default)
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner)
                .extend_from_slice(bytes);
            Ok(bytes.len())
        }

        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    /// Installs the capturing subscriber for the whole test binary (once).
    pub fn capture() {
        static INSTALLED: OnceLock<()> = OnceLock::new();
        INSTALLED.get_or_init(|| {
            let subscriber = tracing_subscriber::fmt()
                .with_writer(|| Capture)
                .with_ansi(false)
                .without_time()
                .finish();
            tracing::subscriber::set_global_default(subscriber).expect("one subscriber");
        });
    }

    /// The lines logged so far that contain `needle`.
    pub fn lines_with(needle: &str) -> Vec<String> {
        let lines = LINES
            .get_or_init(Default::default)
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .clone();
        String::from_utf8_lossy(&lines)
            .lines()
            .filter(|line| line.contains(needle))
            .map(str::to_owned)
            .collect()
    }
}
