//! A typed view of the handler: its signature, its body kept as tokens, and the parts
//! of its return type whose statuses are checked.
//!
//! The macro runs once per handler, unoptimized in a debug build, and every token it
//! looks at crosses from the compiler and back. So a well-formed handler is read by
//! [`Handler::scan`], a walk over the tokens before the body that reads only what the
//! checks need; anything it is not sure of goes to syn, whose errors the user sees.
//!
//! The scan pays for itself: in the rebuild bench's typed crate (300 handlers,
//! `benches/compile/rebuild_ratio.sh`), `#[rest_endpoint]` runs 102 M instructions with
//! it and 186 M with syn parsing the signature alone (the body cut off first), 12% of
//! the 720 M the two macros add to the rebuild (callgrind, `benches/README.md`). The
//! test `the_scan_reads_what_syn_reads` keeps the two readings in agreement.

use proc_macro2::{Delimiter, Group, Ident, Span, TokenStream, TokenTree};
use quote::{quote, ToTokens};
use syn::spanned::Spanned;

use crate::ctxt::Ctxt;
use crate::tokens::{angle_delta, display, first_and_last, is_joint, is_punct, respan, Trees};
use syn::parse::ParseStream;
use syn::{Attribute, GenericArgument, PathArguments, ReturnType, Type, Visibility};

/// A fn with a body: what the checks need of its signature, and the body as the tokens
/// the user wrote, re-emitted exactly.
pub(crate) struct Handler {
    /// The tokens before the body, as written.
    pub(crate) head: Vec<TokenTree>,
    /// The `#[rest_endpoint]` attributes still on the fn, each as written.
    pub(crate) repeated: Vec<TokenStream>,
    pub(crate) sig: Signature,
    /// `{ ... }`.
    pub(crate) body: Group,
}

/// What the checks read of a handler's signature.
pub(crate) struct Signature {
    /// The fn's name, where an error about a missing return type points.
    pub(crate) ident: Ident,
    /// The names of the fn's type and const parameters.
    pub(crate) generics: Vec<String>,
    /// The return type's tokens, `None` without `->`.
    pub(crate) output: Option<Vec<TokenTree>>,
    /// The tokens between the parentheses: the parameters, receiver included.
    pub(crate) params: TokenStream,
}

impl Handler {
    /// A fn with a body, read by syn only for the error when it is not one.
    pub(crate) fn expect_fn(input: ParseStream) -> syn::Result<()> {
        Handler::parse_head(input)?;
        let body: Group = input.parse()?;
        if body.delimiter() != Delimiter::Brace {
            return Err(syn::Error::new(body.span(), "expected the fn's body"));
        }
        Ok(())
    }

    /// What comes before the body, parsed by syn: the attributes, the visibility and
    /// the signature, with nothing after them.
    pub(crate) fn parse_head(input: ParseStream) -> syn::Result<(Vec<Attribute>, syn::Signature)> {
        let attrs = input.call(Attribute::parse_outer)?;
        let _: Visibility = input.parse()?;
        let sig = input.parse()?;
        Ok((attrs, sig))
    }

    /// `head` is the tokens before the body, which syn parsed into `attrs` and `sig`.
    pub(crate) fn from_syn(
        head: Vec<TokenTree>,
        attrs: &[Attribute],
        sig: &syn::Signature,
        body: Group,
    ) -> Handler {
        let repeated = attrs
            .iter()
            .filter(|attr| {
                attr.path()
                    .segments
                    .last()
                    .is_some_and(|s| s.ident == "rest_endpoint")
            })
            .map(ToTokens::to_token_stream)
            .collect();
        let generics = sig
            .generics
            .type_params()
            .map(|param| param.ident.to_string())
            .chain(sig.generics.const_params().map(|p| p.ident.to_string()))
            .collect();
        let output = match &sig.output {
            ReturnType::Type(_, ty) => Some(ty.to_token_stream().into_iter().collect()),
            ReturnType::Default => None,
        };
        Handler {
            head,
            repeated,
            sig: Signature {
                ident: sig.ident.clone(),
                generics,
                output,
                params: sig.inputs.to_token_stream(),
            },
            body,
        }
    }

