//! Outages answer in words a client can act on: `STORAGE_FULL` / `UNAVAILABLE` with
//! `extensions.retryable`, `extensions.outcome: "UNKNOWN"` when a write may have been stored,
//! `/readyz` 503 while writes fail — and a retry with the same `commandId` applies once.
#![allow(clippy::unwrap_used)]

use std::time::Duration;

use samraad_store::testing::TestPostgres;
use samraad_tests::Server;
use samraad_tests::cluster::{Cluster, run};
use serde_json::{Value, json};
use uuid::Uuid;

const PROPOSE: &str = "mutation($m: ID!, $k: ID!, $t: String!) {
  proposeAgendaItem(input: {commandId: $k, meetingId: $m, title: \"Punkt\", kind: DISCUSSION,
    sections: [{section: BACKGROUND, text: $t}]}) { version } }";

async fn propose(server: &Server, c: &Cluster, meeting: Uuid, key: Uuid, text: &str) -> Value {
    let (_, body) = server
        .post(
            Some(&c.secretariat.token),
            PROPOSE,
            json!({"m": meeting, "k": key, "t": text}),
        )
        .await;
    body
}

async fn wait_ready(server: &Server, ready: bool) -> String {
    for _ in 0..300 {
        let (status, body) = server.get("/readyz").await;
        if (status == 200) == ready {
            return body;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!(
        "/readyz never became {}",
        if ready { "ready" } else { "unready" }
    );
}

#[tokio::test]
async fn a_full_store_refuses_writes_retryably_and_is_not_ready() {
    let server = Server::start_args(&["--store-quota-mib", "2"]);
    let c = Cluster::create(&server).await;
    let meeting = c.schedule_meeting(&server).await;
    let text = "Sagsfremstilling. ".repeat(3_000); // ~54 KB per item
    let mut refused = None;
    for _ in 0..200 {
        let key = Uuid::now_v7();
        let body = propose(&server, &c, meeting, key, &text).await;
        if let Some(error) = body["errors"].get(0) {
            refused = Some((key, error.clone()));
            break;
        }
    }
    let (key, error) = refused.expect("the quota was never reached");
    assert_eq!(error["extensions"]["code"], "STORAGE_FULL", "{error}");
    assert_eq!(error["extensions"]["retryable"], true, "{error}");
    assert!(
        error["extensions"]["outcome"].is_null(),
        "nothing was stored: {error}"
    );

    let reason = wait_ready(&server, false).await;
    assert!(reason.contains("writes are failing"), "{reason}");
    // Reads still answer; the refused write is not there; its retry is refused the same way.
    let data = run(
        &server,
        &c.member,
        "query($m: ID!) { meeting(id: $m) { version } }",
        json!({"m": meeting}),
    )
    .await;
    let version = data["meeting"]["version"].as_i64().unwrap();
    let again = propose(&server, &c, meeting, key, &text).await;
    assert_eq!(
        again["errors"][0]["extensions"]["code"], "STORAGE_FULL",
        "{again}"
    );
    let data = run(
        &server,
        &c.member,
        "query($m: ID!) { meeting(id: $m) { version } }",
        json!({"m": meeting}),
    )
    .await;
    assert_eq!(data["meeting"]["version"].as_i64().unwrap(), version);
}

#[tokio::test]
async fn postgres_down_is_unavailable_and_a_retry_after_it_is_back_applies_once() {
    let pg = TestPostgres::start().unwrap();
    let url = pg.create_database().await.unwrap();
    let keys = tempfile::tempdir().unwrap();
    let server = Server::start_with(keys.path(), Some(&url));
    let c = Cluster::create(&server).await;
    let meeting = c.schedule_meeting(&server).await;

    pg.halt().unwrap();
    let key = Uuid::now_v7();
    let body = propose(&server, &c, meeting, key, "Sagsfremstilling").await;
    let error = &body["errors"][0];
    assert_eq!(error["extensions"]["code"], "UNAVAILABLE", "{body}");
    assert_eq!(error["extensions"]["retryable"], true, "{body}");
    let outcome = &error["extensions"]["outcome"];
    assert!(outcome.is_null() || outcome == "UNKNOWN", "{body}");
    let reason = wait_ready(&server, false).await;
    assert!(
        reason.contains("unreachable") || reason.contains("failing"),
        "{reason}"
    );

    pg.resume().unwrap();
    wait_ready(&server, true).await;
    let mut applied = None;
    for _ in 0..50 {
        let body = propose(&server, &c, meeting, key, "Sagsfremstilling").await;
        if body.get("errors").is_none() {
            applied = Some(body);
            break;
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    let applied = applied.expect("the retry never succeeded after PostgreSQL came back");
    let again = propose(&server, &c, meeting, key, "Sagsfremstilling").await;
    assert_eq!(again["data"], applied["data"], "the same result again");
    let data = run(
        &server,
        &c.member,
        "query($m: ID!) { meeting(id: $m) { version } }",
        json!({"m": meeting}),
    )
    .await;
    assert_eq!(
        data["meeting"]["version"], 2,
        "scheduled + the proposal, once"
    );
}

/// While the read models catch up with a long log after start-up, answers come from the
/// partial read model and say so: `extensions.caughtUp: false` and the `position` reached.
#[tokio::test]
async fn reads_during_start_up_catch_up_say_they_are_partial() {
    use samraad_store::{
        EventMetadata, EventStore, ExpectedVersion, NewEvent, SqliteStore, StreamName,
    };
    let dir = tempfile::tempdir().unwrap();
    {
        // A long log written straight to the store: 100,000 partnerships created.
        let store = SqliteStore::open(dir.path().join("events.db")).unwrap();
        let mut appends = Vec::new();
        for _ in 0..100_000 {
            let id = Uuid::now_v7();
            let event = NewEvent {
                event_id: Uuid::now_v7(),
                event_type: "PartnershipCreated".into(),
                schema_version: 1,
                data: json!({"partnership_id": id, "name": "Klynge", "created_by": Uuid::now_v7()}),
                metadata: EventMetadata {
                    occurred_at: chrono_now(),
                    actor_person: Uuid::now_v7(),
                    actor_organization: Uuid::now_v7(),
                    causation_id: Uuid::now_v7(),
                    correlation_id: Uuid::now_v7(),
                    recorded_at: None,
                },
                claims: Vec::new(),
            };
            let stream = StreamName::parse(format!("partnership-{id}")).unwrap();
            appends.push(store.append(stream, ExpectedVersion::NoStream, vec![event]));
            if appends.len() == 2_000 {
                for append in futures::future::join_all(appends.drain(..)).await {
                    append.unwrap();
                }
            }
        }
        store.close().await;
    }
    let server = Server::start_with(dir.path(), None);
    let mut partial = None;
    for _ in 0..2_000 {
        let (status, body) = server.post(None, "{ position }", json!({})).await;
        assert_eq!(status, 200, "answered, not refused: {body}");
        match body["extensions"]["caughtUp"].as_bool() {
            Some(false) => partial = Some(body),
            _ => break,
        }
    }
    let partial = partial.expect("the catch-up was over before the first answer");
    let reached: u64 = partial["extensions"]["position"]
        .as_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!(reached < 100_000, "{partial}");
    let answered: u64 = partial["data"]["position"]
        .as_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!(
        answered <= reached,
        "the answer is from the partial model: {partial}"
    );
    // Once caught up, answers carry no marker.
    wait_ready(&server, true).await;
    let (_, body) = server.post(None, "{ position }", json!({})).await;
    assert!(
        body.get("extensions")
            .is_none_or(|e| e.get("caughtUp").is_none()),
        "{body}"
    );
}

fn chrono_now() -> chrono::DateTime<chrono::Utc> {
    chrono::Utc::now()
}
