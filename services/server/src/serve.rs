//! `samraad serve`: wire store, command service, projections and API; serve until SIGTERM.

use std::sync::Arc;
use std::time::Duration;

use anyhow::Context;
use samraad_api::auth::{
    Authenticator, DevKey, IdentityProvider, JwksSource, OidcClient, TokenVerifier,
};
use samraad_api::limits::Limits;
use samraad_api::metrics::Metrics;
use samraad_api::{AppState, Services};
use samraad_app::CommandService;
use samraad_projections::{FeedLimits, Projections};

use crate::cli::{AuthArgs, LimitArgs, ServeArgs};

/// The identity provider configured by `args`, if any; `--production` requires one. Without
/// `--jwks`, the key set named by the provider's discovery document (`oidc`) is used.
fn identity_provider(
    args: &AuthArgs,
    oidc: Option<&OidcClient>,
) -> anyhow::Result<Option<IdentityProvider>> {
    let jwks = args
        .jwks
        .clone()
        .or_else(|| oidc.and_then(|c| c.jwks_uri().map(str::to_string)));
    let Some(jwks) = &jwks else {
        anyhow::ensure!(
            !args.production,
            "--production needs an identity provider: --issuer and --audience, with --jwks or --oidc-client-id"
        );
        return Ok(None);
    };
    let (Some(issuer), Some(audience)) = (&args.issuer, &args.audience) else {
        anyhow::bail!("an identity provider needs --issuer and --audience");
    };
    Ok(Some(IdentityProvider {
        jwks: JwksSource::parse(jwks)?,
        issuer: issuer.clone(),
        audience: audience.clone(),
        organization_claim: args.org_claim.clone(),
    }))
}

fn seconds(value: f64, flag: &str) -> anyhow::Result<Duration> {
    Duration::try_from_secs_f64(value).with_context(|| format!("{flag}: not a duration in seconds"))
}

/// The limits configured by `args`.
pub fn limits(args: &LimitArgs, auth: &AuthArgs) -> anyhow::Result<Limits> {
    anyhow::ensure!(
        args.rate_limit.is_finite() && args.rate_limit >= 0.0,
        "--rate-limit must be >= 0"
    );
    Ok(Limits {
        max_body_bytes: args.max_body_bytes,
        max_aliases: args.max_aliases,
        max_batch: args.max_batch,
        rate_per_second: args.rate_limit,
        rate_burst: args.rate_burst,
        max_subscriptions_per_connection: args.max_subscriptions,
        max_connections_per_person: args.max_connections_per_person,
        ws_init_timeout: seconds(args.ws_init_timeout, "--ws-init-timeout")?,
        ws_idle_timeout: seconds(args.ws_idle_timeout, "--ws-idle-timeout")?
            .max(Duration::from_secs(1)),
        request_timeout: seconds(args.request_timeout, "--request-timeout")?,
        introspection: !auth.production || auth.introspection,
        ..Limits::default()
    })
}

