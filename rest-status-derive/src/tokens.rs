//! Token helpers shared by both macros: [`SourceText`], in which both write their
//! output, building paths and punctuation tree by tree, reading punctuation,
//! respanning, and printing a type the way a person writes it.
//!
//! Inside a proc macro, a `TokenStream` lives in the compiler: appending one to the
//! stream being built is a round trip to the compiler and back, and so is reading one.
//! A tree appended on its own (an identifier, a punctuation, a literal) stays on the
//! macro's side until the output is handed over. The macros run once per handler,
//! unoptimized in a debug build, so their hot paths keep tokens as [`Trees`].

use proc_macro2::{Delimiter, Group, Ident, Punct, Spacing, Span, TokenStream, TokenTree};
use quote::ToTokens;

/// A list of tokens that [`quote!`](quote::quote) appends tree by tree.
#[derive(Clone, Default)]
pub(crate) struct Trees(pub(crate) Vec<TokenTree>);

impl ToTokens for Trees {
    fn to_tokens(&self, tokens: &mut TokenStream) {
        tokens.extend(self.0.iter().cloned());
    }
}

impl Trees {
    /// These tokens followed by `::a::b`, the added tokens spanned at `span`.
    pub(crate) fn join(&self, segments: &[&str], span: Span) -> Trees {
        let mut path = self.clone();
        extend_path(&mut path.0, segments, span);
        path
    }
}

/// Rust source for the parts of a macro's output that carry no span of the user's, with
/// the user's own tokens put in between where an error may point at them.
///
/// In a proc macro, `quote!` hands every token to the compiler on its own, and each
/// group is a round trip; text is read by the compiler's lexer in one call. Tokens
/// lexed from text get `Span::call_site()`, the span that `quote!` gives the tokens it
/// writes itself, so the code means the same and resolves the same. The text is lexed
/// only where a token of the user's comes in, and a group stays text as long as none
/// does.
///
/// One way to write each thing:
/// - text the macro spells out: [`push`](SourceText::push), or `write!` for text with
///   values in it; the text is written as is, spaces included, and must lex;
/// - a string literal or an integer the macro computes: [`string`](SourceText::string),
///   [`number`](SourceText::number), which join no word before or after them;
/// - tokens with spans of their own (the user's, or one an error points at):
///   [`tokens`](SourceText::tokens);
/// - a group: [`group`](SourceText::group), or [`group_at`](SourceText::group_at)
///   when an error points at the group itself;
/// - what another `SourceText` wrote: [`append`](SourceText::append).
#[derive(Default)]
pub(crate) struct SourceText {
    /// Written, not yet lexed.
    text: String,
    /// What came before `text`: lexed text and the user's tokens, in order.
    tokens: TokenStream,
    /// Whether `tokens` holds anything: asking the compiler would be a round trip, and
    /// a group holding no token of the user's stays text.
    spliced: bool,
}

impl SourceText {
    /// Appends `text` as it is: Rust source that must lex (balanced delimiters, whole
    /// literals), with the spaces it needs to stay apart from what comes before.
    pub(crate) fn push(&mut self, text: &str) -> &mut SourceText {
        self.text.push_str(text);
        self
    }

    /// Appends a string literal with `value` for its contents, between spaces: a word
    /// just before it would be read as its prefix (`r"..."`), one just after as its
    /// suffix (`"..."as`).
    pub(crate) fn string(&mut self, value: &str) -> &mut SourceText {
        use std::fmt::Write;
        // `Debug` writes a valid literal: quotes, backslashes and every character
        // that is not printable are escaped.
        let _ = write!(self.text, " {value:?} ");
        self
    }

    /// Appends an unsuffixed integer, between spaces so that it joins no word (`7as`
    /// would be a suffix).
    pub(crate) fn number(&mut self, value: impl std::fmt::Display) -> &mut SourceText {
        use std::fmt::Write;
        let _ = write!(self.text, " {value} ");
        self
    }

    /// Appends tokens as they are, spans included: the user's, or the macro's own that
    /// an error points at.
    pub(crate) fn tokens(&mut self, tokens: &impl ToTokens) -> &mut SourceText {
        self.flush();
        tokens.to_tokens(&mut self.tokens);
        self.spliced = true;
        self
    }

    /// Appends `inner` in `delimiter`s: as text unless `inner` puts tokens in.
    pub(crate) fn group(
        &mut self,
        delimiter: Delimiter,
        inner: impl FnOnce(&mut SourceText),
    ) -> &mut SourceText {
        let mut group = SourceText::default();
        inner(&mut group);
        let (open, close) = match delimiter {
            Delimiter::Parenthesis => ('(', ')'),
            Delimiter::Brace => ('{', '}'),
            Delimiter::Bracket => ('[', ']'),
            // An invisible group has no text: it must stay a group.
            Delimiter::None => {
                return self.tokens(&Group::new(delimiter, group.into_tokens()));
            }
        };
        if group.spliced {
            return self.tokens(&Group::new(delimiter, group.into_tokens()));
        }
        self.text.push(open);
        self.text.push_str(&group.text);
        self.text.push(close);
        self
    }

