//! SQLite adapter: what it does with files that are not (or no longer) a healthy event store,
//! with a full disk, and with the ways of naming its location.
#![allow(clippy::unwrap_used)]

mod common;

use common::{event, read_everything, stream};
use samraad_store::sqlite::FILE_NAME;
use samraad_store::{EventStore, ExpectedVersion, SqliteOptions, SqliteStore, StoreError};

fn assert_not_ours(result: Result<SqliteStore, StoreError>) {
    match result {
        Err(StoreError::NotAnEventStore { .. }) => {}
        Err(e) => panic!("expected NotAnEventStore, got {e:?}"),
        Ok(_) => panic!("expected NotAnEventStore, the file was opened"),
    }
}

#[test]
fn refuses_a_file_that_is_not_sqlite() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("notes.db");
    std::fs::write(
        &path,
        "these are my meeting notes, not a database\n".repeat(100),
    )
    .unwrap();
    let before = std::fs::read(&path).unwrap();
    assert_not_ours(SqliteStore::open(&path));
    assert_eq!(
        std::fs::read(&path).unwrap(),
        before,
        "a foreign file is left untouched"
    );
    // A short file too.
    std::fs::write(&path, "SQLite").unwrap();
    assert_not_ours(SqliteStore::open(&path));
}

#[test]
fn refuses_another_applications_database() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("other.sqlite");
    {
        let conn = rusqlite::Connection::open(&path).unwrap();
        conn.execute_batch("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO customers (name) VALUES ('x');")
            .unwrap();
    }
    let before = std::fs::read(&path).unwrap();
    assert_not_ours(SqliteStore::open(&path));
    assert_eq!(std::fs::read(&path).unwrap(), before);
    // Same with a foreign application id and no tables.
    let path2 = dir.path().join("other2.sqlite");
    {
        let conn = rusqlite::Connection::open(&path2).unwrap();
        conn.execute_batch("PRAGMA application_id = 42; PRAGMA user_version = 1;")
            .unwrap();
    }
    assert_not_ours(SqliteStore::open(&path2));
}

/// A data directory whose store holds one event, closed.
async fn closed_store_with_one_event() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let store = SqliteStore::open(dir.path()).unwrap();
    assert!(!store.id_index_incomplete().await.unwrap(), "a new store");
    store
        .append(stream("s"), ExpectedVersion::NoStream, vec![event(1)])
        .await
        .unwrap();
    store.close().await;
    dir
}

#[tokio::test]
async fn refuses_a_newer_schema_and_a_damaged_one() {
    let dir = closed_store_with_one_event().await;
    let path = dir.path().join(FILE_NAME);
    {
        let conn = rusqlite::Connection::open(&path).unwrap();
        conn.execute_batch("PRAGMA user_version = 99;").unwrap();
    }
    assert_not_ours(SqliteStore::open(dir.path()));
    {
        let conn = rusqlite::Connection::open(&path).unwrap();
        conn.execute_batch(
            "PRAGMA user_version = 1; ALTER TABLE events RENAME COLUMN data TO payload;",
        )
        .unwrap();
    }
    assert_not_ours(SqliteStore::open(dir.path()));
}

/// A store of schema 2 (ids indexed, no facts table) that holds events is upgraded with its
/// id index marked incomplete, to be backfilled; a new store's index is complete.
#[tokio::test]
async fn an_older_store_with_events_needs_its_id_index_backfilled() {
    let dir = closed_store_with_one_event().await;
    {
        let conn = rusqlite::Connection::open(dir.path().join(FILE_NAME)).unwrap();
        conn.execute_batch(
            "ALTER TABLE events DROP COLUMN recorded_at; DROP TABLE meta; \
             PRAGMA user_version = 2;",
        )
        .unwrap();
    }
    let store = SqliteStore::open(dir.path()).unwrap();
    // Its events gain `recorded_at`, unset: they were written when they occurred.
    let old = store
        .read_all(samraad_store::Position::START, 10)
        .await
        .unwrap();
    assert_eq!(old.len(), 1);
    assert_eq!(old[0].metadata.recorded_at, None);
    assert!(store.id_index_incomplete().await.unwrap());
    store.mark_id_index_complete().await.unwrap();
    assert!(!store.id_index_incomplete().await.unwrap());
    store.close().await;
}

