//! Test helper for the crash-safety test: appends under load with several concurrent
//! appenders and prints one line per acknowledged append, until it is killed.
//!
//! Usage: `store-crash-child <sqlite PATH | postgres URL> RUN_ID WRITERS`
//!
//! Output: `READY`, then `ACK <stream> <next_version> <event count> <first event id>` per
//! acknowledged append (written only after the store acknowledged it).

use std::io::Write;
use std::sync::Arc;

use chrono::Utc;
use samraad_store::{
    EventMetadata, EventStore, ExpectedVersion, NewEvent, PostgresStore, SqliteStore, StreamName,
};
use uuid::Uuid;

fn fail(msg: String) -> ! {
    eprintln!("store-crash-child: {msg}");
    std::process::exit(2)
}

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() {
    let args: Vec<String> = std::env::args().collect();
    if args.len() != 5 {
        fail("usage: store-crash-child <sqlite PATH | postgres URL> RUN_ID WRITERS".into());
    }
    let store: Arc<dyn EventStore> = match args[1].as_str() {
        "sqlite" => Arc::new(SqliteStore::open(&args[2]).unwrap_or_else(|e| fail(e.to_string()))),
        "postgres" => Arc::new(
            PostgresStore::connect(&args[2])
                .await
                .unwrap_or_else(|e| fail(e.to_string())),
        ),
        other => fail(format!("unknown adapter {other}")),
    };
    let run = &args[3];
    let writers: usize = args[4]
        .parse()
        .unwrap_or_else(|_| fail("bad WRITERS".into()));
    println!("READY");
    let mut tasks = Vec::new();
    for w in 0..writers {
        let store = Arc::clone(&store);
        let prefix = format!("r{run}-w{w}");
        tasks.push(tokio::spawn(async move {
            let streams: Vec<StreamName> = (0..4)
                .map(|k| {
                    StreamName::parse(format!("{prefix}-s{k}"))
                        .unwrap_or_else(|e| fail(e.to_string()))
                })
                .collect();
            let mut versions = [0u64; 4];
            for i in 0usize.. {
                let k = i % 4;
                let count = 1 + i % 3;
                let events: Vec<NewEvent> = (0..count)
                    .map(|j| NewEvent {
                        event_id: Uuid::now_v7(),
                        event_type: "CrashTested".into(),
                        schema_version: 1,
                        data: serde_json::json!({ "i": i, "j": j }),
                        metadata: EventMetadata {
                            occurred_at: Utc::now(),
                            actor_person: Uuid::now_v7(),
                            actor_organization: Uuid::now_v7(),
                            causation_id: Uuid::now_v7(),
                            correlation_id: Uuid::now_v7(),
                            recorded_at: None,
                        },
                        claims: Vec::new(),
                    })
                    .collect();
                let first = events[0].event_id;
                match store
                    .append(
                        streams[k].clone(),
                        ExpectedVersion::Exact(versions[k]),
                        events,
                    )
                    .await
                {
                    Ok(r) => {
                        versions[k] = r.next_version;
                        let mut out = std::io::stdout().lock();
                        let line =
                            format!("ACK {} {} {count} {first}\n", streams[k], r.next_version);
                        if out
                            .write_all(line.as_bytes())
                            .and_then(|()| out.flush())
                            .is_err()
                        {
                            std::process::exit(0);
                        }
                    }
                    Err(e) => fail(format!("append failed: {e}")),
                }
            }
        }));
    }
    for t in tasks {
        let _ = t.await;
    }
}
