//! What readers outside a forum or partnership see: people of another partnership read like
//! the public; partnership administrators without a seat do not see closed items; live feeds
//! are for the partnership's own people.
#![allow(clippy::unwrap_used)]

use samraad_tests::cluster::{Cluster, id, run};
use samraad_tests::{Server, WsClient, WsEvent};
use serde_json::json;
use uuid::Uuid;

/// The error code a subscription ends with (a resolver error arrives as a `next` carrying
/// `errors`, then `complete`).
async fn refused(ws: &mut WsClient) -> String {
    let code = match ws.recv().await {
        Some(WsEvent::Next(message)) => {
            message["payload"]["errors"][0]["extensions"]["code"].clone()
        }
        Some(WsEvent::Error(message)) => message["payload"][0]["extensions"]["code"].clone(),
        other => panic!("expected an error, got {other:?}"),
    };
    if let Some(WsEvent::Next(message)) = ws.recv().await {
        panic!("expected the subscription to complete, got {message}");
    }
    code.as_str().unwrap_or_default().to_string()
}

const MEETING: &str = "query($m: ID!) { meeting(id: $m) { status agenda { items { title visibility } } otherItems { title } minutes } }";

#[tokio::test]
async fn people_of_another_partnership_read_like_the_public() {
    let server = Server::start();
    let ours = Cluster::create(&server).await;
    let theirs = Cluster::create(&server).await;
    let meeting = ours.schedule_meeting(&server).await;
    let data = run(&server, &ours.secretariat,
        "mutation($m: ID!) { proposeAgendaItem(input: {meetingId: $m, title: \"Udkast til strategi\", kind: DISCUSSION}) { item { id } } }",
        json!({"m": meeting})).await;
    let draft = id(&data["proposeAgendaItem"]["item"]["id"]);

    // Before publication: nothing for outsiders, the draft for our own member.
    let outside = run(&server, &theirs.member, MEETING, json!({"m": meeting})).await;
    assert!(outside["meeting"].is_null(), "{outside}");
    let inside = run(&server, &ours.member, MEETING, json!({"m": meeting})).await;
    assert_eq!(
        inside["meeting"]["otherItems"][0]["title"],
        "Udkast til strategi"
    );

    // After publication: the published agenda, but not items proposed since, and no minutes
    // until they are approved.
    run(&server, &ours.secretariat, "mutation($m: ID!, $i: ID!) { acceptAgendaItem(input: {meetingId: $m, itemId: $i}) { version } }",
        json!({"m": meeting, "i": draft})).await;
    run(
        &server,
        &ours.chair,
        "mutation($m: ID!) { publishAgenda(input: {meetingId: $m}) { version } }",
        json!({"m": meeting}),
    )
    .await;
    run(&server, &ours.member,
        "mutation($m: ID!) { proposeAgendaItem(input: {meetingId: $m, title: \"Sent forslag\", kind: DISCUSSION}) { version } }",
        json!({"m": meeting})).await;
    let outside = run(&server, &theirs.member, MEETING, json!({"m": meeting})).await;
    assert_eq!(
        outside["meeting"]["agenda"]["items"][0]["title"],
        "Udkast til strategi"
    );
    assert_eq!(
        outside["meeting"]["otherItems"],
        json!([]),
        "a proposal after publication is not public"
    );
    assert_eq!(
        outside["meeting"]["minutes"], "",
        "minutes are public once approved"
    );
    let public = server.post(None, MEETING, json!({"m": meeting})).await.1;
    assert_eq!(public["data"], outside, "the same as the anonymous public");

    // Live feeds are for the partnership's own people.
    let mut ws = WsClient::connect(&server.ws_url(), &theirs.member.token).await;
    ws.subscribe(
        "x",
        "subscription($m: ID!) { meetingEvents(meetingId: $m) { position } }",
        json!({"m": meeting}),
    )
    .await;
    assert_eq!(refused(&mut ws).await, "FORBIDDEN");
    ws.subscribe(
        "y",
        "subscription($p: ID!) { partnershipEvents(partnershipId: $p) { position } }",
        json!({"p": ours.partnership}),
    )
    .await;
    assert_eq!(refused(&mut ws).await, "FORBIDDEN");
    ws.subscribe(
        "z",
        "subscription($m: ID!) { meetingEvents(meetingId: $m) { position } }",
        json!({"m": Uuid::now_v7()}),
    )
    .await;
    assert_eq!(refused(&mut ws).await, "NOT_FOUND");
}

#[tokio::test]
async fn an_administrator_without_a_seat_does_not_see_closed_items() {
    let server = Server::start();
    let c = Cluster::create(&server).await;
    let meeting = c.schedule_meeting(&server).await;
    run(&server, &c.secretariat,
        "mutation($m: ID!) { proposeAgendaItem(input: {meetingId: $m, title: \"Borgersag om navngiven borger\", kind: DECISION, visibility: CLOSED}) { version } }",
        json!({"m": meeting})).await;
    let admin = run(&server, &c.admin, MEETING, json!({"m": meeting})).await;
    assert_eq!(
        admin["meeting"]["otherItems"][0]["title"], "Lukket punkt",
        "{admin}"
    );
    let seated = run(&server, &c.member, MEETING, json!({"m": meeting})).await;
    assert_eq!(
        seated["meeting"]["otherItems"][0]["title"],
        "Borgersag om navngiven borger"
    );
}

#[tokio::test]
async fn a_partnership_can_be_read_as_it_stood_at_a_past_position() {
    let server = Server::start();
    let c = Cluster::create(&server).await;
    let query = "query($p: ID!, $at: String!) { partnershipAsOf(id: $p, position: $at) { version organizations { name } forums { name } } }";
    let then = run(
        &server,
        &c.member,
        query,
        json!({"p": c.partnership, "at": "1"}),
    )
    .await;
    assert_eq!(then["partnershipAsOf"]["version"], 1);
    assert_eq!(then["partnershipAsOf"]["organizations"], json!([]));
    let head = run(&server, &c.member, "{ position }", json!({})).await["position"].clone();
    let now = run(
        &server,
        &c.member,
        query,
        json!({"p": c.partnership, "at": head}),
    )
    .await;
    assert_eq!(
        now["partnershipAsOf"]["organizations"]
            .as_array()
            .unwrap()
            .len(),
        2
    );
    assert_eq!(
        now["partnershipAsOf"]["forums"][0]["name"],
        "Fagligt Strategisk Niveau"
    );
}
