//! Shared by the end-to-end tests: a real HTTP client and how to read its answers.
#![allow(dead_code)] // each test file uses the part it needs

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
