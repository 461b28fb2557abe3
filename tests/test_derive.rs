//! `#[derive(RestError)]` at run time: every shape of input, with the exact JSON body,
//! written both ways (the direct writer and serde), which must agree byte for byte.

#![forbid(unsafe_code)]

use std::fmt;

use http::StatusCode;
use rest_status::{RestError, StatusSet, StatusSource, Statuses};

/// The body from `write_json`, after checking that serde writes the same bytes.
fn body<E: RestError>(error: &E) -> String {
    let mut direct = Vec::new();
    error.write_json(&mut direct);
    let through_serde = serde_json::to_vec(&error.error_object()).unwrap();
    assert_eq!(
        String::from_utf8_lossy(&direct),
        String::from_utf8_lossy(&through_serde),
        "write_json and serde disagree"
    );
    String::from_utf8(direct).unwrap()
}

#[derive(Debug, RestError)]
enum InvoiceError {
    #[rest(
        status = 404,
        code = "invoice_not_found",
        message = "Invoice {id} was not found"
    )]
    NotFound { id: u64 },
    #[rest(status = 400, code = "invalid_field", message = "Field {0} is invalid")]
    InvalidField(String),
    #[rest(status = 400, message = "{1} of {0}: {1}")]
    OutOfRange(u32, &'static str),
    #[rest(status = 403, message = "{who} may not {action} invoice {id}")]
    Forbidden {
        id: u64,
        who: String,
        action: &'static str,
    },
    #[rest(status = 500)]
    Storage(#[allow(dead_code)] std::io::Error), // only held, never shown
}

#[test]
fn named_interpolation() {
    let error = InvoiceError::NotFound { id: 42 };
    assert_eq!(error.status(), StatusCode::NOT_FOUND);
    assert_eq!(error.code(), "invoice_not_found");
    assert_eq!(error.message().to_string(), "Invoice 42 was not found");
    assert_eq!(
        body(&error),
        r#"{"errors":[{"code":"invoice_not_found","message":"Invoice 42 was not found"}]}"#
    );

    let error = InvoiceError::Forbidden {
        id: 7,
        who: "mallory".into(),
        action: "pay",
    };
    assert_eq!(
        body(&error),
        r#"{"errors":[{"code":"forbidden","message":"mallory may not pay invoice 7"}]}"#
    );
}

#[test]
fn positional_interpolation() {
    let error = InvoiceError::InvalidField("due_date".into());
    assert_eq!(error.status(), StatusCode::BAD_REQUEST);
    assert_eq!(
        body(&error),
        r#"{"errors":[{"code":"invalid_field","message":"Field due_date is invalid"}]}"#
    );
    // Out of order and repeated.
    let error = InvoiceError::OutOfRange(3, "page");
    assert_eq!(
        body(&error),
        r#"{"errors":[{"code":"out_of_range","message":"page of 3: page"}]}"#
    );
}

#[test]
fn statuses_and_sources_are_constants() {
    const STATUSES: StatusSet = <InvoiceError as Statuses>::STATUSES;
    assert_eq!(STATUSES, StatusSet::of(&[400, 403, 404, 500]));
    assert_eq!(
        InvoiceError::SOURCES,
        [
            StatusSource {
                status: 404,
                name: "NotFound"
            },
            StatusSource {
                status: 400,
                name: "InvalidField"
            },
            StatusSource {
                status: 400,
                name: "OutOfRange"
            },
            StatusSource {
                status: 403,
                name: "Forbidden"
            },
            StatusSource {
                status: 500,
                name: "Storage"
            },
        ]
    );
    assert_eq!(
        StatusSource::find(InvoiceError::SOURCES, 500),
        Some("Storage")
    );
}

/// A source error whose every rendering carries a secret.
#[derive(Debug)]
struct Leaky;

impl fmt::Display for Leaky {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("password=hunter2")
    }
}

impl std::error::Error for Leaky {}

