//! The guard's cost over real sockets: the same hello-world router served four times
//! on 127.0.0.1 (bare, wrapped whole by the guard, under tower's do-nothing `Identity`
//! layer with `Router::layer`, and with the guard under `Router::layer`), and the same
//! actix-web app served twice (bare and under `App::wrap(guard)`); each group loaded in
//! turns by keep-alive connections that each send requests one after another.
//! Bounded: `ROUNDS` rounds of `REQUESTS` requests per server, loopback only. Prints
//! the median throughput of each and the median of the per-round ratios against its
//! baseline, against the target: at most 3% of throughput lost.
//!
//! The guard under `Router::layer` is judged against `Identity` applied the same way:
//! axum boxes every route for any layer, a cost of `Router::layer` that the guard does
//! not choose; `layer/bare` is printed beside it.
//!
//!     cargo bench --bench guard_load
//!
//! The client is a few lines over a `TcpStream` (a request, then the response's head
//! and its `content-length` bytes), so that the server's work, not a client
//! library's, is most of what is measured.
#![forbid(unsafe_code)]

#[path = "support/actix_server.rs"]
mod actix_server;

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
use tower_layer::{Identity, Layer};
use tower_service::Service;

const ROUNDS: usize = 40;
/// The most throughput the guard may cost, as a ratio to the bare server's.
const TARGET: f64 = 0.97;
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

/// Serves `service` on 127.0.0.1 as `axum::serve` serves a router; its base URL.
async fn serve<S>(service: S) -> String
where
    S: Service<Request, Response = Response, Error = Infallible> + Clone + Send + 'static,
    S::Future: Send,
{
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    let service = ServiceExt::<Request>::into_make_service(service);
    tokio::spawn(async move { axum::serve(listener, service).await.unwrap() });
    base
}

/// The same two routes in actix-web.
fn actix_routes(config: &mut actix_web::web::ServiceConfig) {
    use actix_web::web;
    config
        .route("/hello", web::get().to(|| async { "Hello, world!" }))
        .route(
            "/json",
            web::get().to(|| async { response::Ok(Greeting { hello: "world" }) }),
        );
}

/// Sends `count` requests for `path` on one keep-alive connection to the server at
/// `base`.
async fn connection(base: String, path: &'static str, count: usize) {
    let address = base.strip_prefix("http://").expect("a base URL");
    let mut stream = TcpStream::connect(address).await.unwrap();
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

/// Requests per second for one round against the server at `base`.
async fn round(base: &str, path: &'static str) -> f64 {
    let started = Instant::now();
    let tasks: Vec<_> = (0..CONNECTIONS)
        .map(|_| tokio::spawn(connection(base.to_owned(), path, REQUESTS / CONNECTIONS)))
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

/// A server of a group: its name, its base URL, and the index in the group of the
/// server it is compared with, when it is judged against the target.
type Server = (&'static str, String, Option<usize>);

/// Loads `servers` in turns for each path and prints their throughput and each
/// one's ratio against the first, the bare server, and against its own baseline;
/// whether every judged ratio met the target.
async fn compare(group: &str, servers: &[Server]) -> bool {
    let mut met = true;
    for path in ["/hello", "/json"] {
        // Warm each up, then load them in turns, so that drift in the machine's load
        // falls on all alike; who goes first changes each round.
        for (_, base, _) in servers {
            round(base, path).await;
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
            .map(|((name, _, _), values)| format!("{name} {:.0}", median(values.clone())))
            .collect();
        println!("{group} {path}: requests/s {}", medians.join(", "));
        let ratio = |which: usize, baseline: usize| {
            // Each round's ratio against the baseline's run of the same round.
            let ratios: Vec<f64> = throughput[which]
                .iter()
                .zip(&throughput[baseline])
                .map(|(measured, base)| measured / base)
                .collect();
            median(ratios)
        };
        for (which, (name, _, judged_against)) in servers.iter().enumerate().skip(1) {
            let against_bare = ratio(which, 0);
            print!(
                "  {name}/bare throughput {against_bare:.3} ({:+.1}%)",
                (against_bare - 1.0) * 100.0
            );
            if let Some(baseline) = *judged_against {
                let judged = ratio(which, baseline);
                met &= judged >= TARGET;
                if baseline != 0 {
                    print!(", {name}/{} {judged:.3}", servers[baseline].0);
                }
                print!(": {}", if judged >= TARGET { "met" } else { "MISSED" });
            }
            println!(", medians of {ROUNDS} paired rounds");
        }
    }
    met
}

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() -> std::process::ExitCode {
    println!("target: the guard costs at most 3% of a served route's throughput");
    // The same router four times: bare, wrapped whole by the guard, and with a layer
    // applied by `Router::layer` (each route boxed, the matched route known): tower's
    // do-nothing `Identity`, then the guard.
    let axum_servers = [
        ("bare", serve(app()).await, None),
        (
            "around",
            serve(Guard::new::<Extended>().layer(app())).await,
            Some(0),
        ),
        ("identity", serve(app().layer(Identity::new())).await, None),
        (
            "layer",
            serve(app().layer(Guard::new::<Extended>())).await,
            Some(2),
        ),
    ];
    let actix_servers = [
        (
            "bare",
            actix_server::serve_actix(|| actix_web::App::new().configure(actix_routes)),
            None,
        ),
        (
            "wrap",
            actix_server::serve_actix(|| {
                actix_web::App::new()
                    .configure(actix_routes)
                    .wrap(Guard::new::<Extended>())
            }),
            Some(0),
        ),
    ];
    let axum_met = compare("axum", &axum_servers).await;
    let actix_met = compare("actix-web", &actix_servers).await;
    if axum_met && actix_met {
        std::process::ExitCode::SUCCESS
    } else {
        std::process::ExitCode::FAILURE
    }
}
