//! Black-box test harness: spawns the real `samraad` binary on a random port with a fresh
//! store and talks to it over HTTP and WebSocket like a client would.
//!
//! Server logs go to a sink unless `TEST_LOG` is set.
#![allow(clippy::unwrap_used, clippy::expect_used)]

pub mod cluster;

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use futures::{SinkExt, StreamExt};
use serde_json::{Value, json};
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::tungstenite::client::IntoClientRequest;
use uuid::Uuid;

/// Path of the real `samraad` binary, built once per test process with the same cargo,
/// profile and target directory as the tests themselves (or `$SAMRAAD_BIN`, e.g. a release
/// build for benchmarks).
pub fn samraad_bin() -> PathBuf {
    static BIN: std::sync::OnceLock<PathBuf> = std::sync::OnceLock::new();
    BIN.get_or_init(|| {
        if let Some(bin) = std::env::var_os("SAMRAAD_BIN") {
            return PathBuf::from(bin);
        }
        let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
        let manifest = Path::new(env!("CARGO_MANIFEST_DIR")).join("../Cargo.toml");
        let status = Command::new(cargo)
            .args([
                "build",
                "--quiet",
                "-p",
                "samraad-server",
                "--bin",
                "samraad",
                "--manifest-path",
            ])
            .arg(&manifest)
            .status()
            .expect("run cargo build");
        assert!(status.success(), "building the samraad binary failed");
        let mut dir = std::env::current_exe().expect("test exe path");
        dir.pop();
        if dir.ends_with("deps") {
            dir.pop();
        }
        dir.join(format!("samraad{}", std::env::consts::EXE_SUFFIX))
    })
    .clone()
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

/// A `graphql-transport-ws` client.
pub struct WsClient {
    socket: tokio_tungstenite::WebSocketStream<
        tokio_tungstenite::MaybeTlsStream<tokio::net::TcpStream>,
    >,
}

/// What a subscription delivered next.
#[derive(Debug)]
pub enum WsEvent {
    /// A `next` message's payload.
    Next(Value),
    /// An `error` message's payload.
    Error(Value),
    /// The subscription completed.
    Complete,
    /// The server closed the socket with this code.
    Closed(u16),
}

impl WsClient {
    /// Connects without sending `connection_init`.
    pub async fn connect_raw(url: &str) -> WsClient {
        let mut request = url.into_client_request().unwrap();
        request.headers_mut().insert(
            "Sec-WebSocket-Protocol",
            "graphql-transport-ws".parse().unwrap(),
        );
        let (socket, _) = tokio_tungstenite::connect_async(request)
            .await
            .expect("ws connect");
        WsClient { socket }
    }

    /// Connects and completes the handshake with `token` (panics unless acknowledged).
    pub async fn connect(url: &str, token: &str) -> WsClient {
        let mut client = WsClient::connect_raw(url).await;
        client
            .send(json!({"type": "connection_init", "payload": {"authorization": format!("Bearer {token}")}}))
            .await;
        let ack = client.recv_json().await.expect("connection_ack");
        assert_eq!(ack["type"], "connection_ack", "{ack}");
        client
    }

    /// Sends one JSON message.
    pub async fn send(&mut self, message: Value) {
        self.socket
            .send(Message::Text(message.to_string().into()))
            .await
            .expect("ws send");
    }

    /// Starts a subscription with `id`.
    pub async fn subscribe(&mut self, id: &str, query: &str, variables: Value) {
        self.send(json!({"id": id, "type": "subscribe", "payload": {"query": query, "variables": variables}}))
            .await;
    }

    /// The next JSON message, or `None` when the socket closed (pings are answered).
    pub async fn recv_json(&mut self) -> Option<Value> {
        match self.recv().await {
            Some(WsEvent::Next(v)) | Some(WsEvent::Error(v)) => Some(v),
            _ => None,
        }
    }

    /// The next protocol event (raw message for `next`/`error`), waiting up to 20 s.
    pub async fn recv(&mut self) -> Option<WsEvent> {
        loop {
            let msg = tokio::time::timeout(Duration::from_secs(20), self.socket.next())
                .await
                .expect("timed out waiting for a WebSocket message")?;
            match msg {
                Ok(Message::Text(text)) => {
                    let value: Value = serde_json::from_str(text.as_str()).expect("json");
                    match value["type"].as_str() {
                        Some("ping") => self.send(json!({"type": "pong"})).await,
                        Some("complete") => return Some(WsEvent::Complete),
                        Some("error") => return Some(WsEvent::Error(value)),
                        _ => return Some(WsEvent::Next(value)),
                    }
                }
                Ok(Message::Close(frame)) => {
                    return Some(WsEvent::Closed(
                        frame.map(|f| u16::from(f.code)).unwrap_or(1005),
                    ));
                }
                Ok(_) => {}
                Err(_) => return None,
            }
        }
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

impl WsClient {
    /// Connects and sends `connection_init` with `token`, without waiting for the answer.
    pub async fn connect_init(url: &str, token: &str) -> WsClient {
        let mut client = WsClient::connect_raw(url).await;
        client
            .send(json!({"type": "connection_init", "payload": {"authorization": format!("Bearer {token}")}}))
            .await;
        client
    }
}
