//! `#[rest(...)]`, parsed serde-style: one branch per option, every error recorded in
//! the `Ctxt`, and parsing goes on after an error so that all of them show at once.

use proc_macro2::{Spacing, TokenStream, TokenTree};
use quote::ToTokens;
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
    let mut slots = Slots::new(cx);

    for attr in attrs.iter().filter(|attr| attr.path().is_ident("rest")) {
        // `#[rest[...]]` and `#[rest{...}]` are lists too, in other delimiters.
        let list = match &attr.meta {
            syn::Meta::List(list) if matches!(list.delimiter, syn::MacroDelimiter::Paren(_)) => {
                list
            }
            _ => {
                cx.error_spanned_by(
                    attr,
                    "expected options in parentheses, e.g. `#[rest(status = 404)]`",
                );
                slots.incomplete = true;
                continue;
            }
        };
        if !literal_options(&mut slots, list.tokens.clone(), target) {
            nested_options(&mut slots, attr, target);
        }
    }

    Options {
        status: slots.status.get(),
        code: slots.code.get(),
        message: slots.message.get(),
        format: slots.format.get(),
        krate: slots.krate.get(),
        incomplete: slots.incomplete,
    }
}

/// Reads one `#[rest(...)]` with syn's nested-meta parser, for any shape
/// [`literal_options`] leaves to it, recording its options and errors in `slots`.
fn nested_options(slots: &mut Slots, attr: &Attribute, target: Target) {
    let cx = slots.cx;
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
            slots.incomplete = true;
            return skip_value(&meta);
        }
        match option.as_str() {
            // status = 404
            "status" => {
                let status = parse_status(cx, &meta)?;
                slots.status(&meta.path, status);
            }
            // code = "...", message = "...", format = "..."
            "code" | "message" | "format" => {
                if let Some(original) = parse_lit_str(cx, &meta, &option)? {
                    slots.string(&meta.path, &option, original);
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
                    slots.krate.set(&meta.path, value.parse::<syn::Path>()?);
                }
            }
            _ => return unknown(cx, &meta, target),
        }
        Ok(())
    });
    if let Err(error) = result {
        cx.syn_error(error);
        slots.incomplete = true;
    }
}

/// The options of one item as they are read, from every `#[rest(...)]` on it.
struct Slots<'c> {
    cx: &'c Ctxt,
    status: Attr<'c, Status>,
    code: Attr<'c, Code>,
    message: Attr<'c, MessageOption>,
    format: Attr<'c, Format>,
    krate: Attr<'c, syn::Path>,
    incomplete: bool,
}

