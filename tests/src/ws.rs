//! A `graphql-transport-ws` client for the black-box tests.

use std::time::Duration;

use futures::{SinkExt, StreamExt};
use serde_json::{Value, json};
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::tungstenite::client::IntoClientRequest;

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

    /// Connects and sends `connection_init` with `token`, without waiting for the answer.
    pub async fn connect_init(url: &str, token: &str) -> WsClient {
        let mut client = WsClient::connect_raw(url).await;
        client
            .send(json!({"type": "connection_init", "payload": {"authorization": format!("Bearer {token}")}}))
            .await;
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
