//! The `message` template: text with `{field}` / `{0}` placeholders and `{{` / `}}`
//! escapes, parsed once so that checking and expanding read the same pieces.

use syn::ext::IdentExt as _;
use syn::parse::Parser as _;

/// A parsed `message = "..."`.
#[derive(Debug, PartialEq)]
pub(crate) struct Template {
    pub(crate) pieces: Vec<Piece>,
}

#[derive(Debug, PartialEq)]
pub(crate) enum Piece {
    /// Text as the client reads it (escapes already resolved).
    Text(String),
    /// A field written with its `Display`.
    Field(FieldRef),
}

/// What a placeholder names.
#[derive(Debug, PartialEq, Clone)]
pub(crate) enum FieldRef {
    /// `{id}`: a named field (its name without `r#`).
    Named(String),
    /// `{0}`: a positional field.
    Position(usize),
}

impl FieldRef {
    /// The placeholder as the user wrote it, for messages.
    pub(crate) fn placeholder(&self) -> String {
        match self {
            FieldRef::Named(name) => format!("{{{name}}}"),
            FieldRef::Position(index) => format!("{{{index}}}"),
        }
    }
}

impl Template {
    /// The fields the template interpolates, in order, repeats included.
    pub(crate) fn fields(&self) -> impl Iterator<Item = &FieldRef> {
        self.pieces.iter().filter_map(|piece| match piece {
            Piece::Field(field) => Some(field),
            Piece::Text(_) => None,
        })
    }

    /// The message when nothing is interpolated: the text with escapes resolved.
    pub(crate) fn text(&self) -> Option<String> {
        let mut text = String::new();
        for piece in &self.pieces {
            match piece {
                Piece::Text(part) => text.push_str(part),
                Piece::Field(_) => return None,
            }
        }
        Some(text)
    }

    /// The template as a `format_args!` string: text with braces doubled, each field
    /// as `{}` (the fields are passed positionally, in order).
    pub(crate) fn format_string(&self) -> String {
        let mut format = String::new();
        for piece in &self.pieces {
            match piece {
                Piece::Text(part) => {
                    format.push_str(&part.replace('{', "{{").replace('}', "}}"));
                }
                Piece::Field(_) => format.push_str("{}"),
            }
        }
        format
    }
}

/// Parses a message template; the error is the text of a compile error.
pub(crate) fn parse(template: &str) -> Result<Template, String> {
    let mut pieces = Vec::new();
    let mut text = String::new();
    let mut rest = template;
    while let Some(i) = rest.find(['{', '}']) {
        text.push_str(&rest[..i]);
        let after = &rest[i + 1..];
        if rest[i..].starts_with('}') {
            if let Some(after) = after.strip_prefix('}') {
                text.push('}');
                rest = after;
                continue;
            }
            return Err("unmatched `}` in the message: write `}}` for a literal brace".to_owned());
        }
        if let Some(after) = after.strip_prefix('{') {
            text.push('{');
            rest = after;
            continue;
        }
        let Some(end) = after.find('}') else {
            return Err(
                "unclosed `{` in the message: close the placeholder, e.g. `{id}`, or write `{{` for a literal brace"
                    .to_owned(),
            );
        };
        let inner = &after[..end];
        if inner.contains('{') {
            return Err(
                "unclosed `{` in the message: close the placeholder, e.g. `{id}`, or write `{{` for a literal brace"
                    .to_owned(),
            );
        }
        if !text.is_empty() {
            pieces.push(Piece::Text(std::mem::take(&mut text)));
        }
        pieces.push(Piece::Field(placeholder(inner)?));
        rest = &after[end + 1..];
    }
    text.push_str(rest);
    if !text.is_empty() {
        pieces.push(Piece::Text(text));
    }
    Ok(Template { pieces })
}