    /// Reads `head`, the tokens before the body, when they are plainly a fn's
    /// attributes, visibility and signature: `None` for anything unusual, which syn
    /// then parses (and reports, if it is wrong).
    pub(crate) fn scan(head: &[TokenTree], body: Group) -> Option<Handler> {
        let mut tokens = head.iter().peekable();
        let mut repeated = Vec::new();
        // #[attribute]
        while let Some(TokenTree::Punct(pound)) = tokens.peek() {
            if pound.as_char() != '#' {
                return None;
            }
            tokens.next();
            let Some(TokenTree::Group(group)) = tokens.next() else {
                return None;
            };
            if group.delimiter() != Delimiter::Bracket {
                return None;
            }
            if last_path_segment(group.stream()).is_some_and(|name| name == "rest_endpoint") {
                let pound = TokenTree::Punct(pound.clone());
                repeated.push(
                    [pound, TokenTree::Group(group.clone())]
                        .into_iter()
                        .collect(),
                );
            }
        }
        // pub(crate) const async unsafe extern "C" fn
        loop {
            let TokenTree::Ident(word) = tokens.next()? else {
                return None;
            };
            match word.to_string().as_str() {
                "fn" => break,
                "pub" => {
                    if let Some(TokenTree::Group(group)) = tokens.peek() {
                        if group.delimiter() == Delimiter::Parenthesis {
                            tokens.next();
                        }
                    }
                }
                "extern" => {
                    if let Some(TokenTree::Literal(_)) = tokens.peek() {
                        tokens.next();
                    }
                }
                "const" | "async" | "unsafe" | "safe" => {}
                _ => return None,
            }
        }
        let TokenTree::Ident(ident) = tokens.next()? else {
            return None;
        };
        let mut generics = Vec::new();
        if is_punct(tokens.peek().copied(), '<') {
            tokens.next();
            let mut inner = Vec::new();
            let mut depth = 1;
            let mut previous: Option<&TokenTree> = None;
            for token in tokens.by_ref() {
                depth += angle_delta(previous, token);
                if depth == 0 {
                    break;
                }
                inner.push(token.clone());
                previous = Some(token);
            }
            if depth != 0 {
                return None;
            }
            generics = parameter_names(&inner)?;
        }
        let params = match tokens.next()? {
            TokenTree::Group(params) if params.delimiter() == Delimiter::Parenthesis => {
                params.stream()
            }
            _ => return None,
        };
        let output = match tokens.next() {
            None => None,
            Some(TokenTree::Ident(word)) if word == "where" => None,
            Some(token) if is_joint(Some(token), '-') && is_punct(tokens.peek().copied(), '>') => {
                tokens.next();
                let mut output = Vec::new();
                for token in tokens.by_ref() {
                    if matches!(token, TokenTree::Ident(word) if word == "where") {
                        break;
                    }
                    output.push(token.clone());
                }
                if !can_start_type(output.first()) {
                    return None;
                }
                Some(output)
            }
            Some(_) => return None,
        };
        Some(Handler {
            head: head.to_vec(),
            repeated,
            sig: Signature {
                ident: ident.clone(),
                generics,
                output,
                params,
            },
            body,
        })
    }

    /// The fn as written, with `checks` first in its body, after any inner attributes
    /// (`#![allow(...)]`), which must stay first.
    ///
    /// Without inner attributes, the body's tokens are handed back as the compiler
    /// gave them, behind the checks, in one call: taking them apart and putting them
    /// together again would cost every handler a round trip per token.
    pub(crate) fn with_checks(self, checks: TokenStream) -> TokenStream {
        let body = self.body.stream();
        let starts_with_pound = matches!(
            body.clone().into_iter().next(),
            Some(TokenTree::Punct(pound)) if pound.as_char() == '#'
        );
        let stream = if starts_with_pound {
            let mut tokens: &[TokenTree] = &body.into_iter().collect::<Vec<_>>();
            let mut stream = TokenStream::new();
            while let [TokenTree::Punct(pound), TokenTree::Punct(bang), TokenTree::Group(group), rest @ ..] =
                tokens
            {
                if pound.as_char() != '#'
                    || bang.as_char() != '!'
                    || group.delimiter() != Delimiter::Bracket
                {
                    break;
                }
                stream.extend(tokens[..3].iter().cloned());
                tokens = rest;
            }
            stream.extend([checks]);
            stream.extend(tokens.iter().cloned());
            stream
        } else {
            let mut stream = checks;
            stream.extend([body]);
            stream
        };
        let mut body = Group::new(Delimiter::Brace, stream);
        body.set_span(self.body.span());
        let mut item = self.head;
        item.push(TokenTree::Group(body));
        item.into_iter().collect()
    }
}

