//! Writes the check into the handler: one `const` item at the top of its body, so a
//! refused status is a compile error that `cargo check` reports, pointed at the
//! method, the status literal or the part of the return type that fails first.
//!
//! The item is kept small because every handler pays for it at every build: a passing
//! handler evaluates one call that compares bitsets, and the text of the error is
//! built only when something fails.

use std::fmt::Write as _;

use proc_macro2::{Delimiter, Group, Ident, Punct, Spacing, Span, TokenStream, TokenTree};
use quote::ToTokens;

use super::ast::{Placement, ReturnPart};
use super::body::NamedStatus;
use super::default_policy::{self, DefaultPolicy};
use super::valid::{Contract, DeclaredStatus, Policy};
use crate::tokens::{respan, SourceText, Trees};
use rest_status_core::__private::endpoint::{method_number, words};
use rest_status_core::__private::unknown;
use rest_status_core::StatusSet;

/// The checks of one handler, as tokens to put first in its body.
pub(crate) fn checks(contract: &Contract) -> TokenStream {
    let krate = contract
        .krate
        .as_ref()
        .map(|path| Trees(path.to_token_stream().into_iter().collect()));
    let mut out = SourceText::default();
    Checks { contract, krate }.expand(&mut out);
    out.into_tokens()
}

/// The checks of one handler, being written.
///
/// Written as [`SourceText`] but for the user's tokens and the few an error points
/// at: `quote!` hands the compiler every token on its own, and the checks are written
/// for every handler at every build.
struct Checks<'a> {
    contract: &'a Contract,
    /// `crate = path`, when given; `::rest_status` otherwise.
    krate: Option<Trees>,
}

