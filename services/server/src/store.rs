//! Opening the configured event store.

use std::sync::Arc;

use anyhow::Context;
use samraad_store::{EventStore, PostgresStore, SqliteOptions, SqliteStore};

use crate::cli::StoreArgs;

/// The SQLite file inside the data directory.
pub const SQLITE_FILE: &str = "events.db";

/// Opens PostgreSQL when a URL is given, else the embedded SQLite store in the data dir.
pub async fn open(args: &StoreArgs) -> anyhow::Result<Arc<dyn EventStore>> {
    match &args.database_url {
        Some(url) => {
            let store = PostgresStore::connect(url)
                .await
                .context("cannot connect to PostgreSQL")?;
            tracing::info!("event store: PostgreSQL");
            Ok(Arc::new(store))
        }
        None => {
            std::fs::create_dir_all(&args.data_dir).with_context(|| {
                format!("cannot create data directory {}", args.data_dir.display())
            })?;
            let path = args.data_dir.join(SQLITE_FILE);
            let options = SqliteOptions {
                // SQLite pages are 4 KiB.
                max_pages: args.store_quota_mib.map(|mib| mib.saturating_mul(256)),
            };
            let store = SqliteStore::open_with(&path, options)
                .with_context(|| format!("cannot open the event store {}", path.display()))?;
            tracing::info!(path = %path.display(), "event store: embedded SQLite");
            Ok(Arc::new(store))
        }
    }
}
