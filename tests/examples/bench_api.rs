//! Benchmarks of the whole server (results in BENCHMARKS.md):
//!
//! 1. durable commands/s and latency through GraphQL HTTP at 64 clients (each edits a section
//!    of its own item, so every request is a real, fsync'd command);
//! 2. fan-out: N WebSocket subscribers on one meeting; for each `recordDecision`, the time
//!    from its HTTP acknowledgement to delivery at every subscriber, plus the server's RSS and
//!    CPU per subscriber.
//!
//! ```sh
//! cargo build --release -p samraad-server -p samraad-tests --examples
//! SAMRAAD_BIN=target/release/samraad target/release/examples/bench_api [seconds] [subscribers...]
//! ```
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::sync::Arc;
use std::time::{Duration, Instant};

use futures::{SinkExt, StreamExt};
use samraad_tests::Server;
use samraad_tests::cluster::{Cluster, id, run};
use serde_json::json;
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::tungstenite::client::IntoClientRequest;

const EDIT: &str = "mutation($m: ID!, $i: ID!, $t: String!, $b: Int!) {
  editAgendaItem(input: {meetingId: $m, itemId: $i, section: SUMMARY, text: $t, baseRevision: $b}) { version } }";

fn percentile(sorted: &[f64], p: f64) -> f64 {
    if sorted.is_empty() {
        return 0.0;
    }
    let index = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[index]
}

fn proc_stat(pid: u32) -> (u64, u64) {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    let rss_kib = status
        .lines()
        .find_map(|l| l.strip_prefix("VmRSS:"))
        .and_then(|v| v.split_whitespace().next())
        .and_then(|v| v.parse().ok())
        .unwrap_or(0);
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default();
    let fields: Vec<&str> = stat
        .rsplit(')')
        .next()
        .unwrap_or("")
        .split_whitespace()
        .collect();
    let ticks: u64 = fields.get(11).and_then(|v| v.parse().ok()).unwrap_or(0)
        + fields.get(12).and_then(|v| v.parse().ok()).unwrap_or(0);
    (rss_kib, ticks)
}

async fn commands(server: &Server, c: &Cluster, clients: usize, seconds: u64) {
    let mut targets = Vec::new();
    for _ in 0..clients {
        let meeting = c.schedule_meeting(server).await;
        let data = run(server, &c.secretariat,
            "mutation($m: ID!) { proposeAgendaItem(input: {meetingId: $m, title: \"Benchmark\", kind: DISCUSSION}) { item { id } } }",
            json!({"m": meeting})).await;
        targets.push((meeting, id(&data["proposeAgendaItem"]["item"]["id"])));
    }
    let http = reqwest::Client::builder()
        .pool_max_idle_per_host(clients)
        .build()
        .unwrap();
    let url = format!("{}/graphql", server.base);
    let token = Arc::new(c.secretariat.token.clone());
    let deadline = Instant::now() + Duration::from_secs(seconds);
    let started = Instant::now();
    let mut tasks = Vec::new();
    for (meeting, item) in targets {
        let (http, url, token) = (http.clone(), url.clone(), token.clone());
        tasks.push(tokio::spawn(async move {
            let mut latencies = Vec::new();
            let mut revision = 0;
            while Instant::now() < deadline {
                let body = json!({"query": EDIT, "variables": {"m": meeting, "i": item, "t": format!("r{revision}"), "b": revision}});
                let t = Instant::now();
                let response: serde_json::Value = http.post(&url).bearer_auth(token.as_str()).json(&body).send().await.unwrap().json().await.unwrap();
                latencies.push(t.elapsed().as_secs_f64() * 1000.0);
                assert!(response.get("errors").is_none(), "{response}");
                revision += 1;
            }
            latencies
        }));
    }
    let mut all = Vec::new();
    for task in tasks {
        all.extend(task.await.unwrap());
    }
    let elapsed = started.elapsed().as_secs_f64();
    all.sort_by(f64::total_cmp);
    println!(
        "commands: {clients} clients, {} commands in {elapsed:.1} s = {:.0}/s, p50 {:.2} ms, p99 {:.2} ms",
        all.len(),
        all.len() as f64 / elapsed,
        percentile(&all, 0.5),
        percentile(&all, 0.99)
    );
}

