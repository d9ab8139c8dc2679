//! LISTEN/NOTIFY: one connection per store listens on [`sql::CHANNEL`] and bumps the wake-up
//! channel of local subscribers whenever any replica commits. The payload is only a hint —
//! subscribers always re-read from their last delivered position. After (re)connecting, it
//! wakes every subscriber once, since notifications may have been missed while disconnected.

use std::sync::Arc;
use std::time::Duration;

use futures::StreamExt;
use tokio::sync::watch;
use tokio_postgres::{AsyncMessage, Config, NoTls};

use super::sql;

/// Runs forever (until aborted).
pub(crate) async fn run(config: Config, wake: Arc<watch::Sender<u64>>) {
    loop {
        match config.connect(NoTls).await {
            Ok((client, mut connection)) => {
                let wake_ref = &wake;
                let driver = async move {
                    let mut messages =
                        futures::stream::poll_fn(move |cx| connection.poll_message(cx));
                    while let Some(message) = messages.next().await {
                        match message {
                            Ok(AsyncMessage::Notification(n)) => {
                                let hint = n.payload().parse::<u64>().unwrap_or(0);
                                wake_ref.send_modify(|h| *h = (*h).max(hint));
                            }
                            Ok(_) => {}
                            Err(e) => {
                                tracing::warn!(error = %e, "postgres listener connection lost");
                                return;
                            }
                        }
                    }
                };
                let listen = async {
                    match client
                        .batch_execute(&format!("LISTEN {}", sql::CHANNEL))
                        .await
                    {
                        Ok(()) => {
                            wake.send_modify(|_| {});
                            std::future::pending::<()>().await;
                        }
                        Err(e) => tracing::warn!(error = %e, "postgres LISTEN failed"),
                    }
                };
                tokio::select! {
                    () = driver => {}
                    () = listen => {}
                }
                drop(client);
            }
            Err(e) => tracing::warn!(error = %e, "postgres listener cannot connect"),
        }
        tokio::time::sleep(Duration::from_millis(500)).await;
    }
}
