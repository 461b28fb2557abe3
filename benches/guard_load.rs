//! The guard's cost over real sockets: the same hello-world router served three times
//! on 127.0.0.1, bare, wrapped whole by the guard and with the guard under
//! `Router::layer`, loaded in turns by keep-alive connections that each send requests
//! one after another. Bounded: `ROUNDS` rounds of `REQUESTS` requests per server,
//! loopback only. Prints the median throughput of each and the median of the
//! per-round ratios against the bare server.
//!
//!     cargo bench --bench guard_load
//!
//! The client is a few lines over a `TcpStream` (a request, then the response's head
//! and its `content-length` bytes), so that the server's work, not a client
//! library's, is most of what is measured.
#![forbid(unsafe_code)]

use std::convert::Infallible;
use std::time::Instant;

use axum::extract::Request;
use axum::response::Response;
use axum::routing::get;
use axum::{Router, ServiceExt};
use rest_status::guard::Guard;
use rest_status::{response, Extended};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;
use tower_layer::Layer;
use tower_service::Service;

const ROUNDS: usize = 20;
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

/// Serves `service` on 127.0.0.1 as `axum::serve` serves a router; its address.
async fn serve<S>(service: S) -> String
where
    S: Service<Request, Response = Response, Error = Infallible> + Clone + Send + 'static,
    S::Future: Send,
{
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap().to_string();
    let service = ServiceExt::<Request>::into_make_service(service);
    tokio::spawn(async move { axum::serve(listener, service).await.unwrap() });
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
    // The same router three times: bare, wrapped whole by the guard, and with the
    // guard applied by `Router::layer` (each route boxed, the matched route known).
    let servers = [
        ("bare", serve(app()).await),
        ("around", serve(Guard::new::<Extended>().layer(app())).await),
        ("layer", serve(app().layer(Guard::new::<Extended>())).await),
    ];
    for path in ["/hello", "/json"] {
        // Warm each up, then load them in turns, so that drift in the machine's load
        // falls on all alike; who goes first changes each round.
        for (_, address) in &servers {
            round(address, path).await;
        }
        let mut throughput = vec![Vec::new(); servers.len()];
        for turn in 0..ROUNDS {
            for i in 0..servers.len() {
                let which = (turn + i) % servers.len();
                throughput[which].push(round(&servers[which].1, path).await);
            }
        }
        let medians: Vec<String> = servers
            .iter()
            .zip(&throughput)
            .map(|((name, _), values)| format!("{name} {:.0}", median(values.clone())))
            .collect();
        println!("{path}: requests/s {}", medians.join(", "));
        for which in 1..servers.len() {
            // Each round's ratio against the bare server's run of the same round.
            let ratios: Vec<f64> = throughput[which]
                .iter()
                .zip(&throughput[0])
                .map(|(guarded, bare)| guarded / bare)
                .collect();
            let ratio = median(ratios);
            println!(
                "  {}/bare throughput {ratio:.3} ({:+.1}%), median of {ROUNDS} paired rounds",
                servers[which].0,
                (ratio - 1.0) * 100.0
            );
        }
    }
}
