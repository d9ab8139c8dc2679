//! Sign-in to the web app with the identity provider's OpenID Connect authorization-code flow
//! with PKCE. The browser makes the verifier and its challenge and is sent to the provider;
//! the code the provider sends back is exchanged for tokens by this server on the browser's
//! behalf (`POST /auth/token`, verifier included), so the page talks to its own origin only
//! and its Content-Security-Policy stays `'self'`. The server keeps nothing: no session, no
//! token store. The provider is configured by its discovery document (`--issuer`).

use std::sync::Arc;
use std::time::Duration;

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use serde::{Deserialize, Serialize};

use crate::errors::ApiError;
use crate::http::error_response;

/// What the browser needs to send a person to the provider.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct PublicConfig {
    /// The provider's issuer.
    pub issuer: String,
    /// The web app's client id at the provider.
    pub client_id: String,
    /// Where the browser is sent to sign in.
    pub authorization_endpoint: String,
    /// Where the browser is sent to sign out, if the provider has one.
    pub end_session_endpoint: Option<String>,
    /// Scopes asked for (`openid` at least).
    pub scope: String,
}

/// The provider as its discovery document describes it.
#[derive(Debug, Clone)]
pub struct OidcClient {
    public: PublicConfig,
    token_endpoint: String,
    jwks_uri: Option<String>,
    http: reqwest::Client,
}

#[derive(Deserialize)]
struct Discovery {
    issuer: String,
    authorization_endpoint: String,
    token_endpoint: String,
    jwks_uri: Option<String>,
    end_session_endpoint: Option<String>,
    code_challenge_methods_supported: Option<Vec<String>>,
}

/// Why discovery or an exchange failed.
#[derive(Debug, thiserror::Error)]
pub enum OidcError {
    /// The discovery document could not be read or does not describe the issuer.
    #[error("OpenID Connect discovery at {url}: {reason}")]
    Discovery {
        /// The document's address.
        url: String,
        /// What was wrong.
        reason: String,
    },
    /// The provider refused the code (`invalid_grant`: used, expired, wrong verifier …).
    #[error("the identity provider refused the sign-in: {0}")]
    Refused(String),
    /// The provider could not be reached or answered nonsense.
    #[error("the identity provider is unavailable: {0}")]
    Unavailable(String),
    /// The browser's request is incomplete.
    #[error("{0}")]
    BadRequest(String),
}

impl OidcClient {
    /// Reads `{issuer}/.well-known/openid-configuration`; the document must name the same
    /// issuer and, if it lists challenge methods, support `S256`.
    pub async fn discover(issuer: &str, client_id: &str, scope: &str) -> Result<Self, OidcError> {
        let url = format!(
            "{}/.well-known/openid-configuration",
            issuer.trim_end_matches('/')
        );
        let failed = |reason: String| OidcError::Discovery {
            url: url.clone(),
            reason,
        };
        let http = reqwest::Client::builder()
            .timeout(Duration::from_secs(10))
            .build()
            .map_err(|e| failed(e.to_string()))?;
        let response = http
            .get(&url)
            .send()
            .await
            .map_err(|e| failed(e.to_string()))?;
        if !response.status().is_success() {
            return Err(failed(format!("HTTP {}", response.status())));
        }
        let doc: Discovery = response
            .json()
            .await
            .map_err(|e| failed(format!("not a discovery document: {e}")))?;
        if doc.issuer.trim_end_matches('/') != issuer.trim_end_matches('/') {
            return Err(failed(format!(
                "it describes issuer {:?}, not {issuer:?}",
                doc.issuer
            )));
        }
        if let Some(methods) = &doc.code_challenge_methods_supported
            && !methods.iter().any(|m| m == "S256")
        {
            return Err(failed(
                "the provider does not support PKCE with S256".into(),
            ));
        }
        let scope = if scope.split_whitespace().any(|s| s == "openid") {
            scope.to_string()
        } else {
            format!("openid {scope}").trim().to_string()
        };
        Ok(Self {
            public: PublicConfig {
                issuer: doc.issuer,
                client_id: client_id.to_string(),
                authorization_endpoint: doc.authorization_endpoint,
                end_session_endpoint: doc.end_session_endpoint,
                scope,
            },
            token_endpoint: doc.token_endpoint,
            jwks_uri: doc.jwks_uri,
            http,
        })
    }

    /// What the browser is told.
    pub fn public(&self) -> &PublicConfig {
        &self.public
    }

    /// The provider's key set, if the document names one (used when `--jwks` is not given).
    pub fn jwks_uri(&self) -> Option<&str> {
        self.jwks_uri.as_deref()
    }