impl Handler {
    /// The item the attribute is on, when it is a fn with a body (the `rest_endpoint`
    /// docs: "Checks a handler's statuses"). Anything else is an error that names what
    /// it found.
    pub(crate) fn from_tokens(cx: &Ctxt, item: TokenStream) -> Option<Handler> {
        // The body stays tokens; only what comes before it is read. syn would copy every
        // token of the body into its buffer first.
        let (head, body) = split_body(&item);
        if let Err(error) = crate::depth::check_trees(&head) {
            cx.syn_error(error);
            return None;
        }
        if let Some(body) = body {
            if let Some(function) = Handler::scan(&head, body.clone()) {
                return Some(function);
            }
            let head_stream: TokenStream = head.iter().cloned().collect();
            if let Ok((attrs, sig)) = syn::parse::Parser::parse2(Handler::parse_head, head_stream) {
                return Some(Handler::from_syn(head, &attrs, &sig, body));
            }
        }
        // Not a fn with a body: parse it all, for syn's error.
        let error = match syn::parse::Parser::parse2(Handler::expect_fn, item.clone()) {
            Err(error) => error,
            // The head and the body read apart above already; together they cannot.
            Ok(()) => syn::Error::new_spanned(&item, "expected a handler fn with a body"),
        };
        // Saying what the item is instead would parse all of it, body included.
        if crate::depth::check(&item).is_err() {
            cx.syn_error(error);
            return None;
        }
        match syn::parse2::<syn::Item>(item) {
        Ok(syn::Item::Verbatim(tokens)) if is_declaration(&tokens) => cx.error_spanned_by(
            tokens,
            "#[rest_endpoint] goes on a handler fn with a body; a declaration without one has nothing to check",
        ),
        Ok(syn::Item::Fn(_) | syn::Item::Verbatim(_)) | Err(_) => cx.syn_error(error),
        Ok(other) => cx.error_spanned_by(
            item_keyword(&other),
            format!(
                "#[rest_endpoint] goes on a handler fn, not on {}",
                item_kind(&other)
            ),
        ),
    }
        None
    }
}

/// The item without its last token, and that token when it is a `{ ... }` group, a
/// fn's body.
fn split_body(item: &TokenStream) -> (Vec<TokenTree>, Option<Group>) {
    let mut tokens: Vec<TokenTree> = item.clone().into_iter().collect();
    match tokens.pop() {
        Some(TokenTree::Group(group)) if group.delimiter() == Delimiter::Brace => {
            (tokens, Some(group))
        }
        Some(last) => {
            tokens.push(last);
            (tokens, None)
        }
        None => (tokens, None),
    }
}

/// `fn name(...);`, as in a trait or an extern block.
fn is_declaration(tokens: &TokenStream) -> bool {
    let mut tokens = tokens.clone().into_iter();
    tokens.any(|token| matches!(&token, TokenTree::Ident(ident) if ident == "fn"))
        && !tokens.any(|token| matches!(&token, TokenTree::Group(group) if group.delimiter() == Delimiter::Brace))
}

fn item_kind(item: &syn::Item) -> &'static str {
    match item {
        syn::Item::Const(_) => "a const",
        syn::Item::Enum(_) => "an enum",
        syn::Item::ExternCrate(_) => "an extern crate",
        syn::Item::ForeignMod(_) => "an extern block",
        syn::Item::Impl(_) => "an impl block",
        syn::Item::Macro(_) => "a macro invocation",
        syn::Item::Mod(_) => "a module",
        syn::Item::Static(_) => "a static",
        syn::Item::Struct(_) => "a struct",
        syn::Item::Trait(_) => "a trait",
        syn::Item::TraitAlias(_) => "a trait alias",
        syn::Item::Type(_) => "a type alias",
        syn::Item::Union(_) => "a union",
        syn::Item::Use(_) => "a use declaration",
        _ => "this item",
    }
}

/// The keyword that says what the item is (`struct`, `enum`...), the smallest span.
fn item_keyword(item: &syn::Item) -> TokenStream {
    let span = match item {
        syn::Item::Const(item) => item.const_token.span(),
        syn::Item::Enum(item) => item.enum_token.span(),
        syn::Item::Impl(item) => item.impl_token.span(),
        syn::Item::Mod(item) => item.mod_token.span(),
        syn::Item::Static(item) => item.static_token.span(),
        syn::Item::Struct(item) => item.struct_token.span(),
        syn::Item::Trait(item) => item.trait_token.span(),
        syn::Item::Type(item) => item.type_token.span(),
        syn::Item::Union(item) => item.union_token.span(),
        syn::Item::Use(item) => item.use_token.span(),
        other => return other.to_token_stream(),
    };
    quote::quote_spanned!(span=> item)
}

