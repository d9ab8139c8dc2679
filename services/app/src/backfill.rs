//! The store's id index for events stored before the store kept one: on start, when the store
//! says its index is incomplete, every stored event is decoded once and the id it created is
//! claimed (`EventStore::backfill_claims`), so that old ids are guarded like new ones.

use samraad_log::{EventStore, Position, RefusedClaim, StreamName};

use crate::codec::{self, DecodeError};

/// Events read per page (and claims recorded per backfill call).
const PAGE: usize = 2_000;

/// What a backfill did.
#[derive(Debug, Default)]
pub struct Backfill {
    /// Events read.
    pub events: u64,
    /// Ids claimed (already indexed ones included).
    pub claims: u64,
    /// Ids two streams created before the index existed: the first keeps it, the later ones
    /// are listed here (their entities stay as they are; new creates with the id are refused).
    pub refused: Vec<RefusedClaim>,
}

/// Why a backfill stopped.
#[derive(Debug, thiserror::Error)]
pub enum BackfillError {
    /// The store failed.
    #[error(transparent)]
    Store(#[from] samraad_log::StoreError),
    /// A stored event could not be decoded (the read model could not load it either).
    #[error(transparent)]
    Decode(#[from] DecodeError),
}

/// Backfills the id index if the store says it is incomplete; `None` when it was complete.
/// Safe to run again after a failure: recorded claims are left as they are.
pub async fn backfill_id_index(store: &dyn EventStore) -> Result<Option<Backfill>, BackfillError> {
    if !store.id_index_incomplete().await? {
        return Ok(None);
    }
    let mut report = Backfill::default();
    let mut after = Position::START;
    loop {
        let page = store.read_all(after, PAGE).await?;
        let Some(last) = page.last() else { break };
        after = last.position;
        report.events += page.len() as u64;
        let mut claims: Vec<(StreamName, samraad_log::IdClaim)> = Vec::new();
        for recorded in &page {
            if let Some(created) = codec::decode_any(recorded)?.created() {
                claims.push((recorded.stream.clone(), codec::claim(created)));
            }
        }
        report.claims += claims.len() as u64;
        if !claims.is_empty() {
            report.refused.extend(store.backfill_claims(claims).await?);
        }
    }
    store.mark_id_index_complete().await?;
    Ok(Some(report))
}
