//! `#[rest(...)]`, parsed serde-style: one branch per option, every error recorded in
//! the `Ctxt`, and parsing goes on after an error so that all of them show at once.

use syn::meta::ParseNestedMeta;
use syn::{Attribute, Expr, Lit, LitInt, LitStr};

use super::template::{self, Template};
use crate::ctxt::{Attr, Ctxt};

/// `status = 404`: the literal is kept for spans; the range is checked in `valid.rs`.
pub(crate) struct Status {
    pub(crate) original: LitInt,
    /// `None` when the literal does not fit a `u16`, which is out of range anyway.
    pub(crate) value: Option<u16>,
}

/// `code = "invoice_not_found"`.
pub(crate) struct Code {
    pub(crate) original: LitStr,
    pub(crate) value: String,
}

/// `message = "Invoice {id} was not found"`.
pub(crate) struct MessageOption {
    pub(crate) original: LitStr,
    pub(crate) template: Template,
}

/// Where a `#[rest(...)]` stands; it decides which options it takes.
#[derive(Clone, Copy, PartialEq)]
pub(crate) enum Target {
    /// On an enum: `status` (the variants' default), `format` and `crate`.
    Enum,
    /// On an enum's variant: `status`, `code`, `message`.
    Variant,
    /// On a struct, which is one error: all five.
    Struct,
}

impl Target {
    fn accepts(self, option: &str) -> bool {
        match self {
            Target::Enum => matches!(option, "status" | "format" | "crate"),
            Target::Variant => matches!(option, "status" | "code" | "message"),
            Target::Struct => matches!(option, "status" | "code" | "message" | "format" | "crate"),
        }
    }

    fn expected(self) -> &'static str {
        match self {
            Target::Enum => "`status` (the default of the variants), `format` or `crate`",
            Target::Variant => "`status`, `code` or `message`",
            Target::Struct => "`status`, `code`, `message`, `format` or `crate`",
        }
    }
}

/// The body format of a type's errors, from `format = "..."`.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Format {
    /// `{"errors":[{"code":...,"message":...}]}`, the default.
    Errors,
    /// RFC 9457 `application/problem+json`.
    Problem,
}

/// Every option of the `#[rest(...)]` attributes of one item (several attributes add
/// up; an option given twice is an error).
pub(crate) struct Options {
    pub(crate) status: Option<Status>,
    pub(crate) code: Option<Code>,
    pub(crate) message: Option<MessageOption>,
    pub(crate) format: Option<Format>,
    pub(crate) krate: Option<syn::Path>,
    /// Something in the attributes could not be read (an error says so already), so
    /// a missing option may be one that was written: do not report it again.
    pub(crate) incomplete: bool,
}

pub(crate) fn parse(cx: &Ctxt, attrs: &[Attribute], target: Target) -> Options {
    let mut status = Attr::none(cx, "status");
    let mut code = Attr::none(cx, "code");
    let mut message = Attr::none(cx, "message");
    let mut format = Attr::none(cx, "format");
    let mut krate = Attr::none(cx, "crate");
    let mut incomplete = false;

    for attr in attrs.iter().filter(|attr| attr.path().is_ident("rest")) {
        // `#[rest[...]]` and `#[rest{...}]` are lists too, in other delimiters.
        let in_parentheses = matches!(
            &attr.meta,
            syn::Meta::List(list) if matches!(list.delimiter, syn::MacroDelimiter::Paren(_))
        );
        if !in_parentheses {
            cx.error_spanned_by(
                attr,
                "expected options in parentheses, e.g. `#[rest(status = 404)]`",
            );
            incomplete = true;
            continue;
        }
        let result = attr.parse_nested_meta(|meta| {
            let Some(option) = meta.path.get_ident().map(ToString::to_string) else {
                return unknown(cx, &meta, target);
            };
            if !target.accepts(&option) {
                return misplaced(cx, &meta, &option, target);
            }
            if !meta.input.peek(syn::Token![=]) {
                cx.error_spanned_by(
                    &meta.path,
                    format!("`{option}` takes a value, e.g. `{}`", example(&option)),
                );
                incomplete = true;
                return skip_value(&meta);
            }
            match option.as_str() {
                // status = 404
                "status" => match parse_status(cx, &meta)? {
                    Some(value) => status.set(&meta.path, value),
                    None => incomplete = true,
                },
                // code = "invoice_not_found"
                "code" => {
                    if let Some(original) = parse_lit_str(cx, &meta, "code")? {
                        let value = original.value();
                        code.set(&meta.path, Code { original, value });
                    }
                }
                // message = "Invoice {id} was not found"
                "message" => {
                    if let Some(original) = parse_lit_str(cx, &meta, "message")? {
                        match template::parse(&original.value()) {
                            Ok(template) => message.set(&meta.path, MessageOption { original, template }),
                            Err(error) => cx.error_spanned_by(&original, error),
                        }
                    }
                }
                // format = "problem"
                "format" => {
                    if let Some(original) = parse_lit_str(cx, &meta, "format")? {
                        match original.value().as_str() {
                            "errors" => format.set(&meta.path, Format::Errors),
                            "problem" => format.set(&meta.path, Format::Problem),
                            _ => cx.error_spanned_by(
                                &original,
                                "unknown body format: expected `format = \"errors\"` (the default, `{\"errors\":[{\"code\":...,\"message\":...}]}`) or `format = \"problem\"` (RFC 9457 `application/problem+json`)",
                            ),
                        }
                    }
                }
                // crate = ::rest_status
                "crate" => {
                    let value = meta.value()?;
                    if value.peek(LitStr) {
                        let lit: LitStr = value.parse()?;
                        cx.error_spanned_by(
                            &lit,
                            format!(
                                "`crate` takes a path, not a string: write `crate = ::{}`",
                                lit.value().trim_start_matches("::")
                            ),
                        );
                    } else {
                        krate.set(&meta.path, value.parse::<syn::Path>()?);
                    }
                }
                _ => return unknown(cx, &meta, target),
            }
            Ok(())
        });
        if let Err(error) = result {
            cx.syn_error(error);
            incomplete = true;
        }
    }

    Options {
        status: status.get(),
        code: code.get(),
        message: message.get(),
        format: format.get(),
        krate: krate.get(),
        incomplete,
    }
}