#[tokio::test]
async fn refuses_a_corrupt_file_without_panicking() {
    let dir = tempfile::tempdir().unwrap();
    let store = SqliteStore::open(dir.path()).unwrap();
    for i in 0..200 {
        store
            .append(stream("s"), ExpectedVersion::Any, vec![event(i)])
            .await
            .unwrap();
    }
    store.close().await;
    drop(store);
    let path = dir.path().join(FILE_NAME);
    let mut bytes = std::fs::read(&path).unwrap();
    assert!(bytes.len() > 8192);
    // Keep the header, overwrite the schema page and everything after it with garbage.
    for (i, b) in bytes.iter_mut().enumerate().skip(100) {
        *b = (i * 7 + 13) as u8;
    }
    std::fs::write(&path, &bytes).unwrap();
    match SqliteStore::open(dir.path()) {
        Err(StoreError::NotAnEventStore { .. }) => {}
        Err(e) => panic!("expected NotAnEventStore, got {e:?}"),
        Ok(store) => {
            // If SQLite could not tell at open time, reads must fail cleanly.
            let err = store.read_all(samraad_store::Position::START, 10).await;
            assert!(err.is_err(), "corrupt data read back as valid");
        }
    }
    // Garbage after a valid header: truncated mid-page.
    std::fs::write(&path, &bytes[..1000]).unwrap();
    let r = SqliteStore::open(dir.path());
    assert!(r.is_err());
}

#[tokio::test]
async fn storage_full_is_a_typed_error_and_loses_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let store = SqliteStore::open_with(
        dir.path(),
        SqliteOptions {
            max_pages: Some(64),
        },
    )
    .unwrap();
    let mut acked = 0u64;
    let mut full = None;
    for i in 0..10_000u64 {
        match store
            .append(
                stream("filling"),
                ExpectedVersion::Exact(acked),
                vec![event(i)],
            )
            .await
        {
            Ok(r) => acked = r.next_version,
            Err(e) => {
                full = Some(e);
                break;
            }
        }
    }
    let err = full.expect("the quota was never reached");
    assert_eq!(err, StoreError::StorageFull);
    assert_eq!(err.code(), "STORAGE_FULL");
    // Everything acknowledged is still there and readable; later appends fail the same way.
    let events = read_everything(&store).await;
    assert_eq!(events.len() as u64, acked);
    let again = store
        .append(
            stream("filling"),
            ExpectedVersion::Exact(acked),
            vec![event(0)],
        )
        .await
        .unwrap_err();
    assert_eq!(again, StoreError::StorageFull);
    store.close().await;
    drop(store);
    // Reopened without the quota, the store goes on where it was.
    let store = SqliteStore::open(dir.path()).unwrap();
    let r = store
        .append(
            stream("filling"),
            ExpectedVersion::Exact(acked),
            vec![event(0)],
        )
        .await
        .unwrap();
    assert_eq!(r.next_version, acked + 1);
    store.close().await;
}

#[tokio::test]
async fn opens_a_directory_or_a_file() {
    let dir = tempfile::tempdir().unwrap();
    // A new directory path is created.
    let data = dir.path().join("data").join("region");
    let store = SqliteStore::open(&data).unwrap();
    assert_eq!(store.path(), data.join(FILE_NAME));
    store.close().await;
    // An explicit file path.
    let file = dir.path().join("nested").join("events.db");
    let store = SqliteStore::open(&file).unwrap();
    assert_eq!(store.path(), file);
    store
        .append(stream("s"), ExpectedVersion::NoStream, vec![event(1)])
        .await
        .unwrap();
    store.close().await;
    assert!(file.exists());
}
