//! Read throughput (results in BENCHMARKS.md): 64 clients ask, as fast as they get answers,
//! for (a) `meeting(id)` with 20 items, each decided, with sections, outcomes and attendance,
//! and (b) `fundPool(id) { ledger }` with 1,000 entries (all fields, then one field per entry),
//! through GraphQL over HTTP.
//!
//! ```sh
//! cargo build --release -p samraad-server --bin samraad && cargo build --release -p samraad-tests --examples
//! SAMRAAD_BIN=$CARGO_TARGET_DIR/release/samraad $CARGO_TARGET_DIR/release/examples/bench_reads [seconds] [runs]
//! ```
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::sync::Arc;
use std::time::{Duration, Instant};

use samraad_tests::Server;
use samraad_tests::cluster::{Cluster, id, run};
use serde_json::{Value, json};

const CLIENTS: usize = 64;
const ITEMS: usize = 20;
const LEDGER: usize = 1_000;

const MEETING: &str = "query($m: ID!) { meeting(id: $m) { id title startsAt mode status version
  agenda { items { id number title kind status caseReference presenters
    sections { section text proposals }
    decision { text outcomes { recommendation outcome } reservations { organizationId text } } } }
  attendance { name status } followUps { id description status } } }";

const LEDGER_QUERY: &str = "query($p: ID!) { fundPool(id: $p) { id balance { available { amount } }
  ledger { position type occurredAt amount { amount } year source note availableAfter { amount } } } }";

/// The same ledger with one field per entry: what the read costs without the per-field work.
const LEDGER_ONE_FIELD: &str = "query($p: ID!) { fundPool(id: $p) { id ledger { position } } }";

/// A held meeting of 20 accepted items, each taken up and decided.
async fn meeting(server: &Server, c: &Cluster) -> uuid::Uuid {
    let sec = &c.secretariat;
    let meeting = c.schedule_meeting(server).await;
    let mut items = Vec::new();
    for n in 0..ITEMS {
        let data = run(server, sec,
            "mutation($m: ID!, $t: String!) { proposeAgendaItem(input: {meetingId: $m, title: $t, kind: DECISION,
               sections: [{section: BACKGROUND, text: \"Sagsfremstilling: forløb for borgere med kronisk sygdom, opfølgning på tidligere drøftelse i forummet.\"},
                          {section: RECOMMENDATIONS, text: \"Det indstilles, at\\n1. Forummet godkender oplægget\\n2. Sekretariatet følger op\"}]}) { item { id } } }",
            json!({"m": meeting, "t": format!("Punkt {n}: Sammenhængende forløb")})).await;
        let item = id(&data["proposeAgendaItem"]["item"]["id"]);
        run(
            server,
            sec,
            "mutation($m: ID!, $i: ID!) { acceptAgendaItem(input: {meetingId: $m, itemId: $i}) { version } }",
            json!({"m": meeting, "i": item}),
        )
        .await;
        items.push(item);
    }
    for m in [
        "mutation($m: ID!) { publishAgenda(input: {meetingId: $m}) { version } }",
        "mutation($m: ID!) { openMeeting(input: {meetingId: $m}) { version } }",
        "mutation($m: ID!) { recordAttendance(input: {meetingId: $m, entries: [{name: \"Hanne Andersen\", status: PRESENT_IN_ROOM}, {name: \"Thomas Reintoft\", status: PRESENT_ONLINE}]}) { version } }",
    ] {
        run(server, sec, m, json!({"m": meeting})).await;
    }
    for item in items {
        run(
            server,
            sec,
            "mutation($m: ID!, $i: ID!) { takeUpItem(input: {meetingId: $m, itemId: $i}) { version } }",
            json!({"m": meeting, "i": item}),
        )
        .await;
        run(server, sec,
            "mutation($m: ID!, $i: ID!) { recordDecision(input: {meetingId: $m, itemId: $i, text: \"Godkendt som indstillet.\",
               outcomes: [{recommendation: 1, outcome: APPROVED}, {recommendation: 2, outcome: APPROVED}]}) { version } }",
            json!({"m": meeting, "i": item})).await;
    }
    meeting
}

