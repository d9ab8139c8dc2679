//! The meeting lifecycle through the schema (no HTTP), end to end over a SQLite store: the
//! wiring `serve` does, without the process.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::sync::Arc;

use async_graphql::{Request, Variables};
use samraad_app::CommandService;
use samraad_projections::Projections;
use samraad_store::{EventStore, SqliteStore};
use serde_json::{Value, json};
use uuid::Uuid;

use samraad_api::auth::Principal;
use samraad_api::schema::{AppSchema, Services, build};

struct Harness {
    schema: AppSchema,
    _dir: tempfile::TempDir,
}

impl Harness {
    async fn new() -> Self {
        let dir = tempfile::tempdir().unwrap();
        let store: Arc<dyn EventStore> =
            Arc::new(SqliteStore::open(dir.path().join("e.db")).unwrap());
        let projections = Projections::new(store.clone());
        tokio::spawn(projections.clone().run());
        let services = Services {
            commands: Arc::new(CommandService::new(store)),
            projections,
            metrics: Arc::default(),
            operators: Arc::new(Vec::new()),
        };
        Self {
            schema: build(services),
            _dir: dir,
        }
    }

    async fn run(&self, who: Principal, query: &str, vars: Value) -> Value {
        let request = Request::new(query)
            .variables(Variables::from_json(vars))
            .data(who);
        let response = self.schema.execute(request).await;
        assert!(response.errors.is_empty(), "{query}: {:?}", response.errors);
        response.data.into_json().unwrap()
    }
}

fn principal(person: Uuid, organization: Uuid, operator: bool) -> Principal {
    Principal {
        person,
        organization,
        expires_at: i64::MAX,
        operator,
    }
}

