//! The rules of `#[derive(RestError)]` (the facade's guide, "Error types"), one
//! function each. They only record errors; expansion
//! runs when none was recorded.

use rest_status_core::reason_phrase;

use super::ast::{Case, Input};
use super::attr::{Code, MessageOption, Status};
use super::case::default_code;
use super::template::FieldRef;
use crate::ctxt::Ctxt;

pub(crate) fn check(cx: &Ctxt, input: &Input) {
    if let Some(status) = &input.default_status {
        status_is_an_error_status(cx, status);
    }
    for case in &input.cases {
        if let Some(status) = &case.options.status {
            status_is_an_error_status(cx, status);
        }
        let status = case.status(input);
        if status.is_none() && !case.options.incomplete && !input.incomplete {
            status_is_given(cx, case);
        }
        let status = status.and_then(Status::error_status);
        if let Some(code) = &case.options.code {
            code_is_one_word(cx, case, code, status);
        }
        match (&case.options.message, status) {
            (Some(message), status) => {
                message_names_own_fields(cx, case, message);
                if status.is_some_and(is_server_error) {
                    server_error_message_is_fixed(cx, message);
                }
            }
            (None, Some(code)) => default_message_exists(cx, input, case, code),
            (None, None) => {}
        }
    }
}

impl Status {
    /// The status when it is one an error answers with.
    pub(crate) fn error_status(&self) -> Option<u16> {
        self.value.filter(|code| (400..=599).contains(code))
    }
}

pub(crate) fn is_server_error(status: u16) -> bool {
    status >= 500
}

/// Guide, "Error types": a status is "an integer literal in `400..=599`". An error answers with a client (4xx) or
/// server (5xx) error; the guideline's 2xx rows are success responses.
fn status_is_an_error_status(cx: &Ctxt, status: &Status) {
    if status.error_status().is_some() {
        return;
    }
    let written = status.original.base10_digits();
    let what = match status.value {
        Some(200..=299) => format!(
            "`status = {written}` is a success status, and an error type answers with a 4xx or 5xx status (400..=599); return a 2xx as a success response, e.g. `rest_status::response::Ok<T>` or `NoContent`"
        ),
        Some(100..=199 | 300..=399) => format!(
            "`status = {written}` is not an error status: an error type answers with a 4xx or 5xx status (400..=599)"
        ),
        _ => format!(
            "`status = {written}` is not an HTTP status: an error type answers with a 4xx or 5xx status (400..=599)"
        ),
    };
    cx.error_spanned_by(&status.original, what);
}

/// Guide, "Error types": `status` goes "on each variant, or once on the enum as the
/// default of its variants".
fn status_is_given(cx: &Ctxt, case: &Case) {
    let message = match case.variant {
        Some(_) => format!(
            "variant `{}` has no status: add `#[rest(status = 404)]` (any status in 400..=599) to it, or a default `#[rest(status = 500)]` to the enum",
            case.ident
        ),
        None => format!(
            "`{}` has no status: add `#[rest(status = 400)]` (any status in 400..=599) to the struct",
            case.ident
        ),
    };
    cx.error_spanned_by(case.ident, message);
}

/// The guideline's errors document: clients match on the error code, so it is one
/// word they can compare, never empty.
fn code_is_one_word(cx: &Ctxt, case: &Case, code: &Code, status: Option<u16>) {
    if code.value.is_empty() {
        // Without a valid status, the 4xx default is the helpful one to show.
        let default = default_code(case.ident, status.unwrap_or(400));
        cx.error_spanned_by(
            &code.original,
            format!(
                "`code` is empty, and clients match on the error code: write one, e.g. `code = \"invoice_not_found\"`, or leave `code` out for the default, `\"{default}\"`"
            ),
        );
    } else if code.value.chars().any(char::is_whitespace) {
        let joined: Vec<&str> = code.value.split_whitespace().collect();
        cx.error_spanned_by(
            &code.original,
            format!(
                "`code` holds whitespace, and an error code is one word that clients match on: join the words with `_`, e.g. `code = {:?}`",
                joined.join("_")
            ),
        );
    }
}

/// Guide, "Error types", "Mistakes": "a `message` that names a field that does not exist".
fn message_names_own_fields(cx: &Ctxt, case: &Case, message: &MessageOption) {
    let mut reported: Vec<&FieldRef> = Vec::new();
    for field in message.template.fields() {
        if case.field(field).is_some() || reported.contains(&field) {
            continue;
        }
        reported.push(field);
        cx.error_spanned_by(&message.original, missing_field(case, field));
    }
}

fn missing_field(case: &Case, field: &FieldRef) -> String {
    let placeholder = field.placeholder();
    let owner = match case.variant {
        Some(_) => format!("variant `{}`", case.ident),
        None => format!("`{}`", case.ident),
    };
    let count = case.fields.len();
    if count == 0 {
        return format!(
            "`{placeholder}` names no field: {owner} has no fields, and a message interpolates only its own fields"
        );
    }
    match (field, case.named) {
        (FieldRef::Named(_), true) => {
            let names: Vec<String> = case
                .fields
                .iter()
                .map(|field| format!("`{{{}}}`", super::ast::member_name(&field.member)))
                .collect();
            match names.as_slice() {
                [one] => format!("`{placeholder}` names no field: the field of {owner} is {one}"),
                _ => format!(
                    "`{placeholder}` names no field: the fields of {owner} are {}",
                    names.join(", ")
                ),
            }
        }
        (FieldRef::Named(_), false) => format!(
            "`{placeholder}` names no field: the fields of {owner} have no names; write their position, {}",
            positions(count)
        ),
        (FieldRef::Position(_), true) => format!(
            "`{placeholder}` names no field: the fields of {owner} are named; write a name, e.g. `{{{}}}`",
            super::ast::member_name(&case.fields[0].member)
        ),
        (FieldRef::Position(_), false) => format!(
            "`{placeholder}` is out of range: {owner} has {count} field{}, {}",
            if count == 1 { "" } else { "s" },
            positions(count)
        ),
    }
}

/// `{0}`, `{0}` and `{1}`, or `{0}` to `{n}`.
fn positions(count: usize) -> String {
    match count {
        1 => "`{0}`".to_owned(),
        2 => "`{0}` and `{1}`".to_owned(),
        _ => format!("`{{0}}` to `{{{}}}`", count - 1),
    }
}

/// REST API notes, 500: "API must not expose any information about internals
/// whatsoever". A 5xx message is fixed text; a field value could carry anything.
fn server_error_message_is_fixed(cx: &Ctxt, message: &MessageOption) {
    if let Some(field) = message.template.fields().next() {
        cx.error_spanned_by(
            &message.original,
            format!(
                "a 5xx message cannot interpolate `{}`: a 5xx body never shows internals to the client; write a fixed message, e.g. `message = \"The invoice store is unavailable\"`, and log the details on the server",
                field.placeholder()
            ),
        );
    }
}

/// Guide, "Error types": without a message, "the status's reason phrase"; a status
/// without one needs a message.
fn default_message_exists(cx: &Ctxt, input: &Input, case: &Case, status: u16) {
    if reason_phrase(status).is_some() {
        return;
    }
    let message = format!(
        "status {status} has no standard reason phrase to serve as the default message: add the text the client should read, `message = \"...\"`"
    );
    match &case.options.status {
        Some(own) => cx.error_spanned_by(&own.original, message),
        None if input.default_status.is_some() => cx.error_spanned_by(case.ident, message),
        None => {}
    }
}