/// What is between `{` and `}`.
fn placeholder(inner: &str) -> Result<FieldRef, String> {
    if inner.is_empty() {
        return Err(
            "empty placeholder `{}` in the message: name the field, e.g. `{id}`, or give its position, e.g. `{0}`"
                .to_owned(),
        );
    }
    if let Some((field, _spec)) = inner.split_once(':') {
        // `Debug` would print a field's internals to the client, and padding or
        // precision belong to the client's rendering: the message takes neither.
        return Err(format!(
            "`{{{inner}}}` has a format spec, which a message does not take: each field is written with `Display`, and `Debug` (`:?`) could show internals to the client; write `{{{}}}`",
            field.trim()
        ));
    }
    if inner.bytes().all(|byte| byte.is_ascii_digit()) {
        if let Ok(index) = inner.parse() {
            return Ok(FieldRef::Position(index));
        }
    }
    match syn::Ident::parse_any.parse_str(inner) {
        // The parser skips whitespace around the name; a placeholder holds none.
        Ok(ident) if ident == inner => Ok(FieldRef::Named(ident.unraw().to_string())),
        _ => Err(format!(
            "`{{{inner}}}` is not a field: a placeholder holds a field's name, e.g. `{{id}}`, or its position, e.g. `{{0}}`"
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(part: &str) -> Piece {
        Piece::Text(part.to_owned())
    }

    fn named(name: &str) -> Piece {
        Piece::Field(FieldRef::Named(name.to_owned()))
    }

    #[test]
    fn plain_text() {
        let template = parse("Not Found").unwrap();
        assert_eq!(template.pieces, [text("Not Found")]);
        assert_eq!(template.text().as_deref(), Some("Not Found"));
        assert_eq!(template.fields().count(), 0);
        assert_eq!(parse("").unwrap().pieces, []);
    }

    #[test]
    fn named_and_positional_fields() {
        let template = parse("Invoice {id} of {0} ({1})").unwrap();
        assert_eq!(
            template.pieces,
            [
                text("Invoice "),
                named("id"),
                text(" of "),
                Piece::Field(FieldRef::Position(0)),
                text(" ("),
                Piece::Field(FieldRef::Position(1)),
                text(")"),
            ]
        );
        assert_eq!(template.fields().count(), 3);
        assert_eq!(template.text(), None);
        assert_eq!(template.format_string(), "Invoice {} of {} ({})");
        assert_eq!(parse("{a}{b}").unwrap().pieces, [named("a"), named("b")]);
    }

    #[test]
    fn escaped_braces() {
        let template = parse("{{literal}} and {{{id}}}").unwrap();
        assert_eq!(
            template.pieces,
            [text("{literal} and {"), named("id"), text("}")]
        );
        // Braces in the text are doubled again for `format_args!`.
        assert_eq!(template.format_string(), "{{literal}} and {{{}}}");
        assert_eq!(parse("}}{{").unwrap().text().as_deref(), Some("}{"));
    }

    #[test]
    fn keywords_and_raw_names() {
        assert_eq!(parse("{type}").unwrap().pieces, [named("type")]);
        assert_eq!(parse("{r#type}").unwrap().pieces, [named("type")]);
        assert_eq!(parse("{_id}").unwrap().pieces, [named("_id")]);
    }

    #[test]
    fn refused_templates() {
        let cases = [
            ("{id", "unclosed `{`"),
            ("{id {x}", "unclosed `{`"),
            ("id}", "unmatched `}`"),
            ("{}", "empty placeholder"),
            ("{id:?}", "`{id:?}` has a format spec"),
            ("{0:>8}", "`{0:>8}` has a format spec"),
            ("{a.b}", "`{a.b}` is not a field"),
            ("{ id }", "`{ id }` is not a field"),
            ("{-1}", "`{-1}` is not a field"),
            ("{99999999999999999999999}", "is not a field"),
        ];
        for (template, expected) in cases {
            let error = parse(template).unwrap_err();
            assert!(error.contains(expected), "{template}: {error}");
        }
        let error = parse("{id:?}").unwrap_err();
        assert!(error.ends_with("write `{id}`"), "{error}");
    }
}
