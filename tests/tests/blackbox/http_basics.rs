//! The server's HTTP surface: health, readiness, metrics, GraphiQL, error codes for bad input.
#![allow(clippy::unwrap_used)]

use samraad_tests::Server;
use serde_json::json;
use uuid::Uuid;

#[tokio::test]
async fn health_readiness_metrics_and_graphiql() {
    let server = Server::start();
    assert_eq!(server.get("/healthz").await, (200, "ok".to_string()));
    assert_eq!(server.get("/readyz").await.0, 200);
    let (status, metrics) = server.get("/metrics").await;
    assert_eq!(status, 200);
    assert!(
        metrics.contains("# TYPE samraad_commands_ok_total counter"),
        "{metrics}"
    );
    assert!(
        metrics.contains("samraad_projection_position 0"),
        "{metrics}"
    );
    let (status, page) = server.get("/graphql").await;
    assert_eq!(status, 200);
    assert!(
        page.to_lowercase().contains("graphiql"),
        "GraphiQL page expected"
    );
}

#[tokio::test]
async fn malformed_queries_unknown_ids_and_bad_cursors_get_typed_errors() {
    let server = Server::start();
    let token = server.token_operator(Uuid::now_v7(), Uuid::now_v7());
    let (code, _) = server
        .gql_error(Some(&token), "{ position ", json!({}))
        .await;
    assert_eq!(code, "INVALID_INPUT", "a syntax error");
    let (code, _) = server
        .gql_error(Some(&token), "{ noSuchField }", json!({}))
        .await;
    assert_eq!(code, "INVALID_INPUT", "an unknown field");
    let (code, error) = server
        .gql_error(
            Some(&token),
            "{ meeting(id: \"not-a-uuid\") { id } }",
            json!({}),
        )
        .await;
    assert_eq!(code, "INVALID_INPUT");
    assert!(error["message"].as_str().unwrap().contains("id"), "{error}");
    let data = server
        .gql(
            &token,
            "query($id: ID!) { meeting(id: $id) { id } }",
            json!({"id": Uuid::now_v7()}),
        )
        .await;
    assert!(data["meeting"].is_null(), "an unknown meeting is null");
    let (code, _) = server
        .gql_error(
            Some(&token),
            "query($id: ID!) { meetingAsOf(id: $id, position: \"yesterday\") { id } }",
            json!({"id": Uuid::now_v7()}),
        )
        .await;
    assert_eq!(code, "INVALID_INPUT", "an invalid cursor");
    let (status, body) = server
        .post(Some("not-a-jwt"), "{ position }", json!({}))
        .await;
    assert_eq!(status, 401);
    assert_eq!(body["errors"][0]["extensions"]["code"], "UNAUTHENTICATED");
}

#[tokio::test]
async fn graphiql_is_served_from_the_binary_with_no_other_host() {
    let server = Server::start();
    let (status, page) = server.get("/graphql").await;
    assert_eq!(status, 200);
    assert!(
        !page.contains("http://") && !page.contains("https://") && !page.contains("//unpkg"),
        "the page names no other host: {page}"
    );
    let mut assets = 0;
    for src in page
        .split('"')
        .filter(|s| s.starts_with("/graphql/assets/"))
    {
        let (status, body) = server.get(src).await;
        assert_eq!(status, 200, "{src}");
        assert!(body.len() > 1000, "{src} is the real file");
        assets += 1;
    }
    assert_eq!(
        assets, 5,
        "React, ReactDOM, GraphiQL's script and style, the bootstrap"
    );
    let init = server.get("/graphql/assets/graphiql-init.js").await.1;
    assert!(init.contains("/graphql/ws") && init.contains("authorization"));
    assert_eq!(server.get("/graphql/assets/nothing.js").await.0, 404);
}

#[tokio::test]
async fn websockets_speak_graphql_transport_ws_and_refuse_the_legacy_protocol() {
    use tokio_tungstenite::tungstenite::client::IntoClientRequest;
    let server = Server::start();
    for (offered, accepted) in [
        ("graphql-ws", false),
        ("graphql-ws, graphql-transport-ws", true),
        ("graphql-transport-ws", true),
    ] {
        let mut request = server.ws_url().into_client_request().unwrap();
        request
            .headers_mut()
            .insert("Sec-WebSocket-Protocol", offered.parse().unwrap());
        match tokio_tungstenite::connect_async(request).await {
            Ok((_, response)) => {
                assert!(accepted, "{offered} was accepted");
                assert_eq!(
                    response.headers()["sec-websocket-protocol"],
                    "graphql-transport-ws"
                );
            }
            Err(tokio_tungstenite::tungstenite::Error::Http(response)) => {
                assert!(!accepted, "{offered} was refused");
                assert_eq!(response.status(), 400);
            }
            Err(other) => panic!("{offered}: {other}"),
        }
    }
}

/// The GraphQL-over-HTTP reference audit (npm `graphql-http`, `auditServer`), installed with
/// `npm ci` on first use: no errors and no warnings.
#[tokio::test]
async fn the_graphql_over_http_audit_finds_no_error_and_no_warning() {
    let dir = std::path::Path::new(samraad_tests::TESTS_DIR).join("gqlhttp");
    if !dir.join("node_modules/graphql-http").exists() {
        let status = std::process::Command::new("npm")
            .args(["ci", "--no-audit", "--no-fund", "--silent"])
            .current_dir(&dir)
            .status()
            .expect("npm (Node.js) is needed for the GraphQL-over-HTTP audit");
        assert!(status.success(), "npm ci in {}", dir.display());
    }
    let server = Server::start();
    let url = format!("{}/graphql", server.base);
    let out = tokio::process::Command::new("node")
        .arg("audit.mjs")
        .arg(&url)
        .current_dir(&dir)
        .output()
        .await
        .expect("node");
    let report = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{report}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(report.contains(" 0 warn, 0 error"), "{report}");
}
