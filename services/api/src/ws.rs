//! The GraphQL WebSocket endpoint (`graphql-transport-ws`).
//!
//! The handshake is done here, before async-graphql sees the socket, so that the close codes
//! are the ones API.md promises: 4408 when no `connection_init` arrives in time (10 s by default), 4401
//! when its `authorization` is missing or invalid. After the handshake the connection is
//! closed with 4401 when the token expires (ending its subscriptions), with 1001 when the
//! client sends nothing (not even a pong to the server's pings) for the idle timeout, and
//! refused with 4429 beyond the connections per person; a subscription beyond the limit per
//! connection gets an `error` message with code `RATE_LIMITED`. The verified `connection_init` is then replayed
//! into async-graphql's protocol handler with the principal as connection data.

use std::collections::HashSet;
use std::sync::atomic::Ordering;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use async_graphql::Data;
use async_graphql_axum::{GraphQLProtocol, GraphQLWebSocket};
use axum::extract::State;
use axum::extract::ws::{CloseFrame, Message, WebSocket, WebSocketUpgrade};
use axum::response::Response;
use futures::channel::mpsc;
use futures::{SinkExt, StreamExt};
use serde_json::json;
use tokio::time::Instant;

use crate::AppState;
use crate::errors::ApiError;

/// The WebSocket read buffer: small, because tungstenite zero-fills it on every read.
const READ_BUFFER: usize = 1024;
/// The largest message a client may send (a subscription document).
const MAX_MESSAGE: usize = 64 * 1024;
/// Rendered messages queued for one connection's socket. Beyond them the connection's
/// subscriptions are not polled, their inboxes fill, and the live feed cuts them off.
const OUTGOING: usize = 8;

/// Close code: the token is missing, invalid, or has expired.
pub const CLOSE_UNAUTHORIZED: u16 = 4401;
/// Close code: no `connection_init` in time.
pub const CLOSE_INIT_TIMEOUT: u16 = 4408;
/// Close code: too many connections for this person, or too many requests.
pub const CLOSE_TOO_MANY: u16 = 4429;
/// Close code: nothing (not even a pong) came from the client for the idle timeout.
pub const CLOSE_IDLE: u16 = 1001;

/// `GET /graphql/ws`: upgrades to a GraphQL WebSocket — `graphql-transport-ws` only. A
/// client that offers only the legacy `graphql-ws` protocol (subscriptions-transport-ws) is
/// refused with 400 rather than served a protocol whose limits this server does not enforce.
pub async fn handler(
    State(state): State<Arc<AppState>>,
    headers: axum::http::HeaderMap,
    upgrade: WebSocketUpgrade,
) -> Response {
    let offered = headers
        .get(axum::http::header::SEC_WEBSOCKET_PROTOCOL)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.split(',').any(|p| p.trim() == PROTOCOL));
    let protocol = if offered { protocol().await } else { None };
    let Some(protocol) = protocol else {
        use axum::response::IntoResponse;
        return (
            axum::http::StatusCode::BAD_REQUEST,
            "use the WebSocket subprotocol graphql-transport-ws (the legacy graphql-ws protocol is not supported)",
        )
            .into_response();
    };
    upgrade
        .protocols([PROTOCOL])
        .read_buffer_size(READ_BUFFER)
        .max_message_size(MAX_MESSAGE)
        .on_upgrade(move |socket| serve(state, socket, protocol))
}

/// The one subprotocol spoken.
const PROTOCOL: &str = "graphql-transport-ws";

/// async-graphql's handle for [`PROTOCOL`] (its type is built only from request headers).
async fn protocol() -> Option<GraphQLProtocol> {
    use axum::extract::FromRequestParts;
    let (mut parts, ()) = axum::http::Request::builder()
        .header(axum::http::header::SEC_WEBSOCKET_PROTOCOL, PROTOCOL)
        .body(())
        .ok()?
        .into_parts();
    GraphQLProtocol::from_request_parts(&mut parts, &())
        .await
        .ok()
}

