//! Both macros on a corpus of malformed input, through their plain entry points: every
//! bad input written out ([`endpoint`], [`derive`]), valid inputs, and deterministic
//! damage to all of them ([`mutate`]); and the macro inputs of the UI cases in the
//! repository's `tests/ui/` ([`ui_cases`]). Nothing may panic, and each input gets the
//! answer [`rest_status_judge`] asks for, the fuzz targets' check.
//!
//! `REST_STATUS_CORPUS_DIR=dir cargo test -p rest-status-judge` also writes the inputs
//! written out, and those of the UI cases, to `dir/<fuzz target>/`, as seeds for the
//! fuzz targets in `fuzz/`.

/// A value that syn prints back to tokens in time exponential in its length (this one,
/// about a quarter of a second; five times longer, seconds; see `written_expr` in the
/// derive's `tokens.rs`), found by the endpoint's fuzz target. The macros refuse it
/// without printing it.
macro_rules! nested_ranges {
    () => {
        "-..o==.. ..kkkk-..od==.. ..4.kk-..3 ==.. ..4kkk -..d ==.. ..kk-..3 ==.. ..-..3==.. ..-..3==.. ..4.."
    };
}

mod derive;
mod endpoint;
mod mutate;
mod ui_cases;

use std::collections::HashSet;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::time::{Duration, Instant};

use proc_macro2::TokenStream;
use rest_status_judge::{judge_derive_rest_error, judge_rest_endpoint, Expect};

use self::mutate::Rng;

/// One input of either macro: `args` only for `#[rest_endpoint]`.
struct Case {
    args: TokenStream,
    input: TokenStream,
    expect: Expect,
}

/// The inputs, each once.
#[derive(Default)]
struct Corpus {
    cases: Vec<Case>,
    seen: HashSet<String>,
    /// How many were written out; the rest are made from them.
    written: usize,
}

impl Corpus {
    fn push(&mut self, args: TokenStream, input: TokenStream, expect: Expect) {
        if self.seen.insert(format!("{args}\0{input}")) {
            self.cases.push(Case {
                args,
                input,
                expect,
            });
        }
    }
}

fn lex(text: &str) -> TokenStream {
    text.parse()
        .unwrap_or_else(|error| panic!("a written-out input does not lex: {text}: {error}"))
}

/// Depths of the nested groups put around inputs: a macro nested in macros sees
/// fragments inside invisible groups, and a user can nest as deep as they like.
const DEPTHS: [usize; 5] = [1, 2, 5, 16, 64];
/// Runs of random edits made from the seeds, per macro.
const RANDOM_ROUNDS: usize = 4000;
/// Rounds of token soup, per macro.
const SOUP_ROUNDS: usize = 3000;

fn endpoint_corpus() -> Corpus {
    let mut rng = Rng::new(0x2545_f491_4f6c_dd1d);
    let mut corpus = Corpus::default();
    let seeds: Vec<&endpoint::Seed> = endpoint::VALID.iter().chain(endpoint::BAD).collect();
    for seed in &seeds {
        corpus.push(lex(seed.args), lex(seed.item), seed.expect);
    }
    // Every option of a valid handler given twice is a duplicate option.
    for seed in endpoint::VALID {
        for args in mutate::repeat_each_entry(&lex(seed.args)) {
            corpus.push(args, lex(seed.item), Expect::Refused);
        }
    }
    for (args, item, expect) in endpoint::deep() {
        corpus.push(lex(&args), lex(&item), expect);
    }
    corpus.written = corpus.cases.len();
    // One edit away from a seed, in its arguments or in its item (each item once:
    // many seeds share one).
    let mut items_edited = HashSet::new();
    for seed in &seeds {
        let (args, item) = (lex(seed.args), lex(seed.item));
        for edited in mutate::single_edits(&args, &mut rng) {
            corpus.push(edited, item.clone(), Expect::Either);
        }
        if items_edited.insert(seed.item) {
            for edited in mutate::single_edits(&item, &mut rng) {
                corpus.push(args.clone(), edited, Expect::Either);
            }
        }
        for depth in DEPTHS {
            corpus.push(
                mutate::nested(args.clone(), depth),
                item.clone(),
                Expect::Either,
            );
            corpus.push(
                args.clone(),
                mutate::nested(item.clone(), depth),
                Expect::Either,
            );
        }
    }
    for _ in 0..RANDOM_ROUNDS {
        let seed = rng.pick(&seeds);
        let args = mutate::random_edits(&lex(seed.args), 1 + rng.below(4), &mut rng);
        let item = mutate::random_edits(&lex(seed.item), rng.below(3), &mut rng);
        corpus.push(args, item, Expect::Either);
    }
    let items = [
        "fn f() -> Result<A, B> {}",
        "async fn f<T>(&self) -> impl Trait {}",
        "struct S;",
        "",
    ];
    for round in 0..SOUP_ROUNDS {
        let args = mutate::soup(&mut rng);
        let item = match round % 2 {
            0 => mutate::soup(&mut rng),
            _ => lex(rng.pick(&items)),
        };
        let mut method_first = lex("method = \"GET\",");
        method_first.extend(args.clone());
        corpus.push(args, item.clone(), Expect::Either);
        corpus.push(method_first, item, Expect::Either);
    }
    corpus
}