#[tokio::test]
async fn meeting_lifecycle() {
    let h = Harness::new().await;
    let (admin, region, kommune) = (Uuid::now_v7(), Uuid::now_v7(), Uuid::now_v7());
    let (chair, secretary, member) = (Uuid::now_v7(), Uuid::now_v7(), Uuid::now_v7());
    let op = principal(admin, region, true);
    let data = h
        .run(op, "mutation($i: CreatePartnershipInput!) { createPartnership(input: $i) { version partnership { id name } } }",
            json!({"i": {"name": "Sundhedsklynge Test"}}))
        .await;
    let p = data["createPartnership"]["partnership"]["id"]
        .as_str()
        .unwrap()
        .to_string();
    for (id, name, kind) in [
        (region, "Region Syddanmark", "REGION"),
        (kommune, "Vejle Kommune", "MUNICIPALITY"),
    ] {
        h.run(op, "mutation($i: RegisterOrganizationInput!) { registerOrganization(input: $i) { organization { id } } }",
            json!({"i": {"partnershipId": p, "organizationId": id, "name": name, "kind": kind}})).await;
    }
    let data = h
        .run(op, "mutation($i: CreateForumInput!) { createForum(input: $i) { forum { id } } }",
            json!({"i": {"partnershipId": p, "name": "Fagligt Strategisk Forum", "level": "STRATEGIC"}}))
        .await;
    let forum = data["createForum"]["forum"]["id"]
        .as_str()
        .unwrap()
        .to_string();
    for (person, org, role, name) in [
        (chair, region, "CHAIR", "Anne Formand"),
        (secretary, region, "SECRETARIAT", "Bo Sekretær"),
        (member, kommune, "MEMBER", "Carl Medlem"),
    ] {
        h.run(op, "mutation($i: AppointMemberInput!) { appointMember(input: $i) { membership { personName role } } }",
            json!({"i": {"partnershipId": p, "forumId": forum, "personId": person, "personName": name, "organizationId": org, "role": role, "validFrom": "2020-01-01"}})).await;
    }
    let sec = principal(secretary, region, false);
    let data = h
        .run(sec, "mutation($i: ScheduleMeetingInput!) { scheduleMeeting(input: $i) { version meeting { id status mode } } }",
            json!({"i": {"forumId": forum, "startsAt": "2030-05-01T12:00:00Z", "endsAt": "2030-05-01T15:00:00Z",
                          "location": {"room": "Mødelokale 6", "address": "Damhaven 12, 7100 Vejle"}}}))
        .await;
    let m = data["scheduleMeeting"]["meeting"]["id"]
        .as_str()
        .unwrap()
        .to_string();
    assert_eq!(data["scheduleMeeting"]["meeting"]["mode"], "IN_PERSON");
    let mut items = Vec::new();
    for (who, title) in [
        (sec, "Godkendelse af dagsorden"),
        (principal(member, kommune, false), "Sundhedsberedskab"),
    ] {
        let data = h
            .run(who, "mutation($i: ProposeAgendaItemInput!) { proposeAgendaItem(input: $i) { item { id title sections { section revision } } } }",
                json!({"i": {"meetingId": m, "title": title, "kind": "DECISION", "caseReference": "EMN-2022-05561",
                              "timeSlot": {"start": "14:30", "end": "14:45"},
                              "sections": [{"section": "RECOMMENDATIONS", "text": "Det indstilles, at\n1. A\n2. B"}]}}))
            .await;
        items.push(
            data["proposeAgendaItem"]["item"]["id"]
                .as_str()
                .unwrap()
                .to_string(),
        );
    }
    h.run(principal(member, kommune, false), "mutation($i: EditAgendaItemInput!) { editAgendaItem(input: $i) { item { revision } } }",
        json!({"i": {"meetingId": m, "itemId": items[1], "section": "SUMMARY", "text": "Resumé", "baseRevision": 0}})).await;
    for item in &items {
        h.run(sec, "mutation($i: AcceptAgendaItemInput!) { acceptAgendaItem(input: $i) { item { number status } } }",
            json!({"i": {"meetingId": m, "itemId": item}})).await;
    }
    h.run(sec, "mutation($i: PublishAgendaInput!) { publishAgenda(input: $i) { meeting { publishedEdition } } }", json!({"i": {"meetingId": m}})).await;
    h.run(
        sec,
        "mutation($i: OpenMeetingInput!) { openMeeting(input: $i) { meeting { status } } }",
        json!({"i": {"meetingId": m}}),
    )
    .await;
    h.run(sec, "mutation($i: RecordAttendanceInput!) { recordAttendance(input: $i) { meeting { attendance { name status joinedAt } } } }",
        json!({"i": {"meetingId": m, "entries": [{"personId": chair, "name": "Anne Formand", "organizationId": region, "status": "PRESENT_IN_ROOM"},
                                                  {"name": "Carl Medlem", "status": "PRESENT_ONLINE", "joinedAt": "15.10"}]}})).await;
    h.run(sec, "mutation($i: TakeUpItemInput!) { takeUpItem(input: $i) { meeting { currentItem { id } } } }", json!({"i": {"meetingId": m, "itemId": items[1]}})).await;
    let data = h
        .run(sec, "mutation($i: RecordDecisionInput!) { recordDecision(input: $i) { decisionId item { decision { text outcomes { recommendation outcome } } } } }",
            json!({"i": {"meetingId": m, "itemId": items[1], "text": "Godkendt",
                          "outcomes": [{"recommendation": 1, "outcome": "APPROVED"}, {"recommendation": 2, "outcome": "NOTED"}]}}))
        .await;
    assert_eq!(
        data["recordDecision"]["item"]["decision"]["text"],
        "Godkendt"
    );
    let data = h
        .run(sec, "mutation($i: AssignFollowUpInput!) { assignFollowUp(input: $i) { followUp { id status } } }",
            json!({"i": {"meetingId": m, "itemId": items[1], "description": "Sekretariatet udarbejder", "ownerOrganizationId": kommune}}))
        .await;
    assert_eq!(data["assignFollowUp"]["followUp"]["status"], "OPEN");
    h.run(
        sec,
        "mutation($i: AdjournMeetingInput!) { adjournMeeting(input: $i) { meeting { status } } }",
        json!({"i": {"meetingId": m}}),
    )
    .await;
    let data = h
        .run(sec, "mutation($i: ApproveMinutesInput!) { approveMinutes(input: $i) { version meeting { minutesApprovedAt } } }", json!({"i": {"meetingId": m}}))
        .await;
    assert!(data["approveMinutes"]["meeting"]["minutesApprovedAt"].is_string());

    // Fund pool and initiative.
    let data = h
        .run(
            op,
            "mutation($i: CreateFundPoolInput!) { createFundPool(input: $i) { fundPool { id } } }",
            json!({"i": {"partnershipId": p, "name": "Klyngemidler"}}),
        )
        .await;
    let pool = data["createFundPool"]["fundPool"]["id"]
        .as_str()
        .unwrap()
        .to_string();
    h.run(op, "mutation($i: ReceiveGrantInput!) { receiveGrant(input: $i) { fundPool { balance { available { amount } } } } }",
        json!({"i": {"fundPoolId": pool, "year": 2024, "source": "Region Syddanmark", "amount": {"amount": "3530000.00"}}})).await;
    let data = h
        .run(principal(member, kommune, false), "mutation($i: ProposeInitiativeInput!) { proposeInitiative(input: $i) { initiative { id status } } }",
            json!({"i": {"partnershipId": p, "title": "Sammen om ældre", "description": "…", "responsibleForumId": forum,
                          "leadOrganizationIds": [kommune], "period": {"start": "2024-01-01", "end": "2025-12-31"},
                          "requested": {"amount": "1400000"}, "budget": [{"year": 2024, "amount": {"amount": "700000"}}]}}))
        .await;
    let initiative = data["proposeInitiative"]["initiative"]["id"]
        .as_str()
        .unwrap()
        .to_string();
    let decision = json!({"meetingId": m, "itemId": items[1], "recommendation": 1});
    h.run(op, "mutation($i: ApproveInitiativeInput!) { approveInitiative(input: $i) { initiative { status granted { amount } } } }",
        json!({"i": {"initiativeId": initiative, "decision": decision, "granted": {"amount": "80000"}}})).await;
    let data = h
        .run(op, "mutation($i: AllocateFundsInput!) { allocateFunds(input: $i) { fundPool { balance { available { amount currency } } ledger { type amount { amount } availableAfter { amount } } } } }",
            json!({"i": {"fundPoolId": pool, "initiativeId": initiative, "decision": decision, "requested": {"amount": "1400000"}, "granted": {"amount": "80000"}}}))
        .await;
    assert_eq!(
        data["allocateFunds"]["fundPool"]["balance"]["available"]["amount"],
        "3450000.00"
    );
    h.run(op, "mutation($i: StartInitiativeInput!) { startInitiative(input: $i) { initiative { status } } }", json!({"i": {"initiativeId": initiative}})).await;
    let data = h
        .run(principal(member, kommune, false), "mutation($i: ReportStatusInput!) { reportStatus(input: $i) { initiative { latestReport { activities { light } } reports { id } budget { year } participants { id } } } }",
            json!({"i": {"initiativeId": initiative, "activities": {"light": "GREEN", "comment": "ok"}, "schedule": {"light": "YELLOW", "comment": "sent"}, "resources": {"light": "RED", "comment": "få"}}}))
        .await;
    assert_eq!(
        data["reportStatus"]["initiative"]["latestReport"]["activities"]["light"],
        "GREEN"
    );

    let data = h
        .run(op, "query($p: ID!, $f: ID!, $o: ID!) { partnership(id: $p) { organizations { name } forums { name members { personName role organization { name } } calendar { id } } meetings { id } initiatives { id } fundPools { id } administrators }
                   forum(id: $f) { name } followUps(organizationId: $o) { id } initiatives(partnershipId: $p) { title } }",
            json!({"p": p, "f": forum, "o": kommune}))
        .await;
    assert_eq!(
        data["partnership"]["organizations"]
            .as_array()
            .unwrap()
            .len(),
        2
    );
    assert_eq!(
        data["partnership"]["forums"][0]["members"]
            .as_array()
            .unwrap()
            .len(),
        3
    );
    assert_eq!(
        data["partnership"]["forums"][0]["members"][0]["personName"],
        "Anne Formand"
    );
    assert_eq!(
        data["partnership"]["forums"][0]["calendar"]
            .as_array()
            .unwrap()
            .len(),
        1
    );
    assert_eq!(data["followUps"].as_array().unwrap().len(), 1);
    assert_eq!(
        data["partnership"]["administrators"]
            .as_array()
            .unwrap()
            .len(),
        1
    );
}
