//! The crate's default policy, declared once in the user's `Cargo.toml`:
//!
//! ```toml
//! [package.metadata.rest-status]
//! default-policy = "crate::ApiPolicy"   # or a built-in one: "Zalando", "Extended", ...
//! ```
//!
//! A handler without `policy = ...` is checked against it (`Strict` when there is
//! none). The built-in names are those of core's `BUILT_IN_POLICIES`. The manifest is read with the small reader below rather than a TOML crate, to
//! keep the macro crate light; it understands the table above, the dotted and inline
//! forms of the same key, and skips everything else.
//!
//! Cargo does not rebuild a crate when only `[package.metadata]` changes, so the
//! expansion includes the manifest with `include_bytes!`: rustc then lists it among the
//! crate's inputs and cargo rebuilds when it changes.
//!
//! The macro runs once per handler, in one process per crate: what the manifest says is
//! kept between handlers ([`LAST_READ`]), and the manifest is included once ([`track`]).

use std::path::{Path, PathBuf};
use std::sync::{Mutex, PoisonError};

use rest_status_core::{BuiltInPolicy, BUILT_IN_POLICIES};

/// What a handler without `policy = ...` is checked against.
pub(crate) enum DefaultPolicy {
    /// A built-in policy, named through the facade by its path.
    BuiltIn(&'static BuiltInPolicy),
    /// A path written in the manifest, resolved where the handler is.
    Path(syn::Path),
}

/// The default policy and the manifest it was read from (to be tracked).
pub(crate) struct Manifest {
    pub(crate) path: Option<PathBuf>,
    pub(crate) policy: DefaultPolicy,
}

const KEY: &str = "default-policy";
const TABLE: [&str; 3] = ["package", "metadata", "rest-status"];

/// Reads `$CARGO_MANIFEST_DIR/Cargo.toml`. Without a manifest (rustc run by hand) the
/// default is `Strict`. The error is the compile error's text.
pub(crate) fn read() -> Result<Manifest, String> {
    let Some(dir) = std::env::var_os("CARGO_MANIFEST_DIR") else {
        return Ok(Manifest {
            path: None,
            policy: strict(),
        });
    };
    let path = PathBuf::from(dir).join("Cargo.toml");
    let text = match std::fs::read_to_string(&path) {
        Ok(text) => text,
        Err(error) => return Err(format!("cannot read {}: {error}", path.display())),
    };
    let policy = match find_cached(&path, text) {
        Ok(None) => strict(),
        Ok(Some((line, value))) => policy_value(&value)
            .map_err(|message| format!("{message}\n  --> {}:{line}", path.display()))?,
        Err((line, message)) => {
            return Err(format!(
                "{message}\n  --> {}:{line}\nexpected:\n[package.metadata.rest-status]\ndefault-policy = \"Strict\" (or {}, or the path of your policy, e.g. \"crate::ApiPolicy\")",
                path.display(),
                built_in_names(&BUILT_IN_POLICIES[1..], "or")
            ))
        }
    };
    Ok(Manifest {
        path: Some(path),
        policy,
    })
}

/// What [`find_default_policy`] found in a manifest, and the manifest's path and text.
type Found = Result<Option<(usize, String)>, ManifestError>;

/// The last manifest read and what it said. A handler whose manifest has the same path
/// and text (every other handler of the crate) skips reading it again.
static LAST_READ: Mutex<Option<(PathBuf, String, Found)>> = Mutex::new(None);

/// [`find_default_policy`], through [`LAST_READ`].
fn find_cached(path: &Path, text: String) -> Found {
    let mut last = LAST_READ.lock().unwrap_or_else(PoisonError::into_inner);
    if let Some((last_path, last_text, found)) = &*last {
        if last_path == path && *last_text == text {
            return found.clone();
        }
    }
    let found = find_default_policy(&text);
    *last = Some((path.to_owned(), text, found.clone()));
    found
}

/// Whether `manifest` is still to be included in the crate being compiled: true the
/// first time this process asks. rustc runs a proc macro in one process per crate, so
/// that is once per crate; an editor's long-lived macro server, which does not track
/// inputs this way, gets it once too.
///
/// The crate's own unit tests expand many handlers in one process, in any order, and
/// compare each with a snapshot: there every expansion includes the manifest.
pub(crate) fn track(manifest: &Path) -> bool {
    if cfg!(test) {
        return true;
    }
    static TRACKED: Mutex<Vec<PathBuf>> = Mutex::new(Vec::new());
    let mut tracked = TRACKED.lock().unwrap_or_else(PoisonError::into_inner);
    if tracked.iter().any(|path| path == manifest) {
        return false;
    }
    tracked.push(manifest.to_owned());
    true
}

/// The default of a crate that names none.
fn strict() -> DefaultPolicy {
    DefaultPolicy::BuiltIn(&BUILT_IN_POLICIES[0])
}

/// `"Strict", "Extended" and "Zalando"`, with `and` or `or` before the last.
fn built_in_names(policies: &[BuiltInPolicy], last: &str) -> String {
    let names: Vec<String> = policies
        .iter()
        .map(|policy| format!("\"{}\"", policy.name))
        .collect();
    match names.split_last() {
        Some((final_name, [])) => final_name.clone(),
        Some((final_name, rest)) => format!("{} {last} {final_name}", rest.join(", ")),
        None => String::new(),
    }
}

/// The meaning of `default-policy = "..."`: a built-in policy by its name (`"Zalando"`)
/// or its path under the facade (`"presets::Zalando"`), or the path of a policy.
fn policy_value(value: &str) -> Result<DefaultPolicy, String> {
    if let Some(built_in) = BUILT_IN_POLICIES
        .iter()
        .find(|built_in| built_in.name == value || built_in.path == value)
    {
        return Ok(DefaultPolicy::BuiltIn(built_in));
    }
    for built_in in BUILT_IN_POLICIES {
        if value.trim().eq_ignore_ascii_case(built_in.name) {
            return Err(format!(
                "`{KEY} = {value:?}` is not a policy: the built-in policies are written {}; write \"{}\"",
                built_in_names(BUILT_IN_POLICIES, "and"),
                built_in.name
            ));
        }
    }
    match syn::parse_str::<syn::Path>(value) {
        Ok(path) => Ok(DefaultPolicy::Path(path)),
        Err(_) => Err(format!(
            "`{KEY} = {value:?}` is not a policy: write {}, or the path of a type that implements `Policy`, e.g. \"crate::ApiPolicy\"",
            built_in_names(BUILT_IN_POLICIES, "or")
        )),
    }
}

/// A problem in the manifest: its line (from 1) and what is wrong.
type ManifestError = (usize, String);

/// `Some((line, value))` of `package.metadata.rest-status.default-policy`.
fn find_default_policy(text: &str) -> Result<Option<(usize, String)>, ManifestError> {
    let mut table: Vec<String> = Vec::new();
    let mut found = None;
    let mut lines = text.lines().enumerate();
    while let Some((index, raw)) = lines.next() {
        let number = index + 1;
        let line = strip_comment(raw);
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        if let Some(header) = line.strip_prefix('[') {
            // `[table]` or `[[array.of.tables]]`.
            let header = header.trim_start_matches('[');
            let name = header.trim_end().trim_end_matches(']');
            table = split_key(name);
            continue;
        }
        let Some((key, value)) = split_once_outside_quotes(line, '=') else {
            continue;
        };
        let mut full = table.clone();
        full.extend(split_key(key));
        let value = value.trim();
        // A value that goes on over several lines: skip those lines, they hold no key.
        skip_continuation(value, &mut lines);
        if full.len() < TABLE.len() || full[..TABLE.len()] != TABLE {
            continue;
        }
        let rest = &full[TABLE.len()..];
        let entries = match rest {
            // `rest-status = { default-policy = "..." }` under `[package.metadata]`.
            [] => {
                inline_table(value).ok_or((number, "`rest-status` must be a table".to_owned()))?
            }
            [key] => vec![(key.clone(), value.to_owned())],
            _ => vec![(rest.join("."), value.to_owned())],
        };
        for (key, value) in entries {
            if key != KEY {
                return Err((
                    number,
                    format!("unknown key `{key}` in [package.metadata.rest-status]: the only key is `{KEY}`"),
                ));
            }
            let Some(value) = string_value(&value) else {
                return Err((
                    number,
                    format!(
                        "`{KEY}` must be a string, e.g. `{KEY} = \"Extended\"`; found `{value}`"
                    ),
                ));
            };
            if found.is_some() {
                return Err((number, format!("`{KEY}` is set twice")));
            }
            found = Some((number, value));
        }
    }
    Ok(found)
}

/// `"a".b. 'c'` -> `["a", "b", "c"]`.
fn split_key(key: &str) -> Vec<String> {
    let mut parts = Vec::new();
    let mut rest = key.trim();
    while !rest.is_empty() {
        let (part, after) = match split_once_outside_quotes(rest, '.') {
            Some((part, after)) => (part, after),
            None => (rest, ""),
        };
        parts.push(unquote(part.trim()).unwrap_or_else(|| part.trim().to_owned()));
        rest = after.trim();
    }
    parts
}

/// The line without a `#` comment that is outside strings.
fn strip_comment(line: &str) -> &str {
    match find_outside_quotes(line, '#') {
        Some(at) => &line[..at],
        None => line,
    }
}

fn split_once_outside_quotes(text: &str, separator: char) -> Option<(&str, &str)> {
    let at = find_outside_quotes(text, separator)?;
    Some((&text[..at], &text[at + separator.len_utf8()..]))
}

fn find_outside_quotes(text: &str, wanted: char) -> Option<usize> {
    let mut quote = None;
    let mut escaped = false;
    for (at, c) in text.char_indices() {
        match quote {
            Some('"') if escaped => escaped = false,
            Some('"') if c == '\\' => escaped = true,
            Some(q) if c == q => quote = None,
            Some(_) => {}
            None if c == '"' || c == '\'' => quote = Some(c),
            None if c == wanted => return Some(at),
            None => {}
        }
    }
    None
}

/// A basic (`"..."`, with `\"` and `\\` escapes) or literal (`'...'`) string, alone.
fn string_value(value: &str) -> Option<String> {
    let value = value.trim();
    if value.starts_with("\"\"\"") || value.starts_with("'''") {
        return None;
    }
    unquote(value)
}

fn unquote(text: &str) -> Option<String> {
    if text.len() >= 2 && text.starts_with('\'') && text.ends_with('\'') {
        let inner = &text[1..text.len() - 1];
        return (!inner.contains('\'')).then(|| inner.to_owned());
    }
    let inner = text.strip_prefix('"')?.strip_suffix('"')?;
    let mut out = String::new();
    let mut chars = inner.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => match chars.next()? {
                '"' => out.push('"'),
                '\\' => out.push('\\'),
                _ => return None,
            },
            '"' => return None,
            c => out.push(c),
        }
    }
    Some(out)
}

