//! The id index of events stored before the store kept one (see
//! [`crate::EventStore::backfill_claims`]). A backfill runs in one transaction under the head
//! lock, so it is serialised with every replica's appends.

use tokio_postgres::Config;

use super::{connect, map_err, sql};
use crate::error::StoreError;
use crate::port::{IdClaim, RefusedClaim, StreamName};
use crate::prepare::{Claimed, judge_backfill};

/// True while the `id_index` fact says `pending`.
pub(super) async fn incomplete(config: &Config) -> Result<bool, StoreError> {
    let client = connect(config).await?;
    let row = client
        .query_opt(sql::ID_INDEX, &[])
        .await
        .map_err(map_err)?;
    Ok(row.is_some_and(|r| r.get::<_, String>(0) == "pending"))
}

/// Records `claims` not yet in the index; returns those another stream holds.
pub(super) async fn backfill(
    config: &Config,
    claims: Vec<(StreamName, IdClaim)>,
) -> Result<Vec<RefusedClaim>, StoreError> {
    let mut client = connect(config).await?;
    let tx = client.transaction().await.map_err(map_err)?;
    tx.query_one(sql::LOCK_HEAD, &[]).await.map_err(map_err)?;
    let ids: Vec<uuid::Uuid> = claims.iter().map(|(_, c)| c.id).collect();
    let rows = tx
        .query(sql::CLAIMS_WITH_STREAM, &[&ids])
        .await
        .map_err(map_err)?;
    let found: std::collections::HashMap<uuid::Uuid, (Claimed, String)> = rows
        .iter()
        .map(|r| {
            let claimed = Claimed {
                kind: r.get(1),
                shared: r.get(2),
            };
            (r.get(0), (claimed, r.get(3)))
        })
        .collect();
    let (insert, refused) = judge_backfill(claims, |id| found.get(id).cloned());
    let ids: Vec<uuid::Uuid> = insert.iter().map(|(_, c)| c.id).collect();
    let kinds: Vec<&str> = insert.iter().map(|(_, c)| c.kind.as_str()).collect();
    let shared: Vec<bool> = insert.iter().map(|(_, c)| c.shared).collect();
    let streams: Vec<&str> = insert.iter().map(|(s, _)| s.as_str()).collect();
    tx.execute(sql::INSERT_CLAIMS, &[&ids, &kinds, &shared, &streams])
        .await
        .map_err(map_err)?;
    tx.commit().await.map_err(map_err)?;
    Ok(refused)
}

/// Sets the `id_index` fact to `complete`.
pub(super) async fn mark_complete(config: &Config) -> Result<(), StoreError> {
    let client = connect(config).await?;
    client
        .execute(sql::ID_INDEX_COMPLETE, &[])
        .await
        .map(|_| ())
        .map_err(map_err)
}
