//! Every client-chosen id names exactly one thing in the whole store: each create command
//! with an id already in use anywhere (another partnership's forum, a partnership, a meeting,
//! …) is `CONFLICT` naming the id, and the owner of the id is not disturbed.
#![allow(clippy::unwrap_used)]

use samraad_tests::Server;
use samraad_tests::cluster::{Cluster, Person, id, run, try_mutation};
use serde_json::{Value, json};
use uuid::Uuid;

/// A meeting of `c`'s forum, open, with one accepted item; returns (meeting, item).
async fn open_meeting_with_item(server: &Server, c: &Cluster) -> (Uuid, Uuid) {
    let meeting = c.schedule_meeting(server).await;
    let data = run(server, &c.secretariat,
        "mutation($m: ID!) { proposeAgendaItem(input: {meetingId: $m, title: \"Godkendelse af dagsorden\", kind: DECISION}) { item { id } } }",
        json!({"m": meeting})).await;
    let item = id(&data["proposeAgendaItem"]["item"]["id"]);
    run(server, &c.secretariat,
        "mutation($m: ID!, $i: ID!) { acceptAgendaItem(input: {meetingId: $m, itemId: $i}) { version } }",
        json!({"m": meeting, "i": item})).await;
    for m in [
        "mutation($m: ID!) { publishAgenda(input: {meetingId: $m}) { version } }",
        "mutation($m: ID!) { openMeeting(input: {meetingId: $m}) { version } }",
    ] {
        run(server, &c.secretariat, m, json!({"m": meeting})).await;
    }
    (meeting, item)
}

#[tokio::test]
async fn every_create_command_refuses_an_id_in_use_anywhere() {
    let server = Server::start();
    let a = Cluster::create(&server).await;
    let b = Cluster::create(&server).await;
    let (a_meeting, a_item) = open_meeting_with_item(&server, &a).await;
    let data = run(&server, &a.admin,
        "mutation($p: ID!) { createFundPool(input: {partnershipId: $p, name: \"Klyngemidler\"}) { fundPool { id } } }",
        json!({"p": a.partnership})).await;
    let a_pool = id(&data["createFundPool"]["fundPool"]["id"]);
    let (b_meeting, b_item) = open_meeting_with_item(&server, &b).await;

    // Ids of A's things, and the create commands of B that try to reuse them.
    let taken = [a.partnership, a.forum, a_meeting, a_item, a_pool];
    let initiative = |id: Uuid| {
        json!({"initiativeId": id, "partnershipId": b.partnership, "title": "Sammenhængende forløb",
            "responsibleForumId": b.forum, "leadOrganizationIds": [b.region],
            "period": {"start": "2025-03-01", "end": "2026-02-28"}, "requested": {"amount": "1000.00"}})
    };
    type Input<'a> = Box<dyn Fn(Uuid) -> Value + 'a>;
    let creates: Vec<(&str, &Person, Input)> = vec![
        (
            "createPartnership",
            &b.admin,
            Box::new(|id| json!({"partnershipId": id, "name": "Klynge"})),
        ),
        (
            "createForum",
            &b.admin,
            Box::new(
                |id| json!({"partnershipId": b.partnership, "forumId": id, "name": "Temaudvalg", "level": "OPERATIONAL"}),
            ),
        ),
        (
            "appointMember",
            &b.admin,
            Box::new(|id| {
                json!({"partnershipId": b.partnership, "membershipId": id, "forumId": b.forum,
            "personId": Uuid::now_v7(), "personName": "Ny Person", "organizationId": b.region, "role": "MEMBER"})
            }),
        ),
        (
            "scheduleMeeting",
            &b.secretariat,
            Box::new(|id| {
                json!({"meetingId": id, "forumId": b.forum,
            "startsAt": "2025-05-01T08:00:00Z", "endsAt": "2025-05-01T10:00:00Z", "location": {"room": "Lokale 1", "address": "Damhaven 12, 7100 Vejle"}})
            }),
        ),
        (
            "proposeAgendaItem",
            &b.secretariat,
            Box::new(
                |id| json!({"meetingId": b_meeting, "itemId": id, "title": "Punkt", "kind": "DISCUSSION"}),
            ),
        ),
        (
            "attachDocument",
            &b.secretariat,
            Box::new(
                |id| json!({"meetingId": b_meeting, "itemId": b_item, "attachmentId": id, "title": "Bilag 1"}),
            ),
        ),
        (
            "assignFollowUp",
            &b.secretariat,
            Box::new(|id| {
                json!({"meetingId": b_meeting, "itemId": b_item, "followUpId": id,
            "description": "Sekretariatet følger op", "ownerOrganizationId": b.region})
            }),
        ),
        ("proposeInitiative", &b.admin, Box::new(initiative)),
        (
            "createFundPool",
            &b.admin,
            Box::new(
                |id| json!({"fundPoolId": id, "partnershipId": b.partnership, "name": "Puljen"}),
            ),
        ),
        (
            "registerOrganization",
            &b.admin,
            Box::new(
                |id| json!({"partnershipId": b.partnership, "organizationId": id, "name": "Ny kommune", "kind": "MUNICIPALITY"}),
            ),
        ),
    ];
    for (n, (mutation, who, input)) in creates.iter().enumerate() {
        for used in [taken[n % taken.len()], taken[(n + 1) % taken.len()]] {
            let error = try_mutation(&server, who, mutation, input(used))
                .await
                .unwrap_or_else(|| panic!("{mutation} with the id {used} in use succeeded"));
            assert_eq!(
                error["extensions"]["code"], "CONFLICT",
                "{mutation}: {error}"
            );
            let message = error["message"].as_str().unwrap();
            assert!(message.contains(&used.to_string()), "{mutation}: {message}");
        }
        // The same command with a fresh id works (the refusal was the id, nothing else).
        assert_eq!(
            try_mutation(&server, who, mutation, input(Uuid::now_v7())).await,
            None,
            "{mutation} with a fresh id"
        );
    }

    // A is undisturbed: its forum is its own, its secretariat schedules there as before.
    let data = run(
        &server,
        &a.member,
        "query($f: ID!) { forum(id: $f) { id name } }",
        json!({"f": a.forum}),
    )
    .await;
    assert_eq!(data["forum"]["name"], "Fagligt Strategisk Niveau");
    a.schedule_meeting(&server).await;
}

