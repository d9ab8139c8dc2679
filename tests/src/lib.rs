//! Black-box test harness: spawns the real `samraad` binary on a random port with a fresh
//! store and talks to it over HTTP and WebSocket like a client would. The tests using it are
//! one test binary, `tests/blackbox/` (a test target of `samraad-server`); the benchmarks are
//! this package's examples.
//!
//! - [`Server`], [`WsClient`]: a server process, and a `graphql-transport-ws` client;
//! - [`cluster`]: a ready-made partnership, and the steps tests build on it with;
//! - [`introspection`]: selection sets generated from the running server's schema;
//! - [`world`]: the worlds of the leak and authorization tests.
//!
//! Server logs go to a sink unless `TEST_LOG` is set.
#![allow(clippy::unwrap_used, clippy::expect_used)]

pub mod cluster;
pub mod introspection;
pub mod world;
mod ws;

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use serde_json::{Value, json};
use uuid::Uuid;

pub use ws::{WsClient, WsEvent};

/// The `tests/` directory of the repository (fixtures, the GraphQL-over-HTTP audit).
pub const TESTS_DIR: &str = env!("CARGO_MANIFEST_DIR");

/// Path of the real `samraad` binary: `$SAMRAAD_BIN` if set (e.g. a release build for the
/// benchmarks), otherwise the one cargo built for the running executable. The black-box tests
/// are a test target of `samraad-server`, so cargo builds the binary before it builds them
/// and names it in `CARGO_BIN_EXE_samraad` (set at run time too since cargo 1.94). Without
/// that variable (older cargo, or the test executable run by hand), it is the `samraad` next
/// to the `deps/` or `examples/` directory of the running executable — the same file.
pub fn samraad_bin() -> PathBuf {
    static BIN: std::sync::OnceLock<PathBuf> = std::sync::OnceLock::new();
    BIN.get_or_init(|| {
        let bin = ["SAMRAAD_BIN", "CARGO_BIN_EXE_samraad"]
            .into_iter()
            .find_map(std::env::var_os)
            .map_or_else(beside_this_executable, PathBuf::from);
        assert!(
            bin.is_file(),
            "no samraad binary at {}: run the black-box tests with \
             `cargo test -p samraad-server --test blackbox`, or set SAMRAAD_BIN",
            bin.display()
        );
        bin
    })
    .clone()
}

/// `<target>/<profile>/samraad` for an executable in `<target>/<profile>/{deps,examples}/`.
fn beside_this_executable() -> PathBuf {
    let mut dir = std::env::current_exe().expect("the running executable's path");
    dir.pop();
    if dir.ends_with("deps") || dir.ends_with("examples") {
        dir.pop();
    }
    dir.join(format!("samraad{}", std::env::consts::EXE_SUFFIX))
}

/// A running server process.
pub struct Server {
    child: Child,
    /// Base URL, e.g. `http://127.0.0.1:43123`.
    pub base: String,
    /// The data directory (holds the SQLite file and the development key).
    pub data_dir: PathBuf,
    _temp: Option<tempfile::TempDir>,
    http: reqwest::Client,
}

impl Server {
    /// Starts a server on the embedded store in a fresh temporary directory.
    pub fn start() -> Server {
        Server::start_args(&[])
    }

    /// Starts a server with `data_dir` and optionally a PostgreSQL URL.
    pub fn start_with(data_dir: &Path, database_url: Option<&str>) -> Server {
        match database_url {
            Some(url) => Server::spawn(data_dir, None, &["--database-url", url]),
            None => Server::spawn(data_dir, None, &[]),
        }
    }

    /// Starts `samraad serve` on a random port with `data_dir` and extra arguments, and waits
    /// until it prints the address it listens on.
    fn spawn(data_dir: &Path, temp: Option<tempfile::TempDir>, args: &[&str]) -> Server {
        let mut cmd = Command::new(samraad_bin());
        cmd.arg("serve")
            .arg("--listen")
            .arg("127.0.0.1:0")
            .arg("--data-dir")
            .arg(data_dir)
            .args(args)
            .stdout(Stdio::piped())
            .stdin(Stdio::null());
        if std::env::var_os("TEST_LOG").is_some() {
            cmd.stderr(Stdio::inherit());
        } else {
            cmd.stderr(Stdio::null());
        }
        let mut child = cmd.spawn().expect("spawn samraad");
        let stdout = child.stdout.take().expect("stdout");
        let mut lines = BufReader::new(stdout).lines();
        let base = loop {
            let line = lines
                .next()
                .expect("server exited before listening")
                .expect("read stdout");
            if let Some(url) = line.strip_prefix("samraad listening on ") {
                break url.trim().to_string();
            }
        };
        // Keep draining stdout so the child never blocks on a full pipe.
        std::thread::spawn(move || for _ in lines {});
        Server {
            child,
            base,
            data_dir: data_dir.to_path_buf(),
            _temp: temp,
            http: reqwest::Client::new(),
        }
    }

    /// Mints a development token for `person` acting for `organization`.
    pub fn token(&self, person: Uuid, organization: Uuid) -> String {
        self.mint(person, organization, &[])
    }

    /// Mints a development token for a platform operator (may create partnerships).
    pub fn token_operator(&self, person: Uuid, organization: Uuid) -> String {
        self.mint(person, organization, &["--operator"])
    }

