//! A 5xx never shows a client what it holds: property tests that fill 5xx errors with
//! hostile strings and `std::io::Error`s (see `support/strings.rs`; `test_body_properties.rs` checks
//! that they hold the hard cases) and read every
//! response a client could get from them, through the framework-neutral API, axum's
//! `IntoResponse` and actix-web's `ResponseError` and `Responder`.
//!
//! A body must equal the fixed sanitized bytes exactly and the headers the exact set
//! below; a field may happen to be a substring of those (`"error"`), so on top of
//! that each secret carries a marker that no sanitized response contains, and the
//! test asserts that the secret is absent, raw or JSON-escaped, and that the variant's
//! and the type's names are absent too.

#![forbid(unsafe_code)]

#[path = "support/strings.rs"]
mod strings;

use std::io;

use proptest::prelude::*;
use proptest::sample::select;
use proptest::test_runner::TestCaseError;
use rest_status::RestError;
use strings::hard_string;

/// Cases per property; two properties.
const CASES: u32 = 512;

/// Starts every secret, so that each one is a string no sanitized response contains.
const MARKER: &str = "LEAK-CANARY-";

#[derive(Debug, thiserror::Error, RestError)]
enum StorageFault {
    #[error("writing {path} failed")]
    #[rest(status = 500)]
    DiskWriteFailed {
        path: String,
        #[source]
        source: io::Error,
    },
    #[error("replica {0} is unreachable")]
    #[rest(status = 503, message = "Try again in a minute")]
    ReplicaUnreachable(String),
    #[error(transparent)]
    #[rest(status = 502)]
    UpstreamBroke(#[from] io::Error),
}

#[derive(Debug, thiserror::Error, RestError)]
#[error("vault {0} is sealed")]
#[rest(status = 500, message = "Something went wrong on our side")]
struct VaultSealed(String, #[source] io::Error);

#[derive(Debug, thiserror::Error, RestError)]
#[rest(format = "problem")]
enum LedgerFault {
    #[error("ledger {ledger} is corrupt")]
    #[rest(status = 500)]
    LedgerCorrupt {
        ledger: String,
        #[source]
        source: io::Error,
    },
    #[error("quota service said {0}")]
    #[rest(status = 503, message = "Try again in a minute")]
    QuotaExhausted(String),
    #[error(transparent)]
    #[rest(status = 504)]
    ClearingTimedOut(#[from] io::Error),
}

/// Names that must not reach a client: the variants', the types', and the variants'
/// snake_case forms (the code a 4xx would get).
const NAMES: &[&str] = &[
    "DiskWriteFailed",
    "disk_write_failed",
    "ReplicaUnreachable",
    "replica_unreachable",
    "UpstreamBroke",
    "upstream_broke",
    "StorageFault",
    "VaultSealed",
    "vault_sealed",
    "LedgerCorrupt",
    "ledger_corrupt",
    "QuotaExhausted",
    "quota_exhausted",
    "ClearingTimedOut",
    "clearing_timed_out",
    "LedgerFault",
];

/// What a test case holds: two secrets and how the `io::Error` carries its own.
#[derive(Debug, Clone)]
struct Secrets {
    field: String,
    io_message: String,
    io_kind: io::ErrorKind,
    /// The `io::Error` wraps another one that holds the message, one link deeper in
    /// the source chain.
    nested: bool,
}

impl Secrets {
    fn io_error(&self) -> io::Error {
        let error = io::Error::new(self.io_kind, self.io_message.clone());
        if self.nested {
            io::Error::other(error)
        } else {
            error
        }
    }
}

fn secrets() -> impl Strategy<Value = Secrets> {
    let kinds = select(vec![
        io::ErrorKind::Other,
        io::ErrorKind::NotFound,
        io::ErrorKind::PermissionDenied,
        io::ErrorKind::ConnectionRefused,
        io::ErrorKind::TimedOut,
        io::ErrorKind::InvalidData,
    ]);
    (hard_string(), hard_string(), kinds, any::<bool>()).prop_map(
        |(field, io_message, io_kind, nested)| Secrets {
            field: format!("{MARKER}{field}"),
            io_message: format!("{MARKER}{io_message}"),
            io_kind,
            nested,
        },
    )
}

/// A response as a client sees it.
struct Seen {
    status: u16,
    headers: Vec<(String, Vec<u8>)>,
    body: Vec<u8>,
}

/// What a client may see of one error.
struct Expected {
    status: u16,
    content_type: &'static str,
    body: &'static str,
}

fn block_on<F: std::future::Future>(future: F) -> F::Output {
    thread_local! {
        static RUNTIME: tokio::runtime::Runtime =
            tokio::runtime::Builder::new_current_thread().build().unwrap();
    }
    RUNTIME.with(|runtime| runtime.block_on(future))
}

fn from_axum(response: axum::response::Response) -> Seen {
    let status = response.status().as_u16();
    let headers = response
        .headers()
        .iter()
        .map(|(name, value)| (name.as_str().to_owned(), value.as_bytes().to_vec()))
        .collect();
    let body = block_on(axum::body::to_bytes(response.into_body(), usize::MAX)).unwrap();
    Seen {
        status,
        headers,
        body: body.to_vec(),
    }
}

fn from_actix<B: actix_web::body::MessageBody>(response: actix_web::HttpResponse<B>) -> Seen {
    let status = response.status().as_u16();
    let headers = response
        .headers()
        .iter()
        .map(|(name, value)| (name.as_str().to_owned(), value.as_bytes().to_vec()))
        .collect();
    let Ok(body) = block_on(actix_web::body::to_bytes(response.into_body())) else {
        panic!("the body of an error response failed");
    };
    Seen {
        status,
        headers,
        body: body.to_vec(),
    }
}

/// Every response a client can get from the error `make` builds (it is called once per
/// path, since the frameworks take the error by value).
fn responses<E>(make: impl Fn() -> E) -> Vec<(&'static str, Seen)>
where
    E: RestError
        + axum::response::IntoResponse
        + actix_web::ResponseError
        + std::error::Error
        + 'static,
{
    use actix_web::Responder as _;
    use axum::response::IntoResponse as _;

    let error = make();
    let mut neutral = Vec::new();
    let content_type = error.write_body(&mut neutral);
    let neutral = Seen {
        status: error.status().as_u16(),
        headers: vec![("content-type".to_owned(), content_type.as_bytes().to_vec())],
        body: neutral,
    };
    let request = actix_web::test::TestRequest::default().to_http_request();
    vec![
        ("write_body", neutral),
        ("axum IntoResponse", from_axum(make().into_response())),
        (
            "axum Result::Err",
            from_axum(Err::<&str, E>(make()).into_response()),
        ),
        (
            "actix ResponseError",
            from_actix(actix_web::ResponseError::error_response(&make())),
        ),
        (
            "actix Error",
            from_actix(actix_web::Error::from(make()).error_response()),
        ),
        (
            "actix Responder Result::Err",
            from_actix(Err::<&str, E>(make()).respond_to(&request)),
        ),
    ]
}

/// Every text about `error` that could reach a client, beside the responses.
fn texts<E: RestError>(error: &E) -> Vec<(&'static str, String)> {
    vec![
        ("code", error.code().to_owned()),
        ("message", error.message().to_string()),
        ("message Debug", format!("{:?}", error.message())),
        ("error_object Debug", format!("{:?}", error.error_object())),
        (
            "error_object JSON",
            serde_json::to_string(&error.error_object()).unwrap(),
        ),
    ]
}

/// `needle` is nowhere in `haystack`, byte-wise.
fn absent(haystack: &[u8], needle: &str) -> bool {
    !haystack
        .windows(needle.len().max(1))
        .any(|window| window == needle.as_bytes())
}

/// The sanitized responses of the error `make` builds, and no trace of `secrets`.
fn assert_sanitized<E>(
    make: impl Fn() -> E,
    secrets: &Secrets,
    expected: &Expected,
) -> Result<(), TestCaseError>
where
    E: RestError
        + axum::response::IntoResponse
        + actix_web::ResponseError
        + std::error::Error
        + 'static,
{
    let error = make();
    // The secrets are really in the error: its source chain, which the server logs,
    // holds them. Otherwise the absence below would prove nothing.
    let mut chain = error.to_string();
    let mut source = std::error::Error::source(&error);
    while let Some(cause) = source {
        chain.push_str(&format!(": {cause}"));
        source = cause.source();
    }
    prop_assert!(chain.contains(MARKER), "no secret in {chain:?}");

    let secret_texts = [&secrets.field, &secrets.io_message];
    // A leak through a JSON body would be escaped.
    let escaped: Vec<String> = secret_texts
        .iter()
        .map(|secret| serde_json::to_string(secret).unwrap())
        .map(|quoted| quoted[1..quoted.len() - 1].to_owned())
        .collect();
    let forbidden = secret_texts
        .iter()
        .map(|secret| secret.as_str())
        .chain(escaped.iter().map(String::as_str))
        .chain(NAMES.iter().copied())
        .chain([MARKER]);
    let forbidden: Vec<&str> = forbidden.collect();

    for (path, seen) in responses(&make) {
        prop_assert_eq!(seen.status, expected.status, "status through {}", path);
        prop_assert_eq!(
            &seen.headers,
            &vec![(
                "content-type".to_owned(),
                expected.content_type.as_bytes().to_vec()
            )],
            "headers through {}",
            path
        );
        prop_assert_eq!(
            String::from_utf8_lossy(&seen.body),
            expected.body,
            "body through {}",
            path
        );
        for needle in &forbidden {
            prop_assert!(
                absent(&seen.body, needle),
                "{needle:?} in the body through {path}"
            );
            for (name, value) in &seen.headers {
                prop_assert!(
                    absent(name.as_bytes(), needle) && absent(value, needle),
                    "{needle:?} in a header through {path}"
                );
            }
        }
    }
    for (what, text) in texts(&error) {
        for needle in &forbidden {
            prop_assert!(absent(text.as_bytes(), needle), "{needle:?} in the {what}");
        }
    }
    Ok(())
}

const INTERNAL: &str =
    r#"{"errors":[{"code":"internal_error","message":"Internal Server Error"}]}"#;

proptest! {
    #![proptest_config(ProptestConfig::with_cases(CASES))]

    /// The default `{"errors":[...]}` format: a 500 with a `String` and an
    /// `io::Error` source, a 503 with a fixed message, a transparent 502, a struct.
    #[test]
    fn no_secret_in_an_errors_body(secrets in secrets()) {
        let json = "application/json";
        assert_sanitized(
            || StorageFault::DiskWriteFailed {
                path: secrets.field.clone(),
                source: secrets.io_error(),
            },
            &secrets,
            &Expected { status: 500, content_type: json, body: INTERNAL },
        )?;
        assert_sanitized(
            || StorageFault::ReplicaUnreachable(secrets.field.clone()),
            &secrets,
            &Expected {
                status: 503,
                content_type: json,
                body: r#"{"errors":[{"code":"internal_error","message":"Try again in a minute"}]}"#,
            },
        )?;
        assert_sanitized(
            || StorageFault::from(secrets.io_error()),
            &secrets,
            &Expected {
                status: 502,
                content_type: json,
                body: r#"{"errors":[{"code":"internal_error","message":"Bad Gateway"}]}"#,
            },
        )?;
        assert_sanitized(
            || VaultSealed(secrets.field.clone(), secrets.io_error()),
            &secrets,
            &Expected {
                status: 500,
                content_type: json,
                body: r#"{"errors":[{"code":"internal_error","message":"Something went wrong on our side"}]}"#,
            },
        )?;
    }

    /// RFC 9457 problem details: the same, as `application/problem+json`.
    #[test]
    fn no_secret_in_a_problem_body(secrets in secrets()) {
        let problem = "application/problem+json";
        assert_sanitized(
            || LedgerFault::LedgerCorrupt {
                ledger: secrets.field.clone(),
                source: secrets.io_error(),
            },
            &secrets,
            &Expected {
                status: 500,
                content_type: problem,
                body: r#"{"type":"about:blank","title":"Internal Server Error","status":500,"detail":"Internal Server Error","code":"internal_error"}"#,
            },
        )?;
        assert_sanitized(
            || LedgerFault::QuotaExhausted(secrets.field.clone()),
            &secrets,
            &Expected {
                status: 503,
                content_type: problem,
                body: r#"{"type":"about:blank","title":"Service Unavailable","status":503,"detail":"Try again in a minute","code":"internal_error"}"#,
            },
        )?;
        assert_sanitized(
            || LedgerFault::from(secrets.io_error()),
            &secrets,
            &Expected {
                status: 504,
                content_type: problem,
                body: r#"{"type":"about:blank","title":"Gateway Timeout","status":504,"detail":"Gateway Timeout","code":"internal_error"}"#,
            },
        )?;
    }
}
