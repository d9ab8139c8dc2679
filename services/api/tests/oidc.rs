//! The identity provider as its discovery document describes it, and the code exchange, against
//! a fake provider on a local port.
#![allow(clippy::unwrap_used)]

use axum::extract::{Form, State};
use axum::http::StatusCode;
use axum::routing::{get, post};
use axum::{Json, Router};
use samraad_api::auth::oidc::{CodeExchange, OidcClient, OidcError};
use serde_json::{Value, json};
use std::collections::HashMap;

/// A provider whose discovery document is `doc(issuer)`; its token endpoint grants code "good".
async fn provider(doc: fn(&str) -> Value) -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let issuer = format!("http://{}", listener.local_addr().unwrap());
    let app = Router::new()
        .route(
            "/.well-known/openid-configuration",
            get(move |State(issuer): State<String>| async move { Json(doc(&issuer)) }),
        )
        .route(
            "/token",
            post(|Form(form): Form<HashMap<String, String>>| async move {
                if form.get("code").map(String::as_str) == Some("good")
                    && form.get("code_verifier").map(String::as_str) == Some("verifier")
                    && form.get("client_id").map(String::as_str) == Some("web")
                {
                    (
                        StatusCode::OK,
                        Json(json!({ "access_token": "a.b.c", "id_token": "i.d.t", "expires_in": 300 })),
                    )
                } else {
                    (
                        StatusCode::BAD_REQUEST,
                        Json(json!({ "error": "invalid_grant", "error_description": "used code" })),
                    )
                }
            }),
        )
        .with_state(issuer.clone());
    tokio::spawn(async move { axum::serve(listener, app).await });
    issuer
}

fn good(issuer: &str) -> Value {
    json!({
        "issuer": issuer,
        "authorization_endpoint": format!("{issuer}/authorize"),
        "token_endpoint": format!("{issuer}/token"),
        "jwks_uri": format!("{issuer}/jwks"),
        "code_challenge_methods_supported": ["plain", "S256"],
    })
}

fn exchange(code: &str) -> CodeExchange {
    CodeExchange {
        code: code.into(),
        code_verifier: "verifier".into(),
        redirect_uri: "http://127.0.0.1:8080/auth/callback".into(),
    }
}

#[tokio::test]
async fn discovery_gives_the_endpoints_and_the_key_set() {
    let issuer = provider(good).await;
    let client = OidcClient::discover(&issuer, "web", "profile")
        .await
        .unwrap();
    let public = client.public();
    assert_eq!(public.authorization_endpoint, format!("{issuer}/authorize"));
    assert_eq!(public.client_id, "web");
    assert_eq!(public.scope, "openid profile", "openid is always asked for");
    assert_eq!(public.end_session_endpoint, None);
    assert_eq!(client.jwks_uri(), Some(format!("{issuer}/jwks").as_str()));
}

#[tokio::test]
async fn a_document_for_another_issuer_or_without_s256_is_refused() {
    let other = provider(|issuer| {
        let mut doc = good(issuer);
        doc["issuer"] = json!("https://login.elsewhere.example");
        doc
    })
    .await;
    let error = OidcClient::discover(&other, "web", "openid")
        .await
        .unwrap_err();
    assert!(matches!(error, OidcError::Discovery { .. }), "{error}");
    assert!(
        error.to_string().contains("login.elsewhere.example"),
        "{error}"
    );

    let plain_only = provider(|issuer| {
        let mut doc = good(issuer);
        doc["code_challenge_methods_supported"] = json!(["plain"]);
        doc
    })
    .await;
    let error = OidcClient::discover(&plain_only, "web", "openid")
        .await
        .unwrap_err();
    assert!(error.to_string().contains("S256"), "{error}");
}

#[tokio::test]
async fn no_provider_at_the_address_is_a_clear_start_up_error() {
    let error = OidcClient::discover("http://127.0.0.1:9", "web", "openid")
        .await
        .unwrap_err();
    assert!(
        error
            .to_string()
            .contains("http://127.0.0.1:9/.well-known/openid-configuration"),
        "{error}"
    );
}

#[tokio::test]
async fn the_code_is_exchanged_with_the_verifier_and_a_refusal_is_told_apart() {
    let issuer = provider(good).await;
    let client = OidcClient::discover(&issuer, "web", "openid")
        .await
        .unwrap();
    let tokens = client.exchange(&exchange("good")).await.unwrap();
    assert_eq!(tokens.access_token, "a.b.c");
    assert_eq!(tokens.id_token.as_deref(), Some("i.d.t"));
    assert_eq!(tokens.expires_in, Some(300));

    let refused = client.exchange(&exchange("used")).await.unwrap_err();
    assert!(matches!(refused, OidcError::Refused(_)), "{refused}");
    assert!(refused.to_string().contains("invalid_grant used code"));

    let incomplete = client.exchange(&exchange(" ")).await.unwrap_err();
    assert!(
        matches!(incomplete, OidcError::BadRequest(_)),
        "{incomplete}"
    );
}

/// `router(client)` on a local port; its base address.
async fn serve(client: Option<OidcClient>) -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    let app = samraad_api::auth::oidc::router(client.map(std::sync::Arc::new));
    tokio::spawn(async move { axum::serve(listener, app).await });
    base
}

async fn exchange_over_http(base: &str, body: &str) -> (u16, Value) {
    let response = reqwest::Client::new()
        .post(format!("{base}/auth/token"))
        .header("content-type", "application/json")
        .body(body.to_string())
        .send()
        .await
        .unwrap();
    (response.status().as_u16(), response.json().await.unwrap())
}

#[tokio::test]
async fn the_endpoints_say_the_mode_and_refuse_in_the_apis_error_shape() {
    let plain = serve(None).await;
    let config: Value = reqwest::get(format!("{plain}/auth/config"))
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(config, json!({ "mode": "development" }));
    let (status, body) = exchange_over_http(
        &plain,
        r#"{"code":"x","codeVerifier":"v","redirectUri":"r"}"#,
    )
    .await;
    assert_eq!(status, 404);
    assert_eq!(body["errors"][0]["extensions"]["code"], "NOT_FOUND");

    let issuer = provider(good).await;
    let with_provider = serve(Some(
        OidcClient::discover(&issuer, "web", "openid")
            .await
            .unwrap(),
    ))
    .await;
    let config: Value = reqwest::get(format!("{with_provider}/auth/config"))
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(config["mode"], "oidc");
    assert_eq!(config["clientId"], "web");
    assert_eq!(
        config["authorizationEndpoint"],
        format!("{issuer}/authorize")
    );

    let (status, body) = exchange_over_http(&with_provider, "not json").await;
    assert_eq!(status, 400);
    assert_eq!(body["errors"][0]["extensions"]["code"], "INVALID_INPUT");
    let (status, body) = exchange_over_http(
        &with_provider,
        r#"{"code":"used","codeVerifier":"verifier","redirectUri":"http://127.0.0.1/auth/callback"}"#,
    )
    .await;
    assert_eq!(status, 401);
    assert_eq!(body["errors"][0]["extensions"]["code"], "UNAUTHENTICATED");
    let (status, body) = exchange_over_http(
        &with_provider,
        r#"{"code":"good","codeVerifier":"verifier","redirectUri":"http://127.0.0.1/auth/callback"}"#,
    )
    .await;
    assert_eq!(status, 200);
    assert_eq!(body["accessToken"], "a.b.c");
}