impl Checks<'_> {
    fn expand(&self, out: &mut SourceText) {
        if let Policy::Default {
            manifest: Some(path),
            ..
        } = &self.contract.policy
        {
            // Makes the manifest an input of the crate: cargo rebuilds when the
            // default policy changes, which it does not do for metadata alone. Once per
            // crate is enough (`default_policy::track`).
            if default_policy::track(path) {
                out.push("const _: &[::core::primitive::u8] = ::core::include_bytes!(")
                    .string(&path.to_string_lossy())
                    .push(");");
            }
        }
        // An `impl Trait` part is not checked: only `statuses(...)` or the statuses the
        // body names can speak for it (`valid::opaque_parts_need_statuses`); nor is a
        // `StatusCode`, a `Response` or a tuple when the body names its statuses or
        // the handler declares them: such a type is taken for the framework's, which
        // has no statuses of its own, so there is nothing to probe.
        let speak = self.contract.named_speak_for_parts() || self.contract.declared.is_some();
        let parts: Vec<&ReturnPart> = self
            .contract
            .parts
            .iter()
            .filter(|part| part.placement != Placement::Opaque)
            .filter(|part| !(speak && part.carries_status))
            .collect();
        let mut body = SourceText::default();
        let written = match (&self.contract.declared, self.contract.known) {
            (None, _) => self.typed(&parts, &mut body),
            (Some(declared), Some(_)) => self.declared_known(declared, &parts, &mut body),
            (Some(declared), None) => {
                self.declared(declared, &parts, &mut body);
                true
            }
        };
        if !written {
            // Nothing is left to check: the macro has checked all there was, or the
            // body's statuses speak for the return type.
        } else if parts
            .iter()
            .any(|part| part.placement == Placement::Instance)
        {
            // Names the fn's generics or `Self`, which only an inline `const { }` can.
            out.push("const ")
                .group(Delimiter::Brace, |out| {
                    out.append(body);
                })
                .push(";");
        } else {
            out.push("const _: () = ").append(body).push(";");
        }
        if self.contract.known.is_none() {
            // Under a built-in policy, `valid` has checked them; one that
            // `statuses(...)` does not list is an error of `valid`'s already.
            let declared = self.contract.declared.as_deref();
            for status in &self.contract.named {
                let undeclared = declared.is_some_and(|declared| {
                    declared.iter().all(|literal| literal.code != status.code)
                });
                if !undeclared {
                    self.named(status, out);
                }
            }
        }
        if !self.contract.params.is_empty() {
            // One import for the parameters' items below (a block's items see its
            // imports): `Probe`'s fallback answers for a parameter that is not an
            // extractor.
            self.use_probe_fallback(out);
        }
        for param in &self.contract.params {
            self.parameter(param, out);
        }
    }

    /// `const _: () = check_named(Probe::<P>::POLICY, 5u8, "rest_status", 404);`, spanned at
    /// the status in the body: a status the body names, checked against a policy the
    /// macro cannot read.
    fn named(&self, status: &NamedStatus, out: &mut SourceText) {
        let (start, end) = status.span;
        out.push("const _: () = ").group(Delimiter::Brace, |out| {
            self.use_probe_fallback(out);
            self.private_at("check_named", start, out);
            out.group_at(Delimiter::Parenthesis, end, |out| {
                self.policy_of_probe(out);
                out.push(", ");
                self.method_and_names(&[], out);
                out.push(",").number(status.code);
            });
        });
        out.push(";");
    }

    /// `const _: () = check_extractor::<P>(2u8, "rest_status\0Json<Item>",
    /// Probe::<Json<Item>>::EXTRACTOR);`, spanned at the parameter's type: the
    /// statuses with which its extractor rejects a request, when it is one whose
    /// rejections are known, must be allowed. One item per parameter, so each refused
    /// one is its own error; each item is what a passing parameter pays for, so it
    /// holds one probe, and none of the policy when the macro named a built-in one
    /// (`check_parameter` with `Probe::<P>::POLICY` otherwise).
    fn parameter(&self, param: &ReturnPart, out: &mut SourceText) {
        let (start, end) = param.span;
        let known = self.contract.known.is_some();
        out.push("const _: () = ");
        if known {
            self.private_generic_at("check_extractor", start, out);
        } else {
            self.private_at("check_parameter", start, out);
        }
        out.group_at(Delimiter::Parenthesis, end, |out| {
            if !known {
                self.policy_of_probe(out);
                out.push(", ");
            }
            self.method_and_names(&[&param.display], out);
            out.push(", ");
            self.probe(
                |out| {
                    out.tokens(&param.ty);
                },
                "EXTRACTOR",
                out,
            );
        });
        out.push(";");
    }

    /// `use ::rest_status::__private::endpoint::ProbeFallback as _;`: `Probe`'s
    /// fallback, which answers for a type that is not what the probe looks for (a path
    /// that is not a policy is reported once, by the main check).
    fn use_probe_fallback(&self, out: &mut SourceText) {
        out.push("use ");
        self.krate(out);
        out.push("::__private::endpoint::ProbeFallback as _;");
    }

    /// `::rest_status::__private::endpoint::Probe::<T>::constant`, `ty` writing the
    /// `T`.
    fn probe(&self, ty: impl FnOnce(&mut SourceText), constant: &str, out: &mut SourceText) {
        self.krate(out);
        out.push("::__private::endpoint::Probe::<");
        ty(out);
        out.push(">::").push(constant);
    }

    /// `Probe::<P>::POLICY`: the policy, or the fallback's answer for a path that is
    /// not one.
    fn policy_of_probe(&self, out: &mut SourceText) {
        self.probe(|out| self.policy(out), "POLICY", out);
    }

    /// How the handler's crate names the facade: `::rest_status`, or `crate = path`.
    fn krate(&self, out: &mut SourceText) {
        match &self.krate {
            Some(path) => out.tokens(path),
            None => out.push("::rest_status"),
        };
    }

    /// The policy as a type, spanned so that a path that is not a policy is a
    /// trait-bound error at the path.
    fn policy(&self, out: &mut SourceText) {
        match &self.contract.policy {
            Policy::Explicit(path) => {
                out.tokens(path);
            }
            Policy::Default { policy, .. } => match policy {
                DefaultPolicy::BuiltIn(built_in) => {
                    self.krate(out);
                    for segment in built_in.path.split("::") {
                        out.push("::").push(segment);
                    }
                }
                DefaultPolicy::Path(path) => {
                    out.tokens(&respan(path.to_token_stream(), Span::call_site()));
                }
            },
        }
    }

    /// `5u8`, the method's number (`__private::endpoint::method_number`): a literal
    /// costs every check less than the path to the variant.
    fn method(&self, out: &mut SourceText) {
        let _ = write!(out, "{}u8", method_number(self.contract.method));
    }

    /// `5u8, "rest_status\0Json<Item>"`: the arguments most checks start with, the
    /// method and [`names`](Checks::names).
    fn method_and_names(&self, names: &[&str], out: &mut SourceText) {
        self.method(out);
        out.push(",").string(&self.names(names));
    }

    /// The contents of the one string a check takes for every name its refusal speaks
    /// of, split by `__private::endpoint::names`: how the handler's crate names the
    /// facade, then `names`, joined by `\0` (`rest_status\0Ok<Item>`).
    fn names(&self, names: &[&str]) -> String {
        let mut all = self.contract.krate_name.to_owned();
        for name in names {
            all.push('\0');
            all.push_str(name);
        }
        all
    }

    /// `::rest_status::__private::endpoint::function`, its first and last tokens
    /// spanned at `span`: rustc spans a path from its first token to its last, and a
    /// call from its path to its arguments, so the error of the call's evaluation
    /// points at `span` and the arguments' group.
    fn private_at(&self, function: &str, span: Span, out: &mut SourceText) {
        self.private_start_at(span, out);
        out.push("::__private::endpoint::")
            .tokens(&Ident::new(function, span));
    }

    /// [`Checks::private_at`] with the policy `P` as its generic argument,
    /// `function::<P>`: the path's last token is the `>`, so the function's name is
    /// text.
    fn private_generic_at(&self, function: &str, span: Span, out: &mut SourceText) {
        self.private_start_at(span, out);
        out.push("::__private::endpoint::")
            .push(function)
            .push("::<");
        self.policy(out);
        let mut close = Punct::new('>', Spacing::Alone);
        close.set_span(span);
        out.tokens(&close);
    }

    /// `::rest_status`, the start of a path into the runtime, spanned at `span`.
    fn private_start_at(&self, span: Span, out: &mut SourceText) {
        let mut krate = match &self.krate {
            Some(path) => path.clone(),
            None => default_crate(),
        };
        for token in &mut krate.0 {
            token.set_span(span);
        }
        out.tokens(&krate);
    }

    /// `<ty as ::rest_status::Statuses>::STATUSES_AND_SOURCES`: a part without
    /// statuses is a trait-bound error at the user's type, worded by the trait's
    /// `on_unimplemented`, with no generic fn of the runtime to point at. One
    /// projection, not one for each constant: the type checker resolves each.
    ///
    /// Under a built-in policy the trait is the one of its method
    /// (`statuses_for::StrictDelete`), whose error lists the statuses the
    /// method may declare; under another, `Statuses`, whose error cannot.
    fn statuses_of(&self, part: &ReturnPart, out: &mut SourceText) {
        out.push("<").tokens(&part.ty).push(" as ");
        self.krate(out);
        let by_method = self
            .contract
            .known
            .and_then(|built_in| unknown::trait_name(built_in.name, self.contract.method));
        match &by_method {
            Some(name) => out.push("::statuses_for::").push(name),
            None => out.push("::Statuses"),
        };
        out.push(">::STATUSES_AND_SOURCES");
    }

    /// A handler that declares no statuses: each part of its return type must have
    /// statuses that the policy allows. One call, spanned over the return type; the
    /// method is checked by the macro when it knows the policy's table
    /// (`valid::method_is_covered`), or otherwise by a call spanned at the method
    /// that is the first argument of the first. Whether it wrote anything.
    fn typed(&self, parts: &[&ReturnPart], out: &mut SourceText) -> bool {
        let known = self.contract.known.is_some();
        if known && (parts.is_empty() || !self.contract.method_is_covered()) {
            // A return type without statuses and without `statuses(...)`, which the
            // macro has refused already, or parts the body's statuses speak for; or
            // a method without rules, which `valid` refused: nothing to check against.
            return false;
        }
        // The method first: `refuse_method`, spanned at the method, fails only when
        // the policy has no rules for it, and otherwise gives the method back as the
        // check's first argument, which costs the `const` less than a statement of
        // its own in a block.
        let method = |out: &mut SourceText| {
            if known {
                self.method(out);
            } else {
                let span = self.contract.method_span;
                // The facade's name for the refusal's help, when it is not the
                // default one.
                let renamed = self.krate.is_some();
                let function = if renamed {
                    "refuse_method_in"
                } else {
                    "refuse_method"
                };
                self.private_generic_at(function, span, out);
                out.group_at(Delimiter::Parenthesis, span, |out| {
                    if renamed {
                        self.method_and_names(&[], out);
                    } else {
                        self.method(out);
                    }
                });
            }
        };
        let (function, (start, end)) = match parts {
            [_, _] => ("check", self.contract.return_span),
            [a] if a.role == "return type" => ("check_whole", self.contract.return_span),
            // One side of a `Result`, the other spoken for by the statuses the body
            // names: spanned at that side.
            [a] => ("check_side", a.span),
            // Parts the body's statuses speak for: only the method is left to check,
            // when the macro could not.
            _ => {
                out.group(Delimiter::Brace, |out| {
                    method(out);
                    out.push(";");
                });
                return true;
            }
        };
        self.private_generic_at(function, start, out);
        out.group_at(Delimiter::Parenthesis, end, |out| {
            method(out);
            let mut names: Vec<&str> = Vec::with_capacity(3);
            if let [a] = parts {
                if a.role != "return type" {
                    names.push(a.role);
                }
            }
            names.extend(parts.iter().map(|part| part.display.as_str()));
            out.push(",").string(&self.names(&names));
            for part in parts {
                out.push(", ");
                self.statuses_of(part, out);
            }
        });
        true
    }

    /// A handler that declares `statuses(...)` under a policy whose table the macro
    /// knows: `valid` has checked the method and each status, so only the statuses of
    /// the parts of the return type are left, which must be among the declared ones.
    /// Nothing when no part can have statuses (`impl IntoResponse`).
    fn declared_known(
        &self,
        declared: &[DeclaredStatus],
        parts: &[&ReturnPart],
        out: &mut SourceText,
    ) -> bool {
        if parts.is_empty() || !self.contract.method_is_covered() {
            return false;
        }
        out.group(Delimiter::Brace, |out| {
            // `Probe`'s fallback answers for a type without statuses.
            self.use_probe_fallback(out);
            let (start, end) = self.contract.return_span;
            self.private_at("check_undeclared", start, out);
            let codes: Vec<u16> = declared.iter().map(|status| status.code).collect();
            out.group_at(Delimiter::Parenthesis, end, |out| {
                // The set as its bits: const evaluation reads them at once.
                out.push("[");
                for word in words(StatusSet::of(&codes)) {
                    out.number(word).push(",");
                }
                out.push("], &")
                    .group(Delimiter::Bracket, |out| self.probed_all(parts, out));
            });
        });
        true
    }

    /// `probed(role, ty, Probe::<T>::FOUND), ...`: the `Part` of each part whose
    /// statuses may be unknown.
    fn probed_all(&self, parts: &[&ReturnPart], out: &mut SourceText) {
        for part in parts {
            self.krate(out);
            out.push("::__private::endpoint::probed")
                .group(Delimiter::Parenthesis, |out| {
                    out.string(part.role)
                        .push(",")
                        .string(&part.display)
                        .push(", ");
                    self.probe(
                        |out| {
                            out.tokens(&part.ty);
                        },
                        "FOUND",
                        out,
                    );
                })
                .push(",");
        }
    }

    /// A handler that declares `statuses(...)` under a policy the macro cannot read:
    /// each must be allowed by the policy, and the statuses of each part of the
    /// return type that has them must be declared.
    fn declared(&self, declared: &[DeclaredStatus], parts: &[&ReturnPart], out: &mut SourceText) {
        out.group(Delimiter::Brace, |out| {
            // `Probe`'s fallback answers for a type without statuses.
            self.use_probe_fallback(out);
            out.push("let __declared: [::core::primitive::u16;")
                .number(declared.len())
                .push("] = [");
            for status in declared {
                out.number(status.code).push(",");
            }
            out.push("]; let __parts: ")
                .group(Delimiter::Bracket, |out| {
                    self.krate(out);
                    out.push("::__private::endpoint::Part;").number(parts.len());
                })
                .push(" = ")
                .group(Delimiter::Bracket, |out| self.probed_all(parts, out))
                .push("; let __site = ");
            self.krate(out);
            out.push("::__private::endpoint::check_declared::<");
            self.policy(out);
            out.push(">")
                .group(Delimiter::Parenthesis, |out| {
                    self.method(out);
                    out.push(", &__declared, &__parts");
                })
                .push("; if __site != 0")
                .group(Delimiter::Brace, |out| {
                    out.push("let __report = ");
                    self.krate(out);
                    out.push("::__private::endpoint::explain_declared::<");
                    self.policy(out);
                    out.push(">").group(Delimiter::Parenthesis, |out| {
                        self.method_and_names(&[], out);
                        out.push(", &__declared, &__parts, &[");
                        // The statuses the body returns: the help for a refused one
                        // of `statuses(...)` says to fix the body, not to remove it
                        // from the list.
                        for status in &self.contract.named {
                            out.number(status.code).push(",");
                        }
                        out.push("]");
                    });
                    out.push(";");
                    self.sites(
                        declared
                            .iter()
                            .map(|status| (status.span, status.span))
                            .chain(parts.iter().map(|part| part.span)),
                        out,
                    );
                });
        });
    }

    /// `if __site == 1 { __report.fail() } ...`: one call per place an error can point
    /// at, each spanned there: the method first, then `spans` in the order the check
    /// numbers them. The last place needs no test.
    fn sites(&self, spans: impl Iterator<Item = (Span, Span)>, out: &mut SourceText) {
        let all: Vec<(Span, Span)> =
            std::iter::once((self.contract.method_span, self.contract.method_span))
                .chain(spans)
                .collect();
        let last = all.len() - 1;
        for (index, span) in all.into_iter().enumerate() {
            if index == last {
                out.tokens(&fail_at(span));
            } else {
                out.push(" if __site ==")
                    .number(index + 1)
                    .group(Delimiter::Brace, |out| {
                        out.tokens(&fail_at(span));
                    });
            }
        }
    }
}

/// `__report.fail()` whose tokens start at `span.0` and end at `span.1`: `fail` is
/// `#[track_caller]`, so the const-evaluation error points at this call, and rustc's
/// span for it covers the user's tokens.
fn fail_at((start, end): (Span, Span)) -> Trees {
    let mut arguments = Group::new(Delimiter::Parenthesis, TokenStream::new());
    arguments.set_span(end);
    let mut dot = Punct::new('.', Spacing::Alone);
    dot.set_span(start);
    Trees(vec![
        TokenTree::Ident(Ident::new("__report", start)),
        TokenTree::Punct(dot),
        TokenTree::Ident(Ident::new("fail", start)),
        TokenTree::Group(arguments),
    ])
}

/// `::rest_status`, built directly: parsing it with syn would cost every handler more
/// than the rest of its expansion.
fn default_crate() -> Trees {
    Trees::default().join(&["rest_status"], Span::call_site())
}
