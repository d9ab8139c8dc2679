//! The contract every `EventStore` adapter passes, run against SQLite and PostgreSQL.
//!
//! PostgreSQL runs on a throwaway server started from the installed binaries (one per test
//! binary, a fresh database per test), or on `SAMRAAD_TEST_DATABASE_URL` when set.
#![allow(clippy::unwrap_used)]

mod common;

use std::collections::HashSet;
use std::sync::Arc;

use common::{Harness, event, read_everything, stream, take};
use samraad_store::{
    AppendResult, EventStore, ExpectedVersion, Position, StoreError, StreamName,
    port::MAX_EVENT_DATA_LEN,
};

async fn optimistic_concurrency(h: impl Harness) {
    let store = h.open().await;
    let s = stream("order-1");
    let r = store
        .append(s.clone(), ExpectedVersion::NoStream, vec![event(1)])
        .await
        .unwrap();
    assert_eq!(r.next_version, 1);
    assert_eq!(r.first_position, r.last_position);

    let err = store
        .append(s.clone(), ExpectedVersion::NoStream, vec![event(2)])
        .await
        .unwrap_err();
    assert_eq!(
        err,
        StoreError::WrongExpectedVersion {
            stream: "order-1".into(),
            expected: ExpectedVersion::NoStream,
            actual: 1
        }
    );
    assert_eq!(err.code(), "WRONG_EXPECTED_VERSION");

    let r2 = store
        .append(s.clone(), ExpectedVersion::Exact(1), vec![event(2)])
        .await
        .unwrap();
    assert_eq!(r2.next_version, 2);
    assert!(r2.first_position > r.last_position);

    for stale in [0, 1, 3, 99] {
        let err = store
            .append(s.clone(), ExpectedVersion::Exact(stale), vec![event(3)])
            .await
            .unwrap_err();
        assert!(
            matches!(err, StoreError::WrongExpectedVersion { actual: 2, .. }),
            "{err:?}"
        );
    }
    let r3 = store
        .append(s.clone(), ExpectedVersion::Any, vec![event(3), event(4)])
        .await
        .unwrap();
    assert_eq!(r3.next_version, 4);

    // Exact(0) on a new stream means "does not exist yet", like NoStream.
    let r4 = store
        .append(stream("order-2"), ExpectedVersion::Exact(0), vec![event(1)])
        .await
        .unwrap();
    assert_eq!(r4.next_version, 1);
    let r5 = store
        .append(stream("order-3"), ExpectedVersion::Any, vec![event(1)])
        .await
        .unwrap();
    assert_eq!(r5.next_version, 1);

    let events = store.read_stream(s, 0, 100).await.unwrap();
    assert_eq!(
        events.iter().map(|e| e.version).collect::<Vec<_>>(),
        vec![1, 2, 3, 4]
    );

    // Concurrent writers with the same expectation: exactly one wins.
    let contested = stream("contested");
    let mut tasks = Vec::new();
    for i in 0..16 {
        let store = Arc::clone(&store);
        let contested = contested.clone();
        tasks.push(tokio::spawn(async move {
            store
                .append(contested, ExpectedVersion::NoStream, vec![event(i)])
                .await
        }));
    }
    let mut wins = 0;
    for t in tasks {
        match t.await.unwrap() {
            Ok(r) => {
                wins += 1;
                assert_eq!(r.next_version, 1);
            }
            Err(StoreError::WrongExpectedVersion { actual: 1, .. }) => {}
            Err(e) => panic!("unexpected {e:?}"),
        }
    }
    assert_eq!(wins, 1);
    store.close().await;
}

