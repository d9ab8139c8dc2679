//! The id index of events stored before the store kept one: the `id_index` fact in `meta`
//! and the backfill of `entity_ids`, on a connection of its own. `BEGIN IMMEDIATE` takes the
//! database's write lock, so a backfill and the writer's appends never interleave.

use std::collections::HashMap;
use std::path::Path;

use rusqlite::{Connection, OptionalExtension};

use super::schema::{map_err, open_checkpointer, open_reader};
use crate::error::StoreError;
use crate::port::{IdClaim, RefusedClaim, StreamName};
use crate::prepare::{Claimed, judge_backfill};

/// True while the `id_index` fact says `pending`.
pub(super) fn incomplete(path: &Path) -> Result<bool, StoreError> {
    let conn = open_reader(path)?;
    let value: Option<String> = conn
        .query_row("SELECT value FROM meta WHERE key = 'id_index'", [], |r| {
            r.get(0)
        })
        .optional()
        .map_err(map_err)?;
    Ok(value.as_deref() == Some("pending"))
}

/// Records `claims` not yet in the index; returns those another stream holds.
pub(super) fn backfill(
    path: &Path,
    claims: Vec<(StreamName, IdClaim)>,
) -> Result<Vec<RefusedClaim>, StoreError> {
    let conn = open_checkpointer(path)?;
    in_write_transaction(&conn, |conn| {
        let mut find = conn
            .prepare_cached("SELECT kind, shared, stream FROM entity_ids WHERE id = ?1")
            .map_err(map_err)?;
        let mut found = HashMap::with_capacity(claims.len());
        for (_, claim) in &claims {
            let row = find
                .query_row([claim.id.as_bytes().as_slice()], |r| {
                    Ok((
                        Claimed {
                            kind: r.get(0)?,
                            shared: r.get::<_, i64>(1)? != 0,
                        },
                        r.get::<_, String>(2)?,
                    ))
                })
                .optional()
                .map_err(map_err)?;
            if let Some(row) = row {
                found.insert(claim.id, row);
            }
        }
        let (insert, refused) = judge_backfill(claims, |id| found.get(id).cloned());
        let mut add = conn
            .prepare_cached(
                "INSERT INTO entity_ids (id, kind, shared, stream) VALUES (?1, ?2, ?3, ?4) \
                 ON CONFLICT (id) DO NOTHING",
            )
            .map_err(map_err)?;
        for (stream, claim) in &insert {
            add.execute(rusqlite::params![
                claim.id.as_bytes().as_slice(),
                claim.kind,
                i64::from(claim.shared),
                stream.as_str()
            ])
            .map_err(map_err)?;
        }
        Ok(refused)
    })
}

/// Sets the `id_index` fact to `complete`.
pub(super) fn mark_complete(path: &Path) -> Result<(), StoreError> {
    let conn = open_checkpointer(path)?;
    in_write_transaction(&conn, |conn| {
        conn.execute(
            "INSERT INTO meta (key, value) VALUES ('id_index', 'complete') \
             ON CONFLICT (key) DO UPDATE SET value = 'complete'",
            [],
        )
        .map(|_| ())
        .map_err(map_err)
    })
}

fn in_write_transaction<T>(
    conn: &Connection,
    work: impl FnOnce(&Connection) -> Result<T, StoreError>,
) -> Result<T, StoreError> {
    conn.execute_batch("BEGIN IMMEDIATE").map_err(map_err)?;
    match work(conn) {
        Ok(value) => {
            conn.execute_batch("COMMIT").map_err(map_err)?;
            Ok(value)
        }
        Err(e) => {
            let _ = conn.execute_batch("ROLLBACK");
            Err(e)
        }
    }
}
