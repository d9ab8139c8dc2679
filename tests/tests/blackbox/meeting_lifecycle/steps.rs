//! The meeting the lifecycle tests hold, and how they read what they saw.

use samraad_tests::cluster::{Cluster, Person, id, run};
use samraad_tests::{Server, WsClient, WsEvent};
use serde_json::{Value, json};
use uuid::Uuid;

pub(super) const MEETING_EVENTS: &str = "subscription($m: ID!, $after: String) {
  meetingEvents(meetingId: $m, after: $after) {
    position type version occurredAt
    actor { personId organizationId organizationName }
    item { id number title decision { text outcomes { recommendation outcome } } }
    meeting { status }
  } }";

pub(super) const MEETING: &str = "query($m: ID!) { meeting(id: $m) {
  id status version publishedEdition
  agenda { items { id number title kind visibility revision
    sections { section revision text proposals }
    decision { text outcomes { recommendation outcome } reservations { organizationName text } } } }
  attendance { name status joinedAt }
  minutes(format: MARKDOWN)
} }";

pub(super) async fn propose(
    server: &Server,
    who: &Person,
    meeting: Uuid,
    title: &str,
    recommendations: &str,
) -> Uuid {
    let data = run(
        server,
        who,
        "mutation($m: ID!, $t: String!, $r: String!) { proposeAgendaItem(input: {meetingId: $m, title: $t, kind: DECISION,
           caseReference: \"EMN-2022-05561\", sections: [{section: RECOMMENDATIONS, text: $r}]}) { item { id } } }",
        json!({"m": meeting, "t": title, "r": recommendations}),
    )
    .await;
    id(&data["proposeAgendaItem"]["item"]["id"])
}

pub(super) async fn edit(
    server: &Server,
    who: &Person,
    meeting: Uuid,
    item: Uuid,
    section: &str,
    text: &str,
    base: i64,
) -> (String, Value) {
    let (status, body) = server
        .post(
            Some(&who.token),
            "mutation($m: ID!, $i: ID!, $s: Section!, $t: String!, $b: Int!) {
               editAgendaItem(input: {meetingId: $m, itemId: $i, section: $s, text: $t, baseRevision: $b}) { version } }",
            json!({"m": meeting, "i": item, "s": section, "t": text, "b": base}),
        )
        .await;
    assert_eq!(status, 200, "{body}");
    let code = body["errors"][0]["extensions"]["code"]
        .as_str()
        .unwrap_or("OK")
        .to_string();
    (code, body)
}

/// Runs the meeting from proposal to approved minutes; returns the ids of the two items.
pub(super) async fn hold_meeting(server: &Server, c: &Cluster, meeting: Uuid) -> (Uuid, Uuid) {
    let first = propose(
        server,
        &c.secretariat,
        meeting,
        "Implementering af samarbejdsaftale for gravide med overvægt",
        "Det indstilles, at Fagligt Strategisk Niveau\n1. Godkender implementeringen\n2. Udpeger tovholder",
    )
    .await;
    let second = propose(
        server,
        &c.member,
        meeting,
        "Klyngemidler; status og honorering af almen praksis",
        "Det indstilles, at\n1. Tager status til efterretning",
    )
    .await;
    // Two organisations co-edit different sections of the same item from the same base.
    assert_eq!(
        edit(
            server,
            &c.secretariat,
            meeting,
            second,
            "SUMMARY",
            "Resumé fra regionen",
            0
        )
        .await
        .0,
        "OK"
    );
    assert_eq!(
        edit(
            server,
            &c.member,
            meeting,
            second,
            "BACKGROUND",
            "Sagsfremstilling fra kommunen",
            0
        )
        .await
        .0,
        "OK"
    );
    for item in [first, second] {
        run(server, &c.secretariat, "mutation($m: ID!, $i: ID!) { acceptAgendaItem(input: {meetingId: $m, itemId: $i}) { version } }",
            json!({"m": meeting, "i": item})).await;
    }
    run(
        server,
        &c.chair,
        "mutation($m: ID!) { publishAgenda(input: {meetingId: $m}) { version } }",
        json!({"m": meeting}),
    )
    .await;
    run(
        server,
        &c.secretariat,
        "mutation($m: ID!) { openMeeting(input: {meetingId: $m}) { version } }",
        json!({"m": meeting}),
    )
    .await;
    run(
        server,
        &c.secretariat,
        "mutation($m: ID!, $p: ID!, $o: ID!) { recordAttendance(input: {meetingId: $m, entries: [
           {name: \"Hanne Andersen\", status: PRESENT_IN_ROOM, personId: $p, organizationId: $o},
           {name: \"Thomas Reintoft\", status: PRESENT_ONLINE, joinedAt: \"15:10\"},
           {name: \"Sofie Plenge\", status: APOLOGIES}]}) { version } }",
        json!({"m": meeting, "p": c.chair.id, "o": c.region}),
    )
    .await;
    run(
        server,
        &c.secretariat,
        "mutation($m: ID!, $i: ID!) { takeUpItem(input: {meetingId: $m, itemId: $i}) { version } }",
        json!({"m": meeting, "i": first}),
    )
    .await;
    run(server, &c.secretariat,
        "mutation($m: ID!, $i: ID!, $o: ID!) { recordDecision(input: {meetingId: $m, itemId: $i, text: \"Indstillingen blev godkendt.\",
           outcomes: [{recommendation: 1, outcome: APPROVED}, {recommendation: 2, outcome: APPROVED_WITH_CHANGES, note: \"Sygehuset er tovholder\"}],
           reservations: [{organizationName: \"Kolding Kommune\", organizationId: $o, text: \"har forbehold for finansieringen\"}]}) { version } }",
        json!({"m": meeting, "i": first, "o": c.municipality})).await;
    run(
        server,
        &c.secretariat,
        "mutation($m: ID!, $i: ID!) { takeUpItem(input: {meetingId: $m, itemId: $i}) { version } }",
        json!({"m": meeting, "i": second}),
    )
    .await;
    run(server, &c.secretariat,
        "mutation($m: ID!, $i: ID!) { recordDecision(input: {meetingId: $m, itemId: $i, text: \"Status blev taget til efterretning.\",
           outcomes: [{recommendation: 1, outcome: NOTED}]}) { version } }",
        json!({"m": meeting, "i": second})).await;
    run(
        server,
        &c.secretariat,
        "mutation($m: ID!) { adjournMeeting(input: {meetingId: $m}) { version } }",
        json!({"m": meeting}),
    )
    .await;
    run(
        server,
        &c.chair,
        "mutation($m: ID!) { approveMinutes(input: {meetingId: $m}) { version } }",
        json!({"m": meeting}),
    )
    .await;
    (first, second)
}

/// Collects `meetingEvents` until `last_type` arrives (inclusive).
pub(super) async fn collect_until(ws: &mut WsClient, last_type: &str) -> Vec<Value> {
    let mut events = Vec::new();
    loop {
        match ws.recv().await {
            Some(WsEvent::Next(message)) => {
                let event = message["payload"]["data"]["meetingEvents"].clone();
                assert!(!event.is_null(), "unexpected message {message}");
                let done = event["type"] == last_type;
                events.push(event);
                if done {
                    return events;
                }
            }
            other => panic!("subscription ended early: {other:?} after {events:#?}"),
        }
    }
}

pub(super) fn positions(events: &[Value]) -> Vec<u64> {
    events
        .iter()
        .map(|e| e["position"].as_str().unwrap().parse().unwrap())
        .collect()
}
