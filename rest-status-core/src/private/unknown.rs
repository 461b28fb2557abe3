//! Which trait of `statuses_for` `#[rest_endpoint]` reads a return type's statuses
//! through, and the tests that hold the traits' lists equal to the tables.

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

    #[test]
    fn every_list_is_the_table() {
        for &(policy, method, list) in LISTED {
            let built_in = BUILT_IN_POLICIES
                .iter()
                .find(|built_in| built_in.name == policy)
                .unwrap();
            let allowed: Vec<String> = built_in
                .table
                .allowed(method)
                .iter()
                .map(|code| code.to_string())
                .collect();
            let expected = format!(
                "declare the statuses the handler returns, among those {} allows under `{policy}`: `statuses({})`",
                method.as_str(),
                allowed.join(", ")
            );
            assert_eq!(list, expected);
        }
    }

    #[test]
    fn every_covered_method_has_its_trait() {
        let mut expected = Vec::new();
        for built_in in BUILT_IN_POLICIES {
            for method in built_in.table.methods() {
                expected.push((built_in.name, method));
            }
        }
        let listed: Vec<(&str, Method)> = LISTED
            .iter()
            .map(|&(policy, method, _)| (policy, method))
            .collect();
        assert_eq!(listed, expected);
        assert_eq!(
            trait_name("Strict", Method::Delete).as_deref(),
            Some("StrictDelete")
        );
        assert_eq!(trait_name("Strict", Method::Head), None);
        assert_eq!(trait_name("Mine", Method::Get), None);
    }
}
