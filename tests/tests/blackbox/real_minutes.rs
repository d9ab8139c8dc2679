//! What real minutes say fits: recommendations written as bullets or as one sentence are
//! recommendations (numbered 1.. in the decision), kept in their form; an item decided as a
//! whole ("Dagsordenen blev godkendt.", "Drøftet.") records one outcome for the item.
#![allow(clippy::unwrap_used)]

use samraad_tests::Server;
use samraad_tests::cluster::{Cluster, id, run};
use serde_json::json;
use uuid::Uuid;

const ITEM: &str = "query($m: ID!) { meeting(id: $m) { agenda { items { id title
    sections { section text proposals style } decision { outcome outcomes { recommendation outcome } } } } minutes } }";

/// A meeting with one accepted item per `(title, recommendations text)`, opened; returns the
/// meeting and the items.
async fn open_meeting(server: &Server, c: &Cluster, items: &[(&str, &str)]) -> (Uuid, Vec<Uuid>) {
    let meeting = c.schedule_meeting(server).await;
    let mut ids = Vec::new();
    for (title, text) in items {
        let data = run(server, &c.secretariat,
            "mutation($m: ID!, $t: String!, $r: String!) { proposeAgendaItem(input: {meetingId: $m, title: $t, kind: DECISION,
               sections: [{section: RECOMMENDATIONS, text: $r}]}) { item { id } } }",
            json!({"m": meeting, "t": title, "r": text})).await;
        let item = id(&data["proposeAgendaItem"]["item"]["id"]);
        run(server, &c.secretariat,
            "mutation($m: ID!, $i: ID!) { acceptAgendaItem(input: {meetingId: $m, itemId: $i}) { version } }",
            json!({"m": meeting, "i": item})).await;
        ids.push(item);
    }
    for m in [
        "mutation($m: ID!) { publishAgenda(input: {meetingId: $m}) { version } }",
        "mutation($m: ID!) { openMeeting(input: {meetingId: $m}) { version } }",
    ] {
        run(server, &c.secretariat, m, json!({"m": meeting})).await;
    }
    (meeting, ids)
}

async fn take_up(server: &Server, c: &Cluster, meeting: Uuid, item: Uuid) {
    run(
        server,
        &c.secretariat,
        "mutation($m: ID!, $i: ID!) { takeUpItem(input: {meetingId: $m, itemId: $i}) { version } }",
        json!({"m": meeting, "i": item}),
    )
    .await;
}

#[tokio::test]
async fn bullets_and_a_single_sentence_are_recommendations() {
    let server = Server::start();
    let c = Cluster::create(&server).await;
    let bullets = "Det indstilles, at Faglig Strategisk Forum\n- Godkender dagsorden\n- Hilser gæster velkommen";
    let sentence =
        "Det indstilles, at Faglig Strategisk Forum tager orienteringen til efterretning.";
    let (meeting, items) = open_meeting(
        &server,
        &c,
        &[
            ("Velkommen og godkendelse af dagsordenen", bullets),
            ("Orientering om status på klyngeindsatser", sentence),
        ],
    )
    .await;
    take_up(&server, &c, meeting, items[0]).await;
    run(&server, &c.secretariat,
        "mutation($m: ID!, $i: ID!) { recordDecision(input: {meetingId: $m, itemId: $i, text: \"Dagsordenen blev godkendt.\",
           outcomes: [{recommendation: 1, outcome: APPROVED}, {recommendation: 2, outcome: APPROVED}]}) { version } }",
        json!({"m": meeting, "i": items[0]})).await;
    take_up(&server, &c, meeting, items[1]).await;
    run(&server, &c.secretariat,
        "mutation($m: ID!, $i: ID!) { recordDecision(input: {meetingId: $m, itemId: $i, text: \"Orienteringen blev taget til efterretning.\",
           outcomes: [{recommendation: 1, outcome: NOTED}]}) { version } }",
        json!({"m": meeting, "i": items[1]})).await;

    let data = run(&server, &c.member, ITEM, json!({"m": meeting})).await;
    let got = &data["meeting"]["agenda"]["items"];
    let section = &got[0]["sections"][0];
    assert_eq!(section["style"], "BULLETS");
    assert_eq!(
        section["proposals"],
        json!(["Godkender dagsorden", "Hilser gæster velkommen"])
    );
    assert_eq!(section["text"], bullets, "written back in its own form");
    let section = &got[1]["sections"][0];
    assert_eq!(section["style"], "SENTENCE");
    assert_eq!(section["proposals"], json!([sentence]));
    assert_eq!(got[1]["decision"]["outcomes"][0]["outcome"], "NOTED");

    // The minutes are read aloud and approved as the meeting's last item, while it is open.
    run(&server, &c.secretariat,
        "mutation($m: ID!) { approveMinutes(input: {meetingId: $m, approvedAtMeetingId: $m}) { version } }",
        json!({"m": meeting})).await;
    let data = run(
        &server,
        &c.member,
        "query($m: ID!) { meeting(id: $m) { status minutesApprovedAt } }",
        json!({"m": meeting}),
    )
    .await;
    assert_eq!(data["meeting"]["status"], "OPEN");
    assert!(data["meeting"]["minutesApprovedAt"].is_string(), "{data}");
}

