//! `samraad serve`: wire store, command service, projections and API; serve until SIGTERM.

use std::sync::Arc;
use std::time::Duration;

use anyhow::Context;
use samraad_api::auth::{DevKey, TokenVerifier};
use samraad_api::metrics::Metrics;
use samraad_api::{AppState, Services};
use samraad_app::CommandService;
use samraad_projections::Projections;

use crate::cli::ServeArgs;

/// Runs the server.
pub async fn run(args: ServeArgs) -> anyhow::Result<()> {
    crate::telemetry::init(args.log_format);
    let store = crate::store::open(&args.store).await?;
    let key = DevKey::load_or_create(&args.store.data_dir).context("development signing key")?;
    let projections = Projections::new(store.clone());
    let feeding = tokio::spawn(projections.clone().run());
    let metrics = Arc::new(Metrics::default());
    let services = Services {
        commands: Arc::new(CommandService::new(store.clone())),
        projections: projections.clone(),
        metrics: metrics.clone(),
        operators: Arc::new(args.operators.clone()),
    };
    let state = Arc::new(AppState {
        schema: samraad_api::schema::build(services),
        verifier: TokenVerifier::development(&key),
        metrics,
        projections: projections.clone(),
    });
    let app = samraad_api::http::router(state);
    let listener = tokio::net::TcpListener::bind(args.listen)
        .await
        .with_context(|| format!("cannot listen on {}", args.listen))?;
    let address = listener.local_addr().context("local address")?;
    tracing::info!(%address, "serving GraphQL at /graphql (GraphiQL in a browser), WebSocket at /graphql/ws");
    println!("samraad listening on http://{address}");
    let grace = Duration::from_secs(args.shutdown_grace);
    axum::serve(listener, app)
        .with_graceful_shutdown(shutdown_signal())
        .await
        .context("server error")?;
    tracing::info!(?grace, "shutting down: in-flight requests drained");
    feeding.abort();
    Ok(())
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = terminate => {},
    }
    tracing::info!("shutdown signal received; draining in-flight requests");
}