async fn fan_out(server: &Server, c: &Cluster, subscribers: usize, rounds: usize) {
    let meeting = c.schedule_meeting(server).await;
    let mut items = Vec::new();
    for i in 0..rounds {
        let data = run(server, &c.secretariat,
            "mutation($m: ID!, $t: String!) { proposeAgendaItem(input: {meetingId: $m, title: $t, kind: DECISION,
               sections: [{section: RECOMMENDATIONS, text: \"1. Godkender\"}]}) { item { id } } }",
            json!({"m": meeting, "t": format!("Punkt {i}")})).await;
        let item = id(&data["proposeAgendaItem"]["item"]["id"]);
        run(server, &c.secretariat, "mutation($m: ID!, $i: ID!) { acceptAgendaItem(input: {meetingId: $m, itemId: $i}) { version } }",
            json!({"m": meeting, "i": item})).await;
        items.push(item);
    }
    run(
        server,
        &c.secretariat,
        "mutation($m: ID!) { openMeeting(input: {meetingId: $m}) { version } }",
        json!({"m": meeting}),
    )
    .await;
    let (rss_before, _) = proc_stat(server.pid());
    let head = run(server, &c.member, "{ position }", json!({})).await["position"]
        .as_str()
        .unwrap()
        .to_string();
    let (tx, mut rx) = tokio::sync::mpsc::unbounded_channel::<(usize, Instant)>();
    let (ready_tx, mut ready_rx) = tokio::sync::mpsc::unbounded_channel::<()>();
    let (acked_tx, mut acked_rx) = tokio::sync::mpsc::unbounded_channel::<()>();
    let go = Arc::new(tokio::sync::Semaphore::new(0));
    let subscription = "subscription($m: ID!, $a: String) { meetingEvents(meetingId: $m, after: $a) { position type item { number decision { text } } } }";
    for n in 0..subscribers {
        let (tx, ready_tx, acked_tx, go) =
            (tx.clone(), ready_tx.clone(), acked_tx.clone(), go.clone());
        let url = server.ws_url();
        let token = c.member.token.clone();
        let head = head.clone();
        tokio::spawn(async move {
            let mut request = url.into_client_request().unwrap();
            request.headers_mut().insert(
                "Sec-WebSocket-Protocol",
                "graphql-transport-ws".parse().unwrap(),
            );
            let (mut ws, _) = tokio_tungstenite::connect_async(request)
                .await
                .expect("connect");
            ws.send(Message::Text(json!({"type":"connection_init","payload":{"authorization": format!("Bearer {token}")}}).to_string().into())).await.unwrap();
            let _ack = ws.next().await;
            acked_tx.send(()).unwrap();
            go.acquire().await.unwrap().forget();
            ws.send(Message::Text(json!({"id":"1","type":"subscribe","payload":{"query": subscription, "variables": {"m": meeting, "a": head}}}).to_string().into())).await.unwrap();
            ready_tx.send(()).unwrap();
            while let Some(Ok(message)) = ws.next().await {
                if let Message::Text(text) = message
                    && text.as_str().contains("DecisionRecorded")
                {
                    let _ = tx.send((n, Instant::now()));
                }
            }
        });
        if n % 200 == 199 {
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    }
    for _ in 0..subscribers {
        acked_rx.recv().await.unwrap();
    }
    tokio::time::sleep(Duration::from_secs(2)).await;
    let (rss_connected, _) = proc_stat(server.pid());
    go.add_permits(subscribers);
    for _ in 0..subscribers {
        ready_rx.recv().await.unwrap();
    }
    tokio::time::sleep(Duration::from_secs(2)).await;
    let (rss_idle, cpu_before) = proc_stat(server.pid());
    let mut latencies = Vec::new();
    let mut round_max = Vec::new();
    for item in &items {
        let body = "mutation($m: ID!, $i: ID!) { recordDecision(input: {meetingId: $m, itemId: $i, text: \"Godkendt\", outcomes: [{recommendation: 1, outcome: APPROVED}]}) { version } }";
        run(
            server,
            &c.secretariat,
            body,
            json!({"m": meeting, "i": item}),
        )
        .await;
        let acked = Instant::now();
        let mut worst: f64 = 0.0;
        for _ in 0..subscribers {
            let (_, at) = tokio::time::timeout(Duration::from_secs(30), rx.recv())
                .await
                .expect("delivery")
                .unwrap();
            let ms = at.saturating_duration_since(acked).as_secs_f64() * 1000.0;
            worst = worst.max(ms);
            latencies.push(ms);
        }
        round_max.push(worst);
    }
    let (_, cpu_after) = proc_stat(server.pid());
    latencies.sort_by(f64::total_cmp);
    round_max.sort_by(f64::total_cmp);
    let ticks_per_second = 100.0;
    let cpu_ms_per_delivery =
        (cpu_after - cpu_before) as f64 / ticks_per_second * 1000.0 / (subscribers * rounds) as f64;
    println!(
        "fan-out: {subscribers} subscribers x {rounds} decisions: ack->delivery p50 {:.1} ms, p99 {:.1} ms, max {:.1} ms (last subscriber per decision: median {:.1} ms); server RSS {:.1} KiB per idle subscriber ({:.1} KiB of it the connection, {:.1} KiB the subscription); server CPU {:.3} ms per delivery",
        percentile(&latencies, 0.5),
        percentile(&latencies, 0.99),
        latencies.last().copied().unwrap_or_default(),
        percentile(&round_max, 0.5),
        (rss_idle.saturating_sub(rss_before)) as f64 / subscribers as f64,
        (rss_connected.saturating_sub(rss_before)) as f64 / subscribers as f64,
        (rss_idle.saturating_sub(rss_connected)) as f64 / subscribers as f64,
        cpu_ms_per_delivery,
    );
}

#[tokio::main]
async fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let seconds = args.first().and_then(|s| s.parse().ok()).unwrap_or(10);
    let fan: Vec<usize> = if args.len() > 1 {
        args[1..].iter().filter_map(|s| s.parse().ok()).collect()
    } else {
        vec![1_000, 10_000]
    };
    let limits = [
        "--rate-limit",
        "1000000",
        "--rate-burst",
        "1000000",
        "--max-connections-per-person",
        "20000",
        "--log-format",
        "json",
    ];
    {
        let server = Server::start_args(&limits);
        let c = Cluster::create(&server).await;
        commands(&server, &c, 64, seconds).await;
    }
    for subscribers in fan {
        let server = Server::start_args(&limits);
        let c = Cluster::create(&server).await;
        fan_out(&server, &c, subscribers, 20).await;
    }
}
