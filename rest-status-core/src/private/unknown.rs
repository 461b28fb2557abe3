//! Which trait of `statuses_for` `#[rest_endpoint]` reads a return type's statuses
//! through, and the test that writes the traits' lists from the tables.

use crate::method::Method;
use crate::statuses_for::LISTED;

/// The name of the trait of [`statuses_for`](crate::statuses_for) for `method` under
/// the built-in policy called `policy`, as `#[rest_endpoint]` writes it:
/// `StrictDelete`. `None` when there is none (the policy does not cover the method),
/// and the macro reads `Statuses` itself.
pub fn trait_name(policy: &str, method: Method) -> Option<String> {
    LISTED
        .iter()
        .any(|&(listed, listed_method, _)| listed == policy && listed_method == method)
        .then(|| format!("{policy}{method:?}"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::BUILT_IN_POLICIES;

    /// The invocation of `unknown_statuses!` in `statuses_for.rs` as the built-in
    /// tables write it: one line per policy and covered method.
    fn invocation() -> String {
        let mut lines = String::from("unknown_statuses! {\n");
        for built_in in BUILT_IN_POLICIES {
            for method in built_in.table.methods() {
                let allowed: Vec<String> = built_in
                    .table
                    .allowed(method)
                    .iter()
                    .map(|code| code.to_string())
                    .collect();
                lines.push_str(&format!(
                    "    {name}{method:?}: \"{name}\", {method:?}, \"declare the statuses the handler returns, among those {} allows under `{name}`: `statuses({})`\";\n",
                    method.as_str(),
                    allowed.join(", "),
                    name = built_in.name,
                ));
            }
        }
        lines.push_str("}\n");
        lines
    }

    /// The lists are literal text, since attribute text cannot be computed; the tables
    /// are their one source. `REST_STATUS_REGENERATE=1` rewrites them from the tables.
    #[test]
    fn every_list_is_written_from_the_table() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/src/statuses_for.rs");
        let source = std::fs::read_to_string(path).unwrap();
        let start = source.find("unknown_statuses! {\n").unwrap();
        let end = start + source[start..].find("\n}\n").unwrap() + 3;
        let expected = invocation();
        if source[start..end] == expected {
            return;
        }
        if std::env::var_os("REST_STATUS_REGENERATE").is_some() {
            let rewritten = format!("{}{expected}{}", &source[..start], &source[end..]);
            std::fs::write(path, rewritten).unwrap();
            return;
        }
        panic!(
            "the lists in src/statuses_for.rs are not the built-in tables'; run \
             REST_STATUS_REGENERATE=1 cargo test -p rest-status-core --lib and review them"
        );
    }

    #[test]
    fn the_macro_names_the_listed_traits() {
        assert_eq!(LISTED.len(), invocation().lines().count() - 2);
        assert_eq!(
            trait_name("Strict", Method::Delete).as_deref(),
            Some("StrictDelete")
        );
        assert_eq!(trait_name("Strict", Method::Head), None);
        assert_eq!(trait_name("Mine", Method::Get), None);
    }
}
