//! Outsiders learn nothing about a closed item beyond "Lukket punkt": a mutation on it
//! answers exactly as for an id that does not exist (also with a stale `expectedVersion`),
//! a seat acts only for the organisation it represents, and ending a seat without a date
//! takes effect at once.
#![allow(clippy::unwrap_used)]

use samraad_tests::Server;
use samraad_tests::cluster::{Cluster, Person, id, run};
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

async fn appoint(
    server: &Server,
    c: &Cluster,
    forum: Uuid,
    person: Uuid,
    org: Uuid,
    role: &str,
) -> Uuid {
    let membership = Uuid::now_v7();
    run(server, &c.admin,
        "mutation($p: ID!, $f: ID!, $m: ID!, $person: ID!, $o: ID!, $r: Role!) {
           appointMember(input: {partnershipId: $p, forumId: $f, membershipId: $m, personId: $person, personName: \"Ane Andersen\", organizationId: $o, role: $r, validFrom: \"2025-01-01\"}) { version } }",
        json!({"p": c.partnership, "f": forum, "m": membership, "person": person, "o": org, "r": role})).await;
    membership
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
    let data = run(&server, &c.admin,
        "mutation($p: ID!) { createForum(input: {partnershipId: $p, name: \"Temaudvalg\", level: OPERATIONAL}) { forum { id } } }",
        json!({"p": c.partnership})).await;
    let elsewhere_forum = id(&data["createForum"]["forum"]["id"]);
    let elsewhere = Uuid::now_v7();
    appoint(
        &server,
        &c,
        elsewhere_forum,
        elsewhere,
        c.region,
        "SECRETARIAT",
    )
    .await;
    let two_hats = Uuid::now_v7();
    appoint(&server, &c, c.forum, two_hats, c.municipality, "MEMBER").await;
    appoint(&server, &c, elsewhere_forum, two_hats, c.region, "MEMBER").await;
    let outsiders = [
        Person {
            id: elsewhere,
            organization: c.region,
            token: server.token(elsewhere, c.region),
        },
        Person {
            id: two_hats,
            organization: c.region,
            token: server.token(two_hats, c.region),
        },
    ];

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
    let leaving = Uuid::now_v7();
    let seat = appoint(&server, &c, c.forum, leaving, c.municipality, "MEMBER").await;
    let person = Person {
        id: leaving,
        organization: c.municipality,
        token: server.token(leaving, c.municipality),
    };
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
