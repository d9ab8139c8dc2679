//! The world of the closed-items leak test ([`ClosedItems`]).

use serde_json::{Value, json};
use uuid::Uuid;

use super::{Canary, Reader};
use crate::Server;
use crate::cluster::{Cluster, Person, id, mutate, run, seat};

/// A partnership whose forum holds closed items, every text field of which carries a
/// [`Canary`]: a meeting through its whole life (an open item, one closed from the start, one
/// closed after publication, one closed and withdrawn, with decisions, follow-ups,
/// attachments, an initiative and a fund pool resting on the closed decision) and a second,
/// scheduled meeting with closed items of both organisations; and the readers outside the
/// forum, who must see none of it.
pub struct ClosedItems {
    /// The server it lives on.
    pub server: Server,
    /// The partnership; its forum ("forum A") holds the closed items.
    pub c: Cluster,
    /// This run's canary.
    pub canary: Canary,
    /// A second forum of the partnership, with seats for all three organisations.
    pub forum_b: Uuid,
    /// A third organisation (general practice), seated in forum B only.
    pub gp: Uuid,
    /// The meeting held through its whole life (minutes approved).
    pub m1: Uuid,
    /// The second meeting: agenda published, still scheduled.
    pub m2: Uuid,
    /// The open item everyone may see.
    pub open: Uuid,
    /// Closed from the start, every field canaried.
    pub closed: Uuid,
    /// Open at first (canaries written while open), closed after publication.
    pub reclosed: Uuid,
    /// Closed and withdrawn (an "other item").
    pub withdrawn: Uuid,
    /// Closed items of the second meeting (still scheduled): by the region and the municipality.
    pub m2_region: Uuid,
    /// See `m2_region`.
    pub m2_municipality: Uuid,
    /// A closed item of the second meeting only the final write probe touches.
    pub m2_reopen: Uuid,
    /// Follow-ups of the closed items of the first meeting.
    pub follow_ups: Vec<Uuid>,
    /// An initiative approved by the closed item's decision.
    pub initiative: Uuid,
    /// A fund pool that allocated to the initiative on the closed item's decision.
    pub pool: Uuid,
    /// Attachments of closed items.
    pub attachments: Vec<Uuid>,
    /// Readers outside forum A.
    pub outsiders: Vec<Reader>,
    /// A member of forum A (the positive control).
    pub insider: Reader,
}

impl ClosedItems {
    /// Builds the world on a fresh server.
    pub async fn build() -> ClosedItems {
        build().await
    }
}

const PROPOSE: &str =
    "mutation($i: ProposeAgendaItemInput!) { proposeAgendaItem(input: $i) { item { id } } }";

async fn propose(server: &Server, who: &Person, input: Value) -> Uuid {
    let data = run(server, who, PROPOSE, json!({"i": input})).await;
    id(&data["proposeAgendaItem"]["item"]["id"])
}

fn every_section(k: &Canary, tag: &str) -> Value {
    json!([
        {"section": "SUMMARY", "text": k.c(&format!("{tag}-summary"))},
        {"section": "RECOMMENDATIONS", "text": format!("Det indstilles, at {}\n1. {}\n2. {}",
            k.c(&format!("{tag}-preamble")), k.c(&format!("{tag}-proposal1")), k.c(&format!("{tag}-proposal2")))},
        {"section": "BACKGROUND", "text": format!("| a | b |\n|---|---|\n| {} | x |", k.c(&format!("{tag}-background")))},
        {"section": "FINANCES", "text": k.c(&format!("{tag}-finances"))},
        {"section": "PREVIOUS_DECISIONS", "text": k.c(&format!("{tag}-previous"))},
        {"section": "COORDINATION", "text": k.c(&format!("{tag}-coordination"))},
        {"section": "APPROVED_BY", "text": k.c(&format!("{tag}-approvedby"))},
    ])
}

fn closed_details(k: &Canary, tag: &str, case_ref: &str, visibility: &str) -> Value {
    json!({
        "title": k.c(&format!("{tag}-title")),
        "kind": "DECISION",
        "visibility": visibility,
        "caseReference": case_ref,
        "documentNumber": k.c(&format!("{tag}-doc")),
        "timeSlot": {"start": "14:00", "end": "14:20"},
        "presenters": [k.c(&format!("{tag}-presenter"))],
        "guests": [k.c(&format!("{tag}-guest"))],
        "preparedBy": k.c(&format!("{tag}-preparedby")),
    })
}