async fn idempotent_retry(h: impl Harness) {
    let store = h.open().await;
    let s = stream("meeting-1");
    let batch = vec![event(1), event(2)];
    let original = store
        .append(s.clone(), ExpectedVersion::NoStream, batch.clone())
        .await
        .unwrap();
    // A retry returns the original result and appends nothing, whatever it expects.
    for expected in [
        ExpectedVersion::NoStream,
        ExpectedVersion::Exact(0),
        ExpectedVersion::Exact(2),
        ExpectedVersion::Any,
    ] {
        let again = store
            .append(s.clone(), expected, batch.clone())
            .await
            .unwrap();
        assert_eq!(again, original);
    }
    // A mix of stored and new ids is refused, in either order.
    for mixed in [
        vec![batch[0].clone(), event(3)],
        vec![event(3), batch[1].clone()],
    ] {
        let err = store
            .append(s.clone(), ExpectedVersion::Any, mixed)
            .await
            .unwrap_err();
        assert!(matches!(err, StoreError::InvalidAppend { .. }), "{err:?}");
    }
    let stored = store.read_stream(s.clone(), 0, 100).await.unwrap();
    assert_eq!(stored.len(), 2);
    assert_eq!(store.head().await.unwrap(), original.last_position);

    // Racing retries: many copies of the same append at once, on many streams at once.
    let mut tasks = Vec::new();
    let mut expected_streams = Vec::new();
    for k in 0..8 {
        let name = stream(&format!("race-{k}"));
        let batch = vec![event(1), event(2), event(3)];
        expected_streams.push((name.clone(), batch.clone()));
        for _ in 0..8 {
            let store = Arc::clone(&store);
            let name = name.clone();
            let batch = batch.clone();
            tasks.push(tokio::spawn(async move {
                (
                    k,
                    store
                        .append(name, ExpectedVersion::NoStream, batch)
                        .await
                        .unwrap(),
                )
            }));
        }
    }
    let mut results: Vec<Option<AppendResult>> = vec![None; 8];
    for t in tasks {
        let (k, r) = t.await.unwrap();
        match results[k] {
            None => results[k] = Some(r),
            Some(first) => assert_eq!(first, r, "racing retries must get the same result"),
        }
    }
    for (name, batch) in expected_streams {
        let stored = store.read_stream(name, 0, 100).await.unwrap();
        let ids: Vec<_> = stored.iter().map(|e| e.event_id).collect();
        let sent: Vec<_> = batch.iter().map(|e| e.event_id).collect();
        assert_eq!(ids, sent, "each racing append is stored exactly once");
    }
    store.close().await;
}

async fn atomic_multi_event_appends(h: impl Harness) {
    let store = h.open().await;
    let s = stream("pool-1");
    let r = store
        .append(
            s.clone(),
            ExpectedVersion::NoStream,
            (0..5).map(event).collect(),
        )
        .await
        .unwrap();
    assert_eq!(r.next_version, 5);
    assert_eq!(r.last_position.0 - r.first_position.0, 4);

    // A failing multi-event append stores none of its events.
    let err = store
        .append(
            s.clone(),
            ExpectedVersion::Exact(3),
            (0..5).map(event).collect(),
        )
        .await
        .unwrap_err();
    assert!(matches!(
        err,
        StoreError::WrongExpectedVersion { actual: 5, .. }
    ));
    let too_big = serde_json::Value::String("x".repeat(MAX_EVENT_DATA_LEN + 1));
    let mut batch: Vec<_> = (0..3).map(event).collect();
    batch[2].data = too_big;
    let err = store
        .append(s.clone(), ExpectedVersion::Exact(5), batch)
        .await
        .unwrap_err();
    assert!(matches!(err, StoreError::EventTooLarge { .. }), "{err:?}");
    assert_eq!(store.read_stream(s.clone(), 0, 100).await.unwrap().len(), 5);

    // Concurrent multi-event appends never interleave: each is contiguous in its stream
    // and in the global order.
    let shared = stream("shared");
    let mut tasks = Vec::new();
    for w in 0..16u64 {
        let store = Arc::clone(&store);
        let shared = shared.clone();
        tasks.push(tokio::spawn(async move {
            let mut out = Vec::new();
            for i in 0..5u64 {
                let batch: Vec<_> = (0..4).map(|j| event(w * 100 + i * 10 + j)).collect();
                let ids: Vec<_> = batch.iter().map(|e| e.event_id).collect();
                let r = store
                    .append(shared.clone(), ExpectedVersion::Any, batch)
                    .await
                    .unwrap();
                out.push((ids, r));
            }
            out
        }));
    }
    let all = read_everything(store.as_ref()).await;
    let _ = all;
    let mut appended = Vec::new();
    for t in tasks {
        appended.extend(t.await.unwrap());
    }
    let all = read_everything(store.as_ref()).await;
    for (ids, r) in appended {
        assert_eq!(r.last_position.0 - r.first_position.0, 3);
        let slice: Vec<_> = all
            .iter()
            .filter(|e| e.position >= r.first_position && e.position <= r.last_position)
            .collect();
        assert_eq!(slice.iter().map(|e| e.event_id).collect::<Vec<_>>(), ids);
        let versions: Vec<_> = slice.iter().map(|e| e.version).collect();
        assert_eq!(
            versions,
            (r.next_version - 3..=r.next_version).collect::<Vec<_>>()
        );
    }
    let shared_events = store.read_stream(shared, 0, 1000).await.unwrap();
    assert_eq!(shared_events.len(), 16 * 5 * 4);
    store.close().await;
}

