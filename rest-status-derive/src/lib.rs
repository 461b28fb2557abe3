//! Proc macros of [rest-status](https://docs.rs/rest-status). Use them through the
//! `rest-status` facade, which documents them.
