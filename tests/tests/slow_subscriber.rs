//! A subscriber that stops reading is bounded: once it falls more than the feed's buffer
//! behind, its subscription ends with an error naming the position to resume after, and
//! resuming from there misses nothing.
#![allow(clippy::unwrap_used)]

use samraad_tests::cluster::{Cluster, id, run};
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
