//! What only a real cargo build of a user's crate shows: the default policy read from
//! its `Cargo.toml`, the rebuild when that setting changes, errors for a malformed
//! setting, `cargo check` reporting refusals, and generic parts checked when the
//! handler is instantiated. Each test writes a small crate under cargo's temporary
//! directory and runs cargo on it, offline, with this workspace's lock file.

#![forbid(unsafe_code)]

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, SystemTime};

const LIB: &str = r#"
use rest_status::response::NoContent;
use rest_status::{rest_endpoint, Method, MethodTable, Policy, StatusSet, Strict};

/// Strict with HEAD existence checks.
pub struct ApiPolicy;

impl Policy for ApiPolicy {
    const NAME: &'static str = "ApiPolicy";
    const TABLE: MethodTable = Strict::TABLE.with_method(Method::Head, StatusSet::of(&[204, 404]));
}

#[rest_endpoint(method = "HEAD")]
pub fn invoice_exists() -> NoContent {
    NoContent
}
"#;

struct Fixture {
    dir: PathBuf,
    name: String,
}

impl Fixture {
    /// A crate named `fixture-<name>`: names differ, so the fixtures' artifacts in the
    /// shared target directory do not mix.
    fn new(name: &str, lib: &str) -> Fixture {
        let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
            .join("endpoint-fixtures")
            .join(name);
        fs::create_dir_all(dir.join("src")).unwrap();
        fs::write(dir.join("src/lib.rs"), lib).unwrap();
        // The same versions as this workspace, so that cargo needs no network.
        fs::copy(
            Path::new(env!("CARGO_MANIFEST_DIR")).join("Cargo.lock"),
            dir.join("Cargo.lock"),
        )
        .unwrap();
        Fixture {
            dir,
            name: name.to_owned(),
        }
    }

    /// Writes `Cargo.toml` with `metadata` appended, dated later than any build, so
    /// cargo sees it changed even within the same second.
    fn manifest(&self, metadata: &str) {
        self.manifest_with("", metadata);
    }

    /// [`Fixture::manifest`], with `package` added to the `[package]` table.
    fn manifest_with(&self, package: &str, metadata: &str) {
        let path = self.dir.join("Cargo.toml");
        let facade = env!("CARGO_MANIFEST_DIR");
        let name = &self.name;
        fs::write(
            &path,
            format!(
                "[package]\nname = \"fixture-{name}\"\nversion = \"0.0.0\"\nedition = \"2021\"\npublish = false\n{package}\n\
                 [dependencies]\nrest-status = {{ path = {facade:?} }}\n\n\
                 # Not part of the rest-status workspace.\n[workspace]\n\n{metadata}"
            ),
        )
        .unwrap();
        let later = SystemTime::now() + Duration::from_secs(2);
        fs::File::options()
            .write(true)
            .open(&path)
            .unwrap()
            .set_modified(later)
            .unwrap();
    }

    /// Runs `cargo <subcommand>`; `Ok(stderr)` when it succeeds, `Err(stderr)` if not.
    fn cargo(&self, subcommand: &str) -> Result<String, String> {
        let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
        let target = Path::new(env!("CARGO_TARGET_TMPDIR")).join("endpoint-fixtures/target");
        let output = Command::new(cargo)
            .arg(subcommand)
            .args(["--offline", "--lib", "--color", "never"])
            .current_dir(&self.dir)
            .env("CARGO_TARGET_DIR", target)
            .env_remove("RUSTFLAGS")
            .env_remove("CARGO_ENCODED_RUSTFLAGS")
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
        if output.status.success() {
            Ok(stderr)
        } else {
            Err(stderr)
        }
    }
}

