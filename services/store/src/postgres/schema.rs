//! Migrations, applied on start under a session advisory lock so that replicas starting
//! together do not race each other; idempotent (each version is applied once, recorded in
//! `samraad_schema`).

use tokio_postgres::Client;

use super::map_err;
use super::sql::{MIGRATION_LOCK, MIGRATIONS};
use crate::error::StoreError;

/// Brings the database's schema up to date.
pub(crate) async fn migrate(client: &mut Client) -> Result<(), StoreError> {
    client
        .execute("SELECT pg_advisory_lock($1)", &[&MIGRATION_LOCK])
        .await
        .map_err(map_err)?;
    let result = apply(client).await;
    let unlock = client
        .execute("SELECT pg_advisory_unlock($1)", &[&MIGRATION_LOCK])
        .await
        .map_err(map_err);
    result.and(unlock.map(|_| ()))
}

async fn apply(client: &mut Client) -> Result<(), StoreError> {
    client
        .batch_execute(
            "CREATE TABLE IF NOT EXISTS samraad_schema (
                version    integer     PRIMARY KEY,
                applied_at timestamptz NOT NULL DEFAULT now()
            )",
        )
        .await
        .map_err(map_err)?;
    let current: i32 = client
        .query_one("SELECT coalesce(max(version), 0) FROM samraad_schema", &[])
        .await
        .map_err(map_err)?
        .get(0);
    let latest = MIGRATIONS.len() as i32;
    if current > latest {
        return Err(StoreError::NotAnEventStore {
            reason: format!("schema version {current} is newer than this program's {latest}"),
        });
    }
    for (i, sql) in MIGRATIONS.iter().enumerate() {
        let version = i as i32 + 1;
        if version <= current {
            continue;
        }
        let tx = client.transaction().await.map_err(map_err)?;
        tx.batch_execute(sql).await.map_err(map_err)?;
        tx.execute(
            "INSERT INTO samraad_schema (version) VALUES ($1)",
            &[&version],
        )
        .await
        .map_err(map_err)?;
        tx.commit().await.map_err(map_err)?;
    }
    Ok(())
}