    /// Exchanges the code the provider sent back for tokens, proving the verifier.
    pub async fn exchange(&self, request: &CodeExchange) -> Result<Tokens, OidcError> {
        for (name, value) in [
            ("code", &request.code),
            ("codeVerifier", &request.code_verifier),
            ("redirectUri", &request.redirect_uri),
        ] {
            if value.trim().is_empty() {
                return Err(OidcError::BadRequest(format!("`{name}` is required")));
            }
        }
        let form = [
            ("grant_type", "authorization_code"),
            ("code", request.code.as_str()),
            ("redirect_uri", request.redirect_uri.as_str()),
            ("client_id", self.public.client_id.as_str()),
            ("code_verifier", request.code_verifier.as_str()),
        ];
        let response = self
            .http
            .post(&self.token_endpoint)
            .form(&form)
            .send()
            .await
            .map_err(|e| OidcError::Unavailable(e.to_string()))?;
        let status = response.status();
        let body: serde_json::Value = response
            .json()
            .await
            .map_err(|e| OidcError::Unavailable(format!("HTTP {status}, not JSON: {e}")))?;
        if !status.is_success() {
            let error = body["error"].as_str().unwrap_or("error");
            let detail = body["error_description"].as_str().unwrap_or("");
            return Err(if status.is_client_error() {
                OidcError::Refused(format!("{error} {detail}").trim().to_string())
            } else {
                OidcError::Unavailable(format!("HTTP {status}: {error} {detail}"))
            });
        }
        let Some(access_token) = body["access_token"].as_str() else {
            return Err(OidcError::Unavailable(
                "no access_token in the answer".into(),
            ));
        };
        Ok(Tokens {
            access_token: access_token.to_string(),
            id_token: body["id_token"].as_str().map(str::to_string),
            expires_in: body["expires_in"].as_u64(),
        })
    }
}

/// The browser's half of the exchange.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CodeExchange {
    /// The code the provider sent back.
    pub code: String,
    /// The PKCE verifier the browser kept.
    pub code_verifier: String,
    /// The redirect URI the code was issued for.
    pub redirect_uri: String,
}

/// What the browser gets: the access token is its bearer token for the API.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Tokens {
    /// The bearer token for the API (a JWT the server verifies like any other).
    pub access_token: String,
    /// The ID token (for the nonce check and the sign-out hint).
    pub id_token: Option<String>,
    /// Lifetime in seconds, as the provider says.
    pub expires_in: Option<u64>,
}

/// `GET /auth/config` (how the web app signs in) and `POST /auth/token` (the exchange).
pub fn router(client: Option<Arc<OidcClient>>) -> Router {
    Router::new()
        .route("/auth/config", get(config))
        .route("/auth/token", post(token))
        .with_state(client)
}

/// How the web app signs in: `{"mode":"development"}` or `{"mode":"oidc", issuer, …}`.
#[derive(Serialize)]
#[serde(tag = "mode", rename_all = "lowercase")]
enum SignIn<'a> {
    Development,
    Oidc(&'a PublicConfig),
}

async fn config(State(client): State<Option<Arc<OidcClient>>>) -> Response {
    let mode = match &client {
        Some(c) => SignIn::Oidc(c.public()),
        None => SignIn::Development,
    };
    Json(mode).into_response()
}

async fn token(
    State(client): State<Option<Arc<OidcClient>>>,
    request: Result<Json<CodeExchange>, axum::extract::rejection::JsonRejection>,
) -> Response {
    let Some(client) = client else {
        return error_response(
            StatusCode::NOT_FOUND,
            ApiError::NotFound(
                "no identity provider is configured (start with --oidc-client-id)".into(),
            ),
        );
    };
    let Ok(Json(request)) = request else {
        return error_response(
            StatusCode::BAD_REQUEST,
            ApiError::InvalidInput("expected JSON {code, codeVerifier, redirectUri}".into()),
        );
    };
    match client.exchange(&request).await {
        Ok(tokens) => Json(tokens).into_response(),
        Err(e @ OidcError::BadRequest(_)) => error_response(
            StatusCode::BAD_REQUEST,
            ApiError::InvalidInput(e.to_string()),
        ),
        Err(e @ OidcError::Refused(_)) => error_response(
            StatusCode::UNAUTHORIZED,
            ApiError::Unauthenticated(e.to_string()),
        ),
        Err(e) => {
            tracing::warn!(error = %e, "token exchange failed");
            error_response(
                StatusCode::BAD_GATEWAY,
                ApiError::Unavailable {
                    message: e.to_string(),
                    outcome_unknown: false,
                },
            )
        }
    }
}