impl<'c> Slots<'c> {
    fn new(cx: &'c Ctxt) -> Slots<'c> {
        Slots {
            cx,
            status: Attr::none(cx, "status"),
            code: Attr::none(cx, "code"),
            message: Attr::none(cx, "message"),
            format: Attr::none(cx, "format"),
            krate: Attr::none(cx, "crate"),
            incomplete: false,
        }
    }

    /// `status = ...` at `key`: `None` when its value could not be read (an error says
    /// so already).
    fn status(&mut self, key: impl ToTokens, status: Option<Status>) {
        match status {
            Some(status) => self.status.set(key, status),
            None => self.incomplete = true,
        }
    }

    /// `code`, `message` or `format` at `key`, with its string literal.
    fn string(&mut self, key: impl ToTokens, option: &str, original: LitStr) {
        let cx = self.cx;
        match option {
            // code = "invoice_not_found"
            "code" => {
                let value = original.value();
                self.code.set(key, Code { original, value });
            }
            // message = "Invoice {id} was not found"
            "message" => match template::parse(&original.value()) {
                Ok(template) => self.message.set(key, MessageOption { original, template }),
                Err(error) => cx.error_spanned_by(&original, error),
            },
            // format = "problem"
            _ => match original.value().as_str() {
                "errors" => self.format.set(key, Format::Errors),
                "problem" => self.format.set(key, Format::Problem),
                _ => cx.error_spanned_by(
                    &original,
                    "unknown body format: expected `format = \"errors\"` (the default, `{\"errors\":[{\"code\":...,\"message\":...}]}`) or `format = \"problem\"` (RFC 9457 `application/problem+json`)",
                ),
            },
        }
    }
}

/// Reads `#[rest(...)]` written the usual way, `key = literal` pairs separated by
/// commas (`status = 404, code = "invoice_not_found"`), straight from its tokens, and
/// records them in `slots`. The derive runs once per type, unoptimized in a debug
/// build, and syn's nested-meta parser cost each attribute more than the rest of the
/// derive's reading. Anything else (a key this `target` does not take, a value that is
/// no literal of its option's kind, a path, a missing value) returns `false` having
/// recorded nothing, and syn reads the attribute, with its errors.
fn literal_options(slots: &mut Slots, tokens: TokenStream, target: Target) -> bool {
    let tokens: Vec<TokenTree> = tokens.into_iter().collect();
    let mut pairs = Vec::new();
    let mut rest = &tokens[..];
    while !rest.is_empty() {
        let [TokenTree::Ident(key), TokenTree::Punct(eq), TokenTree::Literal(value), after @ ..] =
            rest
        else {
            return false;
        };
        let option = key.to_string();
        if eq.as_char() != '=' || eq.spacing() != Spacing::Alone || !target.accepts(&option) {
            return false;
        }
        let value = match (option.as_str(), Lit::new(value.clone())) {
            ("status", Lit::Int(int)) => Value::Int(int),
            ("code" | "message" | "format", Lit::Str(string)) => Value::Str(string),
            _ => return false,
        };
        pairs.push((key, option, value));
        rest = match after {
            [] => after,
            [TokenTree::Punct(comma), after @ ..] if comma.as_char() == ',' => after,
            _ => return false,
        };
    }
    for (key, option, value) in pairs {
        match value {
            Value::Int(int) => {
                let status = int_status(slots.cx, &int);
                slots.status(key, status);
            }
            Value::Str(string) => slots.string(key, &option, string),
        }
    }
    true
}

/// The literal of a `key = literal` pair that [`literal_options`] reads.
enum Value {
    Int(LitInt),
    Str(LitStr),
}

/// The value of `status = ...`: an integer literal, known when the macro expands.
fn parse_status(cx: &Ctxt, meta: &ParseNestedMeta) -> syn::Result<Option<Status>> {
    let value = meta.value()?;
    if lone::<LitInt>(value) {
        return Ok(int_status(cx, &value.parse()?));
    }
    // A literal passed through a `macro_rules!` `$code:literal` comes out of its
    // invisible group.
    let expr = crate::tokens::written_expr(value)?;
    let lit = match &expr {
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
    let expr = crate::tokens::written_expr(value)?;
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

#[cfg(test)]
mod tests {
    use super::*;

    /// What one reader read from the `#[rest(...)]` attributes `attrs`, as text, and
    /// the errors it recorded: `fast` for [`literal_options`], which must take each.
    fn read(attrs: TokenStream, fast: bool) -> String {
        let item: syn::DeriveInput = syn::parse2(quote::quote!(#attrs struct S;)).expect("an item");
        let cx = Ctxt::new();
        let mut slots = Slots::new(&cx);
        for attr in &item.attrs {
            let syn::Meta::List(list) = &attr.meta else {
                panic!("a list");
            };
            if fast {
                assert!(literal_options(
                    &mut slots,
                    list.tokens.clone(),
                    Target::Struct
                ));
            } else {
                nested_options(&mut slots, attr, Target::Struct);
            }
        }
        let status = slots.status.get();
        let literal = status.as_ref().map(|status| status.original.to_string());
        format!(
            "status={:?} as {literal:?} code={:?} message={:?} format={:?} incomplete={} errors={:?}",
            status.and_then(|status| status.value),
            slots.code.get().map(|code| code.value),
            slots.message.get().map(|message| message.original.value()),
            slots.format.get(),
            slots.incomplete,
            cx.check().err().map(|error| error.to_string()),
        )
    }

    /// Whether the attribute's tokens take the fast reader.
    fn fast(tokens: TokenStream, target: Target) -> bool {
        let cx = Ctxt::new();
        literal_options(&mut Slots::new(&cx), tokens, target)
    }

    /// Read the fast way or by syn, an attribute means the same, and its errors say the
    /// same.
    #[test]
    fn both_readers_agree() {
        for attrs in [
            quote::quote!(#[rest(status = 404)]),
            quote::quote!(#[rest(status = 404, code = "gone", message = "Item {id} is gone",)]),
            quote::quote!(#[rest(code = "x", format = "problem")]),
            quote::quote!(#[rest(format = "errors")]),
            // Wrong values of the right kind: errors of the shared code.
            quote::quote!(#[rest(status = 404u16)]),
            quote::quote!(#[rest(status = 99999999999)]),
            quote::quote!(#[rest(format = "yaml")]),
            quote::quote!(#[rest(message = "{")]),
            quote::quote!(#[rest(status = 404, status = 410)]),
            quote::quote!(#[rest(status = 404)] #[rest(code = "a", code = "b")]),
        ] {
            assert_eq!(
                read(attrs.clone(), true),
                read(attrs.clone(), false),
                "{attrs}"
            );
        }
        assert_eq!(
            read(quote::quote!(#[rest(status = 404, code = "gone", format = "problem")]), true),
            "status=Some(404) as Some(\"404\") code=Some(\"gone\") message=None format=Some(Problem) incomplete=false errors=None"
        );
        assert!(
            read(quote::quote!(#[rest(status = 404, status = 410)]), true)
                .ends_with("errors=Some(\"duplicate option `status`: each option is given once\")")
        );
    }

    #[test]
    fn other_shapes_are_left_to_syn() {
        for (tokens, target) in [
            (quote::quote!(status = "404"), Target::Variant),
            (quote::quote!(code = 404), Target::Variant),
            (quote::quote!(status = 400 + 4), Target::Variant),
            (quote::quote!(status), Target::Variant),
            (quote::quote!(status(404)), Target::Variant),
            (quote::quote!(status == 404), Target::Variant),
            (quote::quote!(crate = ::rest_status), Target::Enum),
            (quote::quote!(r#status = 404), Target::Variant),
            (quote::quote!(code = "x"), Target::Enum),
            (quote::quote!(format = "problem"), Target::Variant),
            (quote::quote!(statuss = 404), Target::Variant),
            (quote::quote!(status = 404 code = "x"), Target::Variant),
            (quote::quote!(status = 404,, code = "x"), Target::Variant),
            (quote::quote!(, status = 404), Target::Variant),
        ] {
            assert!(!fast(tokens.clone(), target), "{tokens}");
        }
        assert!(fast(
            quote::quote!(status = 404, code = "x",),
            Target::Variant
        ));
    }
}
