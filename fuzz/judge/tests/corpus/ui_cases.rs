//! The macro inputs of the UI cases, the repository's `tests/ui/`: each
//! `#[rest_endpoint(...)]` item and each `#[derive(..., RestError)]` type of a case,
//! found in its tokens as the compiler would hand them to the macro.

use std::fs;
use std::path::{Path, PathBuf};

use proc_macro2::{Delimiter, TokenStream, TokenTree};

/// One macro input of a case.
pub(super) struct Input {
    /// `Some(args)` for `#[rest_endpoint(args)]`, `None` for the derive.
    pub(super) args: Option<TokenStream>,
    /// The item, without the attribute that invokes the macro.
    pub(super) item: TokenStream,
}

/// What a case's snapshot says of its inputs.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(super) enum Kind {
    /// It compiles: every input expands.
    Pass,
    /// It fails, and its `.stderr` holds only errors without a code, which the macros
    /// write: some input is refused by the macro itself.
    RefusedByMacro,
    /// It fails in the type checker (`error[E...]`): each input expands or is refused.
    Fails,
}

pub(super) struct UiCase {
    /// The case's path under `tests/ui/`.
    pub(super) name: String,
    pub(super) kind: Kind,
    pub(super) inputs: Vec<Input>,
}

/// Every case under `tests/ui/`, in a stable order.
pub(super) fn all() -> Vec<UiCase> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/ui");
    let mut files = Vec::new();
    collect(&root, &mut files);
    files.sort();
    files
        .into_iter()
        .map(|path| {
            let text = fs::read_to_string(&path).unwrap();
            let tokens: TokenStream = text
                .parse()
                .unwrap_or_else(|error| panic!("{} does not lex: {error}", path.display()));
            let mut inputs = Vec::new();
            scan(tokens, &mut inputs);
            let kind = match fs::read_to_string(path.with_extension("stderr")) {
                Err(_) => Kind::Pass,
                Ok(stderr) if stderr.contains("error[E") => Kind::Fails,
                Ok(_) => Kind::RefusedByMacro,
            };
            let name = path.strip_prefix(&root).unwrap().display().to_string();
            UiCase { name, kind, inputs }
        })
        .collect()
}

fn collect(dir: &Path, files: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            // The UI package's own code, not a case.
            if !path.ends_with("src") && !path.ends_with("tests") {
                collect(&path, files);
            }
        } else if path.extension().is_some_and(|ext| ext == "rs") {
            files.push(path);
        }
    }
}

/// Finds the macro inputs in `tokens`, at any depth (in impl blocks, modules, bodies).
fn scan(tokens: TokenStream, inputs: &mut Vec<Input>) {
    let trees: Vec<TokenTree> = tokens.into_iter().collect();
    let mut i = 0;
    while i < trees.len() {
        // A `macro_rules!` body is a template: the macro inputs are in what it expands
        // to, which only the compiler makes.
        if let [TokenTree::Ident(keyword), TokenTree::Punct(bang), TokenTree::Ident(_), TokenTree::Group(_), ..] =
            &trees[i..]
        {
            if keyword == "macro_rules" && bang.as_char() == '!' {
                i += 4;
                continue;
            }
        }
        let attrs_end = outer_attributes_end(&trees, i);
        if attrs_end == i {
            if let TokenTree::Group(group) = &trees[i] {
                scan(group.stream(), inputs);
            }
            i += 1;
            continue;
        }
        let item_end = item_end(&trees, attrs_end);
        let mut endpoint_args = None;
        let mut derived = false;
        let mut other_attrs = TokenStream::new();
        for pair in trees[i..attrs_end].chunks(2) {
            let TokenTree::Group(attr) = &pair[1] else {
                unreachable!("outer_attributes_end pairs `#` with a bracket group")
            };
            // The first `#[rest_endpoint]` runs; any other stays in the item it sees.
            match rest_endpoint_args(&attr.stream()) {
                Some(args) if endpoint_args.is_none() => endpoint_args = Some(args),
                _ => {
                    derived |= derives_rest_error(&attr.stream());
                    other_attrs.extend(pair.iter().cloned());
                }
            }
        }
        let mut item = other_attrs;
        item.extend(trees[attrs_end..item_end].iter().cloned());
        if let Some(args) = endpoint_args {
            inputs.push(Input {
                args: Some(args),
                item: item.clone(),
            });
        }
        if derived {
            inputs.push(Input { args: None, item });
        }
        for tree in &trees[attrs_end..item_end] {
            if let TokenTree::Group(group) = tree {
                scan(group.stream(), inputs);
            }
        }
        i = item_end;
    }
}

/// The end of the run of `#[...]` attributes that starts at `start` (`start` when
/// there is none).
fn outer_attributes_end(trees: &[TokenTree], start: usize) -> usize {
    let mut i = start;
    while let (Some(TokenTree::Punct(hash)), Some(TokenTree::Group(group))) =
        (trees.get(i), trees.get(i + 1))
    {
        if hash.as_char() != '#' || group.delimiter() != Delimiter::Bracket {
            break;
        }
        i += 2;
    }
    i
}

/// The end of the item that starts at `start`: after its first `{ ... }` or `;`.
fn item_end(trees: &[TokenTree], start: usize) -> usize {
    for (i, tree) in trees.iter().enumerate().skip(start) {
        match tree {
            TokenTree::Group(group) if group.delimiter() == Delimiter::Brace => return i + 1,
            TokenTree::Punct(punct) if punct.as_char() == ';' => return i + 1,
            _ => {}
        }
    }
    trees.len()
}

/// The arguments of `rest_endpoint(...)` or of a path that ends in it.
fn rest_endpoint_args(attr: &TokenStream) -> Option<TokenStream> {
    let trees: Vec<TokenTree> = attr.clone().into_iter().collect();
    let path_end = trees
        .iter()
        .position(|tree| !matches!(tree, TokenTree::Ident(_) | TokenTree::Punct(_)))
        .unwrap_or(trees.len());
    match trees[..path_end].last() {
        Some(TokenTree::Ident(ident)) if ident == "rest_endpoint" => {}
        _ => return None,
    }
    match trees.get(path_end) {
        Some(TokenTree::Group(group)) if group.delimiter() == Delimiter::Parenthesis => {
            Some(group.stream())
        }
        _ => Some(TokenStream::new()),
    }
}

/// Whether the attribute is `derive(...)` with `RestError` among the derived.
fn derives_rest_error(attr: &TokenStream) -> bool {
    let mut trees = attr.clone().into_iter();
    match (trees.next(), trees.next()) {
        (Some(TokenTree::Ident(derive)), Some(TokenTree::Group(list))) if derive == "derive" => {
            list.stream()
                .into_iter()
                .any(|tree| matches!(tree, TokenTree::Ident(ident) if ident == "RestError"))
        }
        _ => false,
    }
}
