//! A `commandId` identifies one command of one sender: a retry returns the first result, but
//! the same key with another payload, on another stream or from another person is refused
//! with `CONFLICT` / `COMMAND_ID_REUSED` and reveals nothing of the first command.
#![allow(clippy::unwrap_used)]

use samraad_tests::Server;
use samraad_tests::cluster::{Cluster, Person, run};
use serde_json::{Value, json};
use uuid::Uuid;

const PROPOSE: &str = "mutation($m: ID!, $k: ID!, $t: String!) {
  proposeAgendaItem(input: {commandId: $k, meetingId: $m, title: $t, kind: DISCUSSION}) { version position } }";

async fn propose(server: &Server, who: &Person, meeting: Uuid, key: Uuid, title: &str) -> Value {
    let (_, body) = server
        .post(
            Some(&who.token),
            PROPOSE,
            json!({"m": meeting, "k": key, "t": title}),
        )
        .await;
    body
}

fn assert_reused(body: &Value, what: &str) {
    let error = &body["errors"][0];
    assert_eq!(error["extensions"]["code"], "CONFLICT", "{what}: {body}");
    assert_eq!(
        error["extensions"]["reason"], "COMMAND_ID_REUSED",
        "{what}: {body}"
    );
    assert!(
        body["data"].is_null() || body["data"]["proposeAgendaItem"].is_null(),
        "{what}: {body}"
    );
}

async fn a_command_id_is_one_command_of_one_sender(server: &Server) {
    let c = Cluster::create(server).await;
    let other = Cluster::create(server).await;
    let meeting = c.schedule_meeting(server).await;
    let second = c.schedule_meeting(server).await;
    let key = Uuid::now_v7();

    let first = propose(
        server,
        &c.secretariat,
        meeting,
        key,
        "Godkendelse af dagsorden",
    )
    .await;
    assert!(first.get("errors").is_none(), "{first}");
    let retry = propose(
        server,
        &c.secretariat,
        meeting,
        key,
        "Godkendelse af dagsorden",
    )
    .await;
    assert_eq!(
        retry["data"], first["data"],
        "a retry returns the first result"
    );

    let changed = propose(server, &c.secretariat, meeting, key, "Et andet punkt").await;
    assert_reused(&changed, "another payload");
    let elsewhere = propose(
        server,
        &c.secretariat,
        second,
        key,
        "Godkendelse af dagsorden",
    )
    .await;
    assert_reused(&elsewhere, "another stream");
    for (who, what) in [
        (&c.member, "another person"),
        (&other.secretariat, "another partnership"),
    ] {
        let replay = propose(server, who, meeting, key, "Godkendelse af dagsorden").await;
        let error = &replay["errors"][0];
        assert!(!error.is_null(), "{what}: {replay}");
        assert!(
            replay["data"].is_null() && !replay.to_string().contains("\"position\""),
            "{what} learns nothing of the first command: {replay}"
        );
    }

    // Nothing was appended by any of the refused ones.
    let data = run(
        server,
        &c.secretariat,
        "query($m: ID!, $s: ID!) { a: meeting(id: $m) { version } b: meeting(id: $s) { version } }",
        json!({"m": meeting, "s": second}),
    )
    .await;
    assert_eq!(data["a"]["version"], 2, "scheduled + one proposal");
    assert_eq!(data["b"]["version"], 1, "scheduled only");
}

#[tokio::test]
async fn on_sqlite() {
    a_command_id_is_one_command_of_one_sender(&Server::start()).await;
}

#[tokio::test]
async fn on_postgres() {
    let url = samraad_store::testing::fresh_database_url().await.unwrap();
    let keys = tempfile::tempdir().unwrap();
    a_command_id_is_one_command_of_one_sender(&Server::start_with(keys.path(), Some(&url))).await;
}