/// Whether a type can start with `token`: a name, `::`, `<`, `&`, `*`, `!`, `(`, `[`
/// or an invisible group.
fn can_start_type(token: Option<&TokenTree>) -> bool {
    match token {
        Some(TokenTree::Ident(_)) => true,
        Some(TokenTree::Punct(punct)) => matches!(punct.as_char(), ':' | '<' | '&' | '*' | '!'),
        Some(TokenTree::Group(group)) => group.delimiter() != Delimiter::Brace,
        Some(TokenTree::Literal(_)) | None => false,
    }
}

/// The last segment of the path an attribute starts with: `rest_endpoint` for
/// `rest_status::rest_endpoint(...)`.
fn last_path_segment(attribute: TokenStream) -> Option<String> {
    let mut last = None;
    for token in attribute {
        match token {
            TokenTree::Ident(ident) => last = Some(ident.to_string()),
            TokenTree::Punct(punct) if punct.as_char() == ':' => {}
            _ => break,
        }
    }
    last
}

/// The names of the type and const parameters in `inner`, the tokens between a fn's
/// `<` and `>`; `None` when a parameter does not start as one plainly does.
fn parameter_names(inner: &[TokenTree]) -> Option<Vec<String>> {
    let mut names = Vec::new();
    let mut depth = 0;
    let mut starts = true;
    let mut previous: Option<&TokenTree> = None;
    let mut tokens = inner.iter();
    while let Some(token) = tokens.next() {
        if starts {
            starts = false;
            match token {
                // 'a
                TokenTree::Punct(punct) if punct.as_char() == '\'' => {}
                TokenTree::Ident(ident) => {
                    let word = ident.to_string();
                    if word == "const" {
                        match tokens.next()? {
                            TokenTree::Ident(name) => names.push(name.to_string()),
                            _ => return None,
                        }
                    } else {
                        names.push(word);
                    }
                }
                _ => return None,
            }
            continue;
        }
        depth += angle_delta(previous, token);
        starts = depth == 0 && is_punct(Some(token), ',');
        previous = Some(token);
    }
    Some(names)
}

/// A part of the return type checked on its own: the whole type, or one side of a
/// syntactic `Result<T, E>` (so each side is reported with its own name and span).
pub(crate) struct ReturnPart {
    /// `return type`, `success type`, `error type` or `parameter`, for the messages.
    pub(crate) role: &'static str,
    /// The type as it can be named in the check.
    pub(crate) ty: Trees,
    /// The type as the user wrote it, for the messages.
    pub(crate) display: String,
    /// The first and last token of the type, so an error underlines all of it.
    pub(crate) span: (Span, Span),
    pub(crate) placement: Placement,
    /// Whether the type is one that carries its status as a value (`StatusCode`,
    /// `Response`, `HttpResponse`, a tuple such as `(StatusCode, Json<T>)`): its
    /// statuses are the ones the handler's body names.
    pub(crate) carries_status: bool,
}

/// Where a part's statuses can be read.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Placement {
    /// In a `const` item of the body, which `cargo check` evaluates.
    Item,
    /// The type names the fn's generic parameters or `Self`, which a nested item
    /// cannot name: in an inline `const { }` block, evaluated when the handler is
    /// instantiated (`cargo build`).
    Instance,
    /// None to read: `impl Trait` cannot be named at all, and `()` has no statuses
    /// (nor can a crate give it some); only `statuses(...)` can say.
    Opaque,
}

/// The first and last token of `sig`'s return type, or the fn's name without one.
pub(crate) fn return_span(sig: &Signature) -> (Span, Span) {
    match &sig.output {
        Some(ty) => first_and_last(ty, sig.ident.span()),
        None => (sig.ident.span(), sig.ident.span()),
    }
}

/// The parts of `sig`'s return type.
pub(crate) fn return_parts(sig: &Signature) -> Vec<ReturnPart> {
    let Some(ty) = &sig.output else {
        // No return type: `()`, reported at the fn's name.
        let span = sig.ident.span();
        return vec![ReturnPart {
            role: "return type",
            ty: Trees(respan(quote!(()), span).into_iter().collect()),
            display: "()".to_owned(),
            span: (span, span),
            placement: Placement::Opaque,
            carries_status: false,
        }];
    };
    match result_sides(ty) {
        Some((ok, err)) => vec![
            part("success type", ok, &sig.generics),
            part("error type", err, &sig.generics),
        ],
        None => vec![part("return type", ty.clone(), &sig.generics)],
    }
}

