//! Cost per command as a meeting's stream grows (results in BENCHMARKS.md): 24 clients, each
//! recording attendance in its own meeting that already holds N events (N = 100, 1,000,
//! 10,000; attendance lines grow with the stream, as in a long meeting), through GraphQL.
//!
//! ```sh
//! cargo build --release -p samraad-server -p samraad-tests --examples
//! SAMRAAD_BIN=target/release/samraad target/release/examples/bench_stream_length [seconds] [runs]
//! ```
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::sync::Arc;
use std::time::{Duration, Instant};

use samraad_tests::Server;
use samraad_tests::cluster::{Cluster, run};
use serde_json::json;

const CLIENTS: usize = 24;
const RECORD: &str = "mutation($m: ID!, $n: String!) {
  recordAttendance(input: {meetingId: $m, entries: [{name: $n, status: PRESENT_IN_ROOM}]}) { version } }";

/// An open meeting with `events` events: attendance of `events - 4` different people.
async fn meeting_of(server: &Server, c: &Cluster, events: usize) -> uuid::Uuid {
    let meeting = c.schedule_meeting(server).await;
    for m in [
        "mutation($m: ID!) { publishAgenda(input: {meetingId: $m}) { version } }",
        "mutation($m: ID!) { openMeeting(input: {meetingId: $m}) { version } }",
    ] {
        run(server, &c.secretariat, m, json!({"m": meeting})).await;
    }
    let mut done = 3;
    while done < events {
        let batch = (events - done).min(50);
        let mut doc = String::from("mutation($m: ID!) {");
        for k in 0..batch {
            doc.push_str(&format!(
                " a{k}: recordAttendance(input: {{meetingId: $m, entries: [{{name: \"Deltager {}\", status: PRESENT_ONLINE}}]}}) {{ version }}",
                done + k
            ));
        }
        doc.push('}');
        run(server, &c.secretariat, &doc, json!({"m": meeting})).await;
        done += batch;
    }
    meeting
}

async fn measure(server: &Server, c: &Cluster, meetings: &[uuid::Uuid], seconds: u64) -> f64 {
    let http = reqwest::Client::builder()
        .pool_max_idle_per_host(CLIENTS)
        .build()
        .unwrap();
    let url = format!("{}/graphql", server.base);
    let token = Arc::new(c.secretariat.token.clone());
    let deadline = Instant::now() + Duration::from_secs(seconds);
    let started = Instant::now();
    let mut tasks = Vec::new();
    for (client, meeting) in meetings.iter().copied().enumerate() {
        let (http, url, token) = (http.clone(), url.clone(), token.clone());
        tasks.push(tokio::spawn(async move {
            let mut n = 0usize;
            while Instant::now() < deadline {
                // Re-records the same people: the attendance list keeps its length.
                let name = format!("Deltager {}", (client * 7 + n) % 50 + 10);
                let body = json!({"query": RECORD, "variables": {"m": meeting, "n": name}});
                let response: serde_json::Value = http
                    .post(&url)
                    .bearer_auth(token.as_str())
                    .json(&body)
                    .send()
                    .await
                    .unwrap()
                    .json()
                    .await
                    .unwrap();
                assert!(response.get("errors").is_none(), "{response}");
                n += 1;
            }
            n
        }));
    }
    let mut total = 0;
    for task in tasks {
        total += task.await.unwrap();
    }
    total as f64 / started.elapsed().as_secs_f64()
}

#[tokio::main]
async fn main() {
    let mut args = std::env::args().skip(1);
    let seconds: u64 = args.next().and_then(|a| a.parse().ok()).unwrap_or(5);
    let runs: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(3);
    for events in [100, 1_000, 10_000] {
        let server = Server::start_args(&["--rate-limit", "1000000", "--rate-burst", "1000000"]);
        let c = Cluster::create(&server).await;
        let mut meetings = Vec::new();
        for _ in 0..CLIENTS {
            meetings.push(meeting_of(&server, &c, events).await);
        }
        let mut rates: Vec<f64> = Vec::new();
        for _ in 0..runs {
            rates.push(measure(&server, &c, &meetings, seconds).await);
        }
        rates.sort_by(f64::total_cmp);
        println!(
            "{events} events per meeting: median {:.0} commands/s (min {:.0}, max {:.0}) over {runs} runs of {seconds} s",
            rates[rates.len() / 2],
            rates[0],
            rates[rates.len() - 1]
        );
    }
}