#[test]
fn the_default_policy_comes_from_the_manifest_and_a_change_rebuilds() {
    let fixture = Fixture::new("default-policy", LIB);

    fixture.manifest("[package.metadata.rest-status]\ndefault-policy = \"Extended\"\n");
    fixture
        .cargo("check")
        .expect("HEAD 204 is allowed by Extended");

    // Only the metadata changes: cargo must still check the crate again.
    fixture.manifest("[package.metadata.rest-status]\ndefault-policy = \"Strict\"\n");
    let error = fixture
        .cargo("check")
        .expect_err("Strict has no HEAD column");
    assert!(
        error.contains(
            // A built-in default policy is read by the macro, which refuses the
            // method while expanding.
            "error: the policy `Strict` has no rules for HEAD handlers"
        ),
        "{error}"
    );
    assert!(error.contains("src/lib.rs:13:26"), "{error}");

    fixture.manifest("[package.metadata.rest-status]\ndefault-policy = \"crate::ApiPolicy\"\n");
    fixture.cargo("check").expect("ApiPolicy has a HEAD column");

    // A preset, by name: resolved under the facade, with its own reasons.
    fixture.manifest("[package.metadata.rest-status]\ndefault-policy = \"Zalando\"\n");
    let error = fixture
        .cargo("check")
        .expect_err("Zalando has no 204 for HEAD");
    assert!(
        error.contains(
            "the policy `Zalando` does not allow a HEAD handler to return 204 No Content, which the return type `NoContent` brings in\n"
        ) && error.contains("why: Zalando rule 150: 204 No Content is for methods that change something\n"),
        "{error}"
    );

    // No setting: Strict.
    fixture.manifest("");
    let error = fixture.cargo("check").expect_err("the default is Strict");
    assert!(
        error.contains("the policy `Strict` has no rules for HEAD handlers"),
        "{error}"
    );

    // The dotted form of the same key.
    fixture.manifest_with("metadata.rest-status.default-policy = \"Extended\"\n", "");
    fixture
        .cargo("check")
        .expect("the dotted key selects Extended");
}

#[test]
fn a_malformed_default_policy_is_a_compile_error_naming_the_line() {
    let fixture = Fixture::new("malformed-default-policy", LIB);

    fixture.manifest("[package.metadata.rest-status]\ndefault-policy = \"strict\"\n");
    let error = fixture
        .cargo("check")
        .expect_err("\"strict\" is not a policy");
    assert!(
        error.contains("error: `default-policy = \"strict\"` is not a policy: the built-in policies are written \"Strict\", \"Extended\", \"Zalando\" and \"Azure\"; write \"Strict\"\n         --> "),
        "{error}"
    );
    assert!(
        error.contains("/endpoint-fixtures/malformed-default-policy/Cargo.toml:14\n"),
        "{error}"
    );
    // At the attribute of the handler that uses the default.
    assert!(error.contains("src/lib.rs:13:1"), "{error}");

    // (Invalid TOML, such as an unquoted word, is cargo's error before ours.)
    fixture.manifest("[package.metadata.rest-status]\ndefault-policy = 42\n");
    let error = fixture
        .cargo("check")
        .expect_err("the value must be a string");
    assert!(
        error.contains("error: `default-policy` must be a string, e.g. `default-policy = \"Extended\"`; found `42`\n"),
        "{error}"
    );
    assert!(
        error.contains("/Cargo.toml:14\n       expected:\n       [package.metadata.rest-status]\n"),
        "{error}"
    );

    fixture.manifest("[package.metadata.rest-status]\ndefault-policy = \"crate::Missing\"\n");
    let error = fixture.cargo("check").expect_err("the path must resolve");
    assert!(
        error.contains("cannot find type `Missing` in the crate root"),
        "{error}"
    );
}

#[test]
fn check_reports_refusals_and_build_checks_generic_parts() {
    let fixture = Fixture::new(
        "generic-parts",
        r#"
use rest_status::response::Ok;
use rest_status::{rest_endpoint, StatusSet, Statuses};

pub struct Invalid;
impl Statuses for Invalid {
    const STATUSES: StatusSet = StatusSet::of(&[400]);
}

// POST may not return 200: `Ok<T>` names `T`, so it is checked per instantiation.
#[rest_endpoint(method = "POST")]
pub fn create<T>(value: T) -> Result<Ok<T>, Invalid> {
    Result::Ok(Ok(value))
}

pub fn create_number() -> bool {
    create(1u8).is_ok()
}
"#,
    );
    fixture.manifest("");
    fixture
        .cargo("check")
        .expect("`cargo check` does not instantiate generic handlers");
    let error = fixture
        .cargo("build")
        .expect_err("`cargo build` instantiates `create::<u8>`");
    assert!(
        error.contains("error[E0080]: evaluation panicked: the policy `Strict` does not allow a POST handler to return 200 OK, which the success type `Ok<T>` brings in"),
        "{error}"
    );
    assert!(error.contains("src/lib.rs:12:31"), "{error}");

    // A refusal in a non-generic handler is reported by `cargo check`.
    let lib = fs::read_to_string(fixture.dir.join("src/lib.rs")).unwrap();
    fs::write(
        fixture.dir.join("src/lib.rs"),
        lib + "\n#[rest_endpoint(method = \"GET\", statuses(200, 204))]\npub fn list() -> u16 { 200 }\n",
    )
    .unwrap();
    let error = fixture.cargo("check").expect_err("GET may not return 204");
    assert!(
        error.contains("the policy `Strict` does not allow a GET handler to return 204 No Content"),
        "{error}"
    );
    assert!(
        error.contains("why: an empty collection is still 200"),
        "{error}"
    );
}
