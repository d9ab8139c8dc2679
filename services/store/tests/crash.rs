//! Crash safety: a child process appends under load and is `kill -9`ed at random moments;
//! afterwards every append it had acknowledged is in the store exactly once, stream versions
//! are contiguous, and the store opens.
#![allow(clippy::unwrap_used)]

mod common;

use std::collections::{HashMap, HashSet};
use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::sync::Arc;
use std::time::Duration;

use common::{read_everything, stream};
use rand::Rng;
use samraad_store::{EventStore, PostgresStore, SqliteStore};
use uuid::Uuid;

const KILLS: usize = 20;
const WRITERS: &str = "8";

struct Ack {
    stream: String,
    version: u64,
    count: u64,
    first_id: Uuid,
}

/// Runs the child until it has acknowledged something, lets it go on for a random while,
/// kills it with SIGKILL and returns every complete line it acknowledged.
fn run_and_kill(adapter: &str, target: &str, run: usize) -> Vec<Ack> {
    let mut child = Command::new(env!("CARGO_BIN_EXE_store-crash-child"))
        .args([adapter, target, &run.to_string(), WRITERS])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .unwrap();
    let stdout = child.stdout.take().unwrap();
    let (tx, rx) = std::sync::mpsc::channel::<String>();
    let reader = std::thread::spawn(move || {
        let mut reader = BufReader::new(stdout);
        loop {
            let mut line = String::new();
            match reader.read_line(&mut line) {
                Ok(0) | Err(_) => return,
                // Only complete lines count: a torn last line was never acknowledged.
                Ok(_) if line.ends_with('\n') => {
                    if tx.send(line).is_err() {
                        return;
                    }
                }
                Ok(_) => return,
            }
        }
    });
    let mut lines = Vec::new();
    loop {
        let line = rx
            .recv_timeout(Duration::from_secs(120))
            .expect("child acknowledged nothing (hang guard)");
        let ack = line.starts_with("ACK ");
        lines.push(line);
        if ack {
            break;
        }
    }
    let pause = rand::rng().random_range(0..300);
    std::thread::sleep(Duration::from_millis(pause));
    child.kill().unwrap(); // SIGKILL
    child.wait().unwrap();
    reader.join().unwrap();
    lines.extend(rx.try_iter());
    lines
        .iter()
        .filter_map(|l| {
            let mut parts = l.split_whitespace();
            (parts.next()? == "ACK").then_some(())?;
            Some(Ack {
                stream: parts.next()?.to_owned(),
                version: parts.next()?.parse().ok()?,
                count: parts.next()?.parse().ok()?,
                first_id: parts.next()?.parse().ok()?,
            })
        })
        .collect()
}

async fn verify(store: &dyn EventStore, acks: &[Ack]) -> usize {
    let all = read_everything(store).await;
    let ids: HashSet<Uuid> = all.iter().map(|e| e.event_id).collect();
    assert_eq!(ids.len(), all.len(), "an event is stored twice");
    assert!(all.windows(2).all(|w| w[0].position < w[1].position));
    let mut streams: HashMap<&str, Vec<&samraad_store::RecordedEvent>> = HashMap::new();
    for e in &all {
        streams.entry(e.stream.as_str()).or_default().push(e);
    }
    for (name, events) in &streams {
        let versions: Vec<u64> = events.iter().map(|e| e.version).collect();
        assert_eq!(
            versions,
            (1..=events.len() as u64).collect::<Vec<_>>(),
            "versions of {name} are not contiguous"
        );
    }
    for ack in acks {
        let events = streams
            .get(ack.stream.as_str())
            .unwrap_or_else(|| panic!("acknowledged stream {} is missing", ack.stream));
        assert!(
            events.len() as u64 >= ack.version,
            "acknowledged {}@{} lost",
            ack.stream,
            ack.version
        );
        let first = events[(ack.version - ack.count) as usize];
        assert_eq!(
            first.event_id, ack.first_id,
            "{}@{}",
            ack.stream, ack.version
        );
        assert_eq!(events[(ack.version - 1) as usize].version, ack.version);
    }
    // And the direct stream read agrees.
    if let Some(ack) = acks.last() {
        let s = store
            .read_stream(stream(&ack.stream), 0, 100_000)
            .await
            .unwrap();
        assert!(s.len() as u64 >= ack.version);
    }
    all.len()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sqlite_survives_kill_9() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().to_str().unwrap().to_owned();
    let mut total_acks = 0;
    for run in 0..KILLS {
        let t = target.clone();
        let acks = tokio::task::spawn_blocking(move || run_and_kill("sqlite", &t, run))
            .await
            .unwrap();
        assert!(!acks.is_empty());
        total_acks += acks.len();
        let store = Arc::new(SqliteStore::open(dir.path()).expect("the store opens after kill -9"));
        verify(store.as_ref(), &acks).await;
        store.close().await;
    }
    eprintln!("sqlite: {total_acks} acknowledged appends verified over {KILLS} kills");
    assert!(total_acks >= KILLS);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn postgres_survives_kill_9_of_a_replica() {
    let url = samraad_store::testing::fresh_database_url().await.unwrap();
    let mut total_acks = 0;
    for run in 0..KILLS {
        let u = url.clone();
        let acks = tokio::task::spawn_blocking(move || run_and_kill("postgres", &u, run))
            .await
            .unwrap();
        assert!(!acks.is_empty());
        total_acks += acks.len();
        let store = PostgresStore::connect(&url)
            .await
            .expect("the store opens after kill -9");
        verify(&store, &acks).await;
        store.close().await;
    }
    eprintln!("postgres: {total_acks} acknowledged appends verified over {KILLS} kills");
    assert!(total_acks >= KILLS);
}