// The fields are there to show that a 5xx body leaves them out; nothing reads them.
#[allow(dead_code)]
#[derive(Debug, RestError)]
enum StorageError {
    #[rest(status = 500)]
    Io(std::io::Error),
    #[rest(status = 503, message = "The invoice store is busy; retry in a minute")]
    Busy { host: String },
    #[rest(status = 502, code = "upstream_failed")]
    Upstream(Box<dyn std::error::Error + Send + Sync>),
}

#[test]
fn server_errors_show_nothing_internal() {
    let secret = "postgres://admin:hunter2@10.0.0.7/invoices";
    let io = std::io::Error::other(format!("connection to {secret} refused"));
    let error = StorageError::Io(io);
    assert_eq!(error.status(), StatusCode::INTERNAL_SERVER_ERROR);
    assert_eq!(error.code(), "internal_error");
    let json = body(&error);
    assert_eq!(
        json,
        r#"{"errors":[{"code":"internal_error","message":"Internal Server Error"}]}"#
    );
    assert!(!json.contains("hunter2"));
    assert!(!json.contains("Io"));
    assert!(!error.message().to_string().contains("hunter2"));

    let error = StorageError::Busy {
        host: secret.into(),
    };
    let json = body(&error);
    assert_eq!(
        json,
        r#"{"errors":[{"code":"internal_error","message":"The invoice store is busy; retry in a minute"}]}"#
    );
    assert!(!json.contains("Busy") && !json.contains("hunter2"));

    let error = InvoiceError::Storage(std::io::Error::other(secret));
    assert_eq!(
        body(&error),
        r#"{"errors":[{"code":"internal_error","message":"Internal Server Error"}]}"#
    );

    let error = StorageError::Upstream(Box::new(Leaky));
    assert_eq!(error.status(), StatusCode::BAD_GATEWAY);
    let json = body(&error);
    assert_eq!(
        json,
        r#"{"errors":[{"code":"upstream_failed","message":"Bad Gateway"}]}"#
    );
    assert!(!json.contains("hunter2") && !json.contains("Upstream"));
}

#[allow(dead_code)] // `InvalidURLPath`'s field: a default message shows no field.
#[derive(Debug, RestError)]
enum Defaults {
    #[rest(status = 404)]
    InvoiceNotFound,
    #[rest(status = 408)]
    HTTPTimeout,
    #[rest(status = 400)]
    InvalidURLPath(String),
    #[rest(status = 410)]
    r#Gone {},
    #[rest(status = 503)]
    Maintenance,
}

#[test]
fn default_code_and_message() {
    assert_eq!(
        body(&Defaults::InvoiceNotFound),
        r#"{"errors":[{"code":"invoice_not_found","message":"Not Found"}]}"#
    );
    assert_eq!(
        body(&Defaults::HTTPTimeout),
        r#"{"errors":[{"code":"http_timeout","message":"Request Timeout"}]}"#
    );
    assert_eq!(
        body(&Defaults::InvalidURLPath("/x".into())),
        r#"{"errors":[{"code":"invalid_url_path","message":"Bad Request"}]}"#
    );
    assert_eq!(
        body(&Defaults::Gone {}),
        r#"{"errors":[{"code":"gone","message":"Gone"}]}"#
    );
    // A 5xx's default code never carries the variant's name.
    assert_eq!(
        body(&Defaults::Maintenance),
        r#"{"errors":[{"code":"internal_error","message":"Service Unavailable"}]}"#
    );
    assert_eq!(Defaults::SOURCES[3].name, "Gone");
}

#[derive(Debug, RestError)]
#[rest(status = 400)]
enum ValidationError {
    MissingField,
    #[rest(message = "{0} is not an email address")]
    BadEmail(String),
    #[rest(status = 401, code = "login_required")]
    Unauthenticated,
}

