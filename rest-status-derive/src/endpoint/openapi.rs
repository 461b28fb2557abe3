//! `#[utoipa::path(..., responses(...))]` on a `#[rest_endpoint]` handler: the
//! statuses the OpenAPI document gives for the operation must be the ones the handler
//! is checked for, so the document cannot drift from the code.
//!
//! `#[rest_endpoint]` sees the attribute only when it is above it (attributes expand
//! from the outside in, and utoipa removes its own). `responses(...)` lists tuples,
//! `(status = 404, ...)`, and types that implement `utoipa::IntoResponses`
//! (`rest_status::response::Ok<Item>`, a derived error). Both sides are compared here,
//! while the macro expands, when both are literal (`statuses(...)` and tuples only);
//! otherwise in const evaluation, where the types' [`Statuses`] are known.
//!
//! [`Statuses`]: rest_status_core::Statuses

use proc_macro2::{Delimiter, Group, Ident, Literal, Span, TokenStream, TokenTree};
use quote::{quote, ToTokens};
use rest_status_core::__private::derive::http_constant;
use rest_status_core::{reason_phrase, StatusSet};

use super::ast::{Handler, Placement};
use super::valid::Contract;
use crate::ctxt::Ctxt;
use crate::tokens::{angle_delta, display, first_and_last, is_punct, parenthesized_at, respan};

/// What `responses(...)` of a handler's `#[utoipa::path]` documents.
struct Documented {
    /// The `responses` keyword: where an error about the whole list points.
    responses: Span,
    /// `(status = 404, ...)`: each status, with its value's span.
    literals: Vec<(u16, Span)>,
    /// The types listed, as written.
    types: Vec<Vec<TokenTree>>,
}

/// The comparison of `handler`'s `#[utoipa::path(responses(...))]` with `contract`:
/// errors recorded in `cx` when the macro can decide it, or a `const` check to put in
/// the handler's body beside the others. Empty when the handler has no such attribute.
pub(crate) fn check(cx: &Ctxt, handler: &Handler, contract: &Contract) -> TokenStream {
    let Some(documented) = documented(cx, &handler.head) else {
        return TokenStream::new();
    };
    let name = handler.sig.ident.to_string();
    match &contract.declared {
        // Without parameters, no extractor can add a rejection to the declared ones.
        Some(declared) if documented.types.is_empty() && contract.params.is_empty() => {
            compare_literals(cx, &name, &documented, declared);
            TokenStream::new()
        }
        _ => const_check(&name, &documented, contract),
    }
}

/// Both sides are literals: each status on one side only is an error at its literal.
fn compare_literals(
    cx: &Ctxt,
    name: &str,
    documented: &Documented,
    declared: &[super::valid::DeclaredStatus],
) {
    for &(status, span) in &documented.literals {
        if !declared.iter().any(|d| d.code == status) {
            cx.syn_error(syn::Error::new(
                span,
                format!(
                    "`#[utoipa::path]` documents {} for `{name}`, which `#[rest_endpoint]` does not check: it is not in `statuses(...)`\n  = help: remove this response if the handler never returns it, or add {status} to `statuses(...)` if it does",
                    phrase(status)
                ),
            ));
        }
    }
    for status in declared {
        if !documented
            .literals
            .iter()
            .any(|&(code, _)| code == status.code)
        {
            cx.syn_error(syn::Error::new(
                status.span,
                format!(
                    "`#[rest_endpoint]` checks {} for `{name}`, which its `#[utoipa::path]` does not document\n  = help: add `(status = {}, description = \"...\")` to `responses(...)`, so clients learn that the handler may return it",
                    phrase(status.code),
                    status.code
                ),
            ));
        }
    }
}

/// `404 Not Found`.
fn phrase(status: u16) -> String {
    match reason_phrase(status) {
        Some(phrase) => format!("{status} {phrase}"),
        None => status.to_string(),
    }
}