fn derive_corpus() -> Corpus {
    let mut rng = Rng::new(0x9e37_79b9_7f4a_7c15);
    let mut corpus = Corpus::default();
    let seeds: Vec<&derive::Seed> = derive::VALID.iter().chain(derive::BAD).collect();
    for seed in &seeds {
        corpus.push(TokenStream::new(), lex(seed.input), seed.expect);
    }
    for seed in derive::VALID {
        for input in mutate::repeat_each_rest_option(&lex(seed.input)) {
            corpus.push(TokenStream::new(), input, Expect::Refused);
        }
    }
    for (input, expect) in derive::deep() {
        corpus.push(TokenStream::new(), lex(&input), expect);
    }
    corpus.written = corpus.cases.len();
    for seed in &seeds {
        let input = lex(seed.input);
        for edited in mutate::single_edits(&input, &mut rng) {
            corpus.push(TokenStream::new(), edited, Expect::Either);
        }
        for depth in DEPTHS {
            let nested = mutate::nested(input.clone(), depth);
            corpus.push(TokenStream::new(), nested, Expect::Either);
        }
    }
    for _ in 0..RANDOM_ROUNDS {
        let seed = rng.pick(&seeds);
        let input = mutate::random_edits(&lex(seed.input), 1 + rng.below(5), &mut rng);
        corpus.push(TokenStream::new(), input, Expect::Either);
    }
    for _ in 0..SOUP_ROUNDS {
        corpus.push(TokenStream::new(), mutate::soup(&mut rng), Expect::Either);
    }
    corpus
}

/// What running a corpus came to.
struct Outcome {
    elapsed: Duration,
    /// Inputs that made the macro panic, with the panic's message.
    panics: Vec<String>,
    /// Inputs whose output was not what they must get.
    wrong: Vec<String>,
}

fn run(
    corpus: &Corpus,
    expand: impl Fn(TokenStream, TokenStream) -> TokenStream,
    judge: impl Fn(&Case, &TokenStream) -> Result<(), String>,
) -> Outcome {
    let started = Instant::now();
    let mut outcome = Outcome {
        elapsed: Duration::ZERO,
        panics: Vec::new(),
        wrong: Vec::new(),
    };
    for case in &corpus.cases {
        let input = format!("args: {}\ninput: {}", case.args, case.input);
        match catch_unwind(AssertUnwindSafe(|| {
            expand(case.args.clone(), case.input.clone())
        })) {
            Ok(output) => {
                if let Err(output) = judge(case, &output) {
                    outcome.wrong.push(format!("{input}\noutput: {output}"));
                }
            }
            Err(payload) => {
                let message = payload
                    .downcast_ref::<&str>()
                    .map(ToString::to_string)
                    .or_else(|| payload.downcast_ref::<String>().cloned())
                    .unwrap_or_default();
                outcome.panics.push(format!("{input}\npanic: {message}"));
            }
        }
    }
    outcome.elapsed = started.elapsed();
    outcome
}

fn assert_all_answered(name: &str, corpus: &Corpus, outcome: &Outcome, at_least: usize) {
    eprintln!(
        "{name}: {} inputs ({} written out, {} made from them) in {:.2?}",
        corpus.cases.len(),
        corpus.written,
        corpus.cases.len() - corpus.written,
        outcome.elapsed
    );
    let first = |list: &[String]| {
        list.iter()
            .take(5)
            .cloned()
            .collect::<Vec<_>>()
            .join("\n\n")
    };
    assert!(
        outcome.panics.is_empty(),
        "{name} panicked on {} inputs; the first ones:\n\n{}",
        outcome.panics.len(),
        first(&outcome.panics)
    );
    assert!(
        outcome.wrong.is_empty(),
        "{name} answered {} inputs wrongly; the first ones:\n\n{}",
        outcome.wrong.len(),
        first(&outcome.wrong)
    );
    // The corpus does not shrink unnoticed.
    assert!(corpus.cases.len() >= at_least, "{}", corpus.cases.len());
    write_seeds(name, "seed", corpus);
}