    /// Appends `inner` in a group spanned at `span`, for an error that points at the
    /// group: rustc spans a call from its path to its arguments' group.
    pub(crate) fn group_at(
        &mut self,
        delimiter: Delimiter,
        span: Span,
        inner: impl FnOnce(&mut SourceText),
    ) -> &mut SourceText {
        let mut group = SourceText::default();
        inner(&mut group);
        let mut group = Group::new(delimiter, group.into_tokens());
        group.set_span(span);
        self.tokens(&group)
    }

    /// Appends what `other` wrote, its text still text.
    pub(crate) fn append(&mut self, other: SourceText) -> &mut SourceText {
        if other.spliced {
            self.flush();
            self.splice(other.tokens);
        }
        self.text.push_str(&other.text);
        self
    }

    /// What was written, when it is all text: no token of the user's in it.
    pub(crate) fn as_text(&self) -> Option<&str> {
        (!self.spliced).then_some(self.text.as_str())
    }

    /// Everything written, as tokens.
    pub(crate) fn into_tokens(mut self) -> TokenStream {
        self.flush();
        self.tokens
    }

    fn flush(&mut self) {
        if self.text.is_empty() {
            return;
        }
        let lexed = lex(&self.text);
        self.text.clear();
        self.splice(lexed);
    }

    /// Appends `stream` after the tokens, as one stream, not its trees one by one:
    /// each would be a round trip to the compiler.
    fn splice(&mut self, stream: TokenStream) {
        if self.spliced {
            self.tokens.extend([stream]);
        } else {
            self.tokens = stream;
            self.spliced = true;
        }
    }
}

impl std::fmt::Write for SourceText {
    fn write_str(&mut self, text: &str) -> std::fmt::Result {
        self.text.push_str(text);
        Ok(())
    }
}

/// The tokens of `text`, which the macro wrote: it always lexes (the unit tests and
/// the fuzz targets lex every shape of it), but a mistake would be a compile error
/// rather than a panic.
///
/// Inside the compiler, the compiler lexes it: proc_macro2's `parse` would first lex it
/// a second time with its own lexer, to be sure the compiler accepts it, and that lexer
/// runs unoptimized like the macro, at twice the cost of everything else the macros
/// write. Outside (tests, fuzzing), proc_macro2's lexer is the only one.
fn lex(text: &str) -> TokenStream {
    if proc_macro::is_available() {
        if let Ok(tokens) = text.parse::<proc_macro::TokenStream>() {
            return tokens.into();
        }
    } else if let Ok(tokens) = text.parse::<TokenStream>() {
        return tokens;
    }
    quote::quote! {
        ::core::compile_error!("rest-status wrote code that does not lex; please report it with the input");
    }
}

/// Appends an operator, `::` or `=>`, as the joined punctuation it is made of.
pub(crate) fn extend_punct(out: &mut impl Extend<TokenTree>, op: &str, span: Span) {
    let mut chars = op.chars().peekable();
    while let Some(c) = chars.next() {
        let spacing = if chars.peek().is_some() {
            Spacing::Joint
        } else {
            Spacing::Alone
        };
        let mut punct = Punct::new(c, spacing);
        punct.set_span(span);
        out.extend([TokenTree::Punct(punct)]);
    }
}

/// Appends `::name` for each of `segments`, spanned at `span`.
pub(crate) fn extend_path(out: &mut impl Extend<TokenTree>, segments: &[&str], span: Span) {
    for segment in segments {
        extend_punct(out, "::", span);
        out.extend([TokenTree::Ident(Ident::new(segment, span))]);
    }
}

/// `(tokens)` spanned at `span`.
pub(crate) fn parenthesized_at(tokens: TokenStream, span: Span) -> TokenTree {
    let mut group = Group::new(Delimiter::Parenthesis, tokens);
    group.set_span(span);
    TokenTree::Group(group)
}

/// `tokens` with every token, nested ones too, spanned at `span`.
pub(crate) fn respan(tokens: TokenStream, span: Span) -> TokenStream {
    tokens
        .into_iter()
        .map(|mut token| {
            if let TokenTree::Group(group) = &token {
                let mut new = Group::new(group.delimiter(), respan(group.stream(), span));
                new.set_span(span);
                token = TokenTree::Group(new);
            } else {
                token.set_span(span);
            }
            token
        })
        .collect()
}