#[tokio::test]
async fn one_organisation_may_take_part_in_several_partnerships() {
    let server = Server::start();
    let a = Cluster::create(&server).await;
    let b = Cluster::create(&server).await;
    // A's region joins B as the same organisation (its people's tokens name one id) …
    let error = try_mutation(&server, &b.admin, "registerOrganization",
        json!({"partnershipId": b.partnership, "organizationId": a.region, "name": "Region Syddanmark", "kind": "REGION"})).await;
    assert_eq!(error, None);
    // … but no other kind of thing may take an organisation's id.
    let error = try_mutation(&server, &b.admin, "createForum",
        json!({"partnershipId": b.partnership, "forumId": a.municipality, "name": "Forum", "level": "OPERATIONAL"}))
        .await
        .unwrap();
    assert_eq!(error["extensions"]["code"], "CONFLICT");
}

/// A store written by a version that kept no id index (schema 2 with the index empty, as the
/// upgrade from schema 1 left it): the next start backfills the index from the log, so the
/// ids stored before are guarded like new ones, and their owners are undisturbed.
#[tokio::test]
async fn ids_stored_before_ids_were_guarded_are_guarded_after_an_upgrade() {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start_with(dir.path(), None);
    let a = Cluster::create(&server).await;
    let b = Cluster::create(&server).await;
    drop(server);
    {
        let conn = rusqlite::Connection::open(dir.path().join("events.db")).unwrap();
        conn.execute_batch(
            "DELETE FROM entity_ids; DROP TABLE IF EXISTS meta; \
             ALTER TABLE events DROP COLUMN recorded_at; PRAGMA user_version = 2;",
        )
        .unwrap();
    }
    let server = Server::start_with(dir.path(), None);
    for used in [a.forum, a.partnership] {
        let error = try_mutation(&server, &b.admin, "createForum",
            json!({"partnershipId": b.partnership, "forumId": used, "name": "Temaudvalg", "level": "OPERATIONAL"}))
            .await
            .unwrap_or_else(|| panic!("createForum with the old id {used} succeeded"));
        assert_eq!(error["extensions"]["code"], "CONFLICT", "{error}");
        assert!(
            error["message"]
                .as_str()
                .unwrap()
                .contains(&used.to_string()),
            "{error}"
        );
    }
    a.schedule_meeting(&server).await;
    drop(server);
    // Backfilled once: the next start finds the index complete and still guards the ids.
    let server = Server::start_with(dir.path(), None);
    let error = try_mutation(&server, &b.admin, "createForum",
        json!({"partnershipId": b.partnership, "forumId": a.forum, "name": "Temaudvalg", "level": "OPERATIONAL"}))
        .await
        .unwrap();
    assert_eq!(error["extensions"]["code"], "CONFLICT");
}