#[test]
fn enum_default_status() {
    assert_eq!(
        ValidationError::MissingField.status(),
        StatusCode::BAD_REQUEST
    );
    assert_eq!(
        body(&ValidationError::MissingField),
        r#"{"errors":[{"code":"missing_field","message":"Bad Request"}]}"#
    );
    assert_eq!(
        body(&ValidationError::BadEmail("bob@".into())),
        r#"{"errors":[{"code":"bad_email","message":"bob@ is not an email address"}]}"#
    );
    assert_eq!(
        ValidationError::Unauthenticated.status(),
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(
        body(&ValidationError::Unauthenticated),
        r#"{"errors":[{"code":"login_required","message":"Unauthorized"}]}"#
    );
    assert_eq!(ValidationError::STATUSES, StatusSet::of(&[400, 401]));
}

#[derive(Debug, RestError)]
#[rest(
    status = 428,
    code = "email_unverified",
    message = "Verify {email} first"
)]
struct EmailUnverified {
    email: String,
}

#[derive(Debug, RestError)]
#[rest(status = 403)]
struct AccountLocked;

#[derive(Debug, RestError)]
#[rest(status = 400, message = "Page {0} is past the last page, {1}")]
struct PageOutOfRange(u32, u32);

#[test]
fn structs() {
    let error = EmailUnverified {
        email: "ann@example.com".into(),
    };
    assert_eq!(error.status(), StatusCode::PRECONDITION_REQUIRED);
    assert_eq!(
        body(&error),
        r#"{"errors":[{"code":"email_unverified","message":"Verify ann@example.com first"}]}"#
    );
    assert_eq!(
        EmailUnverified::SOURCES,
        [StatusSource {
            status: 428,
            name: "EmailUnverified"
        }]
    );
    assert_eq!(
        body(&AccountLocked),
        r#"{"errors":[{"code":"account_locked","message":"Forbidden"}]}"#
    );
    assert_eq!(
        body(&PageOutOfRange(9, 4)),
        r#"{"errors":[{"code":"page_out_of_range","message":"Page 9 is past the last page, 4"}]}"#
    );
}

/// Not `Display`: usable in a variant whose message does not interpolate it.
#[derive(Debug)]
struct Opaque;

#[derive(Debug, RestError)]
enum LookupError<K, S> {
    #[rest(status = 404, message = "No entry for {key}")]
    Missing { key: K },
    #[rest(status = 500)]
    Backend(S),
}

#[derive(Debug, RestError)]
#[rest(status = 400, message = "Rejected: {reason}")]
struct Rejected<'a, R: fmt::Debug>
where
    R: Clone,
{
    reason: &'a R,
}

#[test]
fn generics() {
    let error: LookupError<u32, Opaque> = LookupError::Missing { key: 5 };
    assert_eq!(
        body(&error),
        r#"{"errors":[{"code":"missing","message":"No entry for 5"}]}"#
    );
    let error: LookupError<&str, Opaque> = LookupError::Backend(Opaque);
    assert_eq!(
        body(&error),
        r#"{"errors":[{"code":"internal_error","message":"Internal Server Error"}]}"#
    );
    assert_eq!(
        <LookupError<(), ()> as Statuses>::STATUSES,
        StatusSet::of(&[404, 500])
    );
    let reason = String::from("too late");
    assert_eq!(
        body(&Rejected { reason: &reason }),
        r#"{"errors":[{"code":"rejected","message":"Rejected: too late"}]}"#
    );
}

#[derive(Debug, RestError)]
enum Escapes {
    #[rest(status = 400, message = "Bad value: {0}")]
    Value(String),
    #[rest(
        status = 400,
        code = "say\"hi\"",
        message = "Quote \" backslash \\ newline \n tab \t NUL \0 bell \u{7} emoji \u{1F980} LS \u{2028} braces {{}}"
    )]
    Constant,
    #[rest(status = 500, message = "Line one\nline \"two\"")]
    ServerConstant,
}