/// A time as the stores keep it: to the microsecond.
fn micros(t: chrono::DateTime<chrono::Utc>) -> chrono::DateTime<chrono::Utc> {
    chrono::DateTime::from_timestamp_micros(t.timestamp_micros()).unwrap()
}

async fn read_order(h: impl Harness) {
    let store = h.open().await;
    let (a, b) = (stream("a-stream"), stream("b-stream"));
    let mut sent = Vec::new();
    for i in 0..30u64 {
        let s = if i % 3 == 0 { &b } else { &a };
        let mut e = event(i);
        // Imported history: it occurred long before it was written.
        if i % 2 == 0 {
            e.metadata.recorded_at = Some(e.metadata.occurred_at);
            e.metadata.occurred_at -= chrono::Duration::days(400 + i as i64);
        }
        store
            .append(s.clone(), ExpectedVersion::Any, vec![e.clone()])
            .await
            .unwrap();
        sent.push((s.clone(), e));
    }
    let all = read_everything(store.as_ref()).await;
    assert_eq!(all.len(), 30);
    for (i, (recorded, (s, e))) in all.iter().zip(&sent).enumerate() {
        assert_eq!(
            recorded.position,
            Position(i as u64 + 1),
            "positions are 1-based, gap-free"
        );
        assert_eq!(&recorded.stream, s);
        // The whole envelope round-trips (time at microsecond precision).
        assert_eq!(recorded.event_id, e.event_id);
        assert_eq!(recorded.event_type, e.event_type);
        assert_eq!(recorded.schema_version, e.schema_version);
        assert_eq!(recorded.data, e.data);
        let mut m = e.metadata.clone();
        m.occurred_at = micros(m.occurred_at);
        m.recorded_at = m.recorded_at.map(micros);
        assert_eq!(recorded.metadata, m);
    }
    // Paging.
    let page = store.read_all(Position(10), 5).await.unwrap();
    assert_eq!(
        page.iter().map(|e| e.position.0).collect::<Vec<_>>(),
        vec![11, 12, 13, 14, 15]
    );
    assert!(store.read_all(Position(30), 5).await.unwrap().is_empty());
    assert!(store.read_all(Position::START, 0).await.unwrap().is_empty());
    let a_events = store.read_stream(a.clone(), 0, 1000).await.unwrap();
    assert_eq!(
        a_events.iter().map(|e| e.version).collect::<Vec<_>>(),
        (1..=20).collect::<Vec<_>>()
    );
    assert!(a_events.windows(2).all(|w| w[0].position < w[1].position));
    let paged = store.read_stream(a, 5, 3).await.unwrap();
    assert_eq!(
        paged.iter().map(|e| e.version).collect::<Vec<_>>(),
        vec![6, 7, 8]
    );
    assert!(
        store
            .read_stream(stream("nope"), 0, 10)
            .await
            .unwrap()
            .is_empty()
    );
    assert_eq!(store.head().await.unwrap(), Position(30));
    store.close().await;
}

