//! The guard's cost per request as a ratio against the same router without it, made
//! firm two ways:
//!
//! - paired wall-clock (no arguments): every round answers a batch of requests with
//!   each service in turn, in an order that rotates from round to round, and takes
//!   each service's time against its baseline's *in that round*, so drift in the
//!   machine's load falls on both sides of each ratio alike; a process's figure is the
//!   median of its per-round ratios, and since those move from process to process,
//!   the measurement runs in `PROCESSES` processes and prints the median of theirs;
//! - instructions: `guard_ratio count SERVICE PATH [REQUESTS]` answers `REQUESTS`
//!   requests inside one `#[inline(never)]` function, `measured` (`measured_actix`
//!   for the actix-web app, `actix-bare` or `actix-wrap`), which
//!   `benches/guard_instructions.sh` counts under callgrind (deterministic).
//!
//! ```text
//! cargo bench --bench guard_ratio              # paired ratios, median of processes
//! benches/guard_instructions.sh                # instructions per request, ratios
//! ```
//!
//! The services: `bare` is the router alone; `around` is the guard wrapping the whole
//! router (`Layer::layer(&guard, router)`); `identity` is tower's do-nothing layer
//! applied with `Router::layer` (the price axum asks of any layer: it boxes each
//! route); `layer` is the guard applied the same way. Each request goes through the
//! router in process, as `axum::serve` calls it (after `with_state`), on a
//! current-thread runtime, and its body is read to the end.
#![forbid(unsafe_code)]

#[path = "support/guard_app.rs"]
mod guard_app;

use std::hint::black_box;
use std::process::ExitCode;
use std::time::Instant;

use axum::body::{Body, Bytes};
use axum::http::{Request, Uri};
use axum::response::Response;
use axum::Router;
use guard_app::{app, shared};
use rest_status::guard::Guard;
use rest_status::Extended;
use tokio::runtime::Runtime;
use tower::util::{MapResponse, MapResponseLayer};
use tower_layer::{Identity, Layer};
use tower_service::Service;

const SERVICES: [&str; 5] = ["bare", "map", "around", "identity", "layer"];
const PATHS: [&str; 2] = ["/hello", "/invoices/42"];

/// One service of `SERVICES`, each a concrete type: no extra box around any of them.
enum Subject {
    Bare(Router),
    Map(MapResponse<Router, fn(Response) -> Response>),
    Around(rest_status::guard::GuardService<Router>),
    Identity(Router),
    Layer(Router),
}

impl Subject {
    fn new(name: &str) -> Option<Subject> {
        Some(match name {
            "bare" => Subject::Bare(app().with_state(())),
            "map" => Subject::Map(MapResponseLayer::new(same as _).layer(app().with_state(()))),
            "around" => Subject::Around(Guard::new::<Extended>().layer(app().with_state(()))),
            "identity" => Subject::Identity(app().layer(Identity::new()).with_state(())),
            "layer" => Subject::Layer(app().layer(Guard::new::<Extended>()).with_state(())),
            _ => return None,
        })
    }

    /// Answers one request for `path` and reads its body to the end.
    fn answer(&mut self, runtime: &Runtime, path: &Bytes) {
        let uri = Uri::from_maybe_shared(path.clone()).unwrap();
        let request = Request::get(uri).body(Body::empty()).unwrap();
        runtime.block_on(async {
            let response = match self {
                Subject::Bare(s) | Subject::Identity(s) | Subject::Layer(s) => {
                    s.call(request).await
                }
                Subject::Around(s) => s.call(request).await,
                Subject::Map(s) => s.call(request).await,
            }
            .unwrap();
            assert!(response.status().is_success());
            black_box(
                axum::body::to_bytes(response.into_body(), usize::MAX)
                    .await
                    .unwrap(),
            );
        });
    }
}

fn same(response: Response) -> Response {
    response
}

fn runtime() -> Runtime {
    tokio::runtime::Builder::new_current_thread()
        .build()
        .unwrap()
}

/// The requests callgrind counts: only this function and what it calls.
#[inline(never)]
fn measured(subject: &mut Subject, runtime: &Runtime, path: &Bytes, requests: u64) {
    for _ in 0..requests {
        subject.answer(runtime, path);
    }
}

fn count(service: &str, path: &str, requests: u64) -> ExitCode {
    if let Some(guarded) = ACTIX_SERVICES.iter().position(|s| *s == service) {
        return count_actix(guarded == 1, path, requests);
    }
    let Some(mut subject) = Subject::new(service) else {
        eprintln!("no service {service:?}; one of {SERVICES:?} or {ACTIX_SERVICES:?}");
        return ExitCode::FAILURE;
    };
    let runtime = runtime();
    let path = shared(path);
    // Lazily built structures (tokio's, axum's, the allocator's) are not counted.
    for _ in 0..1_000 {
        subject.answer(&runtime, &path);
    }
    measured(&mut subject, &runtime, &path, requests);
    ExitCode::SUCCESS
}

/// The actix-web services counted: the app alone, and under `App::wrap(guard)`.
const ACTIX_SERVICES: [&str; 2] = ["actix-bare", "actix-wrap"];

/// The actix-web requests callgrind counts: `answer` answers one, as actix-web's
/// server calls the app (its test harness, in process), body read to the end.
#[inline(never)]
fn measured_actix(answer: &mut dyn FnMut(), requests: u64) {
    for _ in 0..requests {
        answer();
    }
}