#[tokio::test]
async fn an_item_decided_as_a_whole_records_one_outcome() {
    let server = Server::start();
    let c = Cluster::create(&server).await;
    let bullets = "Det indstilles, at Faglig Strategisk Forum\n- Godkender dagsorden\n- Hilser gæster velkommen";
    let (meeting, items) = open_meeting(
        &server,
        &c,
        &[
            ("Velkommen og godkendelse af dagsordenen", bullets),
            ("Gensidigt orienteringspunkt: Sundhedsreformen", ""),
            (
                "Drøftelse af emner for 2025",
                "Det indstilles, at forummet drøfter emnerne.",
            ),
        ],
    )
    .await;
    let record = "mutation($m: ID!, $i: ID!, $t: String!, $o: Outcome) { recordDecision(input: {meetingId: $m, itemId: $i, text: $t, outcome: $o}) { version } }";
    // "Dagsordenen blev godkendt og gæsterne blev hilst velkommen.": both bullets at once.
    take_up(&server, &c, meeting, items[0]).await;
    run(
        &server,
        &c.secretariat,
        record,
        json!({"m": meeting, "i": items[0], "t": "Dagsordenen blev godkendt.", "o": "APPROVED"}),
    )
    .await;
    // An item with no recommendations: "Drøftet."
    take_up(&server, &c, meeting, items[1]).await;
    run(
        &server,
        &c.secretariat,
        record,
        json!({"m": meeting, "i": items[1], "t": "Drøftet.", "o": "DISCUSSED"}),
    )
    .await;
    // One per recommendation and one for the item: refused, naming the rule.
    take_up(&server, &c, meeting, items[2]).await;
    let (_, body) = server.post(Some(&c.secretariat.token),
        "mutation($m: ID!, $i: ID!) { recordDecision(input: {meetingId: $m, itemId: $i, text: \"Drøftet.\", outcome: DISCUSSED,
           outcomes: [{recommendation: 1, outcome: DISCUSSED}]}) { version } }",
        json!({"m": meeting, "i": items[2]})).await;
    let error = &body["errors"][0];
    assert_eq!(error["extensions"]["code"], "RULE_VIOLATION", "{body}");
    assert!(
        error["message"].as_str().unwrap().contains("not both"),
        "{body}"
    );
    // Neither: the recommendation still needs an outcome.
    let (_, body) = server
        .post(
            Some(&c.secretariat.token),
            record,
            json!({"m": meeting, "i": items[2], "t": "Drøftet."}),
        )
        .await;
    assert_eq!(
        body["errors"][0]["extensions"]["code"], "RULE_VIOLATION",
        "{body}"
    );
    assert!(
        body["errors"][0]["message"]
            .as_str()
            .unwrap()
            .contains("no outcome for recommendation"),
        "{body}"
    );

    let data = run(&server, &c.member, ITEM, json!({"m": meeting})).await;
    let got = &data["meeting"]["agenda"]["items"];
    assert_eq!(got[0]["decision"]["outcome"], "APPROVED");
    assert_eq!(got[0]["decision"]["outcomes"], json!([]));
    assert_eq!(got[1]["decision"]["outcome"], "DISCUSSED");
    assert_eq!(got[2]["decision"], json!(null));
}