/// Whether `token` is the punctuation `c`.
pub(crate) fn is_punct(token: Option<&TokenTree>, c: char) -> bool {
    matches!(token, Some(TokenTree::Punct(punct)) if punct.as_char() == c)
}

/// `c` joined to the next token, as `-` is in `->`.
pub(crate) fn is_joint(token: Option<&TokenTree>, c: char) -> bool {
    matches!(token, Some(TokenTree::Punct(punct)) if punct.as_char() == c && punct.spacing() == Spacing::Joint)
}

/// How `token`, after `previous`, changes the depth of `<...>`: `<` opens, `>` closes
/// unless it ends a `->`.
pub(crate) fn angle_delta(previous: Option<&TokenTree>, token: &TokenTree) -> i32 {
    match token {
        TokenTree::Punct(punct) if punct.as_char() == '<' => 1,
        TokenTree::Punct(punct) if punct.as_char() == '>' && !is_joint(previous, '-') => -1,
        _ => 0,
    }
}

/// The spans of the first and last of `tokens`, so an error underlines all of them;
/// `fallback` for no tokens.
pub(crate) fn first_and_last(tokens: &[TokenTree], fallback: Span) -> (Span, Span) {
    let first = tokens.first().map_or(fallback, TokenTree::span);
    (first, tokens.last().map_or(first, TokenTree::span))
}

/// The tokens as a person writes them: `Result<Ok<Invoice>, InvoiceError>`, `&'a str`,
/// `impl IntoResponse + Send`.
pub(crate) fn display(tokens: &[TokenTree]) -> String {
    let mut out = String::new();
    write_tokens(&mut out, tokens.iter().cloned());
    out
}

fn write_tokens(out: &mut String, tokens: impl IntoIterator<Item = TokenTree>) {
    let mut previous_is_word = false;
    for token in tokens {
        match token {
            TokenTree::Ident(ident) => {
                if previous_is_word {
                    out.push(' ');
                }
                out.push_str(&ident.to_string());
                previous_is_word = true;
            }
            TokenTree::Literal(lit) => {
                if previous_is_word {
                    out.push(' ');
                }
                out.push_str(&lit.to_string());
                previous_is_word = true;
            }
            TokenTree::Punct(punct) => {
                let c = punct.as_char();
                match c {
                    ',' => out.push_str(", "),
                    ';' => out.push_str("; "),
                    '+' | '=' => {
                        out.push(' ');
                        out.push(c);
                        out.push(' ');
                    }
                    '-' if punct.spacing() == Spacing::Joint => out.push_str(" -"),
                    '>' if out.ends_with(" -") => out.push_str("> "),
                    _ => out.push(c),
                }
                // `'a str`: the lifetime's name is a word after the quote.
                previous_is_word = false;
                if c == '\'' {
                    continue;
                }
            }
            TokenTree::Group(group) => {
                let (open, close) = match group.delimiter() {
                    Delimiter::Parenthesis => ("(", ")"),
                    Delimiter::Bracket => ("[", "]"),
                    Delimiter::Brace => ("{", "}"),
                    Delimiter::None => ("", ""),
                };
                if previous_is_word && group.delimiter() == Delimiter::None {
                    out.push(' ');
                }
                out.push_str(open);
                write_tokens(out, group.stream());
                out.push_str(close);
                previous_is_word = group.delimiter() == Delimiter::None;
            }
        }
    }
}