async fn subscribe_catch_up_then_live(h: impl Harness) {
    let store = h.open().await;
    for i in 0..200u64 {
        store
            .append(
                stream(&format!("pre-{}", i % 7)),
                ExpectedVersion::Any,
                vec![event(i)],
            )
            .await
            .unwrap();
    }
    const WRITERS: u64 = 16;
    const PER_WRITER: u64 = 60;
    let mut writers = Vec::new();
    for w in 0..WRITERS {
        let store = Arc::clone(&store);
        writers.push(tokio::spawn(async move {
            let s = stream(&format!("writer-{w}"));
            for i in 0..PER_WRITER {
                store
                    .append(s.clone(), ExpectedVersion::Exact(i), vec![event(i)])
                    .await
                    .unwrap();
                if i % 16 == 0 {
                    tokio::task::yield_now().await;
                }
            }
        }));
    }
    // Subscribe while the writers run: from the start and from the middle of the history.
    let total = (200 + WRITERS * PER_WRITER) as usize;
    let mut from_start = store.subscribe_all(Position::START);
    let mut from_middle = store.subscribe_all(Position(100));
    let got = take(&mut from_start, total).await.unwrap();
    let got_middle = take(&mut from_middle, total - 100).await.unwrap();
    for w in writers {
        w.await.unwrap();
    }
    let all = read_everything(store.as_ref()).await;
    assert_eq!(all.len(), total);
    assert_eq!(
        got, all,
        "the feed is the log, in order, no gap, no duplicate"
    );
    assert_eq!(got_middle, all[100..].to_vec());
    let positions: Vec<u64> = got.iter().map(|e| e.position.0).collect();
    assert_eq!(positions, (1..=total as u64).collect::<Vec<_>>());

    // Live: one more append is delivered, nothing else arrives in between.
    let r = store
        .append(stream("late"), ExpectedVersion::NoStream, vec![event(0)])
        .await
        .unwrap();
    let next = take(&mut from_start, 1).await.unwrap();
    assert_eq!(next[0].position, r.first_position);
    assert_eq!(next[0].position.0, total as u64 + 1);
    store.close().await;
}

async fn late_commit_is_not_skipped(h: impl Harness) {
    let store = h.open().await;
    for i in 0..5u64 {
        store
            .append(stream("before"), ExpectedVersion::Any, vec![event(i)])
            .await
            .unwrap();
    }
    let mut feed = store.subscribe_all(Position::START);
    let first = take(&mut feed, 5).await.unwrap();
    assert_eq!(first.last().unwrap().position, Position(5));

    // Hold a transaction open that has already written its event …
    let late = event(999);
    let late_id = late.event_id;
    let held = h.hold_append("late-writer", late).await;
    // … while others append and try to commit.
    let mut writers = Vec::new();
    for w in 0..10u64 {
        let store = Arc::clone(&store);
        writers.push(tokio::spawn(async move {
            store
                .append(
                    stream(&format!("eager-{w}")),
                    ExpectedVersion::NoStream,
                    vec![event(w)],
                )
                .await
                .unwrap()
        }));
    }
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    held.commit().await;
    for w in writers {
        w.await.unwrap();
    }
    let rest = take(&mut feed, 11).await.unwrap();
    let all = read_everything(store.as_ref()).await;
    assert_eq!(all.len(), 16);
    assert_eq!(
        rest,
        all[5..].to_vec(),
        "the feed delivers everything in the final order"
    );
    assert!(
        rest.iter().any(|e| e.event_id == late_id),
        "the late commit is delivered"
    );
    let positions: Vec<u64> = rest.iter().map(|e| e.position.0).collect();
    assert_eq!(positions, (6..=16).collect::<Vec<_>>());
    store.close().await;
}

async fn reopen_after_close(h: impl Harness) {
    let store = h.open().await;
    let s = stream("durable");
    let r = store
        .append(
            s.clone(),
            ExpectedVersion::NoStream,
            vec![event(1), event(2)],
        )
        .await
        .unwrap();
    let mut feed = store.subscribe_all(Position::START);
    take(&mut feed, 2).await.unwrap();
    store.close().await;
    store.close().await; // idempotent
    let err = store
        .append(s.clone(), ExpectedVersion::Exact(2), vec![event(3)])
        .await
        .unwrap_err();
    assert_eq!(err, StoreError::Closed);
    // A live subscription ends when its store closes.
    match futures::StreamExt::next(&mut feed).await {
        None | Some(Err(_)) => {}
        Some(Ok(e)) => panic!("unexpected event after close: {e:?}"),
    }
    drop(store);

    let store = h.open().await;
    assert_eq!(store.head().await.unwrap(), r.last_position);
    let events = store.read_stream(s.clone(), 0, 10).await.unwrap();
    assert_eq!(events.len(), 2);
    let r2 = store
        .append(s.clone(), ExpectedVersion::Exact(2), vec![event(3)])
        .await
        .unwrap();
    assert_eq!(r2.next_version, 3);
    assert_eq!(r2.first_position.0, r.last_position.0 + 1);
    store.close().await;
    let store = h.open().await;
    assert_eq!(store.read_stream(s, 0, 10).await.unwrap().len(), 3);
    store.close().await;
}