/// `{ a = "x", b = 'y' }` -> `[("a", "\"x\""), ("b", "'y'")]`.
fn inline_table(value: &str) -> Option<Vec<(String, String)>> {
    let inner = value.strip_prefix('{')?.strip_suffix('}')?;
    let mut entries = Vec::new();
    let mut rest = inner.trim();
    while !rest.is_empty() {
        let (entry, after) = split_once_outside_quotes(rest, ',').unwrap_or((rest, ""));
        let (key, value) = split_once_outside_quotes(entry, '=')?;
        entries.push((split_key(key).join("."), value.trim().to_owned()));
        rest = after.trim();
    }
    Some(entries)
}

/// Steps over the lines of a multi-line string or array that starts in `value`.
fn skip_continuation<'a>(value: &str, lines: &mut impl Iterator<Item = (usize, &'a str)>) {
    for delimiter in ["\"\"\"", "'''"] {
        if let Some(after) = value.strip_prefix(delimiter) {
            if !after.contains(delimiter) {
                for (_, line) in lines.by_ref() {
                    if line.contains(delimiter) {
                        break;
                    }
                }
            }
            return;
        }
    }
    let mut depth = bracket_depth(value);
    while depth > 0 {
        match lines.next() {
            Some((_, line)) => depth += bracket_depth(strip_comment(line)),
            None => return,
        }
    }
}

