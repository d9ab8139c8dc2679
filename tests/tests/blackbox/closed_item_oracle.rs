//! Outsiders learn nothing about a closed item beyond "Lukket punkt": a mutation on it
//! answers exactly as for an id that does not exist (also with a stale `expectedVersion`),
//! a seat acts only for the organisation it represents, and ending a seat without a date
//! takes effect at once.
#![allow(clippy::unwrap_used)]

use samraad_tests::Server;
use samraad_tests::cluster::{Cluster, Person, id, run, seat};
use samraad_tests::world::Outsiders;
use serde_json::{Value, json};
use uuid::Uuid;

const CANARY: &str = "KANARIE-lukket-7731";

async fn error_of(server: &Server, who: &Person, query: &str, vars: Value) -> Value {
    let (_, body) = server.post(Some(&who.token), query, vars).await;
    body["errors"][0].clone()
}

/// The error with the ids in it replaced, to compare answers for different ids.
fn shape(error: &Value, ids: &[Uuid]) -> (Value, String) {
    let mut message = error["message"].as_str().unwrap_or("").to_string();
    for id in ids {
        message = message.replace(&id.to_string(), "ID");
    }
    (error["extensions"].clone(), message)
}

#[tokio::test]
async fn a_closed_item_is_no_oracle_and_seats_act_for_their_own_organisation() {
    let server = Server::start();
    let c = Cluster::create(&server).await;
    let other = Cluster::create(&server).await;
    let meeting = c.schedule_meeting(&server).await;
    let data = run(&server, &c.secretariat,
        "mutation($m: ID!, $t: String!) { proposeAgendaItem(input: {meetingId: $m, title: $t, kind: DECISION, visibility: CLOSED}) { item { id } } }",
        json!({"m": meeting, "t": CANARY})).await;
    let closed = id(&data["proposeAgendaItem"]["item"]["id"]);

    // People without a seat in the forum: the region's secretariat of another forum, a person
    // seated in the forum for the municipality but acting with a token for the region, and
    // the administrator of another partnership.
    let Outsiders {
        elsewhere_secretariat,
        other_hat,
        ..
    } = Outsiders::create(&server, &c).await;
    let outsiders = [elsewhere_secretariat, other_hat];

    let missing = Uuid::now_v7();
    let mutations = [
        (
            "withdraw",
            "mutation($m: ID!, $i: ID!, $v: Int) { withdrawAgendaItem(input: {meetingId: $m, itemId: $i, expectedVersion: $v}) { version } }",
        ),
        (
            "edit",
            "mutation($m: ID!, $i: ID!, $v: Int) { editAgendaItem(input: {meetingId: $m, itemId: $i, section: SUMMARY, text: \"probe\", baseRevision: 0, expectedVersion: $v}) { version } }",
        ),
    ];
    for who in &outsiders {
        for (what, mutation) in mutations {
            for stale in [None, Some(0)] {
                let on_closed = error_of(
                    &server,
                    who,
                    mutation,
                    json!({"m": meeting, "i": closed, "v": stale}),
                )
                .await;
                let on_missing = error_of(
                    &server,
                    who,
                    mutation,
                    json!({"m": meeting, "i": missing, "v": stale}),
                )
                .await;
                assert_eq!(
                    on_closed["extensions"]["code"], "NOT_FOUND",
                    "{what}: {on_closed}"
                );
                assert_eq!(
                    shape(&on_closed, &[closed]),
                    shape(&on_missing, &[missing]),
                    "{what}: no oracle"
                );
                assert!(!on_closed.to_string().contains(CANARY));
            }
        }
    }
    // The administrator of another partnership cannot act for the region at all.
    let foreign_admin = server.token(other.admin.id, c.region);
    let (code, _) = server
        .gql_error(
            Some(&foreign_admin),
            mutations[0].1,
            json!({"m": meeting, "i": closed, "v": null}),
        )
        .await;
    assert_eq!(code, "UNAUTHENTICATED");
    // The item is still there, untouched, for the forum.
    let data = run(
        &server,
        &c.member,
        "query($m: ID!) { meeting(id: $m) { version otherItems { title status } } }",
        json!({"m": meeting}),
    )
    .await;
    assert_eq!(data["meeting"]["otherItems"][0]["title"], CANARY);
    assert_eq!(data["meeting"]["otherItems"][0]["status"], "PROPOSED");
}

