//! Append benchmark (not a test): appends/s and p50/p99 latency at 1, 16 and 64 concurrent
//! appenders, one event per append to a random stream with an exact expected version, for
//! SQLite and PostgreSQL, next to the disk's own fdatasync rate measured in the same run.
//!
//! ```text
//! cargo run --release -p samraad-store --example bench_append
//! ```
//!
//! Environment: `SAMRAAD_BENCH_SECS` (measured seconds per case, default 5),
//! `SAMRAAD_BENCH_DIR` (where the SQLite file and the fdatasync probe live, default the temp
//! dir), `SAMRAAD_TEST_DATABASE_URL` (an existing PostgreSQL server; default: a throwaway one
//! started from the installed binaries with fsync on), `SAMRAAD_BENCH_ONLY` (`sqlite` or
//! `postgres`).

use std::io::{Seek, SeekFrom, Write};
use std::path::Path;
use std::sync::Arc;
use std::time::{Duration, Instant};

use chrono::Utc;
use rand::Rng;
use samraad_store::{
    EventMetadata, EventStore, ExpectedVersion, NewEvent, PostgresStore, SqliteStore, StreamName,
};
use uuid::Uuid;

const CONCURRENCY: [usize; 3] = [1, 16, 64];
const STREAMS_PER_APPENDER: usize = 256;
const WARMUP: Duration = Duration::from_secs(1);

type Error = Box<dyn std::error::Error + Send + Sync>;

fn event(i: u64) -> NewEvent {
    NewEvent {
        event_id: Uuid::now_v7(),
        event_type: "MotionSeconded".into(),
        schema_version: 1,
        data: serde_json::json!({ "motion": i, "by": "member-42", "note": "benchmark payload" }),
        metadata: EventMetadata {
            occurred_at: Utc::now(),
            actor_person: Uuid::now_v7(),
            actor_organization: Uuid::now_v7(),
            causation_id: Uuid::now_v7(),
            correlation_id: Uuid::now_v7(),
            recorded_at: None,
        },
        claims: Vec::new(),
    }
}

/// fdatasync rate of the disk under `dir`: 4 KiB overwrite + `sync_data`, for 2 seconds.
fn fdatasync_rate(dir: &Path) -> Result<(f64, f64), Error> {
    let path = dir.join(format!("fsync-probe-{}", Uuid::now_v7()));
    let mut file = std::fs::File::create(&path)?;
    let block = vec![7u8; 4096];
    let start = Instant::now();
    let mut n = 0u64;
    while start.elapsed() < Duration::from_secs(2) {
        file.seek(SeekFrom::Start(0))?;
        file.write_all(&block)?;
        file.sync_data()?;
        n += 1;
    }
    let secs = start.elapsed().as_secs_f64();
    drop(file);
    std::fs::remove_file(&path)?;
    Ok((n as f64 / secs, secs * 1e6 / n as f64))
}

struct Outcome {
    appends: usize,
    per_sec: f64,
    p50_ms: f64,
    p99_ms: f64,
    max_ms: f64,
}

