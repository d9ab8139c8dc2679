//! Abuse limits against the real binary: each refusal carries its documented code, and the
//! server keeps serving other clients afterwards.
#![allow(clippy::unwrap_used)]

use samraad_tests::{Server, WsClient, WsEvent};
use serde_json::{Value, json};
use uuid::Uuid;

const PING: &str = "{ position }";

/// A server and a platform operator's token (known without any partnership).
fn operator(server: &Server) -> String {
    server.token_args(Uuid::now_v7(), Uuid::now_v7(), &["--operator"])
}

fn code(body: &Value) -> &str {
    body["errors"][0]["extensions"]["code"]
        .as_str()
        .unwrap_or("")
}

async fn still_serving(server: &Server, token: &str) {
    server.gql(token, PING, json!({})).await;
    let (status, body) = server.post(None, PING, json!({})).await;
    assert_eq!(status, 200, "{body}");
}

#[tokio::test]
async fn query_size_and_shape_limits() {
    let server = Server::start();
    let token = operator(&server);

    // Oversized body (2 MiB): a JSON GraphQL error, not a bare 413 text.
    let padding = "x".repeat(2 * 1024 * 1024);
    let body = json!({ "query": format!("{{ position }} # {padding}") })
        .to_string()
        .into_bytes();
    let (status, body) = server.post_raw(Some(&token), body).await;
    assert_eq!((status, code(&body)), (413, "INVALID_INPUT"), "{body}");

    // Not JSON at all.
    let (status, body) = server
        .post_raw(Some(&token), b"{ position }".to_vec())
        .await;
    assert_eq!((status, code(&body)), (400, "INVALID_INPUT"), "{body}");

    // Too deep (limit 16).
    let mut deep = String::from("name");
    for _ in 0..20 {
        deep = format!("ofType {{ {deep} }}");
    }
    let query = format!("{{ __schema {{ types {{ fields {{ type {{ {deep} }} }} }} }} }}");
    let (code_, error) = server.gql_error(Some(&token), &query, json!({})).await;
    assert_eq!(code_, "INVALID_INPUT", "{error}");

    // 10,000 aliases (limit 100): refused before validation or execution.
    let aliases: String = (0..10_000).map(|i| format!("a{i}: position ")).collect();
    let (code_, error) = server
        .gql_error(Some(&token), &format!("{{ {aliases} }}"), json!({}))
        .await;
    assert_eq!(code_, "INVALID_INPUT", "{error}");
    assert!(
        error["message"].as_str().unwrap().contains("aliases"),
        "{error}"
    );
    // The same for anonymous readers.
    let (code_, _) = server
        .gql_error(None, &format!("{{ {aliases} }}"), json!({}))
        .await;
    assert_eq!(code_, "INVALID_INPUT");

    // Batches: up to 10 operations.
    let batch: Vec<Value> = (0..11).map(|_| json!({ "query": PING })).collect();
    let (status, body) = server
        .post_raw(Some(&token), serde_json::to_vec(&batch).unwrap())
        .await;
    assert_eq!((status, code(&body)), (400, "INVALID_INPUT"), "{body}");
    let batch: Vec<Value> = (0..2).map(|_| json!({ "query": PING })).collect();
    let (status, body) = server
        .post_raw(Some(&token), serde_json::to_vec(&batch).unwrap())
        .await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body.as_array().map(Vec::len), Some(2), "{body}");

    still_serving(&server, &token).await;
}

#[tokio::test]
async fn rate_limit_per_person() {
    let server = Server::start_args(&["--rate-limit", "0.001", "--rate-burst", "3"]);
    let greedy = operator(&server);
    let patient = operator(&server);
    let mut limited = None;
    for _ in 0..10 {
        let (status, body) = server.post(Some(&greedy), PING, json!({})).await;
        if status != 200 {
            limited = Some((status, body));
            break;
        }
    }
    let (status, body) = limited.expect("the greedy client was never limited");
    assert_eq!((status, code(&body)), (429, "RATE_LIMITED"), "{body}");
    // Others, and anonymous readers, are still served.
    still_serving(&server, &patient).await;
}

/// A subscription that stays quiet: it starts after everything stored so far.
const SILENT: &str = "subscription($p: ID!, $a: String) { partnershipEvents(partnershipId: $p, after: $a) { position type } }";

#[tokio::test]
async fn websocket_limits() {
    let server = Server::start_args(&[
        "--max-subscriptions",
        "2",
        "--max-connections-per-person",
        "2",
        "--ws-init-timeout",
        "0.3",
    ]);
    let (person, org) = (Uuid::now_v7(), Uuid::now_v7());
    let token = server.token_args(person, org, &["--operator"]);
    let data = server
        .gql(
            &token,
            "mutation { createPartnership(input: {name: \"Klynge\"}) { partnership { id } } }",
            json!({}),
        )
        .await;
    let partnership = data["createPartnership"]["partnership"]["id"]
        .as_str()
        .unwrap()
        .to_string();

    // Too many subscriptions on one connection: an `error` with RATE_LIMITED for the third.
    let mut ws = WsClient::connect(&server.ws_url(), &token).await;
    let head = server.gql(&token, "{ position }", json!({})).await["position"].clone();
    ws.subscribe("s1", SILENT, json!({"p": partnership, "a": head}))
        .await;
    ws.subscribe("s2", SILENT, json!({"p": partnership, "a": head}))
        .await;
    ws.subscribe("s3", SILENT, json!({"p": partnership})).await;
    match ws.recv().await {
        Some(WsEvent::Error(message)) => {
            assert_eq!(message["id"], "s3", "{message}");
            assert_eq!(
                message["payload"][0]["extensions"]["code"], "RATE_LIMITED",
                "{message}"
            );
        }
        other => panic!("expected an error for s3, got {other:?}"),
    }
    // Completing one frees a slot: the next subscription is served.
    ws.send(json!({"id": "s1", "type": "complete"})).await;
    ws.subscribe("s4", SILENT, json!({"p": partnership})).await;
    let mut event = ws.recv().await;
    while matches!(event, Some(WsEvent::Complete)) {
        event = ws.recv().await; // the server confirms s1's completion
    }
    match event {
        Some(WsEvent::Next(message)) => {
            assert_eq!(message["id"], "s4", "{message}");
            assert_eq!(
                message["payload"]["data"]["partnershipEvents"]["type"],
                "PartnershipCreated"
            );
        }
        other => panic!("expected s4's first event, got {other:?}"),
    }

    // Too many connections for one person: the third is closed with 4429.
    let _second = WsClient::connect(&server.ws_url(), &token).await;
    let mut third = WsClient::connect_init(&server.ws_url(), &token).await;
    assert!(matches!(third.recv().await, Some(WsEvent::Closed(4429))));
    // Another person is unaffected.
    let other = operator(&server);
    WsClient::connect(&server.ws_url(), &other).await;

    // Handshake failures: missing or invalid token → 4401; no connection_init → 4408.
    let mut missing = WsClient::connect_raw(&server.ws_url()).await;
    missing
        .send(json!({"type": "connection_init", "payload": {}}))
        .await;
    assert!(matches!(missing.recv().await, Some(WsEvent::Closed(4401))));
    let mut invalid = WsClient::connect_init(&server.ws_url(), "not-a-token").await;
    assert!(matches!(invalid.recv().await, Some(WsEvent::Closed(4401))));
    let mut silent = WsClient::connect_raw(&server.ws_url()).await;
    assert!(matches!(silent.recv().await, Some(WsEvent::Closed(4408))));

    still_serving(&server, &other).await;
}