async fn bad_input(h: impl Harness) {
    let store = h.open().await;
    for name in [
        "",
        "has space",
        "$all",
        "ünïcode",
        "slash/y",
        &"x".repeat(201),
    ] {
        let err = StreamName::parse(name).unwrap_err();
        assert_eq!(err.code(), "INVALID_STREAM_NAME", "{name:?}");
    }
    assert!(StreamName::parse("x".repeat(200)).is_ok());
    let s = stream("bad-input");
    let err = store
        .append(s.clone(), ExpectedVersion::Any, vec![])
        .await
        .unwrap_err();
    assert!(matches!(err, StoreError::InvalidAppend { .. }));
    let mut big = event(1);
    big.data = serde_json::Value::String("x".repeat(MAX_EVENT_DATA_LEN));
    let err = store
        .append(s.clone(), ExpectedVersion::Any, vec![big])
        .await
        .unwrap_err();
    assert!(
        matches!(
            err,
            StoreError::EventTooLarge {
                limit: MAX_EVENT_DATA_LEN,
                ..
            }
        ),
        "{err:?}"
    );
    let e = event(1);
    let err = store
        .append(s.clone(), ExpectedVersion::Any, vec![e.clone(), e])
        .await
        .unwrap_err();
    assert!(matches!(err, StoreError::InvalidAppend { .. }));
    let mut no_type = event(1);
    no_type.event_type.clear();
    assert!(
        store
            .append(s.clone(), ExpectedVersion::Any, vec![no_type])
            .await
            .is_err()
    );
    // An event right at the limit is fine.
    let mut at_limit = event(1);
    at_limit.data = serde_json::Value::String("x".repeat(MAX_EVENT_DATA_LEN - 2));
    store
        .append(s.clone(), ExpectedVersion::NoStream, vec![at_limit])
        .await
        .unwrap();
    assert_eq!(store.read_stream(s, 0, 10).await.unwrap().len(), 1);
    store.close().await;
}

fn claiming(n: u64, id: uuid::Uuid, kind: &str, shared: bool) -> samraad_store::NewEvent {
    let mut e = event(n);
    e.claims.push(samraad_store::IdClaim {
        id,
        kind: kind.into(),
        shared,
    });
    e
}

async fn entity_ids_name_one_thing(h: impl Harness) {
    let store = h.open().await;
    let id = uuid::Uuid::now_v7();
    store
        .append(
            stream("forum-a"),
            ExpectedVersion::Any,
            vec![claiming(1, id, "forum", false)],
        )
        .await
        .unwrap();
    // The same id from another stream, of any kind: refused, and nothing of it is stored.
    for kind in ["forum", "fund_pool"] {
        let err = store
            .append(
                stream("other"),
                ExpectedVersion::Any,
                vec![event(2), claiming(3, id, kind, false)],
            )
            .await
            .unwrap_err();
        assert_eq!(err, StoreError::IdInUse { id });
        assert_eq!(err.code(), "ID_IN_USE");
    }
    assert!(
        store
            .read_stream(stream("other"), 0, 10)
            .await
            .unwrap()
            .is_empty()
    );
    // A shared claim of the same kind may be repeated (one organisation, two partnerships),
    // never one of another kind.
    let org = uuid::Uuid::now_v7();
    for s in ["p-1", "p-2"] {
        store
            .append(
                stream(s),
                ExpectedVersion::Any,
                vec![claiming(4, org, "organization", true)],
            )
            .await
            .unwrap();
    }
    let err = store
        .append(
            stream("p-3"),
            ExpectedVersion::Any,
            vec![claiming(5, org, "forum", false)],
        )
        .await
        .unwrap_err();
    assert_eq!(err, StoreError::IdInUse { id: org });
    // Two racing appends claiming one id: exactly one wins.
    let raced = uuid::Uuid::now_v7();
    let store = Arc::new(store);
    let tasks: Vec<_> = (0..8)
        .map(|i| {
            let store = store.clone();
            tokio::spawn(async move {
                store
                    .append(
                        stream(&format!("race-{i}")),
                        ExpectedVersion::NoStream,
                        vec![claiming(i, raced, "meeting", false)],
                    )
                    .await
            })
        })
        .collect();
    let mut won = 0;
    for task in tasks {
        match task.await.unwrap() {
            Ok(_) => won += 1,
            Err(err) => assert_eq!(err, StoreError::IdInUse { id: raced }),
        }
    }
    assert_eq!(won, 1);
    store.close().await;
}

