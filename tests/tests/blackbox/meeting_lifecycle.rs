//! A whole meeting over HTTP with two organisations, watched live over WebSocket.
#![allow(clippy::unwrap_used)]

use samraad_tests::cluster::{Cluster, run};
use samraad_tests::{Server, WsClient, WsEvent};
use serde_json::json;
use uuid::Uuid;

use steps::{MEETING, MEETING_EVENTS, collect_until, edit, hold_meeting, positions, propose};

mod steps;

#[tokio::test]
async fn a_whole_meeting_with_two_organisations_is_seen_live_in_order() {
    let server = Server::start();
    let c = Cluster::create(&server).await;
    let meeting = c.schedule_meeting(&server).await;
    let mut ws = WsClient::connect(&server.ws_url(), &c.member.token).await;
    ws.subscribe("live", MEETING_EVENTS, json!({"m": meeting}))
        .await;
    let (first, second) = hold_meeting(&server, &c, meeting).await;

    let events = collect_until(&mut ws, "MinutesApproved").await;
    let types: Vec<&str> = events.iter().map(|e| e["type"].as_str().unwrap()).collect();
    assert_eq!(
        types,
        [
            "MeetingScheduled",
            "AgendaItemProposed",
            "AgendaItemProposed",
            "AgendaItemEdited",
            "AgendaItemEdited",
            "AgendaItemAccepted",
            "AgendaItemAccepted",
            "AgendaPublished",
            "MeetingOpened",
            "AttendanceRecorded",
            "ItemTakenUp",
            "DecisionRecorded",
            "ItemTakenUp",
            "DecisionRecorded",
            "MeetingAdjourned",
            "MinutesApproved",
        ]
    );
    let pos = positions(&events);
    assert!(
        pos.windows(2).all(|w| w[0] < w[1]),
        "positions strictly increase: {pos:?}"
    );
    let versions: Vec<i64> = events
        .iter()
        .map(|e| e["version"].as_i64().unwrap())
        .collect();
    assert_eq!(
        versions,
        (1..=16).collect::<Vec<_>>(),
        "every version, no gap"
    );
    let decided = &events[11];
    assert_eq!(decided["item"]["id"], first.to_string());
    assert_eq!(
        decided["item"]["decision"]["outcomes"][1]["outcome"],
        "APPROVED_WITH_CHANGES"
    );
    assert_eq!(decided["actor"]["personId"], c.secretariat.id.to_string());
    assert_eq!(decided["actor"]["organizationName"], "Region Syddanmark");
    assert_eq!(
        events[2]["actor"]["organizationName"], "Kolding Kommune",
        "proposed by the municipality"
    );

    let data = run(&server, &c.member, MEETING, json!({"m": meeting})).await;
    let m = &data["meeting"];
    assert_eq!(m["status"], "ADJOURNED");
    assert_eq!(m["version"], 16);
    let items = m["agenda"]["items"].as_array().unwrap();
    assert_eq!(items.len(), 2);
    assert_eq!(
        (items[0]["number"].as_i64(), items[1]["number"].as_i64()),
        (Some(1), Some(2))
    );
    assert_eq!(items[1]["id"], second.to_string());
    let sections: Vec<&str> = items[1]["sections"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["section"].as_str().unwrap())
        .collect();
    assert!(
        sections.contains(&"SUMMARY") && sections.contains(&"BACKGROUND"),
        "both co-edits kept: {sections:?}"
    );
    assert_eq!(
        items[0]["sections"][0]["proposals"]
            .as_array()
            .unwrap()
            .len(),
        2
    );
    assert_eq!(
        items[0]["decision"]["reservations"][0]["organizationName"],
        "Kolding Kommune"
    );
    assert_eq!(m["attendance"].as_array().unwrap().len(), 3);
    let minutes = m["minutes"].as_str().unwrap();
    for expected in [
        "REFERAT Fagligt Strategisk Niveau",
        "Implementering af samarbejdsaftale",
        "## Indstilling",
        "## Beslutning",
        "Indstillingen blev godkendt.",
        "Kolding Kommune har forbehold",
        "**Afbud:** Sofie Plenge",
        "Sags ID:** EMN-2022-05561",
        // 13:30 UTC in February is 14:30 in the partnership's Europe/Copenhagen.
        "# REFERAT Fagligt Strategisk Niveau d. 26-02-2025",
        "**Mødedato** Onsdag d. 26. februar 2025 kl. 14:30",
    ] {
        assert!(
            minutes.contains(expected),
            "minutes lack {expected:?}:\n{minutes}"
        );
    }
    assert!(
        minutes.find("Implementering").unwrap() < minutes.find("Klyngemidler").unwrap(),
        "agenda order"
    );

    // History: who changed the co-edited item, for which organisation.
    let data = run(&server, &c.member, "query($i: ID!) { history(entityId: $i) { type actor { personId organizationId } position } }",
        json!({"i": second})).await;
    let history = data["history"].as_array().unwrap();
    let edits: Vec<(&str, &str)> = history
        .iter()
        .filter(|h| h["type"] == "AgendaItemEdited")
        .map(|h| {
            (
                h["actor"]["personId"].as_str().unwrap(),
                h["actor"]["organizationId"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        edits,
        [
            (
                c.secretariat.id.to_string().as_str(),
                c.region.to_string().as_str()
            ),
            (
                c.member.id.to_string().as_str(),
                c.municipality.to_string().as_str()
            ),
        ]
    );
    // Case file across meetings.
    let data = run(
        &server,
        &c.member,
        "{ caseFile(reference: \"EMN-2022-05561\") { id title } }",
        json!({}),
    )
    .await;
    assert_eq!(data["caseFile"].as_array().unwrap().len(), 2);
}

#[tokio::test]
async fn a_subscriber_that_reconnects_with_its_cursor_misses_nothing_and_sees_nothing_twice() {
    let server = Server::start();
    let c = Cluster::create(&server).await;
    let meeting = c.schedule_meeting(&server).await;
    let mut ws = WsClient::connect(&server.ws_url(), &c.member.token).await;
    ws.subscribe("a", MEETING_EVENTS, json!({"m": meeting}))
        .await;
    let first = propose(
        &server,
        &c.secretariat,
        meeting,
        "Velkomst",
        "1. Godkender dagsordenen",
    )
    .await;
    let seen = collect_until(&mut ws, "AgendaItemProposed").await;
    drop(ws); // the client goes away (network drop)
    let cursor = seen.last().unwrap()["position"]
        .as_str()
        .unwrap()
        .to_string();
    run(&server, &c.secretariat, "mutation($m: ID!, $i: ID!) { acceptAgendaItem(input: {meetingId: $m, itemId: $i}) { version } }",
        json!({"m": meeting, "i": first})).await;
    run(
        &server,
        &c.chair,
        "mutation($m: ID!) { publishAgenda(input: {meetingId: $m}) { version } }",
        json!({"m": meeting}),
    )
    .await;

    let mut ws = WsClient::connect(&server.ws_url(), &c.member.token).await;
    ws.subscribe("b", MEETING_EVENTS, json!({"m": meeting, "after": cursor}))
        .await;
    let resumed = collect_until(&mut ws, "AgendaPublished").await;
    let types: Vec<&str> = resumed
        .iter()
        .map(|e| e["type"].as_str().unwrap())
        .collect();
    assert_eq!(types, ["AgendaItemAccepted", "AgendaPublished"]);

    let mut all = positions(&seen);
    all.extend(positions(&resumed));
    let mut fresh = WsClient::connect(&server.ws_url(), &c.member.token).await;
    fresh
        .subscribe("c", MEETING_EVENTS, json!({"m": meeting}))
        .await;
    let everything = collect_until(&mut fresh, "AgendaPublished").await;
    assert_eq!(
        all,
        positions(&everything),
        "seen + resumed == everything, once each"
    );

    // Resuming exactly at the head: nothing is replayed, and the next change arrives once.
    let head = all.last().unwrap().to_string();
    let mut at_head = WsClient::connect(&server.ws_url(), &c.member.token).await;
    at_head
        .subscribe("d", MEETING_EVENTS, json!({"m": meeting, "after": head}))
        .await;
    run(
        &server,
        &c.secretariat,
        "mutation($m: ID!) { openMeeting(input: {meetingId: $m}) { version } }",
        json!({"m": meeting}),
    )
    .await;
    let next = collect_until(&mut at_head, "MeetingOpened").await;
    assert_eq!(next.len(), 1, "only the new change: {next:#?}");
    assert!(positions(&next)[0] > *all.last().unwrap());
}

#[tokio::test]
async fn a_stale_section_edit_is_a_conflict_carrying_the_current_text() {
    let server = Server::start();
    let c = Cluster::create(&server).await;
    let meeting = c.schedule_meeting(&server).await;
    let item = propose(
        &server,
        &c.member,
        meeting,
        "Sundhedsreformen",
        "1. Drøfter reformen",
    )
    .await;
    assert_eq!(
        edit(
            &server,
            &c.member,
            meeting,
            item,
            "SUMMARY",
            "Kommunens tekst",
            0
        )
        .await
        .0,
        "OK"
    );
    let (code, body) = edit(
        &server,
        &c.secretariat,
        meeting,
        item,
        "SUMMARY",
        "Regionens tekst",
        0,
    )
    .await;
    assert_eq!(code, "CONFLICT", "{body}");
    let current = &body["errors"][0]["extensions"]["current"];
    assert_eq!(current["text"], "Kommunens tekst");
    assert_eq!(current["revision"], 1);
    assert_eq!(current["section"], "SUMMARY");
    // Merging onto the current revision succeeds.
    assert_eq!(
        edit(
            &server,
            &c.secretariat,
            meeting,
            item,
            "SUMMARY",
            "Kommunens og regionens tekst",
            1
        )
        .await
        .0,
        "OK"
    );
    // A stale expectedVersion on the stream is a conflict too.
    let (code, _) = server
        .gql_error(Some(&c.secretariat.token),
            "mutation($m: ID!, $i: ID!) { acceptAgendaItem(input: {meetingId: $m, itemId: $i, expectedVersion: 1}) { version } }",
            json!({"m": meeting, "i": item}))
        .await;
    assert_eq!(code, "CONFLICT");
}

#[tokio::test]
async fn retrying_a_command_id_returns_the_first_result_and_appends_nothing() {
    let server = Server::start();
    let c = Cluster::create(&server).await;
    let meeting = c.schedule_meeting(&server).await;
    let command = Uuid::now_v7();
    let propose = "mutation($m: ID!, $c: ID!) { proposeAgendaItem(input: {commandId: $c, meetingId: $m, title: \"Eventuelt\", kind: ANY_OTHER_BUSINESS}) {
        version position item { id } } }";
    let first = run(
        &server,
        &c.member,
        propose,
        json!({"m": meeting, "c": command}),
    )
    .await;
    let again = run(
        &server,
        &c.member,
        propose,
        json!({"m": meeting, "c": command}),
    )
    .await;
    assert_eq!(first, again, "same version, position and item");
    let data = run(
        &server,
        &c.member,
        "query($m: ID!) { meeting(id: $m) { version otherItems { id } } }",
        json!({"m": meeting}),
    )
    .await;
    assert_eq!(data["meeting"]["version"], 2, "scheduled + one proposal");
    assert_eq!(data["meeting"]["otherItems"].as_array().unwrap().len(), 1);
}

#[tokio::test]
async fn read_models_rebuilt_on_restart_equal_the_live_ones() {
    let dir = tempfile::tempdir().unwrap();
    let mut server = Server::start_with(dir.path(), None);
    let c = Cluster::create(&server).await;
    let meeting = c.schedule_meeting(&server).await;
    let (first, _) = hold_meeting(&server, &c, meeting).await;
    let history = "query($i: ID!) { history(entityId: $i) { type position actor { personId organizationId } } }";
    let live_meeting = run(&server, &c.member, MEETING, json!({"m": meeting})).await;
    let live_history = run(&server, &c.member, history, json!({"i": first})).await;
    assert!(server.terminate(), "graceful shutdown on SIGTERM");

    let rebuild = std::process::Command::new(samraad_tests::samraad_bin())
        .args(["rebuild", "--data-dir"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert!(
        rebuild.status.success(),
        "{}",
        String::from_utf8_lossy(&rebuild.stderr)
    );
    let report = String::from_utf8_lossy(&rebuild.stdout);
    assert!(
        report.contains("meetings: 1") && report.contains("partnerships: 1"),
        "{report}"
    );

    let server = Server::start_with(dir.path(), None);
    assert_eq!(
        run(&server, &c.member, MEETING, json!({"m": meeting})).await,
        live_meeting
    );
    assert_eq!(
        run(&server, &c.member, history, json!({"i": first})).await,
        live_history
    );
    // Time travel: before the decision the item had none.
    let decided_at = live_history["history"]
        .as_array()
        .unwrap()
        .iter()
        .find(|h| h["type"] == "DecisionRecorded")
        .unwrap()["position"]
        .as_str()
        .unwrap()
        .parse::<u64>()
        .unwrap();
    let before = run(&server, &c.member,
        "query($m: ID!, $p: String!) { meetingAsOf(id: $m, position: $p) { status agenda { items { decision { text } } } } }",
        json!({"m": meeting, "p": (decided_at - 1).to_string()})).await;
    assert_eq!(before["meetingAsOf"]["status"], "OPEN");
    assert!(before["meetingAsOf"]["agenda"]["items"][0]["decision"].is_null());
}

#[tokio::test]
async fn on_postgres_a_subscriber_of_a_second_server_sees_the_first_servers_commands() {
    let url = samraad_store::testing::fresh_database_url().await.unwrap();
    let keys = tempfile::tempdir().unwrap();
    let a = Server::start_with(keys.path(), Some(&url));
    let b = Server::start_with(keys.path(), Some(&url));
    let c = Cluster::create(&a).await;
    let meeting = c.schedule_meeting(&a).await;
    // Server B learns of the forum's members from the shared log before it accepts tokens.
    let mut ws = None;
    for _ in 0..100 {
        let mut client = WsClient::connect_raw(&b.ws_url()).await;
        client
            .send(json!({"type": "connection_init", "payload": {"authorization": format!("Bearer {}", c.member.token)}}))
            .await;
        match client.recv().await {
            Some(WsEvent::Next(ack)) if ack["type"] == "connection_ack" => {
                ws = Some(client);
                break;
            }
            _ => tokio::time::sleep(std::time::Duration::from_millis(100)).await,
        }
    }
    let mut ws = ws.expect("server B accepts the member");
    ws.subscribe("b", MEETING_EVENTS, json!({"m": meeting}))
        .await;
    hold_meeting(&a, &c, meeting).await;
    let events = collect_until(&mut ws, "MinutesApproved").await;
    assert_eq!(events.len(), 16);
    let versions: Vec<i64> = events
        .iter()
        .map(|e| e["version"].as_i64().unwrap())
        .collect();
    assert_eq!(versions, (1..=16).collect::<Vec<_>>());
    let on_b = run(&b, &c.member, MEETING, json!({"m": meeting})).await;
    let on_a = run(&a, &c.member, MEETING, json!({"m": meeting})).await;
    assert_eq!(on_a, on_b, "both replicas agree");
}

/// A partnership's time zone is chosen when it is created (Europe/Copenhagen by default); a
/// name that is not an IANA zone is refused naming the field.
#[tokio::test]
async fn a_partnership_shows_its_time_zone() {
    let server = Server::start();
    let c = Cluster::create(&server).await;
    let data = run(
        &server,
        &c.member,
        "query($p: ID!) { partnership(id: $p) { timeZone } }",
        json!({"p": c.partnership}),
    )
    .await;
    assert_eq!(data["partnership"]["timeZone"], "Europe/Copenhagen");
    let create = "mutation($z: String!) { createPartnership(input: {name: \"Sundhedsklynge Sermersooq\", timeZone: $z}) { partnership { timeZone } } }";
    let data = run(&server, &c.admin, create, json!({"z": "America/Nuuk"})).await;
    assert_eq!(
        data["createPartnership"]["partnership"]["timeZone"],
        "America/Nuuk"
    );
    let (_, body) = server
        .post(Some(&c.admin.token), create, json!({"z": "Europe/Vejle"}))
        .await;
    let error = &body["errors"][0];
    assert_eq!(error["extensions"]["code"], "INVALID_INPUT", "{body}");
    assert!(
        error["message"].as_str().unwrap().contains("timeZone"),
        "{body}"
    );
}