/// `count` for the actix-web app, bare or `guarded`. A macro answers: the app's
/// request type lives in actix-http, which this crate does not name.
fn count_actix(guarded: bool, path: &str, requests: u64) -> ExitCode {
    use actix_web::test::{call_service, init_service, read_body, TestRequest};
    let system = actix_web::rt::System::new();
    macro_rules! run {
        ($app:expr) => {{
            let service = system.block_on(init_service($app));
            let mut answer = || {
                let request = TestRequest::get().uri(path).to_request();
                system.block_on(async {
                    let response = call_service(&service, request).await;
                    assert!(response.status().is_success());
                    black_box(read_body(response).await);
                });
            };
            for _ in 0..1_000 {
                answer();
            }
            measured_actix(&mut answer, requests);
        }};
    }
    if guarded {
        run!(guard_app::actix_app().wrap(Guard::new::<Extended>()));
    } else {
        run!(guard_app::actix_app());
    }
    ExitCode::SUCCESS
}

const ROUNDS: usize = 400;
const BATCH: usize = 250;
/// The paired measurement runs in this many processes: within one process the
/// per-round ratios agree closely, but from one process to the next (another heap
/// and code layout, another core) they move by a few percent.
const PROCESSES: usize = 10;

/// What each ratio compares: a service and its baseline, as indices in `SERVICES`.
const PAIRS: [(usize, usize, &str); 5] = [
    (1, 0, "map / bare"),
    (2, 0, "around / bare"),
    (4, 3, "layer / identity"),
    (4, 0, "layer / bare"),
    (3, 0, "identity / bare"),
];

fn median(values: &mut [f64]) -> f64 {
    values.sort_by(f64::total_cmp);
    values[values.len() / 2]
}

/// One process's paired measurement, one line per route in a form `paired` reads
/// back: the route, the median ns per request of each service, then the median of
/// the per-round ratios of each pair.
fn paired_once() {
    let runtime = runtime();
    let mut subjects: Vec<Subject> = SERVICES
        .iter()
        .map(|name| Subject::new(name).unwrap())
        .collect();
    for name in PATHS {
        let path = &shared(name);
        for subject in &mut subjects {
            for _ in 0..2_000 {
                subject.answer(&runtime, path);
            }
        }
        let mut times = vec![Vec::with_capacity(ROUNDS); SERVICES.len()];
        let mut ratios = vec![Vec::with_capacity(ROUNDS); PAIRS.len()];
        for round in 0..ROUNDS {
            let mut ns = [0.0; SERVICES.len()];
            for turn in 0..SERVICES.len() {
                let which = (round + turn) % SERVICES.len();
                let started = Instant::now();
                for _ in 0..BATCH {
                    subjects[which].answer(&runtime, path);
                }
                ns[which] = started.elapsed().as_nanos() as f64 / BATCH as f64;
            }
            for (which, ns) in ns.iter().enumerate() {
                times[which].push(*ns);
            }
            for (i, (a, b, _)) in PAIRS.iter().enumerate() {
                ratios[i].push(ns[*a] / ns[*b]);
            }
        }
        let figures: Vec<String> = times
            .iter_mut()
            .chain(&mut ratios)
            .map(|values| median(values).to_string())
            .collect();
        println!("{name} {}", figures.join(" "));
    }
}

/// The paired measurement in `PROCESSES` processes, one after another: for each
/// service its median ns per request, and for each pair the median over the
/// processes of each process's median per-round ratio, with the lowest and highest.
fn paired() -> ExitCode {
    let exe = std::env::current_exe().unwrap();
    let mut runs: Vec<Vec<(String, Vec<f64>)>> = Vec::new();
    for _ in 0..PROCESSES {
        let output = std::process::Command::new(&exe)
            .arg("paired-once")
            .output()
            .unwrap();
        if !output.status.success() {
            eprintln!("{}", String::from_utf8_lossy(&output.stderr));
            return ExitCode::FAILURE;
        }
        let text = String::from_utf8(output.stdout).unwrap();
        runs.push(
            text.lines()
                .map(|line| {
                    let mut fields = line.split(' ');
                    let path = fields.next().unwrap().to_owned();
                    (path, fields.map(|f| f.parse().unwrap()).collect())
                })
                .collect(),
        );
    }
    println!(
        "{PROCESSES} processes; in each, {ROUNDS} rounds of {BATCH} requests per service, the order rotating each round, and the median of the per-round ratios"
    );
    for (i, path) in PATHS.iter().enumerate() {
        let column = |k: usize| -> Vec<f64> { runs.iter().map(|run| run[i].1[k]).collect() };
        let ns: Vec<String> = SERVICES
            .iter()
            .enumerate()
            .map(|(k, name)| format!("{name} {:.0}", median(&mut column(k))))
            .collect();
        println!("{path}: ns per request {}", ns.join(", "));
        for (j, (_, _, name)) in PAIRS.iter().enumerate() {
            let mut ratios = column(SERVICES.len() + j);
            let mid = median(&mut ratios);
            println!(
                "  {name:<18} {mid:.3} (processes {:.3} to {:.3})",
                ratios[0],
                ratios[ratios.len() - 1]
            );
        }
    }
    ExitCode::SUCCESS
}

fn main() -> ExitCode {
    // `cargo bench` passes `--bench`; it selects nothing here.
    let args: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| a != "--bench")
        .collect();
    match args.as_slice() {
        [] => paired(),
        [mode] if mode == "paired-once" => {
            paired_once();
            ExitCode::SUCCESS
        }
        [mode, service, path, rest @ ..] if mode == "count" && rest.len() <= 1 => {
            let requests = match rest.first().map(|n| n.parse()) {
                None => 20_000,
                Some(Ok(n)) => n,
                Some(Err(_)) => {
                    eprintln!("REQUESTS must be a number, not {:?}", rest[0]);
                    return ExitCode::FAILURE;
                }
            };
            count(service, path, requests)
        }
        _ => {
            eprintln!("usage: guard_ratio [paired-once | count SERVICE PATH [REQUESTS]]");
            ExitCode::FAILURE
        }
    }
}
