//! A subscriber that stops reading is bounded: once it falls more than the feed's buffer
//! behind, its subscription ends with an error naming the position to resume after, and
//! resuming from there misses nothing.
#![allow(clippy::unwrap_used)]

use samraad_tests::cluster::{Cluster, Person, id, run, seat};
use samraad_tests::{Server, WsClient, WsEvent};
use serde_json::json;

const EDIT: &str = "mutation($m: ID!, $i: ID!, $t: String!, $b: Int!) {
  editAgendaItem(input: {meetingId: $m, itemId: $i, section: SUMMARY, text: $t, baseRevision: $b}) { position } }";

#[tokio::test]
async fn a_subscriber_that_stops_reading_is_told_where_to_resume_and_misses_nothing() {
    let server = Server::start_args(&[
        "--subscriber-buffer",
        "8",
        "--rate-limit",
        "100000",
        "--rate-burst",
        "100000",
    ]);
    let c = Cluster::create(&server).await;
    let meeting = c.schedule_meeting(&server).await;
    let big = "Sagsfremstilling. ".repeat(8_000); // ~140 KB in every event's payload below
    let data = run(&server, &c.secretariat,
        "mutation($m: ID!, $b: String!) { proposeAgendaItem(input: {meetingId: $m, title: \"Stort punkt\", kind: DISCUSSION,
           sections: [{section: BACKGROUND, text: $b}]}) { item { id } } }",
        json!({"m": meeting, "b": big})).await;
    let item = id(&data["proposeAgendaItem"]["item"]["id"]);
    let start = run(&server, &c.member, "{ position }", json!({})).await["position"]
        .as_str()
        .unwrap()
        .to_string();

    // Subscribe to heavy events, then stop reading while the meeting changes a lot.
    let mut slow = WsClient::connect(&server.ws_url(), &c.member.token).await;
    slow.subscribe(
        "slow",
        "subscription($m: ID!, $a: String) { meetingEvents(meetingId: $m, after: $a) {
        position type meeting { otherItems { sections { text } } } } }",
        json!({"m": meeting, "a": start}),
    )
    .await;
    let mut positions = Vec::new();
    for revision in 1..=160 {
        let data = run(
            &server,
            &c.member,
            EDIT,
            json!({"m": meeting, "i": item, "t": format!("Resumé {revision}"), "b": revision - 1}),
        )
        .await;
        positions.push(
            data["editAgendaItem"]["position"]
                .as_str()
                .unwrap()
                .parse::<u64>()
                .unwrap(),
        );
    }

    // Now read: some events, then the error that says where to resume.
    let mut seen = Vec::new();
    let resume_after = loop {
        let WsEvent::Next(message) = slow.recv().await.expect("socket open") else {
            panic!("the subscription ended without telling where to resume");
        };
        // A stream error arrives as a `next` whose payload carries `errors`.
        if let Some(error) = message["payload"]["errors"].get(0) {
            assert_eq!(error["extensions"]["code"], "RATE_LIMITED", "{message}");
            break error["extensions"]["resumeAfter"]
                .as_str()
                .unwrap()
                .parse::<u64>()
                .unwrap();
        }
        let event = &message["payload"]["data"]["meetingEvents"];
        seen.push(event["position"].as_str().unwrap().parse::<u64>().unwrap());
    };
    assert!(
        seen.len() < positions.len(),
        "the subscriber fell behind and was cut off"
    );
    assert_eq!(
        Some(&resume_after),
        seen.last().or(Some(&start.parse().unwrap())),
        "resume after the last delivered event"
    );

    // Resume from there: the rest arrives, once each, in order.
    let mut resumed = WsClient::connect(&server.ws_url(), &c.member.token).await;
    resumed.subscribe("again", "subscription($m: ID!, $a: String) { meetingEvents(meetingId: $m, after: $a) { position } }",
        json!({"m": meeting, "a": resume_after.to_string()})).await;
    let last = *positions.last().unwrap();
    while seen.last() != Some(&last) {
        match resumed.recv().await.expect("socket open") {
            WsEvent::Next(message) => {
                seen.push(
                    message["payload"]["data"]["meetingEvents"]["position"]
                        .as_str()
                        .unwrap()
                        .parse()
                        .unwrap(),
                );
            }
            other => panic!("unexpected {other:?}"),
        }
    }
    assert_eq!(seen, positions, "every edit exactly once, in order");
}

/// Seats `count` more members of the cluster's forum (municipality), each with a token.
async fn more_members(server: &Server, c: &Cluster, count: usize) -> Vec<Person> {
    let mut people = Vec::new();
    for n in 0..count {
        let name = format!("Medlem {n}");
        let (p, forum, org) = (c.partnership, c.forum, c.municipality);
        let (person, _) = seat(server, &c.admin, p, forum, org, &name, "MEMBER").await;
        people.push(person);
    }
    people
}

/// Proposes an item with a `size`-byte summary and edits it `edits` times with new text of
/// that size; returns the item and its last revision.
async fn heavy_item(
    server: &Server,
    c: &Cluster,
    meeting: uuid::Uuid,
    size: usize,
    edits: usize,
) -> (uuid::Uuid, i64) {
    let data = run(server, &c.secretariat,
        "mutation($m: ID!) { proposeAgendaItem(input: {meetingId: $m, title: \"Tungt punkt\", kind: DISCUSSION}) { item { id } } }",
        json!({"m": meeting})).await;
    let item = id(&data["proposeAgendaItem"]["item"]["id"]);
    let mut revision = 0;
    for n in 0..edits {
        let text = format!("{n} {}", "x".repeat(size));
        run(
            server,
            &c.secretariat,
            EDIT,
            json!({"m": meeting, "i": item, "t": text, "b": revision}),
        )
        .await;
        revision += 1;
    }
    (item, revision)
}

