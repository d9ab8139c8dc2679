//! The GraphQL WebSocket endpoint (`graphql-transport-ws`).
//!
//! The handshake is done here, before async-graphql sees the socket, so that the close codes
//! are the ones API.md promises: 4408 when no `connection_init` arrives within 10 s, 4401 when
//! its `authorization` is missing or invalid. The verified `connection_init` is then replayed
//! into async-graphql's protocol handler with the principal as connection data.

use std::sync::Arc;
use std::sync::atomic::Ordering;
use std::time::Duration;

use async_graphql::Data;
use async_graphql_axum::{GraphQLProtocol, GraphQLWebSocket};
use axum::extract::State;
use axum::extract::ws::{CloseFrame, Message, WebSocket, WebSocketUpgrade};
use axum::response::Response;
use futures::{SinkExt, StreamExt};

use crate::AppState;

/// How long a client may take to send `connection_init`.
pub const INIT_TIMEOUT: Duration = Duration::from_secs(10);
/// The WebSocket read buffer: small, because tungstenite zero-fills it on every read.
const READ_BUFFER: usize = 8 * 1024;
/// The largest message a client may send (a subscription document).
const MAX_MESSAGE: usize = 64 * 1024;

/// `GET /graphql/ws`: upgrades to a GraphQL WebSocket.
pub async fn handler(
    State(state): State<Arc<AppState>>,
    protocol: GraphQLProtocol,
    upgrade: WebSocketUpgrade,
) -> Response {
    upgrade
        .protocols(["graphql-transport-ws"])
        .read_buffer_size(READ_BUFFER)
        .max_message_size(MAX_MESSAGE)
        .on_upgrade(move |socket| serve(state, socket, protocol))
}

async fn serve(state: Arc<AppState>, socket: WebSocket, protocol: GraphQLProtocol) {
    let (mut sink, mut stream) = socket.split();
    let first = match tokio::time::timeout(INIT_TIMEOUT, stream.next()).await {
        Err(_) => {
            close(&mut sink, 4408, "Connection initialisation timeout").await;
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
        close(&mut sink, 4401, "Unauthorized").await;
        return;
    }
    let authorization = init
        .get("payload")
        .and_then(|p| p.get("authorization").or_else(|| p.get("Authorization")))
        .and_then(|a| a.as_str());
    let principal = match state.verifier.verify_header(authorization) {
        Ok(principal) => principal,
        Err(_) => {
            close(&mut sink, 4401, "Unauthorized").await;
            return;
        }
    };
    let mut data = Data::default();
    data.insert(principal);
    state.metrics.websocket_connections.fetch_add(1, Ordering::Relaxed);
    let replayed = futures::stream::once(async move { Ok(first) }).chain(stream);
    GraphQLWebSocket::new_with_pair(sink, replayed, state.schema.clone(), protocol)
        .on_connection_init(move |_| async move { Ok(data) })
        .serve()
        .await;
    state.metrics.websocket_connections.fetch_sub(1, Ordering::Relaxed);
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