/// Ids of events stored before the store kept its id index: a backfill records those the
/// index lacks, refuses (and reports) an id two streams created, and guards them from then on.
async fn backfilled_claims_guard_old_ids(h: impl Harness) {
    let store = h.open().await;
    assert!(!store.id_index_incomplete().await.unwrap(), "a new store");
    let (old, twice, indexed) = (
        uuid::Uuid::now_v7(),
        uuid::Uuid::now_v7(),
        uuid::Uuid::now_v7(),
    );
    let claim = |id, kind: &str| samraad_store::IdClaim {
        id,
        kind: kind.into(),
        shared: false,
    };
    // As an old version stored them: no claims with the events.
    for s in ["forum-old", "forum-twice-1", "forum-twice-2"] {
        store
            .append(stream(s), ExpectedVersion::NoStream, vec![event(1)])
            .await
            .unwrap();
    }
    store
        .append(
            stream("forum-indexed"),
            ExpectedVersion::NoStream,
            vec![claiming(2, indexed, "forum", false)],
        )
        .await
        .unwrap();
    let refused = store
        .backfill_claims(vec![
            (stream("forum-old"), claim(old, "forum")),
            (stream("forum-twice-1"), claim(twice, "forum")),
            (stream("forum-twice-2"), claim(twice, "forum")),
            (stream("forum-indexed"), claim(indexed, "forum")),
        ])
        .await
        .unwrap();
    assert_eq!(refused.len(), 1, "{refused:?}");
    assert_eq!(refused[0].stream, stream("forum-twice-2"));
    assert_eq!(refused[0].claim.id, twice);
    assert_eq!(refused[0].held_by, "forum-twice-1");
    // Once more: nothing new, nothing refused that was recorded.
    let again = store
        .backfill_claims(vec![(stream("forum-old"), claim(old, "forum"))])
        .await
        .unwrap();
    assert!(again.is_empty());
    for id in [old, twice, indexed] {
        let err = store
            .append(
                stream("forum-new"),
                ExpectedVersion::Any,
                vec![claiming(3, id, "forum", false)],
            )
            .await
            .unwrap_err();
        assert_eq!(err, StoreError::IdInUse { id });
    }
    store.mark_id_index_complete().await.unwrap();
    assert!(!store.id_index_incomplete().await.unwrap());
    store.close().await;
}

macro_rules! contract {
    ($adapter:ident, $harness:expr) => {
        mod $adapter {
            use super::*;

            #[tokio::test(flavor = "multi_thread", worker_threads = 4)]
            async fn optimistic_concurrency() {
                super::optimistic_concurrency($harness).await
            }
            #[tokio::test(flavor = "multi_thread", worker_threads = 4)]
            async fn idempotent_retry() {
                super::idempotent_retry($harness).await
            }
            #[tokio::test(flavor = "multi_thread", worker_threads = 4)]
            async fn atomic_multi_event_appends() {
                super::atomic_multi_event_appends($harness).await
            }
            #[tokio::test(flavor = "multi_thread", worker_threads = 4)]
            async fn read_order() {
                super::read_order($harness).await
            }
            #[tokio::test(flavor = "multi_thread", worker_threads = 4)]
            async fn subscribe_catch_up_then_live() {
                super::subscribe_catch_up_then_live($harness).await
            }
            #[tokio::test(flavor = "multi_thread", worker_threads = 4)]
            async fn late_commit_is_not_skipped() {
                super::late_commit_is_not_skipped($harness).await
            }
            #[tokio::test(flavor = "multi_thread", worker_threads = 4)]
            async fn reopen_after_close() {
                super::reopen_after_close($harness).await
            }
            #[tokio::test(flavor = "multi_thread", worker_threads = 4)]
            async fn bad_input() {
                super::bad_input($harness).await
            }
            #[tokio::test(flavor = "multi_thread", worker_threads = 4)]
            async fn entity_ids_name_one_thing() {
                super::entity_ids_name_one_thing($harness).await
            }
            #[tokio::test(flavor = "multi_thread", worker_threads = 4)]
            async fn backfilled_claims_guard_old_ids() {
                super::backfilled_claims_guard_old_ids($harness).await
            }
        }
    };
}