/// Opening minus closing `[`/`{` outside strings.
fn bracket_depth(text: &str) -> i32 {
    let mut depth = 0;
    let mut rest = text;
    while let Some(at) = rest.find(['[', ']', '{', '}', '"', '\'']) {
        let c = rest[at..].chars().next().unwrap_or(' ');
        rest = &rest[at + 1..];
        match c {
            '[' | '{' => depth += 1,
            ']' | '}' => depth -= 1,
            quote => match rest.find(quote) {
                Some(end) => rest = &rest[end + 1..],
                None => return depth,
            },
        }
    }
    depth
}

#[cfg(test)]
mod tests {
    use super::*;

    fn find(text: &str) -> Result<Option<(usize, String)>, ManifestError> {
        find_default_policy(text)
    }

    #[test]
    fn no_setting_means_none() {
        assert_eq!(find("[package]\nname = \"x\"\n"), Ok(None));
        assert_eq!(find(""), Ok(None));
        assert_eq!(
            find("[package.metadata.docs.rs]\nall-features = true\n"),
            Ok(None)
        );
    }

    #[test]
    fn the_table_form() {
        let text = "[package]\nname = \"api\"\n\n[package.metadata.rest-status]\ndefault-policy = \"crate::ApiPolicy\" # ours\n\n[dependencies]\n";
        assert_eq!(find(text), Ok(Some((5, "crate::ApiPolicy".to_owned()))));
        let quoted = "[ package . metadata . \"rest-status\" ]\n'default-policy' = 'Extended'\n";
        assert_eq!(find(quoted), Ok(Some((2, "Extended".to_owned()))));
    }