/// The comparison in const evaluation: the documented set is the tuples' statuses and
/// each type's `Statuses` (a type without is a trait-bound error at the type); the
/// checked set is `statuses(...)`, or the return type's and the body's when its parts
/// have statuses (when one has none, the handler's own check has said so already),
/// with the rejections of the extractors among the parameters.
fn const_check(name: &str, documented: &Documented, contract: &Contract) -> TokenStream {
    let krate = match &contract.krate {
        Some(path) => path.to_token_stream(),
        None => quote!(::rest_status),
    };
    let private = quote!(#krate::__private);
    let literals = documented
        .literals
        .iter()
        .map(|&(status, _)| Literal::u16_unsuffixed(status));
    let mut set = quote!(#private::StatusSet::of(&[#(#literals),*]));
    for ty in &documented.types {
        let (start, end) = first_and_last(ty, documented.responses);
        let ty: TokenStream = ty.iter().cloned().collect();
        // `<T as Statuses>` spanned at the type: a type without statuses is an error
        // there, in `Statuses`' own words.
        let statuses = respan(quote!(#private::Statuses>::STATUSES), end);
        let open = respan(quote!(<), start);
        set = quote!(#set.union(#open #ty as #statuses));
    }
    // What the handler answers: `statuses(...)`, or its return type's parts and the
    // statuses its body names (those speak for a part that carries its status as a
    // value); and the rejections of its extractors, before it runs.
    let checked = match &contract.declared {
        Some(declared) => {
            let codes = declared
                .iter()
                .map(|status| Literal::u16_unsuffixed(status.code));
            quote!(#private::core::option::Option::Some(#private::StatusSet::of(&[#(#codes),*])))
        }
        None => {
            let named_speak = contract.named_speak_for_parts();
            let parts = contract
                .parts
                .iter()
                .filter(|part| part.placement != Placement::Opaque)
                .filter(|part| !(named_speak && part.carries_status))
                .map(|part| {
                    let ty = &part.ty;
                    quote!(#private::endpoint::Probe::<#ty>::KNOWN,)
                });
            let named = contract
                .named
                .iter()
                .map(|status| Literal::u16_unsuffixed(status.code));
            quote!(#private::endpoint::known_union(&[
                #(#parts)*
                #private::core::option::Option::Some(#private::StatusSet::of(&[#(#named),*])),
            ]))
        }
    };
    let rejections = contract.params.iter().map(|param| {
        let ty = &param.ty;
        quote!(#private::endpoint::Probe::<#ty>::REJECTIONS)
    });
    let rejections = quote!(#private::endpoint::rejections_union(&[#(#rejections),*]));
    let span = documented.responses;
    let function = respan(quote!(#private::endpoint::check_documented), span);
    let arguments = parenthesized_at(quote!(#name, __checked, #set), span);
    let body = quote! {{
        // `Probe`'s fallback answers for a type without statuses.
        use #private::endpoint::ProbeFallback as _;
        if let #private::core::option::Option::Some(__checked) = #checked {
            let __checked = __checked.union(#rejections);
            #function #arguments
        }
    }};
    if contract
        .parts
        .iter()
        .chain(&contract.params)
        .any(|part| part.placement == Placement::Instance)
    {
        // Names the fn's generics or `Self`, which only an inline `const { }` can.
        quote!(const { #body };)
    } else {
        quote!(const _: () = #body;)
    }
}

/// The `responses(...)` of the first `#[utoipa::path(...)]` among the attributes in
/// `head`; `None` without one. A status the comparison cannot use (a range, `default`)
/// is an error at it; a value utoipa itself refuses is left to utoipa's error.
fn documented(cx: &Ctxt, head: &[TokenTree]) -> Option<Documented> {
    let mut tokens = head.iter().cloned();
    let arguments = loop {
        match (tokens.next()?, tokens.next()?) {
            (TokenTree::Punct(pound), TokenTree::Group(attr))
                if pound.as_char() == '#' && attr.delimiter() == Delimiter::Bracket =>
            {
                if let Some(arguments) = utoipa_path(&attr) {
                    break arguments;
                }
            }
            // Past the attributes.
            _ => return None,
        }
    };
    let mut arguments = arguments.stream().into_iter().peekable();
    let mut at_start = true;
    while let Some(token) = arguments.next() {
        if at_start {
            if let TokenTree::Ident(ident) = &token {
                if ident == "responses" {
                    if let Some(TokenTree::Group(list)) = arguments.peek() {
                        if list.delimiter() == Delimiter::Parenthesis {
                            return responses(cx, ident, list);
                        }
                    }
                }
            }
        }
        at_start = is_punct(Some(&token), ',');
    }
    None
}

/// The arguments of `#[utoipa::path(...)]` or `#[::utoipa::path(...)]`.
fn utoipa_path(attr: &Group) -> Option<Group> {
    let words: Vec<TokenTree> = attr.stream().into_iter().collect();
    let words = match words.first() {
        Some(first) if is_punct(Some(first), ':') => words.get(2..).unwrap_or_default(),
        _ => &words[..],
    };
    match words {
        [TokenTree::Ident(utoipa), colon, _, TokenTree::Ident(path), TokenTree::Group(arguments)]
            if utoipa == "utoipa"
                && is_punct(Some(colon), ':')
                && path == "path"
                && arguments.delimiter() == Delimiter::Parenthesis =>
        {
            Some(arguments.clone())
        }
        _ => None,
    }
}

/// `responses((status = 200, ...), ItemError, ...)`, read item by item.
fn responses(cx: &Ctxt, keyword: &Ident, list: &Group) -> Option<Documented> {
    let mut documented = Documented {
        responses: keyword.span(),
        literals: Vec::new(),
        types: Vec::new(),
    };
    let mut readable = true;
    for item in split_top_level(list.stream()) {
        match item.as_slice() {
            [TokenTree::Group(tuple)] if tuple.delimiter() == Delimiter::Parenthesis => {
                match tuple_status(tuple) {
                    Some(Status::Code(code, span)) => documented.literals.push((code, span)),
                    Some(Status::Range(span, text)) => {
                        cx.syn_error(syn::Error::new(
                            span,
                            format!(
                                "`status = {text}` documents a range of statuses, which `#[rest_endpoint]` cannot compare with the exact statuses it checks\n  = help: document each status the handler returns, `(status = 404, ...)`, or list its return type's parts in `responses(...)`"
                            ),
                        ));
                        readable = false;
                    }
                    // utoipa reports what it cannot read itself.
                    None => readable = false,
                }
            }
            [] => {}
            ty => documented.types.push(ty.to_vec()),
        }
    }
    readable.then_some(documented)
}

/// The items of a comma-separated list, a comma inside `<...>` not counting.
fn split_top_level(stream: TokenStream) -> Vec<Vec<TokenTree>> {
    let mut items = vec![Vec::new()];
    let mut depth = 0;
    let mut previous: Option<TokenTree> = None;
    for token in stream {
        depth += angle_delta(previous.as_ref(), &token);
        if depth == 0 && is_punct(Some(&token), ',') {
            items.push(Vec::new());
        } else if let Some(item) = items.last_mut() {
            item.push(token.clone());
        }
        previous = Some(token);
    }
    items.retain(|item| !item.is_empty());
    items
}

enum Status {
    /// `status = 404`, `status = "404"`, `status = StatusCode::NOT_FOUND`.
    Code(u16, Span),
    /// `status = "4XX"` or `status = "default"`, with how it is written.
    Range(Span, String),
}

/// The `status = ...` of a response tuple.
fn tuple_status(tuple: &Group) -> Option<Status> {
    for item in split_top_level(tuple.stream()) {
        let [TokenTree::Ident(key), eq, value @ ..] = item.as_slice() else {
            continue;
        };
        if key != "status" || !is_punct(Some(eq), '=') {
            continue;
        }
        let (start, _) = first_and_last(value, key.span());
        return match value {
            [TokenTree::Literal(literal)] => {
                let text = literal.to_string();
                let unquoted = text.trim_matches('"');
                match unquoted.parse::<u16>() {
                    Ok(code) if StatusSet::in_range(code) => Some(Status::Code(code, start)),
                    _ if text.starts_with('"') => Some(Status::Range(start, text)),
                    _ => None,
                }
            }
            // `StatusCode::NOT_FOUND`, `http::StatusCode::NOT_FOUND`.
            [.., TokenTree::Ident(name)] => (100..=599)
                .find(|&code| http_name(code) == Some(name.to_string()))
                .map(|code| Status::Code(code, start)),
            _ => None,
        }
        .or_else(|| (!value.is_empty()).then(|| Status::Range(start, display(value))))
        .filter(|status| !matches!(status, Status::Range(_, text) if !is_range(text)));
    }
    None
}

/// `"4XX"` or `"default"`, the forms utoipa documents besides exact statuses.
fn is_range(text: &str) -> bool {
    let text = text.trim_matches('"');
    text == "default"
        || (text.len() == 3
            && text.as_bytes()[0].is_ascii_digit()
            && text[1..].eq_ignore_ascii_case("xx"))
}

/// The name of `http::StatusCode`'s constant for `code`.
fn http_name(code: u16) -> Option<String> {
    match code {
        100 => Some("CONTINUE"),
        101 => Some("SWITCHING_PROTOCOLS"),
        200 => Some("OK"),
        201 => Some("CREATED"),
        202 => Some("ACCEPTED"),
        203 => Some("NON_AUTHORITATIVE_INFORMATION"),
        204 => Some("NO_CONTENT"),
        205 => Some("RESET_CONTENT"),
        206 => Some("PARTIAL_CONTENT"),
        207 => Some("MULTI_STATUS"),
        300 => Some("MULTIPLE_CHOICES"),
        301 => Some("MOVED_PERMANENTLY"),
        302 => Some("FOUND"),
        303 => Some("SEE_OTHER"),
        304 => Some("NOT_MODIFIED"),
        307 => Some("TEMPORARY_REDIRECT"),
        308 => Some("PERMANENT_REDIRECT"),
        _ => http_constant(code),
    }
    .map(str::to_owned)
}

#[cfg(test)]
mod tests {
    use quote::quote;

    use super::*;

    /// The statuses and the types documented, and whether an error was recorded.
    type Read = (Option<(Vec<u16>, Vec<String>)>, bool);

    fn read(head: TokenStream) -> Read {
        let cx = Ctxt::new();
        let head: Vec<TokenTree> = head.into_iter().collect();
        let documented = documented(&cx, &head).map(|documented| {
            (
                documented.literals.iter().map(|&(code, _)| code).collect(),
                documented.types.iter().map(|ty| display(ty)).collect(),
            )
        });
        (documented, cx.check().is_err())
    }

    #[test]
    fn reads_tuples_and_types() {
        let (documented, failed) = read(quote! {
            #[doc = "x"]
            #[utoipa::path(get, path = "/a/{id}", params(("id" = u64, Path)), responses(
                (status = 200, body = Vec<Item>, description = "ok"),
                (status = "404", description = "missing"),
                (status = http::StatusCode::CONFLICT),
                Result<Ok<Item, X>, ItemError>,
                BadRequest,
            ))]
            pub async fn f()
        });
        assert!(!failed);
        let (literals, types) = documented.unwrap();
        assert_eq!(literals, [200, 404, 409]);
        assert_eq!(types, ["Result<Ok<Item, X>, ItemError>", "BadRequest"]);
    }

    #[test]
    fn ranges_are_errors_and_other_paths_are_not_read() {
        let (documented, failed) = read(quote! {
            #[::utoipa::path(get, path = "/", responses((status = "4XX"), (status = default)))]
            fn f()
        });
        assert!(documented.is_none());
        assert!(failed);
        assert_eq!(
            read(quote!(#[path(responses((status = 200)))] fn f())),
            (None, false)
        );
        assert_eq!(
            read(quote!(#[utoipa::path(get, path = "/")] fn f())),
            (None, false)
        );
        assert_eq!(
            read(quote!(#[utoipa::path(responses((status = 200)))] fn f())),
            (Some((vec![200], vec![])), false)
        );
    }
}