/// The value of `status = ...`: an integer literal, known when the macro expands.
fn parse_status(cx: &Ctxt, meta: &ParseNestedMeta) -> syn::Result<Option<Status>> {
    let value = meta.value()?;
    if lone::<LitInt>(value) {
        return Ok(int_status(cx, &value.parse()?));
    }
    let expr: Expr = value.parse()?;
    // A literal passed through a `macro_rules!` `$code:literal` arrives in an invisible
    // group.
    let mut inner = &expr;
    while let Expr::Group(group) = inner {
        inner = &group.expr;
    }
    let lit = match inner {
        Expr::Lit(expr) => &expr.lit,
        _ => {
            cx.error_spanned_by(
                &expr,
                "`status` must be an integer literal, e.g. `status = 404`: the macro reads it while it expands, before constants exist",
            );
            return Ok(None);
        }
    };
    match lit {
        Lit::Int(int) => Ok(int_status(cx, int)),
        Lit::Str(string) => {
            cx.error_spanned_by(
                string,
                format!(
                    "`status` is a number, not a string: write `status = {}`",
                    string.value().trim()
                ),
            );
            Ok(None)
        }
        _ => {
            cx.error_spanned_by(
                lit,
                "`status` must be an integer literal, a 4xx or 5xx status, e.g. `status = 404`",
            );
            Ok(None)
        }
    }
}

/// `status = 404`'s literal, refused with a suffix.
fn int_status(cx: &Ctxt, int: &LitInt) -> Option<Status> {
    if !int.suffix().is_empty() {
        cx.error_spanned_by(
            int,
            format!(
                "`status` takes a plain number, without the `{}` suffix: `status = {}`",
                int.suffix(),
                int.base10_digits()
            ),
        );
        return None;
    }
    Some(Status {
        original: int.clone(),
        value: int.base10_parse().ok(),
    })
}

/// Whether the value is one literal `L`, followed by a comma or by nothing: the
/// common case, read without syn's expression parser, which costs each variant more
/// than the rest of its attribute. Anything else is parsed as an expression, for its
/// errors.
fn lone<L: syn::parse::Parse>(value: syn::parse::ParseStream) -> bool {
    let fork = value.fork();
    fork.parse::<L>().is_ok() && (fork.is_empty() || fork.peek(syn::Token![,]))
}

/// The string literal of `code = "..."` or `message = "..."`.
fn parse_lit_str(cx: &Ctxt, meta: &ParseNestedMeta, option: &str) -> syn::Result<Option<LitStr>> {
    let value = meta.value()?;
    if lone::<LitStr>(value) {
        return value.parse().map(Some);
    }
    let expr: Expr = value.parse()?;
    if let Expr::Lit(syn::ExprLit {
        lit: Lit::Str(lit), ..
    }) = &expr
    {
        return Ok(Some(lit.clone()));
    }
    cx.error_spanned_by(
        &expr,
        format!(
            "`{option}` must be a string literal, e.g. `{}`",
            example(option)
        ),
    );
    Ok(None)
}

/// How an option is written, for the messages that show it.
fn example(option: &str) -> &'static str {
    match option {
        "status" => "status = 404",
        "code" => "code = \"invoice_not_found\"",
        "message" => "message = \"Invoice {id} was not found\"",
        "format" => "format = \"problem\"",
        _ => "crate = ::rest_status",
    }
}

/// An option that is not one at all.
fn unknown(cx: &Ctxt, meta: &ParseNestedMeta, target: Target) -> syn::Result<()> {
    let path = &meta.path;
    let name = quote::quote!(#path).to_string().replace(' ', "");
    cx.error_spanned_by(
        path,
        format!(
            "unknown option `{name}` in `#[rest(...)]`: expected {}",
            target.expected()
        ),
    );
    skip_value(meta)
}

/// An option that belongs on another item.
fn misplaced(cx: &Ctxt, meta: &ParseNestedMeta, option: &str, target: Target) -> syn::Result<()> {
    let message = match (option, target) {
        ("code" | "message", Target::Enum) => format!(
            "`{option}` goes on a variant, not on the enum: each variant has its own; on the enum, `#[rest(...)]` takes {}",
            target.expected()
        ),
        ("crate", Target::Variant) => {
            "`crate` goes on the enum, not on a variant: one path serves the whole type".to_owned()
        }
        _ => {
            return unknown(cx, meta, target);
        }
    };
    cx.error_spanned_by(&meta.path, message);
    skip_value(meta)
}

/// Consumes the value of an option that was refused, so the options after it are
/// still read.
fn skip_value(meta: &ParseNestedMeta) -> syn::Result<()> {
    if meta.input.peek(syn::Token![=]) {
        meta.value()?.parse::<Expr>()?;
    } else if meta.input.peek(syn::token::Paren) {
        meta.parse_nested_meta(|nested| skip_value(&nested))?;
    }
    Ok(())
}