async fn serve(state: Arc<AppState>, socket: WebSocket, protocol: GraphQLProtocol) {
    let (mut sink, mut stream) = socket.split();
    let first = match tokio::time::timeout(state.limits.ws_init_timeout, stream.next()).await {
        Err(_) => {
            close(
                &mut sink,
                CLOSE_INIT_TIMEOUT,
                "Connection initialisation timeout",
            )
            .await;
            return;
        }
        Ok(None) | Ok(Some(Err(_))) => return,
        Ok(Some(Ok(message))) => message,
    };
    let Message::Text(text) = &first else {
        close(&mut sink, 4400, "Expected connection_init").await;
        return;
    };
    let init: serde_json::Value = match serde_json::from_str(text.as_str()) {
        Ok(value) => value,
        Err(_) => {
            close(&mut sink, 4400, "Invalid message").await;
            return;
        }
    };
    if init.get("type").and_then(|t| t.as_str()) != Some("connection_init") {
        close(&mut sink, CLOSE_UNAUTHORIZED, "Unauthorized").await;
        return;
    }
    let authorization = init
        .get("payload")
        .and_then(|p| p.get("authorization").or_else(|| p.get("Authorization")))
        .and_then(|a| a.as_str());
    let principal = match state.authenticator.authenticate_header(authorization).await {
        Ok(principal) => principal,
        Err(_) => {
            close(&mut sink, CLOSE_UNAUTHORIZED, "Unauthorized").await;
            return;
        }
    };
    let Some(_slot) = state.connections.acquire(principal.person) else {
        close(
            &mut sink,
            CLOSE_TOO_MANY,
            "Too many connections for this person",
        )
        .await;
        return;
    };
    if state.rate_limiter.check(principal.person, 1).is_err() {
        close(&mut sink, CLOSE_TOO_MANY, "Too many requests").await;
        return;
    }

    let mut data = Data::default();
    data.insert(principal);
    state
        .metrics
        .websocket_connections
        .fetch_add(1, Ordering::Relaxed);

    // Everything to the client goes through one channel, so that the limits below can answer
    // and close alongside async-graphql's own messages.
    let (tx, rx) = mpsc::channel::<Message>(OUTGOING);
    let active: Arc<Mutex<HashSet<String>>> = Arc::default();
    let last_seen = Arc::new(Mutex::new(Instant::now()));
    let writer = write(sink, rx, active.clone(), state.limits.ws_idle_timeout);

    let incoming = {
        let (tx, active, last_seen, state) =
            (tx.clone(), active.clone(), last_seen.clone(), state.clone());
        futures::stream::once(async move { Ok(first) })
            .chain(stream)
            .filter_map(move |message| {
                let (mut tx, active, last_seen, state) =
                    (tx.clone(), active.clone(), last_seen.clone(), state.clone());
                async move {
                    *last_seen.lock().unwrap_or_else(|p| p.into_inner()) = Instant::now();
                    if let Ok(Message::Text(text)) = &message
                        && let Some(refusal) =
                            admit(&state, principal.person, &active, text.as_str())
                    {
                        let _ = tx.send(refusal).await;
                        return None;
                    }
                    Some(message)
                }
            })
    };
    let graphql =
        GraphQLWebSocket::new_with_pair(tx.clone(), incoming, state.schema.clone(), protocol)
            .on_connection_init(move |_| async move { Ok(data) })
            .serve();

    let now = chrono::Utc::now().timestamp();
    let lifetime =
        Duration::from_secs(u64::try_from(principal.expires_at.saturating_sub(now)).unwrap_or(0))
            .min(Duration::from_secs(365 * 24 * 3600));
    let idle_timeout = state.limits.ws_idle_timeout;
    let mut control = tx;
    let supervise = async move {
        let idle = async {
            let mut ping = tokio::time::interval(idle_timeout / 3);
            ping.tick().await;
            loop {
                ping.tick().await;
                let seen = *last_seen.lock().unwrap_or_else(|p| p.into_inner());
                if seen.elapsed() >= idle_timeout {
                    return;
                }
                // Never wait on a client that does not read: when its queue is full, the
                // writer's stall timeout ends the connection.
                if let Err(err) = control.try_send(Message::Ping(axum::body::Bytes::new()))
                    && err.is_disconnected()
                {
                    return;
                }
            }
        };
        let ending = tokio::select! {
            () = graphql => None,
            () = tokio::time::sleep(lifetime) => Some((CLOSE_UNAUTHORIZED, "Token expired")),
            () = idle => Some((CLOSE_IDLE, "Idle timeout")),
        };
        // `graphql` (and with it every subscription of the connection) has ended here.
        if let Some((code, reason)) = ending {
            let frame = CloseFrame {
                code,
                reason: reason.into(),
            };
            let _ = control.try_send(Message::Close(Some(frame)));
        }
    };
    tokio::join!(supervise, writer);
    state
        .metrics
        .websocket_connections
        .fetch_sub(1, Ordering::Relaxed);
}

