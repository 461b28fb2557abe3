//! `#[rest_endpoint]`: checks a handler's statuses against a policy while the crate
//! compiles. Stages: [`attr`] reads the arguments, [`check`] applies the rules the
//! macro can apply itself, [`ast`] splits the return type into the parts to check,
//! [`default_policy`] reads the crate's default from `Cargo.toml`, and [`expand`]
//! writes the const checks into the handler's body.

mod ast;
mod attr;
mod body;
mod check;
mod default_policy;
mod expand;
mod params;

/// `#[rest_endpoint(args)] item` as a plain function over `proc_macro2` tokens: the
/// entry point in `lib.rs` calls it, and so do the tests and the `rest_endpoint` fuzz
/// target, without a compiler.
pub(crate) use self::expand::expand;

#[cfg(test)]
mod tests;
