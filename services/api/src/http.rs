//! The axum router: GraphQL over HTTP and WebSocket, GraphiQL, health, readiness, metrics.

use std::sync::Arc;
use std::sync::atomic::Ordering;

use async_graphql::http::GraphiQLSource;
use async_graphql_axum::{GraphQLRequest, GraphQLResponse};
use axum::Router;
use axum::extract::{DefaultBodyLimit, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{Html, IntoResponse, Response};
use axum::routing::get;
use tracing::Instrument;

use crate::AppState;
use crate::errors::ApiError;

/// Largest accepted request body (1 MiB).
pub const MAX_BODY_BYTES: usize = 1024 * 1024;

/// Builds the HTTP router for `state`.
pub fn router(state: Arc<AppState>) -> Router {
    Router::new()
        .route("/graphql", get(graphiql).post(graphql))
        .route("/graphql/ws", get(crate::ws::handler))
        .route("/healthz", get(healthz))
        .route("/readyz", get(readyz))
        .route("/metrics", get(metrics))
        .layer(DefaultBodyLimit::max(MAX_BODY_BYTES))
        .with_state(state)
}

async fn graphql(
    State(state): State<Arc<AppState>>,
    headers: HeaderMap,
    request: GraphQLRequest,
) -> Response {
    state.metrics.http_requests.fetch_add(1, Ordering::Relaxed);
    let authorization = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok());
    let mut request = request.into_inner();
    match authorization {
        None => {}
        Some(value) => match state.verifier.verify_header(Some(value)) {
            Ok(principal) => request = request.data(principal),
            Err(err) => {
                let response = async_graphql::Response::from_errors(vec![
                    ApiError::Unauthenticated(err.to_string()).into_server_error(),
                ]);
                return (StatusCode::UNAUTHORIZED, GraphQLResponse::from(response)).into_response();
            }
        },
    }
    let span = tracing::info_span!("graphql", operation = request.operation_name.as_deref().unwrap_or(""));
    let response = with_codes(state.schema.execute(request).instrument(span).await);
    GraphQLResponse::from(response).into_response()
}

async fn graphiql() -> Html<String> {
    Html(
        GraphiQLSource::build()
            .endpoint("/graphql")
            .subscription_endpoint("/graphql/ws")
            .finish(),
    )
}

async fn healthz() -> &'static str {
    "ok"
}

async fn readyz(State(state): State<Arc<AppState>>) -> Response {
    match state.readiness().await {
        Ok(()) => (StatusCode::OK, "ready").into_response(),
        Err(reason) => (StatusCode::SERVICE_UNAVAILABLE, reason).into_response(),
    }
}

async fn metrics(State(state): State<Arc<AppState>>) -> Response {
    let body = state.metrics.render(state.projection_position());
    (
        [(header::CONTENT_TYPE, "text/plain; version=0.0.4")],
        body,
    )
        .into_response()
}

/// Gives every error a stable `extensions.code`: resolver errors carry their own; parse and
/// validation errors (malformed queries, unknown fields, limits) become `INVALID_INPUT`.
pub fn with_codes(mut response: async_graphql::Response) -> async_graphql::Response {
    for error in &mut response.errors {
        let has_code = error
            .extensions
            .as_ref()
            .is_some_and(|ext| ext.get("code").is_some());
        if !has_code {
            error
                .extensions
                .get_or_insert_with(Default::default)
                .set("code", "INVALID_INPUT");
        }
    }
    response
}