contract!(sqlite, common::SqliteHarness::new().await);
contract!(postgres, common::PostgresHarness::new().await);

/// PostgreSQL only: replicas on one database see each other's appends live, and their
/// concurrent appends keep one gap-free order.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn postgres_replicas_share_one_feed() {
    let h = common::PostgresHarness::new().await;
    let (a, b) = (h.open().await, h.open().await);
    let mut feed_b = b.subscribe_all(Position::START);
    let r = a
        .append(stream("from-a"), ExpectedVersion::NoStream, vec![event(1)])
        .await
        .unwrap();
    let got = take(&mut feed_b, 1).await.unwrap();
    assert_eq!(got[0].position, r.first_position);

    let mut tasks = Vec::new();
    for (i, store) in [&a, &b, &a, &b].into_iter().enumerate() {
        let store = Arc::clone(store);
        tasks.push(tokio::spawn(async move {
            let mut ok = 0;
            for n in 0..50u64 {
                // Contend on shared streams across replicas.
                let s = stream(&format!("shared-{}", n % 5));
                let v = store.read_stream(s.clone(), 0, 1000).await.unwrap().len() as u64;
                match store
                    .append(s, ExpectedVersion::Exact(v), vec![event(n)])
                    .await
                {
                    Ok(_) => ok += 1,
                    Err(StoreError::WrongExpectedVersion { .. }) => {}
                    Err(e) => panic!("replica {i}: {e:?}"),
                }
            }
            ok
        }));
    }
    let mut appended = 1;
    for t in tasks {
        appended += t.await.unwrap();
    }
    let all = read_everything(a.as_ref()).await;
    assert_eq!(all.len(), appended);
    let got = take(&mut feed_b, appended - 1).await.unwrap();
    assert_eq!(got, all[1..].to_vec());
    let mut feed_a = a.subscribe_all(Position::START);
    assert_eq!(take(&mut feed_a, appended).await.unwrap(), all);
    for s in 0..5 {
        let events = b
            .read_stream(stream(&format!("shared-{s}")), 0, 1000)
            .await
            .unwrap();
        let versions: Vec<u64> = events.iter().map(|e| e.version).collect();
        assert_eq!(versions, (1..=events.len() as u64).collect::<Vec<_>>());
    }
    let ids: HashSet<_> = all.iter().map(|e| e.event_id).collect();
    assert_eq!(ids.len(), all.len());
    a.close().await;
    b.close().await;
}

/// Migrations are idempotent and safe when replicas start at the same time.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn postgres_replicas_start_together() {
    let url = samraad_store::testing::fresh_database_url().await.unwrap();
    let mut tasks = Vec::new();
    for _ in 0..6 {
        let url = url.clone();
        tasks.push(tokio::spawn(async move {
            samraad_store::PostgresStore::connect(&url).await.unwrap()
        }));
    }
    let mut stores = Vec::new();
    for t in tasks {
        stores.push(t.await.unwrap());
    }
    let r = stores[0]
        .append(stream("x"), ExpectedVersion::NoStream, vec![event(1)])
        .await
        .unwrap();
    assert_eq!(r.first_position, Position(1));
    for s in &stores {
        assert_eq!(s.head().await.unwrap(), Position(1));
        s.close().await;
    }
}

/// PostgreSQL only: two replicas claiming one id at once — exactly one append wins.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn postgres_replicas_claim_an_id_once() {
    let h = common::PostgresHarness::new().await;
    let (a, b) = (Arc::new(h.open().await), Arc::new(h.open().await));
    for _ in 0..5 {
        let id = uuid::Uuid::now_v7();
        let tasks: Vec<_> = (0..8u64)
            .map(|i| {
                let store = if i % 2 == 0 { a.clone() } else { b.clone() };
                tokio::spawn(async move {
                    store
                        .append(
                            stream(&format!("replica-{i}-{id}")),
                            ExpectedVersion::NoStream,
                            vec![claiming(i, id, "forum", false)],
                        )
                        .await
                })
            })
            .collect();
        let mut won = 0;
        for task in tasks {
            if task.await.unwrap().is_ok() {
                won += 1;
            }
        }
        assert_eq!(won, 1, "one claim of {id} wins across replicas");
    }
}