/// "Mødes holdes på TEAMS": online with no link known and no end time; a meeting whose place
/// the minutes do not give says so; a meeting with nothing said about its place is refused
/// instead of silently becoming a written procedure.
#[tokio::test]
async fn online_without_a_link_place_not_given_and_no_end_time() {
    let server = Server::start();
    let c = Cluster::create(&server).await;
    let schedule = "mutation($i: ScheduleMeetingInput!) { scheduleMeeting(input: $i) {
        meeting { mode onlineLink endsAt placeNotGiven location { address } minutes } } }";
    let data = run(
        &server,
        &c.secretariat,
        schedule,
        json!({"i": {"forumId": c.forum, "startsAt": "2025-06-17T14:00:00Z", "mode": "ONLINE"}}),
    )
    .await;
    let m = &data["scheduleMeeting"]["meeting"];
    assert_eq!(m["mode"], "ONLINE");
    assert_eq!(m["onlineLink"], json!(null));
    assert_eq!(m["endsAt"], json!(null));
    let data = run(&server, &c.secretariat, schedule,
        json!({"i": {"forumId": c.forum, "startsAt": "2025-06-17T14:00:00Z", "placeNotGiven": true}})).await;
    let m = &data["scheduleMeeting"]["meeting"];
    assert_eq!(m["mode"], "IN_PERSON");
    assert_eq!(m["placeNotGiven"], true);
    let (_, body) = server.post(Some(&c.secretariat.token), schedule,
        json!({"i": {"forumId": c.forum, "startsAt": "2025-06-17T14:00:00Z", "endsAt": "2025-06-17T16:00:00Z"}})).await;
    assert_eq!(
        body["errors"][0]["extensions"]["code"], "INVALID_INPUT",
        "{body}"
    );
    assert!(
        body["errors"][0]["message"]
            .as_str()
            .unwrap()
            .contains("placeNotGiven"),
        "{body}"
    );
}

/// Status reports as the minutes give them: lights per dimension, or prose only ("Indsatsen
/// følger tidsplanen"), pointing at the meeting and item where they were presented — which
/// must exist in the partnership.
#[tokio::test]
async fn a_status_report_in_prose_presented_at_an_item() {
    let server = Server::start();
    let c = Cluster::create(&server).await;
    let (meeting, items) = open_meeting(
        &server,
        &c,
        &[
            (
                "Ansøgning om klyngemidler",
                "Det indstilles, at der bevilges 80.000 kr.",
            ),
            (
                "Orientering Status på klyngeindsatser",
                "Det indstilles, at forummet tager status til efterretning.",
            ),
        ],
    )
    .await;
    take_up(&server, &c, meeting, items[0]).await;
    run(&server, &c.secretariat,
        "mutation($m: ID!, $i: ID!) { recordDecision(input: {meetingId: $m, itemId: $i, text: \"Godkendt.\", outcome: APPROVED}) { version } }",
        json!({"m": meeting, "i": items[0]})).await;
    let data = run(&server, &c.admin,
        "mutation($i: ProposeInitiativeInput!) { proposeInitiative(input: $i) { initiative { id } } }",
        json!({"i": {"partnershipId": c.partnership, "title": "Medicin i sektorovergange",
            "responsibleForumId": c.forum, "leadOrganizationIds": [c.region],
            "period": {"start": "2025-03-01", "end": "2026-02-28"}, "requested": {"amount": "80000.00"}}})).await;
    let initiative = id(&data["proposeInitiative"]["initiative"]["id"]);
    // Approved on the item decided as a whole.
    run(&server, &c.admin,
        "mutation($i: ApproveInitiativeInput!) { approveInitiative(input: $i) { version } }",
        json!({"i": {"initiativeId": initiative, "decision": {"meetingId": meeting, "itemId": items[0]},
            "granted": {"amount": "80000.00"}}})).await;
    let report =
        "mutation($i: ReportStatusInput!) { reportStatus(input: $i) { initiative { latestReport {
        activities { light } summary presentedAt { meetingId itemId } } } } }";
    let prose = "Indsatsen følger tidsplanen og forventes afsluttet 31. juni 2025.";
    let data = run(
        &server,
        &c.secretariat,
        report,
        json!({"i": {"initiativeId": initiative, "asOf": "2025-06-17", "summary": prose,
            "presentedAt": {"meetingId": meeting, "itemId": items[1]}}}),
    )
    .await;
    let latest = &data["reportStatus"]["initiative"]["latestReport"];
    assert_eq!(latest["activities"], json!(null));
    assert_eq!(latest["summary"], prose);
    assert_eq!(latest["presentedAt"]["itemId"], items[1].to_string());
    // Presented at an item that is not on the meeting: NOT_FOUND, nothing stored.
    let (_, body) = server
        .post(
            Some(&c.secretariat.token),
            report,
            json!({"i": {"initiativeId": initiative, "summary": prose,
            "presentedAt": {"meetingId": meeting, "itemId": Uuid::now_v7()}}}),
        )
        .await;
    assert_eq!(
        body["errors"][0]["extensions"]["code"], "NOT_FOUND",
        "{body}"
    );
    // Neither lights nor text.
    let (_, body) = server
        .post(
            Some(&c.secretariat.token),
            report,
            json!({"i": {"initiativeId": initiative}}),
        )
        .await;
    assert_eq!(
        body["errors"][0]["extensions"]["code"], "INVALID_INPUT",
        "{body}"
    );
}

