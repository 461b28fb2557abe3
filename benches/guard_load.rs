//! The guard's cost over real sockets: the same hello-world router served twice on
//! 127.0.0.1, bare and guarded, loaded in turns by keep-alive connections that each
//! send requests one after another. Bounded: `ROUNDS` rounds of `REQUESTS` requests
//! per server, loopback only. Prints the median throughput of each and their ratio.
//!
//!     cargo bench --bench guard_load
//!
//! The client is a few lines over a `TcpStream` (a request, then the response's head
//! and its `content-length` bytes), so that the server's work, not a client
//! library's, is most of what is measured.
#![forbid(unsafe_code)]

use std::time::Instant;

use axum::routing::get;
use axum::Router;
use rest_status::guard::Guard;
use rest_status::{response, Extended};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

const ROUNDS: usize = 10;
const REQUESTS: usize = 20_000;
const CONNECTIONS: usize = 16;

#[derive(serde::Serialize)]
struct Greeting {
    hello: &'static str,
}

fn app() -> Router {
    Router::new()
        .route("/hello", get(|| async { "Hello, world!" }))
        .route(
            "/json",
            get(|| async { response::Ok(Greeting { hello: "world" }) }),
        )
}

async fn serve(app: Router) -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap().to_string();
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    address
}

/// Sends `count` requests for `path` on one keep-alive connection.
async fn connection(address: String, path: &'static str, count: usize) {
    let mut stream = TcpStream::connect(&address).await.unwrap();
    stream.set_nodelay(true).unwrap();
    let request = format!("GET {path} HTTP/1.1\r\nhost: bench\r\n\r\n");
    let mut buffer = Vec::with_capacity(4096);
    let mut chunk = [0; 4096];
    for _ in 0..count {
        stream.write_all(request.as_bytes()).await.unwrap();
        buffer.clear();
        loop {
            let read = stream.read(&mut chunk).await.unwrap();
            assert!(read > 0, "the server closed the connection");
            buffer.extend_from_slice(&chunk[..read]);
            if let Some(end) = complete(&buffer) {
                assert_eq!(end, buffer.len(), "one response at a time");
                assert!(buffer.starts_with(b"HTTP/1.1 200"));
                break;
            }
        }
    }
}

/// The length of the response in `buffer` once it is all there.
fn complete(buffer: &[u8]) -> Option<usize> {
    let head_end = buffer.windows(4).position(|w| w == b"\r\n\r\n")? + 4;
    let head = std::str::from_utf8(&buffer[..head_end]).ok()?;
    let length: usize = head
        .lines()
        .find_map(|line| {
            let (name, value) = line.split_once(':')?;
            name.eq_ignore_ascii_case("content-length")
                .then(|| value.trim().parse().ok())?
        })
        .unwrap_or(0);
    (buffer.len() >= head_end + length).then_some(head_end + length)
}

/// Requests per second for one round against `address`.
async fn round(address: &str, path: &'static str) -> f64 {
    let started = Instant::now();
    let tasks: Vec<_> = (0..CONNECTIONS)
        .map(|_| tokio::spawn(connection(address.to_owned(), path, REQUESTS / CONNECTIONS)))
        .collect();
    for task in tasks {
        task.await.unwrap();
    }
    REQUESTS as f64 / started.elapsed().as_secs_f64()
}

fn median(mut values: Vec<f64>) -> f64 {
    values.sort_by(f64::total_cmp);
    values[values.len() / 2]
}

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() {
    let bare = serve(app()).await;
    let guarded = serve(app().layer(Guard::new::<Extended>())).await;
    for path in ["/hello", "/json"] {
        // Warm both up, then alternate, so that drift in the machine's load falls on
        // both alike.
        round(&bare, path).await;
        round(&guarded, path).await;
        let (mut plain, mut guard) = (Vec::new(), Vec::new());
        for turn in 0..ROUNDS {
            // Who goes first changes each round: the second of a pair may find the
            // machine warmer, or busier.
            if turn % 2 == 0 {
                plain.push(round(&bare, path).await);
                guard.push(round(&guarded, path).await);
            } else {
                guard.push(round(&guarded, path).await);
                plain.push(round(&bare, path).await);
            }
        }
        let (plain, guard) = (median(plain), median(guard));
        println!(
            "{path}: bare {plain:.0} requests/s, guarded {guard:.0} requests/s, guarded/bare {:.3} ({:+.1}%)",
            guard / plain,
            (guard / plain - 1.0) * 100.0
        );
    }
}