/// An expression of the user's, read by syn, with the tokens it was read from: an
/// error about a value points at these. syn's printing of an expression back to tokens
/// decides where parentheses go by scanning its subexpressions again at each level, which
/// takes time exponential in some nestings of ranges and comparisons (`-..a == .. ..b`):
/// 500 bytes of such a value kept a macro busy for 6 seconds. A literal is kept
/// as read (it prints as itself), and taken out of the invisible group a
/// `macro_rules!` `$value:literal` puts it in, so that it means what it means written
/// out; anything else becomes `Expr::Verbatim` of its tokens, which prints them as
/// they are.
pub(crate) fn written_expr(input: syn::parse::ParseStream) -> syn::Result<syn::Expr> {
    let begin = input.cursor();
    let expr: syn::Expr = input.parse()?;
    let mut inner = &expr;
    while let syn::Expr::Group(group) = inner {
        inner = &group.expr;
    }
    if let syn::Expr::Lit(literal) = inner {
        return Ok(syn::Expr::Lit(literal.clone()));
    }
    let end = input.cursor();
    let mut written = TokenStream::new();
    let mut cursor = begin;
    while cursor != end {
        let Some((tree, next)) = cursor.token_tree() else {
            break;
        };
        written.extend([tree]);
        cursor = next;
    }
    Ok(syn::Expr::Verbatim(written))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `written_expr` over the whole of `text`.
    fn written(text: &str) -> syn::Expr {
        syn::parse::Parser::parse_str(written_expr, text).unwrap()
    }

    #[test]
    fn a_written_value_is_kept_as_its_tokens_unless_it_is_a_literal() {
        assert!(matches!(written("\"GET\""), syn::Expr::Lit(_)));
        assert!(matches!(written("404"), syn::Expr::Lit(_)));
        // What `$code:literal` makes of a literal: the literal, out of its group.
        let grouped = TokenStream::from(TokenTree::Group(Group::new(
            Delimiter::None,
            "404".parse().unwrap(),
        )));
        let grouped: syn::Expr = syn::parse::Parser::parse2(written_expr, grouped).unwrap();
        assert!(matches!(grouped, syn::Expr::Lit(_)));
        // Anything else is its tokens: printed as written, never by syn's printer.
        for text in [
            "Method::GET",
            "a + b * c",
            "-..o == .. ..k - ..d == .. ..4",
            "f::<A, B>(x)",
        ] {
            let syn::Expr::Verbatim(tokens) = written(text) else {
                panic!("{text} is kept as read by syn");
            };
            let expected: TokenStream = text.parse().unwrap();
            assert_eq!(tokens.to_string(), expected.to_string());
        }
    }

    #[test]
    fn a_written_value_ends_where_syn_ends_it() {
        let (expr, rest) = syn::parse::Parser::parse_str(
            |input: syn::parse::ParseStream| {
                let expr = written_expr(input)?;
                let rest: TokenStream = input.parse()?;
                Ok((expr, rest))
            },
            "a == b, statuses(200)",
        )
        .unwrap();
        let syn::Expr::Verbatim(tokens) = expr else {
            panic!("kept as read by syn");
        };
        assert_eq!(tokens.to_string(), "a == b");
        assert_eq!(rest.to_string(), ", statuses (200)");
    }

    #[test]
    fn display_reads_like_source() {
        let ty: syn::Type =
            syn::parse_str("Box<dyn Fn(u8) -> Result<(), [u8; 4]> + Send>").unwrap();
        assert_eq!(
            display(&ty.to_token_stream().into_iter().collect::<Vec<_>>()),
            "Box<dyn Fn(u8) -> Result<(), [u8; 4]> + Send>"
        );
    }

    #[test]
    fn source_text_lexes_once_around_the_users_tokens() {
        let mut out = SourceText::default();
        out.push("impl Trait for");
        out.tokens(&Ident::new("Type", Span::call_site()));
        out.group(Delimiter::Brace, |out| {
            out.push("fn f(&self) -> u8");
            // No token of the user's inside: the group stays text.
            out.group(Delimiter::Brace, |out| {
                out.push("1u8");
            });
            out.group(Delimiter::Parenthesis, |out| {
                out.tokens(&Ident::new("user", Span::call_site()));
            });
        });
        out.push(";");
        assert_eq!(
            out.into_tokens().to_string(),
            "impl Trait for Type { fn f (& self) -> u8 { 1u8 } (user) } ;"
        );
        assert!(SourceText::default().into_tokens().is_empty());
    }

    #[test]
    fn source_text_literals_and_spliced_groups() {
        let mut out = SourceText::default();
        // A literal never joins a word: `r "a\"b"`, not a raw string; `"..." as`, not a
        // suffix.
        out.push("r").string("a\"b").push("as").number(7);
        let mut inner = SourceText::default();
        inner.push("x");
        inner.tokens(&Ident::new("user", Span::call_site()));
        inner.push("y");
        out.append(inner);
        out.group_at(Delimiter::Bracket, Span::call_site(), |out| {
            out.push("1");
        });
        assert_eq!(out.as_text(), None);
        assert_eq!(
            out.into_tokens().to_string(),
            "r \"a\\\"b\" as 7 x user y [1]"
        );
        let mut text = SourceText::default();
        text.push("a").group(Delimiter::Parenthesis, |out| {
            out.string("b");
        });
        assert_eq!(text.as_text(), Some("a( \"b\" )"));
    }

    #[test]
    fn operators_are_joined_punctuation() {
        let mut out = TokenStream::new();
        extend_punct(&mut out, "=>", Span::call_site());
        extend_path(&mut out, &["a", "b"], Span::call_site());
        assert_eq!(out.to_string(), "=> :: a :: b");
        let spaced = respan(quote::quote!(a::<(b)>), Span::call_site()).to_string();
        assert_eq!(spaced, "a :: < (b) >");
    }
}