async fn run(store: Arc<dyn EventStore>, appenders: usize, secs: u64) -> Result<Outcome, Error> {
    let start = Instant::now();
    let measure_from = start + WARMUP;
    let end = measure_from + Duration::from_secs(secs);
    let mut tasks = Vec::new();
    for a in 0..appenders {
        let store = Arc::clone(&store);
        tasks.push(tokio::spawn(async move {
            let streams: Vec<StreamName> = (0..STREAMS_PER_APPENDER)
                .map(|s| StreamName::parse(format!("bench-{a}-{s}")))
                .collect::<Result<_, _>>()?;
            let mut versions = vec![0u64; STREAMS_PER_APPENDER];
            let mut latencies: Vec<u32> = Vec::with_capacity(200_000);
            let mut i = 0u64;
            loop {
                let k = rand::rng().random_range(0..STREAMS_PER_APPENDER);
                let t0 = Instant::now();
                if t0 >= end {
                    break;
                }
                let r = store
                    .append(
                        streams[k].clone(),
                        ExpectedVersion::Exact(versions[k]),
                        vec![event(i)],
                    )
                    .await?;
                let t1 = Instant::now();
                versions[k] = r.next_version;
                if t0 >= measure_from && t1 <= end {
                    latencies.push((t1 - t0).as_micros().min(u32::MAX as u128) as u32);
                }
                i += 1;
            }
            Ok::<_, Error>(latencies)
        }));
    }
    let mut all = Vec::new();
    for t in tasks {
        all.extend(t.await??);
    }
    all.sort_unstable();
    let pick = |q: f64| {
        all.get(((all.len() as f64 * q) as usize).min(all.len().saturating_sub(1)))
            .map_or(0.0, |v| *v as f64 / 1000.0)
    };
    Ok(Outcome {
        appends: all.len(),
        per_sec: all.len() as f64 / secs as f64,
        p50_ms: pick(0.50),
        p99_ms: pick(0.99),
        max_ms: all.last().map_or(0.0, |v| *v as f64 / 1000.0),
    })
}

fn row(adapter: &str, appenders: usize, o: &Outcome, wal: &str) {
    println!(
        "| {adapter} | {appenders} | {:.0} | {:.2} | {:.2} | {:.1} | {} | {wal} |",
        o.per_sec, o.p50_ms, o.p99_ms, o.max_ms, o.appends
    );
}

fn machine() -> String {
    let cpu = std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("model name"))
                .and_then(|l| l.split(':').nth(1))
                .map(|s| s.trim().to_owned())
        })
        .unwrap_or_else(|| "unknown CPU".into());
    let cores = std::thread::available_parallelism().map_or(0, |n| n.get());
    format!("{cores} cores, {cpu}")
}

#[tokio::main(flavor = "multi_thread")]
async fn main() -> Result<(), Error> {
    let secs: u64 = std::env::var("SAMRAAD_BENCH_SECS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(5);
    let only = std::env::var("SAMRAAD_BENCH_ONLY").unwrap_or_default();
    let base = std::env::var_os("SAMRAAD_BENCH_DIR")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(std::env::temp_dir);
    let dir = tempfile::tempdir_in(&base)?;
    println!("machine: {}", machine());
    let (rate, micros) = fdatasync_rate(dir.path())?;
    println!(
        "disk fdatasync (4 KiB overwrite) under {}: {rate:.0}/s ({micros:.0} µs each)",
        base.display()
    );
    println!(
        "{secs} s measured per case after {} s warm-up",
        WARMUP.as_secs()
    );
    println!();
    println!(
        "| adapter | appenders | appends/s | p50 ms | p99 ms | max ms | appends | WAL MiB at end |"
    );
    println!("|---|---:|---:|---:|---:|---:|---:|---:|");
    if only.is_empty() || only == "sqlite" {
        for (i, appenders) in CONCURRENCY.into_iter().enumerate() {
            let sqlite = Arc::new(SqliteStore::open(dir.path().join(format!("sqlite-{i}")))?);
            let store: Arc<dyn EventStore> = sqlite.clone();
            let o = run(Arc::clone(&store), appenders, secs).await?;
            let mut wal = sqlite.path().as_os_str().to_owned();
            wal.push("-wal");
            let wal_mib = std::fs::metadata(&wal).map_or(0.0, |m| m.len() as f64 / 1048576.0);
            store.close().await;
            row("SQLite", appenders, &o, &format!("{wal_mib:.1}"));
        }
    }
    if only.is_empty() || only == "postgres" {
        for appenders in CONCURRENCY {
            // A fresh database on SAMRAAD_TEST_DATABASE_URL's server, or on a throwaway one.
            let url = samraad_store::testing::fresh_database_url().await?;
            let store: Arc<dyn EventStore> = Arc::new(PostgresStore::connect(&url).await?);
            let o = run(Arc::clone(&store), appenders, secs).await?;
            store.close().await;
            row("PostgreSQL", appenders, &o, "–");
        }
    }
    Ok(())
}