/// Checks a client message against the subscription limits; returns the refusal to send
/// instead of passing it on.
fn admit(
    state: &AppState,
    person: uuid::Uuid,
    active: &Mutex<HashSet<String>>,
    text: &str,
) -> Option<Message> {
    let value: serde_json::Value = serde_json::from_str(text).ok()?;
    let id = value.get("id").and_then(|i| i.as_str())?;
    let mut active = active.lock().unwrap_or_else(|p| p.into_inner());
    match value.get("type").and_then(|t| t.as_str()) {
        Some("subscribe") => {
            if active.contains(id) {
                return None; // async-graphql closes with 4409 (duplicate id)
            }
            let max = state.limits.max_subscriptions_per_connection;
            let refusal = if active.len() >= max {
                Some(ApiError::RateLimited(format!(
                    "too many subscriptions on this connection (the limit is {max}); complete one first"
                )))
            } else if state.rate_limiter.check(person, 1).is_err() {
                Some(ApiError::RateLimited(
                    "too many requests for this person; retry later".into(),
                ))
            } else {
                None
            };
            match refusal {
                Some(error) => Some(error_message(id, error)),
                None => {
                    active.insert(id.to_string());
                    None
                }
            }
        }
        Some("complete") => {
            active.remove(id);
            None
        }
        _ => None,
    }
}

fn error_message(id: &str, error: ApiError) -> Message {
    let payload = json!([{ "message": error.to_string(), "extensions": { "code": error.code() } }]);
    Message::Text(
        json!({ "id": id, "type": "error", "payload": payload })
            .to_string()
            .into(),
    )
}

/// Forwards messages to the client until a close frame or the end of the channel, noting
/// which subscriptions the server ended. A client that accepts nothing for `stall` (its
/// socket stays full) is disconnected.
async fn write<S>(
    mut sink: S,
    mut rx: mpsc::Receiver<Message>,
    active: Arc<Mutex<HashSet<String>>>,
    stall: Duration,
) where
    S: futures::Sink<Message> + Unpin,
{
    while let Some(message) = rx.next().await {
        if let Message::Text(text) = &message {
            let text = text.as_str();
            if (text.starts_with(r#"{"type":"complete""#) || text.starts_with(r#"{"type":"error""#))
                && let Some(id) = serde_json::from_str::<serde_json::Value>(text)
                    .ok()
                    .and_then(|v| v.get("id").and_then(|i| i.as_str()).map(str::to_string))
            {
                active.lock().unwrap_or_else(|p| p.into_inner()).remove(&id);
            }
        }
        let closing = matches!(message, Message::Close(_));
        match tokio::time::timeout(stall, sink.send(message)).await {
            Ok(Ok(())) if !closing => {}
            Ok(_) => break,
            Err(_) => {
                tracing::debug!(?stall, "WebSocket client stopped reading; disconnecting");
                rx.close();
                return; // dropping the socket: a close frame could not be sent either
            }
        }
    }
    rx.close();
    let _ = tokio::time::timeout(stall, sink.close()).await;
}

async fn close<S>(sink: &mut S, code: u16, reason: &'static str)
where
    S: futures::Sink<Message> + Unpin,
{
    let frame = CloseFrame {
        code,
        reason: reason.into(),
    };
    let _ = sink.send(Message::Close(Some(frame))).await;
    let _ = sink.close().await;
}