    /// Mints a development token with extra `samraad token` arguments.
    pub fn mint(&self, person: Uuid, organization: Uuid, extra: &[&str]) -> String {
        let out = Command::new(samraad_bin())
            .arg("token")
            .arg("--data-dir")
            .arg(&self.data_dir)
            .arg("--person")
            .arg(person.to_string())
            .arg("--organization")
            .arg(organization.to_string())
            .args(extra)
            .output()
            .expect("run samraad token");
        assert!(
            out.status.success(),
            "token: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap().trim().to_string()
    }

    /// POSTs a GraphQL request and returns (HTTP status, JSON body).
    pub async fn post(&self, token: Option<&str>, query: &str, variables: Value) -> (u16, Value) {
        let mut req = self
            .http
            .post(format!("{}/graphql", self.base))
            .json(&json!({ "query": query, "variables": variables }));
        if let Some(token) = token {
            req = req.bearer_auth(token);
        }
        let resp = req.send().await.expect("send");
        let status = resp.status().as_u16();
        let body = resp.json::<Value>().await.unwrap_or(Value::Null);
        (status, body)
    }

    /// Runs a GraphQL operation that must succeed and returns its `data`.
    pub async fn gql(&self, token: &str, query: &str, variables: Value) -> Value {
        let (status, body) = self.post(Some(token), query, variables).await;
        assert!(
            status == 200 && body.get("errors").is_none(),
            "GraphQL failed ({status}): {body:#}\nquery: {query}"
        );
        body["data"].clone()
    }

    /// Runs a GraphQL operation that must fail and returns its first error's code.
    pub async fn gql_error(
        &self,
        token: Option<&str>,
        query: &str,
        variables: Value,
    ) -> (String, Value) {
        let (_, body) = self.post(token, query, variables).await;
        let error = body["errors"][0].clone();
        assert!(!error.is_null(), "expected an error, got {body:#}");
        (
            error["extensions"]["code"]
                .as_str()
                .unwrap_or("")
                .to_string(),
            error,
        )
    }

    /// The server's process id.
    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    /// GETs a path and returns (status, body text).
    pub async fn get(&self, path: &str) -> (u16, String) {
        let resp = self
            .http
            .get(format!("{}{path}", self.base))
            .send()
            .await
            .expect("get");
        (
            resp.status().as_u16(),
            resp.text().await.unwrap_or_default(),
        )
    }

    /// The WebSocket URL of the GraphQL endpoint.
    pub fn ws_url(&self) -> String {
        format!("{}/graphql/ws", self.base.replacen("http", "ws", 1))
    }

    /// Sends SIGTERM and waits for the process to exit; returns whether it exited cleanly.
    pub fn terminate(&mut self) -> bool {
        let _ = Command::new("kill")
            .arg("-TERM")
            .arg(self.child.id().to_string())
            .status();
        for _ in 0..100 {
            if let Ok(Some(status)) = self.child.try_wait() {
                return status.success();
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        false
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Server {
    /// Starts a server on the embedded store in a fresh temporary directory, with extra
    /// `samraad serve` arguments (e.g. `["--production", "--jwks", path, …]`).
    pub fn start_args(args: &[&str]) -> Server {
        let temp = tempfile::tempdir().expect("tempdir");
        let dir = temp.path().to_path_buf();
        Server::spawn(&dir, Some(temp), args)
    }

    /// Mints a development token with extra `samraad token` arguments (e.g. `--operator`,
    /// `--ttl=-10`).
    pub fn token_args(&self, person: Uuid, organization: Uuid, args: &[&str]) -> String {
        self.mint(person, organization, args)
    }

    /// Runs `samraad serve` with `args` and expects it to refuse to start (within 30 s);
    /// returns its stderr.
    pub fn refuses_to_start(args: &[&str]) -> String {
        let temp = tempfile::tempdir().expect("tempdir");
        Server::refuses_to_start_in(temp.path(), args)
    }

    /// Runs `samraad serve` on `data_dir` with `args` and expects it to refuse to start
    /// (within 30 s); returns its stderr.
    pub fn refuses_to_start_in(data_dir: &Path, args: &[&str]) -> String {
        let mut child = Command::new(samraad_bin())
            .arg("serve")
            .arg("--listen")
            .arg("127.0.0.1:0")
            .arg("--data-dir")
            .arg(data_dir)
            .args(args)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .expect("spawn samraad serve");
        for _ in 0..600 {
            if child.try_wait().expect("wait").is_some() {
                let out = child.wait_with_output().expect("output");
                assert!(
                    !out.status.success(),
                    "the server exited cleanly with {args:?}"
                );
                return String::from_utf8_lossy(&out.stderr).into_owned();
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        let _ = child.kill();
        let _ = child.wait();
        panic!("the server started with {args:?}");
    }

    /// POSTs a raw body to `/graphql` and returns (HTTP status, JSON body or `Null`).
    pub async fn post_raw(&self, token: Option<&str>, body: Vec<u8>) -> (u16, Value) {
        let mut req = self
            .http
            .post(format!("{}/graphql", self.base))
            .header("content-type", "application/json")
            .body(body);
        if let Some(token) = token {
            req = req.bearer_auth(token);
        }
        let resp = req.send().await.expect("send");
        let status = resp.status().as_u16();
        let body = resp.json::<Value>().await.unwrap_or(Value::Null);
        (status, body)
    }
}