/// Runs the server.
pub async fn run(args: ServeArgs) -> anyhow::Result<()> {
    crate::telemetry::init(args.log_format);
    let limits = limits(&args.limits, &args.auth)?;
    let oidc = match &args.auth.oidc_client_id {
        Some(client_id) => {
            let issuer = args.auth.issuer.as_deref().unwrap_or_default();
            let client = OidcClient::discover(issuer, client_id, &args.auth.oidc_scope).await?;
            tracing::info!(
                issuer,
                client_id,
                "the web app signs in with the identity provider"
            );
            Some(Arc::new(client))
        }
        None => None,
    };
    let idp = identity_provider(&args.auth, oidc.as_deref())?;
    // The embedded store belongs to one server at a time (PostgreSQL serves many replicas).
    let _lock = match args.store.database_url {
        None => Some(crate::lock::DataDirLock::acquire(
            &args.store.data_dir,
            "samraad serve",
        )?),
        Some(_) => None,
    };
    let store = crate::store::open(&args.store).await?;
    backfill_id_index(store.as_ref()).await?;
    let dev_key = if args.auth.production {
        None
    } else {
        Some(DevKey::load_or_create(&args.store.data_dir).context("development signing key")?)
    };
    let verifier = TokenVerifier::new(idp, dev_key.as_ref())
        .await
        .context("identity provider (JWKS)")?;
    if args.auth.production {
        tracing::info!("production mode: identity-provider tokens only");
    } else {
        tracing::warn!("development mode: tokens minted by `samraad token` are accepted");
    }
    let projections = Projections::with_feed_limits(
        store.clone(),
        FeedLimits {
            max_events: args.subscriber_buffer.max(1),
            max_bytes: args.subscriber_buffer_bytes.max(1),
        },
    );
    let feeding = tokio::spawn(projections.clone().run());
    let metrics = Arc::new(Metrics::default());
    let commands = Arc::new(CommandService::new(store.clone()));
    let services = Services {
        commands: commands.clone(),
        projections: projections.clone(),
        metrics: metrics.clone(),
        operators: Arc::new(args.operators.clone()),
    };
    let authenticator = Authenticator::new(
        verifier,
        Arc::new(args.operators.clone()),
        projections.clone(),
    );
    let state = Arc::new(AppState::new(
        samraad_api::schema::build_with(services, &limits),
        authenticator,
        limits,
        metrics,
        projections.clone(),
        commands,
    ));
    // Until the read models reach the log's head as of now, answers say they are partial.
    let startup_head = store.head().await.context("reading the log's head")?;
    let _ = state.startup_head.set(startup_head);
    let app = samraad_api::http::router(state)
        .merge(samraad_api::auth::oidc::router(oidc))
        .merge(samraad_web::router());
    let listener = tokio::net::TcpListener::bind(args.listen)
        .await
        .with_context(|| format!("cannot listen on {}", args.listen))?;
    let address = listener.local_addr().context("local address")?;
    tracing::info!(%address, "serving the web app at /, GraphQL at /graphql (GraphiQL in a browser), WebSocket at /graphql/ws");
    println!("samraad listening on http://{address}");
    let grace = Duration::from_secs(args.shutdown_grace);
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let server = axum::serve(listener, app).with_graceful_shutdown(async move {
        let _ = stopped.await;
    });
    let mut server = std::pin::pin!(server.into_future());
    tokio::select! {
        result = &mut server => result.context("server error")?,
        () = shutdown_signal() => {
            // Stop accepting, let in-flight requests finish; long-lived WebSockets get the
            // grace period, then the process ends (clients resume with their last position).
            let _ = stop.send(());
            match tokio::time::timeout(grace, &mut server).await {
                Ok(result) => {
                    result.context("server error")?;
                    tracing::info!("shut down: in-flight requests drained");
                }
                Err(_) => tracing::warn!(?grace, "shut down: grace period over, open connections closed"),
            }
        }
    }
    projections.close_feed();
    feeding.abort();
    Ok(())
}

/// Before anything is served: a store written by a version without the id index gets its
/// index backfilled, so that old ids are guarded like new ones (once; a no-op afterwards).
async fn backfill_id_index(store: &dyn samraad_store::EventStore) -> anyhow::Result<()> {
    let Some(done) = samraad_app::backfill_id_index(store)
        .await
        .context("backfilling the id index of events stored by an older version")?
    else {
        return Ok(());
    };
    tracing::info!(
        events = done.events,
        ids = done.claims,
        "id index backfilled from events stored by an older version"
    );
    for refused in &done.refused {
        tracing::warn!(
            id = %refused.claim.id,
            kind = %refused.claim.kind,
            stream = %refused.stream,
            held_by = %refused.held_by,
            "an id was created twice before ids were guarded; the first keeps it, new creates \
             with it are refused"
        );
    }
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