/// With `REST_STATUS_CORPUS_DIR` set, the inputs written out go to
/// `$REST_STATUS_CORPUS_DIR/<name>/`, one file each, as the fuzz targets read them:
/// `(args) item` for `rest_endpoint`, the type for `derive_rest_error`.
fn write_seeds(name: &str, prefix: &str, corpus: &Corpus) {
    let Some(dir) = std::env::var_os("REST_STATUS_CORPUS_DIR") else {
        return;
    };
    let dir = std::path::Path::new(&dir).join(name);
    std::fs::create_dir_all(&dir).expect("the seed folder can be made");
    for (index, case) in corpus.cases[..corpus.written].iter().enumerate() {
        let text = match name {
            "rest_endpoint" => format!("({}) {}", case.args, case.input),
            _ => case.input.to_string(),
        };
        std::fs::write(dir.join(format!("{prefix}-{index:04}")), text).expect("a seed is written");
    }
}

/// Runs `test` on a stack the size of rustc's main thread, where proc macros run: a
/// stack overflow is no panic that `catch_unwind` sees, it ends the process.
fn on_compiler_stack(test: fn()) {
    let thread = std::thread::Builder::new()
        .stack_size(8 << 20)
        .spawn(test)
        .expect("a thread for the corpus");
    if let Err(panic) = thread.join() {
        std::panic::resume_unwind(panic);
    }
}

#[test]
fn rest_endpoint_answers_every_input_with_an_error_or_its_checks() {
    on_compiler_stack(|| {
        let corpus = endpoint_corpus();
        let outcome = run(&corpus, rest_status_judge::rest_endpoint, |case, output| {
            judge_rest_endpoint(&case.input, output, case.expect)
        });
        assert_all_answered("rest_endpoint", &corpus, &outcome, 10_000);
    });
}

#[test]
fn derive_rest_error_answers_every_input_with_an_error_or_its_impls() {
    on_compiler_stack(|| {
        let corpus = derive_corpus();
        let outcome = run(
            &corpus,
            |_, input| rest_status_judge::derive_rest_error(input),
            |case, output| judge_derive_rest_error(output, case.expect),
        );
        assert_all_answered("derive_rest_error", &corpus, &outcome, 10_000);
    });
}

#[test]
fn ui_cases_are_answered_as_their_snapshots_say() {
    on_compiler_stack(|| {
        let cases = ui_cases::all();
        let mut endpoint = Corpus::default();
        let mut derive = Corpus::default();
        let mut problems = Vec::new();
        for case in &cases {
            let expect = match case.kind {
                ui_cases::Kind::Pass => Expect::Checks(&[]),
                _ => Expect::Either,
            };
            let mut refused = false;
            for input in &case.inputs {
                let answer = catch_unwind(AssertUnwindSafe(|| match &input.args {
                    Some(args) => {
                        let output =
                            rest_status_judge::rest_endpoint(args.clone(), input.item.clone());
                        (judge_rest_endpoint(&input.item, &output, expect), output)
                    }
                    None => {
                        let output = rest_status_judge::derive_rest_error(input.item.clone());
                        (judge_derive_rest_error(&output, expect), output)
                    }
                }));
                match answer {
                    Ok((verdict, output)) => {
                        refused |= output.to_string().contains("compile_error");
                        if let Err(output) = verdict {
                            problems.push(format!("{}: {expect:?}, got: {output}", case.name));
                        }
                    }
                    Err(_) => problems.push(format!("{}: the macro panicked", case.name)),
                }
                let corpus = match input.args {
                    Some(_) => &mut endpoint,
                    None => &mut derive,
                };
                corpus.push(
                    input.args.clone().unwrap_or_default(),
                    input.item.clone(),
                    expect,
                );
            }
            if case.kind == ui_cases::Kind::RefusedByMacro && !refused {
                problems.push(format!(
                    "{}: its snapshot holds only the macros' errors, but no input was refused",
                    case.name
                ));
            }
        }
        assert!(problems.is_empty(), "{}", problems.join("\n\n"));
        // The scan finds the inputs of every case but the one that shows what a type
        // without the derive gets, the one whose inputs a `macro_rules!` macro writes
        // (only the compiler expands it), and those of a markdown table that cannot be
        // read, whose error comes from const evaluation without either macro: it does
        // not lose cases unnoticed.
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/ui");
        let unreadable_table = |name: &str| {
            name.starts_with("policy/")
                && std::fs::read_to_string(root.join(name).with_extension("stderr"))
                    .is_ok_and(|stderr| stderr.contains("the markdown table cannot be read"))
        };
        let without: Vec<&str> = cases
            .iter()
            .filter(|case| case.inputs.is_empty() && !unreadable_table(&case.name))
            .map(|case| case.name.as_str())
            .collect();
        assert_eq!(
            without,
            ["derive/not_derived.rs", "endpoint/pass/from_macro_rules.rs"]
        );
        eprintln!(
            "{} UI cases: {} inputs of #[rest_endpoint], {} of #[derive(RestError)]",
            cases.len(),
            endpoint.cases.len(),
            derive.cases.len()
        );
        endpoint.written = endpoint.cases.len();
        derive.written = derive.cases.len();
        write_seeds("rest_endpoint", "ui", &endpoint);
        write_seeds("derive_rest_error", "ui", &derive);
    });
}
