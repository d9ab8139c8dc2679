//! The axum router: GraphQL over HTTP and WebSocket, GraphiQL, health, readiness, metrics.

use std::sync::Arc;
use std::sync::atomic::Ordering;

use async_graphql::{BatchRequest, BatchResponse};
use axum::Router;
use axum::body::Body;
use axum::extract::rejection::QueryRejection;
use axum::extract::{DefaultBodyLimit, Query, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use futures::StreamExt;
use tower_http::timeout::TimeoutLayer;
use tracing::Instrument;

use crate::AppState;
use crate::errors::ApiError;
use crate::graphql_http::{
    Accepts, GetParams, GetRefusal, Media, check_post, get_request, is_json, respond,
};

/// Largest accepted request body by default (1 MiB); see [`crate::limits::Limits`].
pub const MAX_BODY_BYTES: usize = 1024 * 1024;

/// An oversized body is read and dropped up to this multiple of the limit before answering.
const DRAIN_FACTOR: usize = 8;

/// Builds the HTTP router for `state`.
pub fn router(state: Arc<AppState>) -> Router {
    let max_body = state.limits.max_body_bytes;
    let timeout = state.limits.request_timeout;
    Router::new()
        .route("/graphql", get(graphql_get).post(graphql))
        .route("/graphql/ws", get(crate::ws::handler))
        .route("/graphql/assets/{name}", get(crate::graphiql::serve_asset))
        .route("/healthz", get(healthz))
        .route("/readyz", get(readyz))
        .route("/metrics", get(metrics))
        .layer(DefaultBodyLimit::max(max_body))
        .layer(TimeoutLayer::with_status_code(
            StatusCode::REQUEST_TIMEOUT,
            timeout,
        ))
        .with_state(state)
}

/// A response carrying one GraphQL error with its code, and an HTTP status.
pub fn error_response(status: StatusCode, error: ApiError) -> Response {
    error_in(Media::Json, status, error)
}

/// [`error_response`] in the media type the client asked for.
fn error_in(media: Media, status: StatusCode, error: ApiError) -> Response {
    let response = async_graphql::Response::from_errors(vec![error.into_server_error()]);
    let mut http = respond(media, BatchResponse::Single(response));
    *http.status_mut() = status;
    http
}

/// `POST /graphql`: a JSON GraphQL request (or a batch of them).
async fn graphql(State(state): State<Arc<AppState>>, headers: HeaderMap, body: Body) -> Response {
    state.metrics.http_requests.fetch_add(1, Ordering::Relaxed);
    let media = Accepts::of(&headers).media();
    let limit = state.limits.max_body_bytes;
    let too_large = || {
        error_in(
            media,
            StatusCode::PAYLOAD_TOO_LARGE,
            ApiError::InvalidInput(format!(
                "the request body is larger than the limit of {limit} bytes"
            )),
        )
    };
    let declared = headers
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    // Past the limit the rest of the body is still read (up to a bound) and dropped, so
    // that the client finishes sending and reads the error instead of a reset connection.
    let drain_limit = limit.saturating_mul(DRAIN_FACTOR);
    if declared.is_some_and(|n| n > drain_limit as u64) {
        return too_large();
    }
    let mut chunks = body.into_data_stream();
    let mut bytes = Vec::new();
    let (mut seen, mut over) = (0usize, false);
    while let Some(chunk) = chunks.next().await {
        let Ok(chunk) = chunk else {
            return error_in(
                media,
                StatusCode::BAD_REQUEST,
                ApiError::InvalidInput("the request body could not be read".into()),
            );
        };
        seen = seen.saturating_add(chunk.len());
        if seen > drain_limit {
            return too_large();
        }
        if seen > limit {
            over = true;
            bytes = Vec::new();
        } else {
            bytes.extend_from_slice(&chunk);
        }
    }
    if over {
        return too_large();
    }
    if !is_json(&headers) {
        return error_in(
            media,
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            ApiError::InvalidInput(
                "send the request as `Content-Type: application/json` (UTF-8)".into(),
            ),
        );
    }
    let not_graphql = |err: String| {
        error_in(
            media,
            StatusCode::BAD_REQUEST,
            ApiError::InvalidInput(format!(
                "the body is not a GraphQL request (JSON with `query`): {err}"
            )),
        )
    };
    let batch: BatchRequest = match serde_json::from_slice::<serde_json::Value>(&bytes)
        .map_err(|e| e.to_string())
        .and_then(|value| check_post(&value).map(|()| value))
        .and_then(|value| serde_json::from_value(value).map_err(|e| e.to_string()))
    {
        Ok(batch) => batch,
        Err(err) => return not_graphql(err),
    };
    if let BatchRequest::Batch(requests) = &batch {
        let max = state.limits.max_batch;
        if requests.is_empty() || requests.len() > max {
            return error_in(
                media,
                StatusCode::BAD_REQUEST,
                ApiError::InvalidInput(format!(
                    "a batch holds {} operations; between 1 and {max} are accepted",
                    requests.len()
                )),
            );
        }
    }
    execute(&state, &headers, batch, media).await
}

/// `GET /graphql`: GraphiQL for a browser; `?query=…` runs a query (never a mutation).
async fn graphql_get(
    State(state): State<Arc<AppState>>,
    headers: HeaderMap,
    params: Result<Query<GetParams>, QueryRejection>,
) -> Response {
    let accepts = Accepts::of(&headers);
    let media = accepts.media();
    let Ok(Query(params)) = params else {
        return error_in(
            media,
            StatusCode::BAD_REQUEST,
            ApiError::InvalidInput("malformed query parameters".into()),
        );
    };
    let query = match params.query.clone() {
        Some(query) if !accepts.wants_html() => query,
        _ => return crate::graphiql::page(),
    };
    state.metrics.http_requests.fetch_add(1, Ordering::Relaxed);
    match get_request(params, query) {
        Ok(request) => execute(&state, &headers, BatchRequest::Single(request), media).await,
        Err(GetRefusal::Invalid(message)) => error_in(
            media,
            StatusCode::BAD_REQUEST,
            ApiError::InvalidInput(message),
        ),
        Err(GetRefusal::Mutation) => {
            let mut response = error_in(
                media,
                StatusCode::METHOD_NOT_ALLOWED,
                ApiError::InvalidInput("mutations are sent with POST".into()),
            );
            response
                .headers_mut()
                .insert(header::ALLOW, HeaderValue::from_static("POST"));
            response
        }
    }
}

/// Authenticates, rate-limits and executes a GraphQL request.
async fn execute(
    state: &AppState,
    headers: &HeaderMap,
    batch: BatchRequest,
    media: Media,
) -> Response {
    let operations = match &batch {
        BatchRequest::Single(_) => 1,
        BatchRequest::Batch(requests) => requests.len(),
    };
    let authorization = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok());
    let mut batch = batch;
    if authorization.is_some() {
        let principal = match state.authenticator.authenticate_header(authorization).await {
            Ok(principal) => principal,
            Err(err) => {
                return error_in(
                    media,
                    StatusCode::UNAUTHORIZED,
                    ApiError::Unauthenticated(err.to_string()),
                );
            }
        };
        let cost = u32::try_from(operations).unwrap_or(u32::MAX);
        if let Err(retry_after) = state.rate_limiter.check(principal.person, cost) {
            return rate_limited(media, retry_after);
        }
        batch = batch.data(principal);
    }
    let response = match batch {
        BatchRequest::Single(request) => {
            let span = tracing::info_span!(
                "graphql",
                operation = request.operation_name.as_deref().unwrap_or("")
            );
            BatchResponse::Single(with_codes(
                state.schema.execute(request).instrument(span).await,
            ))
        }
        batch @ BatchRequest::Batch(_) => match state.schema.execute_batch(batch).await {
            BatchResponse::Single(response) => BatchResponse::Single(with_codes(response)),
            BatchResponse::Batch(responses) => {
                BatchResponse::Batch(responses.into_iter().map(with_codes).collect())
            }
        },
    };
    let response = if state.caught_up() {
        response
    } else {
        let position = state.projection_position();
        match response {
            BatchResponse::Single(r) => BatchResponse::Single(partial(r, position)),
            BatchResponse::Batch(rs) => {
                BatchResponse::Batch(rs.into_iter().map(|r| partial(r, position)).collect())
            }
        }
    };
    respond(media, response)
}

fn rate_limited(media: Media, retry_after: f64) -> Response {
    let seconds = if retry_after.is_finite() {
        retry_after.ceil().clamp(1.0, 86_400.0)
    } else {
        86_400.0
    };
    let mut response = error_in(
        media,
        StatusCode::TOO_MANY_REQUESTS,
        ApiError::RateLimited(format!(
            "too many requests for this person; retry in {seconds} s"
        )),
    );
    if let Ok(value) = HeaderValue::from_str(&format!("{seconds}")) {
        response.headers_mut().insert(header::RETRY_AFTER, value);
    }
    response
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
    ([(header::CONTENT_TYPE, "text/plain; version=0.0.4")], body).into_response()
}

/// Marks an answer given while the read models still catch up with the log after start-up:
/// `extensions.caughtUp: false` and the `position` they have reached.
fn partial(mut response: async_graphql::Response, position: u64) -> async_graphql::Response {
    response
        .extensions
        .insert("caughtUp".into(), async_graphql::Value::Boolean(false));
    response.extensions.insert(
        "position".into(),
        async_graphql::Value::String(position.to_string()),
    );
    response
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