/// "Kommunerne og regionen følger op", "Sekretariatet udarbejder …", "Hanne Andersen vender
/// tilbage": follow-ups owned by several organisations, a role of the forum, or a person.
#[tokio::test]
async fn follow_ups_are_owned_by_organisations_a_role_or_a_person() {
    let server = Server::start();
    let c = Cluster::create(&server).await;
    let (meeting, items) = open_meeting(
        &server,
        &c,
        &[("Opfølgning", "Det indstilles, at planen godkendes.")],
    )
    .await;
    let assign = "mutation($i: AssignFollowUpInput!) { assignFollowUp(input: $i) { followUp {
        ownerOrganizationId owner { organizationIds role personId personName } } } }";
    let base = json!({"meetingId": meeting, "itemId": items[0], "description": "Vender tilbage"});
    let with = |owner: serde_json::Value| {
        let mut input = base.clone();
        input
            .as_object_mut()
            .unwrap()
            .extend(owner.as_object().unwrap().clone());
        json!({ "i": input })
    };
    let both = run(
        &server,
        &c.secretariat,
        assign,
        with(json!({"ownerOrganizationIds": [c.municipality, c.region]})),
    )
    .await;
    let owner = &both["assignFollowUp"]["followUp"];
    assert!(owner["ownerOrganizationId"].is_null(), "{owner}");
    assert_eq!(
        owner["owner"]["organizationIds"],
        json!([c.municipality.to_string(), c.region.to_string()])
    );
    let role = run(
        &server,
        &c.secretariat,
        assign,
        with(json!({"ownerRole": "SECRETARIAT"})),
    )
    .await;
    assert_eq!(
        role["assignFollowUp"]["followUp"]["owner"]["role"],
        "SECRETARIAT"
    );
    let person = run(
        &server,
        &c.secretariat,
        assign,
        with(json!({"ownerPerson": {"personId": c.member.id, "name": "Hanne Andersen"}})),
    )
    .await;
    assert_eq!(
        person["assignFollowUp"]["followUp"]["owner"]["personName"],
        "Hanne Andersen"
    );
    // Each of the two organisations sees the shared one among its open follow-ups.
    for org in [c.municipality, c.region] {
        let data = run(&server, &c.secretariat,
            "query($o: ID!) { organizationFollowUps(organizationId: $o) { followUp { owner { organizationIds } } } }",
            json!({"o": org})).await;
        assert_eq!(
            data["organizationFollowUps"].as_array().unwrap().len(),
            1,
            "{data}"
        );
    }
    // Two owners at once is refused.
    let (code, _) = server
        .gql_error(
            Some(&c.secretariat.token),
            assign,
            with(json!({"ownerRole": "CHAIR", "ownerOrganizationId": c.region})),
        )
        .await;
    assert_eq!(code, "INVALID_INPUT");
}

/// "Opfølgning på møde i Politisk Niveau d. 4. april 2025": an item refers to the earlier
/// meeting's item it follows up; the item must exist in the partnership, in another meeting.
#[tokio::test]
async fn an_item_follows_up_an_earlier_meetings_item() {
    let server = Server::start();
    let c = Cluster::create(&server).await;
    let (earlier, items) = open_meeting(
        &server,
        &c,
        &[(
            "Sundhedsreformen",
            "Det indstilles, at orienteringen tages til efterretning.",
        )],
    )
    .await;
    let later = c.schedule_meeting(&server).await;
    let propose = "mutation($m: ID!, $f: ItemRefInput) { proposeAgendaItem(input: {meetingId: $m,
        title: \"Opfølgning: Sundhedsreformen\", kind: INFORMATION, followsUp: $f}) {
        item { followsUp { meetingId itemId } } } }";
    let data = run(
        &server,
        &c.secretariat,
        propose,
        json!({"m": later, "f": {"meetingId": earlier, "itemId": items[0]}}),
    )
    .await;
    assert_eq!(
        data["proposeAgendaItem"]["item"]["followsUp"],
        json!({"meetingId": earlier.to_string(), "itemId": items[0].to_string()})
    );
    for (f, code) in [
        (
            json!({"meetingId": earlier, "itemId": Uuid::now_v7()}),
            "NOT_FOUND",
        ),
        (
            json!({"meetingId": Uuid::now_v7(), "itemId": items[0]}),
            "NOT_FOUND",
        ),
        (
            json!({"meetingId": later, "itemId": items[0]}),
            "INVALID_INPUT",
        ),
    ] {
        let (got, error) = server
            .gql_error(
                Some(&c.secretariat.token),
                propose,
                json!({"m": later, "f": f}),
            )
            .await;
        assert_eq!(got, code, "{error}");
    }
}