#[tokio::test]
async fn a_seat_ended_without_a_date_stops_reading_closed_items_at_once() {
    let server = Server::start();
    let c = Cluster::create(&server).await;
    let meeting = c.schedule_meeting(&server).await;
    let data = run(&server, &c.secretariat,
        "mutation($m: ID!, $t: String!) { proposeAgendaItem(input: {meetingId: $m, title: $t, kind: DECISION, visibility: CLOSED}) { item { id } } }",
        json!({"m": meeting, "t": CANARY})).await;
    let closed = id(&data["proposeAgendaItem"]["item"]["id"]);
    let (person, seat) = seat(
        &server,
        &c.admin,
        c.partnership,
        c.forum,
        c.municipality,
        "Ane Andersen",
        "MEMBER",
    )
    .await;
    let read = "query($m: ID!, $i: ID!) { meeting(id: $m) { otherItems { title } } history(entityId: $i) { type } }";
    let before = run(&server, &person, read, json!({"m": meeting, "i": closed})).await;
    assert!(before.to_string().contains(CANARY));
    assert!(!before["history"].as_array().unwrap().is_empty());

    run(&server, &c.admin, "mutation($p: ID!, $s: ID!) { endMembership(input: {partnershipId: $p, membershipId: $s}) { version } }",
        json!({"p": c.partnership, "s": seat})).await;
    let after = run(&server, &person, read, json!({"m": meeting, "i": closed})).await;
    assert!(!after.to_string().contains(CANARY), "{after}");
    assert_eq!(after["history"], json!([]), "{after}");
}

#[tokio::test]
async fn the_history_of_a_closed_item_is_empty_to_outsiders_even_after_the_agenda_naming_it_changed()
 {
    let server = Server::start();
    let c = Cluster::create(&server).await;
    let meeting = c.schedule_meeting(&server).await;
    let sec = &c.secretariat;
    let mut items = Vec::new();
    for visibility in ["OPEN", "CLOSED"] {
        let data = run(&server, sec,
            "mutation($m: ID!, $v: Visibility!) { proposeAgendaItem(input: {meetingId: $m, title: \"Punkt\", kind: DECISION, visibility: $v}) { item { id } } }",
            json!({"m": meeting, "v": visibility})).await;
        let item = id(&data["proposeAgendaItem"]["item"]["id"]);
        run(
            &server,
            sec,
            "mutation($m: ID!, $i: ID!) { acceptAgendaItem(input: {meetingId: $m, itemId: $i}) { version } }",
            json!({"m": meeting, "i": item}),
        )
        .await;
        items.push(item);
    }
    let (open, closed) = (items[0], items[1]);
    // Reordering and publishing name every item of the agenda, the closed one too.
    run(&server, sec,
        "mutation($m: ID!, $o: [ID!]!) { reorderAgenda(input: {meetingId: $m, itemIds: $o}) { version } }",
        json!({"m": meeting, "o": [closed, open]})).await;
    run(
        &server,
        sec,
        "mutation($m: ID!) { publishAgenda(input: {meetingId: $m}) { version } }",
        json!({"m": meeting}),
    )
    .await;

    let history = "query($i: ID!) { history(entityId: $i) { type } }";
    let types = |data: &Value| -> Vec<String> {
        data["history"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e["type"].as_str().unwrap().to_string())
            .collect()
    };
    // The forum sees both agenda-wide events in the closed item's history.
    let seen = types(&run(&server, &c.member, history, json!({"i": closed})).await);
    for event in ["AgendaItemProposed", "AgendaReordered", "AgendaPublished"] {
        assert!(seen.contains(&event.to_string()), "{event} in {seen:?}");
    }
    let outsiders = Outsiders::create(&server, &c).await;
    let missing = Uuid::now_v7();
    for (who, token) in [
        (
            "another forum's secretariat",
            Some(&outsiders.elsewhere_secretariat.token),
        ),
        ("the public", None),
    ] {
        let (_, on_closed) = server
            .post(token.map(|t| t.as_str()), history, json!({"i": closed}))
            .await;
        let (_, on_missing) = server
            .post(token.map(|t| t.as_str()), history, json!({"i": missing}))
            .await;
        assert_eq!(
            on_closed, on_missing,
            "{who}: the closed item's history is no oracle"
        );
        assert_eq!(on_closed["data"]["history"], json!([]), "{who}");
        // The open item's history shows the same agenda-wide events.
        let (_, on_open) = server
            .post(token.map(|t| t.as_str()), history, json!({"i": open}))
            .await;
        assert!(
            on_open["data"]["history"]
                .to_string()
                .contains("AgendaPublished"),
            "{who}: {on_open}"
        );
    }
}