/// A fund pool whose ledger holds its creation and 999 grants.
async fn pool(server: &Server, c: &Cluster) -> uuid::Uuid {
    let data = run(server, &c.admin,
        "mutation($p: ID!) { createFundPool(input: {partnershipId: $p, name: \"Klyngemidler\"}) { fundPool { id } } }",
        json!({"p": c.partnership})).await;
    let pool = id(&data["createFundPool"]["fundPool"]["id"]);
    let mut done = 1;
    while done < LEDGER {
        let batch = (LEDGER - done).min(50);
        let mut doc = String::from("mutation($p: ID!) {");
        for k in 0..batch {
            doc.push_str(&format!(
                " g{k}: receiveGrant(input: {{fundPoolId: $p, year: 2025, source: \"Region Syddanmark\", amount: {{amount: \"{}.00\"}}, note: \"Tilskud {}\"}}) {{ version }}",
                1000 + done + k,
                done + k
            ));
        }
        doc.push('}');
        run(server, &c.admin, &doc, json!({"p": pool})).await;
        done += batch;
    }
    pool
}

/// Requests per second and the p50/p99 latency in ms of one run of `seconds`.
async fn measure(
    server: &Server,
    token: &str,
    query: &'static str,
    variables: Value,
    seconds: u64,
) -> (f64, f64, f64) {
    let http = reqwest::Client::builder()
        .pool_max_idle_per_host(CLIENTS)
        .build()
        .unwrap();
    let url = format!("{}/graphql", server.base);
    let body = Arc::new(json!({"query": query, "variables": variables}));
    let token = Arc::new(token.to_string());
    let deadline = Instant::now() + Duration::from_secs(seconds);
    let started = Instant::now();
    let mut tasks = Vec::new();
    for _ in 0..CLIENTS {
        let (http, url, token, body) = (http.clone(), url.clone(), token.clone(), body.clone());
        tasks.push(tokio::spawn(async move {
            let mut latencies = Vec::new();
            while Instant::now() < deadline {
                let sent = Instant::now();
                let response: Value = http
                    .post(&url)
                    .bearer_auth(token.as_str())
                    .json(body.as_ref())
                    .send()
                    .await
                    .unwrap()
                    .json()
                    .await
                    .unwrap();
                assert!(response.get("errors").is_none(), "{response}");
                latencies.push(sent.elapsed().as_secs_f64() * 1000.0);
            }
            latencies
        }));
    }
    let mut all = Vec::new();
    for task in tasks {
        all.extend(task.await.unwrap());
    }
    let rate = all.len() as f64 / started.elapsed().as_secs_f64();
    all.sort_by(f64::total_cmp);
    let at = |q: f64| all[((all.len() as f64 * q) as usize).min(all.len() - 1)];
    (rate, at(0.5), at(0.99))
}

fn report(name: &str, mut runs: Vec<(f64, f64, f64)>, seconds: u64) {
    runs.sort_by(|a, b| a.0.total_cmp(&b.0));
    let median = runs[runs.len() / 2];
    println!(
        "{name}: median {:.0} requests/s (min {:.0}, max {:.0}), p50 {:.1} ms, p99 {:.1} ms in the median run; {} runs of {seconds} s, {CLIENTS} clients",
        median.0,
        runs[0].0,
        runs[runs.len() - 1].0,
        median.1,
        median.2,
        runs.len()
    );
}

#[tokio::main]
async fn main() {
    let mut args = std::env::args().skip(1);
    let seconds: u64 = args.next().and_then(|a| a.parse().ok()).unwrap_or(5);
    let runs: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(3);
    let server = Server::start_args(&["--rate-limit", "1000000", "--rate-burst", "1000000"]);
    let c = Cluster::create(&server).await;
    let meeting = meeting(&server, &c).await;
    let pool = pool(&server, &c).await;
    let check = server
        .gql(&c.member.token, LEDGER_QUERY, json!({"p": pool}))
        .await;
    assert_eq!(
        check["fundPool"]["ledger"].as_array().unwrap().len(),
        LEDGER
    );
    let check = server
        .gql(&c.member.token, MEETING, json!({"m": meeting}))
        .await;
    assert_eq!(
        check["meeting"]["agenda"]["items"]
            .as_array()
            .unwrap()
            .len(),
        ITEMS
    );

    for (name, query, variables) in [
        (
            "meeting(id), 20 decided items",
            MEETING,
            json!({"m": meeting}),
        ),
        (
            "fundPool { ledger }, 1,000 entries",
            LEDGER_QUERY,
            json!({"p": pool}),
        ),
        (
            "fundPool { ledger { position } }, 1,000 entries",
            LEDGER_ONE_FIELD,
            json!({"p": pool}),
        ),
    ] {
        let mut results = Vec::new();
        for _ in 0..runs {
            results
                .push(measure(&server, &c.member.token, query, variables.clone(), seconds).await);
        }
        report(name, results, seconds);
    }
}