/// Subscribes `subscriptions` times on each of `connections` sockets per person and then
/// never reads again; the sockets are returned to keep them open.
async fn stalled(
    server: &Server,
    people: &[Person],
    connections: usize,
    subscriptions: usize,
    meeting: uuid::Uuid,
) -> Vec<WsClient> {
    let mut sockets = Vec::new();
    for person in people {
        for _ in 0..connections {
            let mut ws = WsClient::connect(&server.ws_url(), &person.token).await;
            for n in 0..subscriptions {
                ws.subscribe(
                    &format!("s{n}"),
                    "subscription($m: ID!) { meetingEvents(meetingId: $m) { position type item { sections { text } } } }",
                    json!({"m": meeting}),
                )
                .await;
            }
            sockets.push(ws);
        }
    }
    sockets
}

/// The two heavy tests below run one at a time: each loads both cores by itself, and their
/// bounds are about the server under test, not about a neighbour.
static HEAVY: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());

/// The server process's resident set size in bytes, from /proc.
fn rss_bytes(pid: u32) -> u64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap();
    let kib: u64 = status
        .lines()
        .find_map(|l| l.strip_prefix("VmRSS:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap();
    kib * 1024
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn thousands_of_stalled_subscriptions_never_hold_back_a_write() {
    // A write waits for nothing but its own append and its read model: with 2,560
    // subscriptions that never read, every write still answers within this bound (the old
    // server answered none: HTTP 408 after 30 s). Debug build, the server rendering the
    // subscriptions' catch-up on the same 2 cores.
    const WRITE_BOUND: std::time::Duration = std::time::Duration::from_secs(10);
    let _heavy = HEAVY.lock().await;
    let server = Server::start_args(&["--rate-limit", "100000", "--rate-burst", "100000"]);
    let c = Cluster::create(&server).await;
    let meeting = c.schedule_meeting(&server).await;
    let (item, mut revision) = heavy_item(&server, &c, meeting, 20_000, 150).await;
    let people = more_members(&server, &c, 8).await;
    let _sockets = stalled(&server, &people, 16, 20, meeting).await;

    let mut slowest = std::time::Duration::ZERO;
    for n in 0..60 {
        let started = std::time::Instant::now();
        let text = format!("live {n} {}", "y".repeat(20_000));
        let data = run(
            &server,
            &c.secretariat,
            EDIT,
            json!({"m": meeting, "i": item, "t": text, "b": revision}),
        )
        .await;
        revision += 1;
        slowest = slowest.max(started.elapsed());
        // The projection keeps up: the write's own position is already readable.
        let position = data["editAgendaItem"]["position"]
            .as_str()
            .unwrap()
            .to_string();
        let now = run(&server, &c.member, "{ position }", json!({})).await;
        assert!(
            now["position"].as_str().unwrap().parse::<u64>().unwrap() >= position.parse().unwrap()
        );
    }
    assert!(
        slowest < WRITE_BOUND,
        "the slowest write took {slowest:?} (bound {WRITE_BOUND:?})"
    );
    // Another partnership's writes are not held back either.
    let other = Cluster::create(&server).await;
    other.schedule_meeting(&server).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn stalled_subscribers_through_fifty_thousand_events_keep_memory_bounded() {
    // 200 subscriptions that never read, each bounded at 1 MiB (the default), through
    // 50,000 events of ~1 KB: the server's resident memory stays under this bound.
    const RSS_BOUND: u64 = 256 * 1024 * 1024;
    let _heavy = HEAVY.lock().await;
    let server = Server::start_args(&["--rate-limit", "100000", "--rate-burst", "100000"]);
    let c = Cluster::create(&server).await;
    let meeting = c.schedule_meeting(&server).await;
    let (item, mut revision) = heavy_item(&server, &c, meeting, 1_000, 1).await;
    let people = more_members(&server, &c, 1).await;
    let _sockets = stalled(&server, &people, 10, 20, meeting).await;

    let mut peak = 0;
    let batches = 1_000;
    for batch in 0..batches {
        // 50 edits per request (mutations of one document run one after another).
        let mut document = String::from("mutation($m: ID!, $i: ID!) {");
        for n in 0..50 {
            document.push_str(&format!(
                " e{n}: editAgendaItem(input: {{meetingId: $m, itemId: $i, section: SUMMARY, text: \"{batch}-{n} {}\", baseRevision: {revision}}}) {{ position }}",
                "z".repeat(1_000)
            ));
            revision += 1;
        }
        document.push('}');
        run(
            &server,
            &c.secretariat,
            &document,
            json!({"m": meeting, "i": item}),
        )
        .await;
        if batch % 50 == 0 {
            peak = peak.max(rss_bytes(server.pid()));
        }
    }
    peak = peak.max(rss_bytes(server.pid()));
    eprintln!("peak RSS {} MiB", peak / (1024 * 1024));
    assert!(
        peak < RSS_BOUND,
        "peak RSS {} MiB (bound {} MiB)",
        peak / (1024 * 1024),
        RSS_BOUND / (1024 * 1024)
    );
}
