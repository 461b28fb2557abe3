//! Proc macros of [rest-status](https://docs.rs/rest-status). Use them through the
//! `rest-status` facade, which documents them.

#![forbid(unsafe_code)]
// Shared by both macros; each macro's module uses them.
#![allow(dead_code)]

mod ctxt;