pub(crate) fn part(role: &'static str, tokens: Vec<TokenTree>, generics: &[String]) -> ReturnPart {
    let mut words = Vec::new();
    let has_lifetime = type_words(tokens.iter().cloned(), &mut words);
    let is_unit = matches!(&tokens[..], [TokenTree::Group(group)]
        if group.delimiter() == Delimiter::Parenthesis && group.stream().is_empty());
    let placement = if is_unit || words.iter().any(|word| word == "impl") {
        Placement::Opaque
    } else if words
        .iter()
        .any(|word| word == "Self" || generics.contains(word) || looks_like_type_parameter(word))
    {
        Placement::Instance
    } else {
        Placement::Item
    };
    ReturnPart {
        role,
        ty: Trees(if placement == Placement::Item && has_lifetime {
            elide_lifetimes(tokens.iter().cloned())
        } else {
            tokens.clone()
        }),
        display: display(&tokens),
        span: first_and_last(&tokens, Span::call_site()),
        placement,
        carries_status: carries_status(&tokens),
    }
}

/// The types whose status is a value set at run time, by how they are written: a
/// tuple, or a path whose last name is `StatusCode`, `Response` or `HttpResponse`
/// (`axum::response::Response`, `HttpResponse<BoxBody>`). A renamed import or an
/// alias of one is not recognised, and a type of one's own with one of these names is
/// taken for the framework's.
fn carries_status(tokens: &[TokenTree]) -> bool {
    if let [TokenTree::Group(group)] = tokens {
        if group.delimiter() == Delimiter::Parenthesis {
            let inner: Vec<TokenTree> = group.stream().into_iter().collect();
            let mut depth = 0;
            let mut previous = None;
            for token in &inner {
                depth += angle_delta(previous, token);
                if depth == 0 && is_punct(Some(token), ',') {
                    return true;
                }
                previous = Some(token);
            }
            // `(T)` is `T`.
            return carries_status(&inner);
        }
    }
    let mut depth = 0;
    let mut previous = None;
    let mut last_name = None;
    for token in tokens {
        depth += angle_delta(previous, token);
        if let (0, TokenTree::Ident(ident)) = (depth, token) {
            last_name = Some(ident.to_string());
        }
        previous = Some(token);
    }
    matches!(
        last_name.as_deref(),
        Some("StatusCode" | "Response" | "HttpResponse")
    )
}

/// `T`, `S`, `T2`: the usual names of type parameters. The macro sees a method, not
/// its impl block, so it cannot know the impl's parameters; a name like these is taken
/// for one, since an inline const can name a concrete type too (it is only checked
/// later), while a `const` item naming an impl parameter does not compile (E0401).
fn looks_like_type_parameter(name: &str) -> bool {
    let mut chars = name.chars();
    chars.next().is_some_and(|c| c.is_ascii_uppercase()) && chars.all(|c| c.is_ascii_digit())
}

/// `T` and `E` of a type written `Result<T, E>` (any path ending in `Result` with two
/// type arguments: `std::result::Result`, `axum::response::Result`...). An alias with
/// one argument, like `io::Result<T>`, is checked as a whole.
fn result_sides(tokens: &[TokenTree]) -> Option<(Vec<TokenTree>, Vec<TokenTree>)> {
    if let Some(sides) = plain_result_sides(tokens) {
        return sides;
    }
    let ty: Type = syn::parse2(tokens.iter().cloned().collect()).ok()?;
    let (ok, err) = syn_result_sides(&ty)?;
    let trees = |ty: &Type| ty.to_token_stream().into_iter().collect();
    Some((trees(ok), trees(err)))
}