async fn attach(
    server: &Server,
    who: &Person,
    meeting: Uuid,
    item: Uuid,
    k: &Canary,
    tag: &str,
) -> Uuid {
    let data = run(
        server,
        who,
        "mutation($i: AttachDocumentInput!) { attachDocument(input: $i) { attachmentId } }",
        json!({"i": {"meetingId": meeting, "itemId": item, "title": k.c(&format!("{tag}-attachment")),
            "documentNumber": k.c(&format!("{tag}-attdoc")),
            "uri": format!("https://sharepoint.example/{}", k.c(&format!("{tag}-atturi")))}}),
    )
    .await;
    id(&data["attachDocument"]["attachmentId"])
}

async fn build() -> ClosedItems {
    let server = Server::start();
    let c = Cluster::create(&server).await;
    let k = Canary::new();
    let admin = c.admin.clone();
    let sec = c.secretariat.clone();
    let member = c.member.clone();
    let chair = c.chair.clone();

    // A third organisation and a second forum; seats there for people of all three.
    let gp = Uuid::now_v7();
    run(&server, &admin,
        "mutation($p: ID!, $o: ID!) { registerOrganization(input: {partnershipId: $p, organizationId: $o, name: \"PLO-Syddanmark\", kind: GENERAL_PRACTICE}) { version } }",
        json!({"p": c.partnership, "o": gp})).await;
    let data = run(&server, &admin,
        "mutation($p: ID!) { createForum(input: {partnershipId: $p, name: \"Temagruppe Børn og Unge\", level: COORDINATING}) { forum { id } } }",
        json!({"p": c.partnership})).await;
    let forum_b = id(&data["createForum"]["forum"]["id"]);
    let (b_region, _) = seat(
        &server,
        &admin,
        c.partnership,
        forum_b,
        c.region,
        "Birgitte Holm",
        "MEMBER",
    )
    .await;
    let (b_municipality, _) = seat(
        &server,
        &admin,
        c.partnership,
        forum_b,
        c.municipality,
        "Jens Lund",
        "CHAIR",
    )
    .await;
    let (b_gp, _) = seat(
        &server,
        &admin,
        c.partnership,
        forum_b,
        gp,
        "Lars Bach",
        "SECRETARIAT",
    )
    .await;
    // A former member of forum A (seat ended in the past): still authenticates, sees nothing.
    let (former, membership) = seat(
        &server,
        &admin,
        c.partnership,
        c.forum,
        c.municipality,
        "Karen Dahl",
        "MEMBER",
    )
    .await;
    mutate(&server, &admin, "endMembership",
        json!({"partnershipId": c.partnership, "membershipId": membership, "endedOn": "2025-01-31"})).await;
    // The administrator of another partnership.
    let other_admin_id = Uuid::now_v7();
    let other_admin = Person {
        id: other_admin_id,
        organization: gp,
        token: server.token_operator(other_admin_id, gp),
    };
    run(&server, &other_admin,
        "mutation { createPartnership(input: {name: \"Sundhedsklynge Sydvestjylland\"}) { partnership { id } } }",
        json!({})).await;

    // Meeting 1: the whole life cycle.
    let m1 = c.schedule_meeting(&server).await;
    let open = propose(&server, &sec, json!({"meetingId": m1, "title": "Velkomst og godkendelse af dagsorden",
        "kind": "APPROVAL", "sections": [{"section": "RECOMMENDATIONS", "text": "Det indstilles, at\n1. Dagsordenen godkendes"}]})).await;
    let mut input = closed_details(&k, "c1", &k.case_refs[0], "CLOSED");
    input["meetingId"] = json!(m1);
    input["sections"] = every_section(&k, "c1");
    let closed = propose(&server, &sec, input).await;
    mutate(
        &server,
        &member,
        "editAgendaItem",
        json!({"meetingId": m1, "itemId": closed, "section": "SUMMARY",
        "text": k.c("c1-summary-v2"), "baseRevision": 1}),
    )
    .await;
    let mut attachments = vec![attach(&server, &sec, m1, closed, &k, "c1").await];
    // Open at first, written while open, closed after publication.
    let mut input = closed_details(&k, "oc", &k.case_refs[1], "OPEN");
    input["meetingId"] = json!(m1);
    input["sections"] = every_section(&k, "oc");
    let reclosed = propose(&server, &member, input).await;
    attachments.push(attach(&server, &member, m1, reclosed, &k, "oc").await);
    // Closed, then withdrawn by its proposer.
    let mut input = closed_details(&k, "wd", &k.case_refs[2], "CLOSED");
    input["meetingId"] = json!(m1);
    input["sections"] = every_section(&k, "wd");
    let withdrawn = propose(&server, &member, input).await;
    mutate(
        &server,
        &member,
        "withdrawAgendaItem",
        json!({"meetingId": m1, "itemId": withdrawn, "reason": k.c("wd-reason")}),
    )
    .await;
    for item in [open, closed, reclosed] {
        mutate(
            &server,
            &sec,
            "acceptAgendaItem",
            json!({"meetingId": m1, "itemId": item}),
        )
        .await;
    }
    mutate(&server, &chair, "publishAgenda", json!({"meetingId": m1})).await;
    let mut details = closed_details(&k, "oc", &k.case_refs[1], "CLOSED");
    details["presenters"] = json!([k.c("oc-presenter"), k.c("oc-presenter2")]);
    mutate(
        &server,
        &member,
        "changeAgendaItemDetails",
        json!({"meetingId": m1, "itemId": reclosed, "baseRevision": 1, "details": details}),
    )
    .await;
    mutate(
        &server,
        &sec,
        "editAgendaItem",
        json!({"meetingId": m1, "itemId": reclosed, "section": "FINANCES",
        "text": k.c("oc-finances-v2"), "baseRevision": 1}),
    )
    .await;
    mutate(&server, &sec, "openMeeting", json!({"meetingId": m1})).await;
    mutate(&server, &sec, "recordAttendance", json!({"meetingId": m1, "entries": [
        {"name": "Hanne Andersen", "status": "PRESENT_IN_ROOM", "personId": chair.id, "organizationId": c.region},
        {"name": "Thomas Reintoft", "status": "PRESENT_ONLINE", "joinedAt": "15:10"},
        {"name": k.c("c1-guestname"), "status": "PRESENT", "guestForItemId": closed, "substituteFor": k.c("c1-subst"), "joinedAt": "14:00", "leftAt": "14:20"},
        {"name": k.c("oc-guestname"), "status": "PRESENT_ONLINE", "guestForItemId": reclosed},
    ]})).await;
    mutate(
        &server,
        &sec,
        "takeUpItem",
        json!({"meetingId": m1, "itemId": open}),
    )
    .await;
    mutate(&server, &sec, "recordDecision", json!({"meetingId": m1, "itemId": open,
        "text": "Dagsordenen blev godkendt.", "outcomes": [{"recommendation": 1, "outcome": "APPROVED"}]})).await;
    mutate(
        &server,
        &sec,
        "takeUpItem",
        json!({"meetingId": m1, "itemId": closed}),
    )
    .await;
    mutate(&server, &sec, "recordDecision", json!({"meetingId": m1, "itemId": closed, "text": k.c("c1-decision"),
        "outcomes": [{"recommendation": 1, "outcome": "APPROVED_WITH_CHANGES", "note": k.c("c1-note1")},
                     {"recommendation": 2, "outcome": "REJECTED", "note": k.c("c1-note2")}],
        "reservations": [{"organizationName": k.c("c1-resorg"), "organizationId": c.municipality, "text": k.c("c1-reservation"), "recommendation": 1}]})).await;
    let mut follow_ups = Vec::new();
    for (item, tag, owner) in [
        (closed, "c1", c.municipality),
        (reclosed, "oc", c.region),
        (closed, "c1b", gp),
    ] {
        let data = run(&server, &sec,
            "mutation($i: AssignFollowUpInput!) { assignFollowUp(input: $i) { followUp { id } } }",
            json!({"i": {"meetingId": m1, "itemId": item, "description": k.c(&format!("{tag}-followup")),
                "ownerOrganizationId": owner, "due": "2025-04-01"}})).await;
        follow_ups.push(id(&data["assignFollowUp"]["followUp"]["id"]));
    }
    mutate(
        &server,
        &sec,
        "takeUpItem",
        json!({"meetingId": m1, "itemId": reclosed}),
    )
    .await;
    mutate(
        &server,
        &sec,
        "recordDecision",
        json!({"meetingId": m1, "itemId": reclosed, "text": k.c("oc-decision"),
        "outcomes": [{"recommendation": 1, "outcome": "NOTED", "note": k.c("oc-note")},
                     {"recommendation": 2, "outcome": "DISCUSSED", "note": k.c("oc-note2")}]}),
    )
    .await;
    mutate(&server, &sec, "adjournMeeting", json!({"meetingId": m1})).await;
    mutate(&server, &chair, "approveMinutes", json!({"meetingId": m1})).await;

    // An initiative and a fund pool whose decisions are the closed item's.
    let data = run(&server, &admin,
        "mutation($i: ProposeInitiativeInput!) { proposeInitiative(input: $i) { initiative { id } } }",
        json!({"i": {"partnershipId": c.partnership, "title": "Klyngeindsats for gravide med overvægt",
            "responsibleForumId": c.forum, "leadOrganizationIds": [c.region], "participantIds": [c.municipality],
            "period": {"start": "2025-03-01", "end": "2026-02-28"}, "requested": {"amount": "80000.00"}}})).await;
    let initiative = id(&data["proposeInitiative"]["initiative"]["id"]);
    let decision = json!({"meetingId": m1, "itemId": closed, "recommendation": 1});
    mutate(
        &server,
        &admin,
        "approveInitiative",
        json!({"initiativeId": initiative, "decision": decision,
        "granted": {"amount": "80000.00"}}),
    )
    .await;
    let data = run(&server, &admin,
        "mutation($p: ID!) { createFundPool(input: {partnershipId: $p, name: \"Klyngemidler\"}) { fundPool { id } } }",
        json!({"p": c.partnership})).await;
    let pool = id(&data["createFundPool"]["fundPool"]["id"]);
    mutate(
        &server,
        &admin,
        "receiveGrant",
        json!({"fundPoolId": pool, "year": 2025, "source": "Region Syddanmark",
        "amount": {"amount": "500000.00"}}),
    )
    .await;
    mutate(
        &server,
        &admin,
        "allocateFunds",
        json!({"fundPoolId": pool, "initiativeId": initiative,
        "decision": decision, "granted": {"amount": "80000.00"}, "year": 2025}),
    )
    .await;

    // Meeting 2: still scheduled (items editable), agenda published, closed items by both
    // organisations.
    let m2 = c.schedule_meeting(&server).await;
    let mut input = closed_details(&k, "m2r", &k.case_refs[3], "CLOSED");
    input["meetingId"] = json!(m2);
    input["sections"] = every_section(&k, "m2r");
    let m2_region = propose(&server, &sec, input).await;
    let mut input = closed_details(&k, "m2m", &k.case_refs[3], "CLOSED");
    input["meetingId"] = json!(m2);
    input["sections"] = every_section(&k, "m2m");
    let m2_municipality = propose(&server, &member, input).await;
    attachments.push(attach(&server, &member, m2, m2_municipality, &k, "m2m").await);
    let mut input = closed_details(&k, "m2x", &k.case_refs[3], "CLOSED");
    input["meetingId"] = json!(m2);
    input["sections"] = every_section(&k, "m2x");
    let m2_reopen = propose(&server, &sec, input).await;
    for item in [m2_region, m2_municipality, m2_reopen] {
        mutate(
            &server,
            &sec,
            "acceptAgendaItem",
            json!({"meetingId": m2, "itemId": item}),
        )
        .await;
    }
    mutate(&server, &chair, "publishAgenda", json!({"meetingId": m2})).await;

    let reader = |label, p: &Person| Reader {
        label,
        token: Some(p.token.clone()),
    };
    let outsiders = vec![
        Reader {
            label: "anonymous public",
            token: None,
        },
        reader(
            "forum B member, region (proposer's organisation)",
            &b_region,
        ),
        reader("forum B chair, municipality", &b_municipality),
        reader("forum B secretariat, other organisation", &b_gp),
        reader("former member of forum A", &former),
        reader("administrator of another partnership", &other_admin),
    ];
    ClosedItems {
        insider: reader("forum A member (control)", &member),
        server,
        c,
        canary: k,
        forum_b,
        gp,
        m1,
        m2,
        open,
        closed,
        reclosed,
        withdrawn,
        m2_region,
        m2_municipality,
        m2_reopen,
        follow_ups,
        initiative,
        pool,
        attachments,
        outsiders,
    }
}