#[test]
fn field_values_are_escaped() {
    let nasty = "quote \" backslash \\ slash / newline \n cr \r tab \t NUL \0 \u{1} \u{1f} DEL \u{7f} emoji \u{1F980}\u{1F1FA}\u{1F1E6} LS \u{2028} PS \u{2029} \"}]}, {\"code\":\"x";
    let error = Escapes::Value(nasty.into());
    let json = body(&error);
    let parsed: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(
        parsed["errors"][0]["message"],
        format!("Bad value: {nasty}")
    );
    assert_eq!(parsed["errors"].as_array().unwrap().len(), 1);
    // The exact escapes: short forms, \u00XX in lower case, the rest raw.
    assert!(json.contains(
        r#"quote \" backslash \\ slash / newline \n cr \r tab \t NUL \u0000 \u0001 \u001f DEL"#
    ));
    assert!(json.contains("emoji \u{1F980}\u{1F1FA}\u{1F1E6} LS \u{2028} PS \u{2029}"));
    assert!(json.contains("\u{7f}"));
}

#[test]
fn constant_bodies_are_escaped_too() {
    let json = body(&Escapes::Constant);
    assert_eq!(
        json,
        "{\"errors\":[{\"code\":\"say\\\"hi\\\"\",\"message\":\"Quote \\\" backslash \\\\ newline \\n tab \\t NUL \\u0000 bell \\u0007 emoji \u{1F980} LS \u{2028} braces {}\"}]}"
    );
    let parsed: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(parsed["errors"][0]["code"], "say\"hi\"");
    assert_eq!(
        parsed["errors"][0]["message"],
        Escapes::Constant.message().to_string()
    );
    assert_eq!(
        body(&Escapes::ServerConstant),
        r#"{"errors":[{"code":"internal_error","message":"Line one\nline \"two\""}]}"#
    );
}

#[test]
fn every_control_character_round_trips() {
    for c in (0u32..0x20).chain([0x7f, 0x85, 0x2028, 0x2029, 0xfeff]) {
        let c = char::from_u32(c).unwrap();
        let error = Escapes::Value(format!("<{c}>"));
        let json = body(&error);
        let parsed: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert_eq!(parsed["errors"][0]["message"], format!("Bad value: <{c}>"));
    }
}

#[test]
fn writing_appends() {
    let mut out = b"prefix ".to_vec();
    InvoiceError::NotFound { id: 1 }.write_json(&mut out);
    Defaults::Maintenance.write_json(&mut out);
    assert_eq!(
        String::from_utf8(out).unwrap(),
        r#"prefix {"errors":[{"code":"invoice_not_found","message":"Invoice 1 was not found"}]}{"errors":[{"code":"internal_error","message":"Service Unavailable"}]}"#
    );
}

#[test]
fn message_ignores_formatter_flags() {
    // The flags of the outer formatter never reach a field.
    let error = InvoiceError::NotFound { id: 42 };
    assert_eq!(
        format!("{:>40}", error.message()),
        "Invoice 42 was not found"
    );
    assert_eq!(
        format!("{:?}", error.message()),
        "Message(Invoice 42 was not found)"
    );
    assert_eq!(
        format!("{:?}", error.error_object()),
        "ErrorObject { code: \"invoice_not_found\", message: Message(Invoice 42 was not found) }"
    );
}

#[derive(Debug, RestError)]
enum Never {}

#[test]
fn an_enum_without_variants_has_no_status() {
    assert!(Never::STATUSES.is_empty());
    assert!(Never::SOURCES.is_empty());
}

mod renamed {
    pub use ::rest_status as facade;
}

#[derive(Debug, RestError)]
#[rest(crate = crate::renamed::facade, status = 409)]
enum Conflict {
    #[rest(message = "Invoice {0} exists")]
    Exists(u64),
}

#[test]
fn crate_path_override() {
    assert_eq!(
        body(&Conflict::Exists(3)),
        r#"{"errors":[{"code":"exists","message":"Invoice 3 exists"}]}"#
    );
}