/// [`result_sides`] of a type written plainly, as `a::b::Result<T, E>` or with no
/// `Result` at all; `None` when syn has to say.
#[allow(clippy::option_option)] // "not sure" and "no sides" are different answers
fn plain_result_sides(tokens: &[TokenTree]) -> Option<Option<(Vec<TokenTree>, Vec<TokenTree>)>> {
    let mut words = tokens
        .iter()
        .enumerate()
        .filter_map(|(i, token)| match token {
            TokenTree::Ident(ident) => Some((i, ident.to_string())),
            _ => None,
        });
    let Some((at, _)) = words.find(|(_, word)| word == "Result") else {
        // `(T)` and the invisible groups of `macro_rules!` are looked into by syn.
        return match tokens {
            [TokenTree::Group(group)]
                if matches!(group.delimiter(), Delimiter::Parenthesis | Delimiter::None) =>
            {
                None
            }
            _ => Some(None),
        };
    };
    // The path up to `Result`: `::`-separated names only.
    let path_is_plain = tokens[..at].iter().all(|token| match token {
        TokenTree::Ident(_) => true,
        TokenTree::Punct(punct) => punct.as_char() == ':',
        _ => false,
    });
    let (Some(open), Some(close)) = (tokens.get(at + 1), tokens.last()) else {
        return None;
    };
    if !path_is_plain || !is_punct(Some(open), '<') || !is_punct(Some(close), '>') {
        return None;
    }
    // The arguments, split at the commas outside any `<...>`.
    let mut args: Vec<Vec<TokenTree>> = vec![Vec::new()];
    let mut depth = 0;
    let mut previous: Option<&TokenTree> = None;
    for token in &tokens[at + 2..tokens.len() - 1] {
        depth += angle_delta(previous, token);
        if depth < 0 {
            // The `>` that closes `Result<` comes before the end.
            return None;
        }
        if let TokenTree::Punct(punct) = token {
            match punct.as_char() {
                ',' if depth == 0 => {
                    args.push(Vec::new());
                    previous = Some(token);
                    continue;
                }
                // `Item = T`, `Item: Bound`: not a type argument.
                '=' if depth == 0 => return None,
                ':' if depth == 0 && !is_path_colon(previous, token) => return None,
                _ => {}
            }
        }
        args.last_mut()?.push(token.clone());
        previous = Some(token);
    }
    if depth != 0 || args.iter().any(|arg| !is_plain_type(arg)) {
        return None;
    }
    match <[Vec<TokenTree>; 2]>::try_from(args) {
        Ok([ok, err]) => Some(Some((ok, err))),
        Err(_) => Some(None),
    }
}

/// Whether the `:` `token`, after `previous`, is one of the two of a `::`.
fn is_path_colon(previous: Option<&TokenTree>, token: &TokenTree) -> bool {
    is_joint(previous, ':') || is_joint(Some(token), ':')
}

/// A generic argument that can only be a type: not empty, not a lifetime, a literal,
/// a `{ const }` block or a negative number.
fn is_plain_type(arg: &[TokenTree]) -> bool {
    match arg.first() {
        None | Some(TokenTree::Literal(_)) => false,
        Some(TokenTree::Punct(punct)) => !matches!(punct.as_char(), '\'' | '-'),
        Some(TokenTree::Group(group)) => group.delimiter() != Delimiter::Brace,
        Some(TokenTree::Ident(_)) => true,
    }
}

/// [`result_sides`] by syn's reading of the type.
fn syn_result_sides(ty: &Type) -> Option<(&Type, &Type)> {
    let Type::Path(path) = ungroup(ty) else {
        return None;
    };
    if path.qself.is_some() {
        return None;
    }
    let last = path.path.segments.last()?;
    if last.ident != "Result" {
        return None;
    }
    let PathArguments::AngleBracketed(args) = &last.arguments else {
        return None;
    };
    let mut types = args.args.iter().map(|arg| match arg {
        GenericArgument::Type(ty) => Some(ty),
        _ => None,
    });
    match (types.next(), types.next(), types.next()) {
        (Some(Some(ok)), Some(Some(err)), None) => Some((ok, err)),
        _ => None,
    }
}

fn ungroup(mut ty: &Type) -> &Type {
    loop {
        match ty {
            Type::Group(group) => ty = &group.elem,
            Type::Paren(paren) => ty = &paren.elem,
            _ => return ty,
        }
    }
}

/// Every name in a type's tokens, nested ones too, except lifetimes' (`'a` is not the
/// type parameter `a`); whether there is a lifetime.
fn type_words(tokens: impl IntoIterator<Item = TokenTree>, words: &mut Vec<String>) -> bool {
    let mut previous_is_quote = false;
    let mut has_lifetime = false;
    for token in tokens {
        match &token {
            TokenTree::Ident(ident) if !previous_is_quote => words.push(ident.to_string()),
            TokenTree::Group(group) => has_lifetime |= type_words(group.stream(), words),
            _ => {}
        }
        previous_is_quote = matches!(&token, TokenTree::Punct(p) if p.as_char() == '\'');
        has_lifetime |= previous_is_quote;
    }
    has_lifetime
}

