//! Shared by the end-to-end tests: a real HTTP client, the error types, the log.
#![allow(dead_code)] // each test file uses the part it needs

pub mod errors;

use std::collections::BTreeMap;

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
