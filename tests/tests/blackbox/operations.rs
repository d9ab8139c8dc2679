//! What an operator meets running the binary: the data directory's lock, `samraad token`.
#![allow(clippy::unwrap_used)]

use std::process::Command;

use samraad_tests::{Server, samraad_bin};
use uuid::Uuid;

#[tokio::test]
async fn a_second_server_on_one_data_directory_exits_at_once_naming_the_holder() {
    let dir = tempfile::tempdir().unwrap();
    let first = Server::start_with(dir.path(), None);

    let started = std::time::Instant::now();
    let stderr = Server::refuses_to_start_in(dir.path(), &[]);
    assert!(
        started.elapsed() < std::time::Duration::from_secs(10),
        "the second server must exit at once"
    );
    assert!(stderr.contains("in use"), "{stderr}");
    assert!(
        stderr.contains(&format!("pid {}", first.pid())),
        "names the holder: {stderr}"
    );

    // Read-only commands still work beside the running server.
    let rebuild = Command::new(samraad_bin())
        .args(["rebuild", "--data-dir"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert!(
        rebuild.status.success(),
        "{}",
        String::from_utf8_lossy(&rebuild.stderr)
    );
    assert_eq!(
        first.get("/healthz").await.0,
        200,
        "the first one still serves"
    );

    // Once the holder is gone, the directory is free again.
    drop(first);
    let again = Server::start_with(dir.path(), None);
    assert_eq!(again.get("/healthz").await.0, 200);
}

#[test]
fn token_prints_only_the_ids_it_generated() {
    let dir = tempfile::tempdir().unwrap();
    let run = |args: &[&str]| {
        let out = Command::new(samraad_bin())
            .arg("token")
            .arg("--data-dir")
            .arg(dir.path())
            .args(args)
            .output()
            .unwrap();
        assert!(out.status.success());
        String::from_utf8(out.stderr).unwrap()
    };
    let person = Uuid::now_v7().to_string();
    let organization = Uuid::now_v7().to_string();
    let given = run(&["--person", &person, "--organization", &organization]);
    assert_eq!(given, "", "nothing to tell when both ids were given");
    let half = run(&["--person", &person]);
    assert!(half.starts_with("organization "), "{half}");
    assert!(!half.contains("person"), "{half}");
    let none = run(&[]);
    assert!(
        none.contains("person ") && none.contains("organization "),
        "{none}"
    );
}

#[tokio::test]
async fn a_token_of_another_data_directory_is_refused_naming_the_likely_cause() {
    let server = Server::start();
    let other = tempfile::tempdir().unwrap();
    let out = Command::new(samraad_bin())
        .args(["token", "--operator", "--data-dir"])
        .arg(other.path())
        .output()
        .unwrap();
    let token = String::from_utf8(out.stdout).unwrap().trim().to_string();
    let (code, error) = server
        .gql_error(Some(&token), "{ position }", serde_json::json!({}))
        .await;
    assert_eq!(code, "UNAUTHENTICATED");
    let message = error["message"].as_str().unwrap();
    assert!(message.contains("another data directory"), "{message}");
}