/// The type with every lifetime but `'static` written `'_`: a `const` item in the body
/// cannot name the fn's lifetimes, and a type's statuses never depend on them.
fn elide_lifetimes(tokens: impl IntoIterator<Item = TokenTree>) -> Vec<TokenTree> {
    let mut previous_is_quote = false;
    tokens
        .into_iter()
        .map(|token| {
            let token = match token {
                TokenTree::Ident(ident) if previous_is_quote && ident != "static" => {
                    TokenTree::Ident(Ident::new("_", ident.span()))
                }
                TokenTree::Group(group) => {
                    let inner = elide_lifetimes(group.stream()).into_iter().collect();
                    let mut new = Group::new(group.delimiter(), inner);
                    new.set_span(group.span());
                    TokenTree::Group(new)
                }
                other => other,
            };
            previous_is_quote = matches!(&token, TokenTree::Punct(p) if p.as_char() == '\'');
            token
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The handler `text` (without a body), read by [`Handler::scan`] and by syn.
    fn read(text: &str) -> (Option<Handler>, Handler) {
        let head: Vec<TokenTree> = text.parse::<TokenStream>().unwrap().into_iter().collect();
        let body = Group::new(Delimiter::Brace, TokenStream::new());
        let scanned = Handler::scan(&head, body.clone());
        let head: TokenStream = head.into_iter().collect();
        let (attrs, sig) = syn::parse::Parser::parse2(Handler::parse_head, head).unwrap();
        (scanned, Handler::from_syn(Vec::new(), &attrs, &sig, body))
    }

    fn described(handler: &Handler) -> Vec<(String, String, Placement)> {
        return_parts(&handler.sig)
            .into_iter()
            .map(|part| (part.role.to_owned(), part.display, part.placement))
            .collect()
    }

    /// The parts of a handler's return type, which the scan and syn agree on.
    fn parts(sig: &str) -> Vec<(String, String, Placement)> {
        let (scanned, parsed) = read(sig);
        let scanned = scanned.expect("a plain signature is scanned");
        assert_eq!(scanned.sig.generics, parsed.sig.generics, "{sig}");
        assert_eq!(described(&scanned), described(&parsed), "{sig}");
        described(&parsed)
    }

    fn one(role: &str, display: &str, placement: Placement) -> (String, String, Placement) {
        (role.to_owned(), display.to_owned(), placement)
    }

    #[test]
    fn a_result_is_checked_side_by_side() {
        assert_eq!(
            parts("fn f() -> Result<Ok<Invoice>, InvoiceError>"),
            [
                one("success type", "Ok<Invoice>", Placement::Item),
                one("error type", "InvoiceError", Placement::Item)
            ]
        );
        assert_eq!(
            parts("fn f() -> std::result::Result<(), crate::Error>"),
            [
                one("success type", "()", Placement::Opaque),
                one("error type", "crate::Error", Placement::Item)
            ]
        );
        // An alias with one argument is one type.
        assert_eq!(
            parts("fn f() -> io::Result<u8>"),
            [one("return type", "io::Result<u8>", Placement::Item)]
        );
    }

    #[test]
    fn no_return_type_is_unit() {
        assert_eq!(
            parts("fn f()"),
            [one("return type", "()", Placement::Opaque)]
        );
    }

    #[test]
    fn generics_self_and_impl_trait() {
        assert_eq!(
            parts("fn f<T: X, const N: usize>() -> Result<Ok<T>, E<N>>"),
            [
                one("success type", "Ok<T>", Placement::Instance),
                one("error type", "E<N>", Placement::Instance)
            ]
        );
        assert_eq!(
            parts("fn f(&self) -> Result<Self, Error>"),
            [
                one("success type", "Self", Placement::Instance),
                one("error type", "Error", Placement::Item)
            ]
        );
        assert_eq!(
            parts("fn f() -> impl IntoResponse + Send"),
            [one(
                "return type",
                "impl IntoResponse + Send",
                Placement::Opaque
            )]
        );
        assert_eq!(
            parts("fn f<'a>(x: &'a str) -> Result<Ok<&'a str>, Error>")[0],
            one("success type", "Ok<&'a str>", Placement::Item)
        );
        // A one-letter name is taken for an impl's type parameter.
        assert_eq!(
            parts("fn f(&self) -> Result<Ok<S>, Error>")[0],
            one("success type", "Ok<S>", Placement::Instance)
        );
    }

    #[test]
    fn the_scan_reads_what_syn_reads() {
        for sig in [
            "#[doc = \"x\"] #[allow(unused)] pub(crate) async fn f(x: u8) -> Result<A, B>",
            "pub const unsafe extern \"C\" fn f() -> u8",
            "fn f<'a, T: Into<Vec<u8>> + 'a, F: Fn(u8) -> u8, const N: usize>() -> E<N> where T: Send",
            "fn f<T>() where T: Send",
            "fn f() -> (Result<A, B>)",
            "fn f() -> Result::<A, B>",
            "fn f() -> a::<X>::Result<A, B>",
            "fn f() -> Result<A, B,>",
            "fn f() -> Result<'a, B>",
            "fn f() -> Result<A, 3>",
            "fn f() -> Result<A, { N }>",
            "fn f() -> Result<A, Item = B>",
            "fn f() -> Result<A, Item: B>",
            "fn f() -> Result<A, fn() -> B>",
            "fn f() -> Result<Vec<A>, HashMap<K, V>>",
            "fn f() -> Result<<A as X>::Y, B>",
            "fn f() -> <A as X>::Result<A, B>",
            "fn f() -> &'static dyn Fn() -> Result<A, B>",
            "fn f() -> Result",
            "fn f() -> Result<A, B, C>",
            "fn f() -> std::result::Result<(), [u8; 4]>",
        ] {
            let (scanned, parsed) = read(sig);
            if let Some(scanned) = scanned {
                assert_eq!(scanned.sig.generics, parsed.sig.generics, "{sig}");
                assert_eq!(described(&scanned), described(&parsed), "{sig}");
            }
        }
        let (scanned, parsed) = read("#[rest_status::rest_endpoint(method = \"GET\")] fn f()");
        assert_eq!(scanned.unwrap().repeated.len(), 1);
        assert_eq!(parsed.repeated.len(), 1);
        assert!(read("fn f<T>() -> T").1.sig.generics == ["T"]);
    }

    #[test]
    fn anything_unusual_is_left_to_syn() {
        for sig in [
            "default fn f()",
            "fn f<#[cfg(x)] T>()",
            "#![allow(x)] fn f()",
        ] {
            let head: Vec<TokenTree> = sig.parse::<TokenStream>().unwrap().into_iter().collect();
            let body = Group::new(Delimiter::Brace, TokenStream::new());
            assert!(Handler::scan(&head, body).is_none(), "{sig}");
        }
    }

    #[test]
    fn types_that_carry_their_status_are_told_by_how_they_are_written() {
        let carries = |sig: &str| {
            let (_, handler) = read(sig);
            return_parts(&handler.sig)
                .iter()
                .map(|part| part.carries_status)
                .collect::<Vec<_>>()
        };
        assert_eq!(carries("fn f() -> StatusCode"), [true]);
        assert_eq!(carries("fn f() -> axum::http::StatusCode"), [true]);
        assert_eq!(carries("fn f() -> Response<Body>"), [true]);
        assert_eq!(carries("fn f() -> HttpResponse"), [true]);
        assert_eq!(carries("fn f() -> (StatusCode, Json<Item>)"), [true]);
        assert_eq!(carries("fn f() -> ((StatusCode, Json<Item>))"), [true]);
        assert_eq!(
            carries("fn f() -> Result<Json<Item>, StatusCode>"),
            [false, true]
        );
        assert_eq!(carries("fn f() -> Json<StatusCode>"), [false]);
        assert_eq!(carries("fn f() -> ()"), [false]);
        assert_eq!(carries("fn f() -> (Created<Item>)"), [false]);
        assert_eq!(carries("fn f() -> Vec<Response>"), [false]);
    }

    #[test]
    fn the_parameters_are_kept_as_written() {
        let (scanned, parsed) = read("fn f(&self, Path(id): Path<u64>, body: Json<Item>)");
        // Compared as words: the two print `>,` with different spacing.
        let words = |handler: &Handler| {
            handler
                .sig
                .params
                .to_string()
                .split_whitespace()
                .collect::<String>()
        };
        assert_eq!(words(&scanned.unwrap()), words(&parsed));
        assert_eq!(words(&parsed), "&self,Path(id):Path<u64>,body:Json<Item>");
    }

    #[test]
    fn lifetimes_are_elided_for_the_check() {
        let (_, handler) = read("fn f<'a>() -> Ok<&'a str, &'static str>");
        let part = &return_parts(&handler.sig)[0];
        assert_eq!(display(&part.ty.0), "Ok<&'_ str, &'static str>");
    }
}