    #[test]
    fn the_dotted_and_inline_forms() {
        assert_eq!(
            find("[package]\nmetadata.rest-status.default-policy = \"Extended\"\n"),
            Ok(Some((2, "Extended".to_owned())))
        );
        assert_eq!(
            find("[package.metadata]\nrest-status = { default-policy = \"Strict\" }\n"),
            Ok(Some((2, "Strict".to_owned())))
        );
    }

    #[test]
    fn look_alikes_elsewhere_are_ignored() {
        let text = "[package]\ndescription = \"\"\"\n[package.metadata.rest-status]\ndefault-policy = \"Nope\"\n\"\"\"\nkeywords = [\n  \"a\",\n  [1],\n]\n[workspace.metadata.rest-status]\ndefault-policy = \"Nope\"\n";
        assert_eq!(find(text), Ok(None));
    }

    #[test]
    fn malformed_settings_are_errors_with_their_line() {
        assert_eq!(
            find("[package.metadata.rest-status]\ndefault-policy = Extended\n"),
            Err((2, "`default-policy` must be a string, e.g. `default-policy = \"Extended\"`; found `Extended`".to_owned()))
        );
        assert_eq!(
            find("[package.metadata.rest-status]\ndefault_policy = \"Strict\"\n"),
            Err((2, "unknown key `default_policy` in [package.metadata.rest-status]: the only key is `default-policy`".to_owned()))
        );
        assert_eq!(
            find(
                "[package.metadata.rest-status]\ndefault-policy = \"A\"\ndefault-policy = \"B\"\n"
            )
            .unwrap_err()
            .0,
            3
        );
        assert_eq!(
            find("[package.metadata]\nrest-status = \"Strict\"\n")
                .unwrap_err()
                .1,
            "`rest-status` must be a table"
        );
    }

    /// The name of the built-in policy `value` selects, if it selects one.
    fn built_in(value: &str) -> Option<&'static str> {
        match policy_value(value) {
            Ok(DefaultPolicy::BuiltIn(built_in)) => Some(built_in.name),
            _ => None,
        }
    }

    #[test]
    fn values() {
        assert_eq!(built_in("Strict"), Some("Strict"));
        assert_eq!(built_in("Extended"), Some("Extended"));
        assert_eq!(built_in("Zalando"), Some("Zalando"));
        assert_eq!(built_in("Azure"), Some("Azure"));
        assert_eq!(built_in("presets::Zalando"), Some("Zalando"));
        // Every policy of core's list can be named, by name or by path.
        for policy in BUILT_IN_POLICIES {
            assert_eq!(built_in(policy.name), Some(policy.name));
            assert_eq!(built_in(policy.path), Some(policy.name));
        }
        assert!(matches!(
            policy_value("crate::api::Policy"),
            Ok(DefaultPolicy::Path(_))
        ));
        assert_eq!(
            policy_value("strict").err().unwrap(),
            "`default-policy = \"strict\"` is not a policy: the built-in policies are written \"Strict\", \"Extended\", \"Zalando\" and \"Azure\"; write \"Strict\""
        );
        assert_eq!(
            policy_value("zalando").err().unwrap(),
            "`default-policy = \"zalando\"` is not a policy: the built-in policies are written \"Strict\", \"Extended\", \"Zalando\" and \"Azure\"; write \"Zalando\""
        );
        assert_eq!(
            policy_value("a b").err().unwrap(),
            "`default-policy = \"a b\"` is not a policy: write \"Strict\", \"Extended\", \"Zalando\" or \"Azure\", or the path of a type that implements `Policy`, e.g. \"crate::ApiPolicy\""
        );
        assert!(policy_value("crate::").is_err());
        assert!(policy_value("").is_err());
        assert!(policy_value("a b").is_err());
    }
}