/// Every error status, standard or not: the derive names `http`'s constant for the
/// standard ones and computes the rest, and both must give the variant's own status.
#[test]
fn status_is_the_declared_one_for_every_error_status() {
    macro_rules! every_status {
        ($($variant:ident = $code:literal,)*) => {
            #[derive(Debug, RestError)]
            enum Every {
                // Statuses without a reason phrase need a message of their own.
                $(#[rest(status = $code, message = "Refused")] $variant,)*
            }
            $(assert_eq!(Every::$variant.status().as_u16(), $code, stringify!($variant));)*
        };
    }
    every_status! {
        S400 = 400, S401 = 401, S402 = 402, S403 = 403, S404 = 404, S405 = 405, S406 = 406,
        S407 = 407, S408 = 408, S409 = 409, S410 = 410, S411 = 411, S412 = 412, S413 = 413,
        S414 = 414, S415 = 415, S416 = 416, S417 = 417, S418 = 418, S421 = 421, S422 = 422,
        S423 = 423, S424 = 424, S425 = 425, S426 = 426, S428 = 428, S429 = 429, S431 = 431,
        S451 = 451, S500 = 500, S501 = 501, S502 = 502, S503 = 503, S504 = 504, S505 = 505,
        S506 = 506, S507 = 507, S508 = 508, S510 = 510, S511 = 511,
        // Without an `http` constant.
        S419 = 419, S499 = 499, S509 = 509, S599 = 599,
    }
}

/// Keywords as names: a variant and fields written as raw identifiers, which the derive
/// writes back as `r#type` and `r#match`, and a message that names the field without
/// `r#`.
#[allow(non_camel_case_types)]
#[derive(Debug, RestError)]
enum RawNames {
    #[rest(status = 400, message = "{match} of type {type}")]
    r#type { r#match: u8, r#type: &'static str },
    #[rest(status = 409)]
    r#struct,
}

#[test]
fn raw_identifiers() {
    let error = RawNames::r#type {
        r#match: 3,
        r#type: "invoice",
    };
    assert_eq!(
        body(&error),
        r#"{"errors":[{"code":"type","message":"3 of type invoice"}]}"#
    );
    assert_eq!(
        body(&RawNames::r#struct),
        r#"{"errors":[{"code":"struct","message":"Conflict"}]}"#
    );
    assert_eq!(RawNames::SOURCES[0].name, "type");
    assert_eq!(RawNames::r#struct.status(), StatusCode::CONFLICT);
}

/// An enum that a `macro_rules!` writes, one message passed in from outside the macro
/// and one written inside it: the bindings a message interpolates and its
/// `format_args!` carry the same span, so they resolve to each other either way.
macro_rules! declare_error {
    ($name:ident, $outside:literal) => {
        #[derive(Debug, RestError)]
        enum $name {
            #[rest(status = 404, message = $outside)]
            Outside { id: u64 },
            #[rest(status = 409, message = "Invoice {0} is locked")]
            Inside(u64),
        }
    };
}

declare_error!(FromMacro, "Invoice {id} was not found");

#[test]
fn an_enum_from_a_macro() {
    assert_eq!(
        body(&FromMacro::Outside { id: 7 }),
        r#"{"errors":[{"code":"outside","message":"Invoice 7 was not found"}]}"#
    );
    assert_eq!(
        body(&FromMacro::Inside(8)),
        r#"{"errors":[{"code":"inside","message":"Invoice 8 is locked"}]}"#
    );
}

/// A non-ASCII name and a message full of what a string literal escapes, through the
/// compiler's own lexer (the derive writes both into source text).
#[derive(Debug, RestError)]
enum Unusual {
    #[rest(
        status = 400,
        code = "odd",
        message = "\"quoted\" \\ {{braces}} \t\u{7f}\u{301} é \u{2028} {0}"
    )]
    Ödd(u8),
    #[rest(status = 419, message = "Session \"expired\"")]
    Expired,
}

#[test]
fn unusual_names_and_messages() {
    assert_eq!(
        body(&Unusual::Ödd(7)),
        "{\"errors\":[{\"code\":\"odd\",\"message\":\"\\\"quoted\\\" \\\\ {braces} \\t\u{7f}\u{301} é \u{2028} 7\"}]}"
    );
    assert_eq!(
        body(&Unusual::Expired),
        r#"{"errors":[{"code":"expired","message":"Session \"expired\""}]}"#
    );
    assert_eq!(Unusual::Expired.status().as_u16(), 419);
    assert_eq!(Unusual::SOURCES[0].name, "Ödd");
}
