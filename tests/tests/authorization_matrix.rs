//! The authorization matrix: every mutation of the schema × every kind of caller, with the
//! exact outcome each must get (`OK` or the error code).
//!
//! Callers: a platform operator (who created the partnership and so administers it), a
//! partnership administrator who is not an operator, the forum's chair, co-chair, secretariat,
//! member and observer, a person of another organisation (seated in a *different*
//! partnership, acting for their own organisation), the region's secretariat of *another*
//! forum of the partnership, a person seated in the forum for the municipality who acts with a
//! token naming the region (the organisation of their other seat), the administrator of
//! another partnership with a token naming this partnership's region, an expired token of a
//! seated member, and no token at all.
//!
//! The expected outcomes are the domain's permission rules (`services/domain/src/actor.rs` and
//! the deciders). The list of mutations comes from the running server by introspection, so a
//! new mutation without a row here fails the test.
//!
//! For every mutation the fixture brings the system to a state where the command succeeds for
//! an authorized caller. The refused attempts run first against one such target (a refusal
//! changes nothing); every authorized caller then gets a fresh target of its own, so each
//! attempt tests permission and not state. All mismatches are reported together, as a table.
#![allow(clippy::unwrap_used)]

use std::collections::BTreeSet;
use std::fmt::Write as _;

use samraad_tests::Server;
use samraad_tests::cluster::{Cluster, Person};
use serde_json::{Value, json};
use uuid::Uuid;

/// Who attempts the command.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Actor {
    /// Platform operator; created the partnership and administers it.
    Operator,
    /// Partnership administrator (appointed, not an operator), acting for the region.
    Admin,
    /// Chair of the forum (region).
    Chair,
    /// Co-chair of the forum (general practice, PLO).
    CoChair,
    /// Secretariat of the forum (region).
    Secretariat,
    /// Member of the forum (municipality); proposes the items, leads the initiatives, owns
    /// the follow-ups.
    Member,
    /// Observer in the forum (patient association, a member organisation).
    Observer,
    /// Seated in another partnership's forum, acting for its own organisation.
    OtherOrg,
    /// The region's secretariat of another forum of the partnership (no seat in this one).
    ElsewhereSecretariat,
    /// Seated in the forum for the municipality, acting with a token for the region (the
    /// organisation of their seat in another forum).
    OtherHat,
    /// Administrator of another partnership, with a token naming this partnership's region.
    ForeignAdmin,
    /// The member's token, expired an hour ago.
    Expired,
    /// No `Authorization` header.
    NoToken,
}

use Actor::*;

const ACTORS: [Actor; 13] = [
    Operator,
    Admin,
    Chair,
    CoChair,
    Secretariat,
    Member,
    Observer,
    OtherOrg,
    ElsewhereSecretariat,
    OtherHat,
    ForeignAdmin,
    Expired,
    NoToken,
];

impl Actor {
    fn name(self) -> &'static str {
        match self {
            Operator => "operator",
            Admin => "admin",
            Chair => "chair",
            CoChair => "co_chair",
            Secretariat => "secretariat",
            Member => "member",
            Observer => "observer",
            OtherOrg => "other_org",
            ElsewhereSecretariat => "elsewhere_secretariat",
            OtherHat => "other_hat",
            ForeignAdmin => "foreign_admin",
            Expired => "expired",
            NoToken => "no_token",
        }
    }
}

/// The callers a mutation accepts. Every other authenticated caller gets `FORBIDDEN`; an
/// expired or missing token gets `UNAUTHENTICATED`.
type Allowed = &'static [Actor];

/// Creating partnerships: platform operators.
const OPERATORS: Allowed = &[Operator];
/// Partnership structure: administrators.
const ADMINS: Allowed = &[Operator, Admin];
/// Managing the agenda and running the meeting: chair, co-chair, secretariat of the forum.
const RUNS_FORUM: Allowed = &[Chair, CoChair, Secretariat];
/// Scheduling a meeting: those who run the forum, or an administrator.
const SCHEDULERS: Allowed = &[Operator, Admin, Chair, CoChair, Secretariat];
/// Proposing items and initiatives: any person acting for a member organisation.
const MEMBER_ORGS: Allowed = &[
    Operator,
    Admin,
    Chair,
    CoChair,
    Secretariat,
    Member,
    Observer,
    ElsewhereSecretariat,
    OtherHat,
];
/// Editing an item: non-observer seats in the forum, or the proposing organisation (the
/// member's municipality).
const CONTRIBUTORS: Allowed = &[Chair, CoChair, Secretariat, Member];
/// Withdrawing an item: the proposing organisation (member), or those who run the forum.
const PROPOSER_OR_RUNS: Allowed = &[Chair, CoChair, Secretariat, Member];
/// Closing a follow-up: the owner organisation (member), or those who run the forum.
const OWNER_OR_RUNS: Allowed = &[Chair, CoChair, Secretariat, Member];
/// Status reports: the lead organisation (member) or a non-observer seat in the responsible
/// forum.
const LEAD_OR_FORUM: Allowed = &[Chair, CoChair, Secretariat, Member];
/// Initiative lifecycle: administrator, secretariat of any forum, or chair/co-chair/secretariat
/// of the responsible forum.
const INITIATIVE_MANAGERS: Allowed = &[
    Operator,
    Admin,
    Chair,
    CoChair,
    Secretariat,
    ElsewhereSecretariat,
];
/// Fund pools: administrator or a secretariat seat in any forum of the partnership.
const FUND_MANAGERS: Allowed = &[Operator, Admin, Secretariat, ElsewhereSecretariat];

/// One row per mutation: who may run it.
const MATRIX: &[(&str, Allowed)] = &[
    ("createPartnership", OPERATORS),
    ("appointAdministrator", ADMINS),
    ("registerOrganization", ADMINS),
    ("createForum", ADMINS),
    ("appointMember", ADMINS),
    ("endMembership", ADMINS),
    ("scheduleMeeting", SCHEDULERS),
    ("rescheduleMeeting", RUNS_FORUM),
    ("cancelMeeting", RUNS_FORUM),
    ("proposeAgendaItem", MEMBER_ORGS),
    ("editAgendaItem", CONTRIBUTORS),
    ("changeAgendaItemDetails", CONTRIBUTORS),
    ("attachDocument", CONTRIBUTORS),
    ("acceptAgendaItem", RUNS_FORUM),
    ("rejectAgendaItem", RUNS_FORUM),
    ("reorderAgenda", RUNS_FORUM),
    ("withdrawAgendaItem", PROPOSER_OR_RUNS),
    ("postponeAgendaItem", RUNS_FORUM),
    ("publishAgenda", RUNS_FORUM),
    ("openMeeting", RUNS_FORUM),
    ("recordAttendance", RUNS_FORUM),
    ("takeUpItem", RUNS_FORUM),
    ("recordDecision", RUNS_FORUM),
    ("correctDecision", RUNS_FORUM),
    ("assignFollowUp", RUNS_FORUM),
    ("completeFollowUp", OWNER_OR_RUNS),
    ("dropFollowUp", OWNER_OR_RUNS),
    ("adjournMeeting", RUNS_FORUM),
    ("approveMinutes", RUNS_FORUM),
    ("proposeInitiative", MEMBER_ORGS),
    ("approveInitiative", INITIATIVE_MANAGERS),
    ("startInitiative", INITIATIVE_MANAGERS),
    ("reportStatus", LEAD_OR_FORUM),
    ("extendInitiative", INITIATIVE_MANAGERS),
    ("completeInitiative", INITIATIVE_MANAGERS),
    ("stopInitiative", INITIATIVE_MANAGERS),
    ("createFundPool", FUND_MANAGERS),
    ("receiveGrant", FUND_MANAGERS),
    ("allocateFunds", FUND_MANAGERS),
    ("transferFunds", FUND_MANAGERS),
    ("returnFunds", FUND_MANAGERS),
    ("recordIncome", FUND_MANAGERS),
    ("recordExpense", FUND_MANAGERS),
];

fn expected(actor: Actor, allowed: Allowed) -> &'static str {
    match actor {
        // An administrator is accepted only for organisations registered where they
        // administer: the token is refused before any mutation is looked at.
        Expired | NoToken | ForeignAdmin => "UNAUTHENTICATED",
        a if allowed.contains(&a) => "OK",
        _ => "FORBIDDEN",
    }
}

/// The GraphQL document of a mutation: every mutation takes one `input: <Name>Input!`.
fn document(mutation: &str) -> String {
    let mut input = mutation[..1].to_uppercase();
    input.push_str(&mutation[1..]);
    format!("mutation($input: {input}Input!) {{ {mutation}(input: $input) {{ __typename }} }}")
}

fn new_id() -> String {
    Uuid::now_v7().to_string()
}

fn money(amount: &str) -> Value {
    json!({"amount": amount, "currency": "DKK"})
}

const ONE_RECOMMENDATION: &str =
    "Det indstilles, at Fagligt Strategisk Niveau\n1. Godkender oplægget";

/// The partnership under test, its callers, and shared targets.
struct Fixture {
    server: Server,
    c: Cluster,
    admin: Person,
    co_chair: Person,
    observer: Person,
    other: Person,
    elsewhere_secretariat: Person,
    other_hat: Person,
    foreign_admin: String,
    expired: String,
    /// A scheduled meeting (agenda drafting).
    draft: String,
    /// An open meeting.
    open: String,
    /// A recorded decision (`DecisionRefInput`) that grants money and approves initiatives.
    decision: Value,
    /// Two approved initiatives that receive allocations.
    funded: [String; 2],
}

impl Fixture {
    async fn create() -> Fixture {
        // Hundreds of requests per person in a few seconds: lift the per-person rate limit.
        let server = Server::start_args(&["--rate-limit=100000", "--rate-burst=100000"]);
        let c = Cluster::create(&server).await;
        let other_cluster = Cluster::create(&server).await;
        let (plo, patients) = (Uuid::now_v7(), Uuid::now_v7());
        let p = c.partnership.to_string();
        let seat = async |org: Uuid, role: &str| {
            let person = Uuid::now_v7();
            exec_as(
                &server,
                &c.admin,
                "appointMember",
                json!({"partnershipId": p, "forumId": c.forum, "personId": person,
                       "personName": format!("{role} person"), "organizationId": org,
                       "role": role, "validFrom": "2025-01-01"}),
            )
            .await;
            Person {
                id: person,
                organization: org,
                token: server.token(person, org),
            }
        };
        for (org, name, kind) in [
            (plo, "PLO Syddanmark", "GENERAL_PRACTICE"),
            (patients, "Danske Patienter", "PATIENT_ASSOCIATION"),
        ] {
            exec_as(
                &server,
                &c.admin,
                "registerOrganization",
                json!({"partnershipId": p, "organizationId": org, "name": name, "kind": kind}),
            )
            .await;
        }
        let co_chair = seat(plo, "CO_CHAIR").await;
        let observer = seat(patients, "OBSERVER").await;
        let admin_id = Uuid::now_v7();
        exec_as(
            &server,
            &c.admin,
            "appointAdministrator",
            json!({"partnershipId": p, "personId": admin_id}),
        )
        .await;
        let admin = Person {
            id: admin_id,
            organization: c.region,
            token: server.token(admin_id, c.region),
        };
        let expired = server.token_args(c.member.id, c.municipality, &["--ttl=-3600"]);
        // A second forum of the partnership, and people seated there for the region.
        let data = samraad_tests::cluster::run(&server, &c.admin,
            "mutation($p: ID!) { createForum(input: {partnershipId: $p, name: \"Temaudvalg\", level: OPERATIONAL}) { forum { id } } }",
            json!({"p": p})).await;
        let elsewhere = data["createForum"]["forum"]["id"]
            .as_str()
            .unwrap()
            .to_string();
        let seat_in = async |forum: &str, person: Uuid, org: Uuid, role: &str| {
            exec_as(
                &server,
                &c.admin,
                "appointMember",
                json!({"partnershipId": p, "forumId": forum, "personId": person,
                       "personName": format!("{role} person"), "organizationId": org,
                       "role": role, "validFrom": "2025-01-01"}),
            )
            .await;
        };
        let elsewhere_id = Uuid::now_v7();
        seat_in(&elsewhere, elsewhere_id, c.region, "SECRETARIAT").await;
        let elsewhere_secretariat = Person {
            id: elsewhere_id,
            organization: c.region,
            token: server.token(elsewhere_id, c.region),
        };
        let hat_id = Uuid::now_v7();
        seat_in(&c.forum.to_string(), hat_id, c.municipality, "MEMBER").await;
        seat_in(&elsewhere, hat_id, c.region, "MEMBER").await;
        let other_hat = Person {
            id: hat_id,
            organization: c.region,
            token: server.token(hat_id, c.region),
        };
        let foreign_admin = server.token(other_cluster.admin.id, c.region);
        let other = other_cluster.member.clone();
        assert_ne!(other.organization, c.municipality);

        let mut fx = Fixture {
            server,
            c,
            admin,
            co_chair,
            observer,
            other,
            elsewhere_secretariat,
            other_hat,
            foreign_admin,
            expired,
            draft: String::new(),
            open: String::new(),
            decision: Value::Null,
            funded: [String::new(), String::new()],
        };
        fx.draft = fx.meeting().await;
        fx.open = fx.open_meeting().await;
        let decided = fx.decided_item(&fx.open).await;
        fx.decision = json!({"meetingId": fx.open, "itemId": decided});
        fx.funded = [
            fx.initiative("APPROVED").await,
            fx.initiative("APPROVED").await,
        ];
        fx
    }

    fn token(&self, actor: Actor) -> Option<&str> {
        Some(match actor {
            Operator => &self.c.admin.token,
            Admin => &self.admin.token,
            Chair => &self.c.chair.token,
            CoChair => &self.co_chair.token,
            Secretariat => &self.c.secretariat.token,
            Member => &self.c.member.token,
            Observer => &self.observer.token,
            OtherOrg => &self.other.token,
            ElsewhereSecretariat => &self.elsewhere_secretariat.token,
            OtherHat => &self.other_hat.token,
            ForeignAdmin => &self.foreign_admin,
            Expired => &self.expired,
            NoToken => return None,
        })
    }

    /// Attempts `mutation` as `actor` with a fresh command id; returns `OK` or the error code
    /// (with the message, for the report).
    async fn attempt(&self, actor: Actor, mutation: &str, mut input: Value) -> (String, String) {
        input["commandId"] = json!(new_id());
        let (status, body) = self
            .server
            .post(
                self.token(actor),
                &document(mutation),
                json!({ "input": input }),
            )
            .await;
        match body["errors"].get(0) {
            None if status == 200 && body["data"][mutation].is_object() => {
                ("OK".into(), String::new())
            }
            None => (format!("HTTP {status}"), body.to_string()),
            Some(error) => (
                error["extensions"]["code"]
                    .as_str()
                    .unwrap_or("(no code)")
                    .to_string(),
                error["message"].as_str().unwrap_or_default().to_string(),
            ),
        }
    }

    /// Runs a setup command that must succeed.
    async fn exec(&self, who: &Person, mutation: &str, input: Value) {
        exec_as(&self.server, who, mutation, input).await;
    }

    // ---- Targets: states in which a command succeeds for an authorized caller. ----

    /// A scheduled meeting of the forum.
    async fn meeting(&self) -> String {
        let id = new_id();
        self.exec(
            &self.c.secretariat,
            "scheduleMeeting",
            json!({"meetingId": id, "forumId": self.c.forum,
                   "startsAt": "2025-09-24T13:30:00Z", "endsAt": "2025-09-24T16:30:00Z",
                   "onlineLink": "https://teams.example/meet/matrix"}),
        )
        .await;
        id
    }

    /// An open meeting.
    async fn open_meeting(&self) -> String {
        let id = self.meeting().await;
        self.exec(&self.c.secretariat, "openMeeting", json!({"meetingId": id}))
            .await;
        id
    }

    /// An adjourned meeting.
    async fn adjourned_meeting(&self) -> String {
        let id = self.open_meeting().await;
        self.exec(
            &self.c.secretariat,
            "adjournMeeting",
            json!({"meetingId": id}),
        )
        .await;
        id
    }

    /// An item with one recommendation, proposed by the member's municipality.
    async fn item(&self, meeting: &str) -> String {
        let id = new_id();
        self.exec(
            &self.c.member,
            "proposeAgendaItem",
            json!({"meetingId": meeting, "itemId": id, "title": "Klyngeindsats for gravide med overvægt",
                   "kind": "DECISION", "caseReference": "EMN-2022-05561",
                   "sections": [{"section": "RECOMMENDATIONS", "text": ONE_RECOMMENDATION}]}),
        )
        .await;
        id
    }

    /// An item on the agenda.
    async fn accepted_item(&self, meeting: &str) -> String {
        let id = self.item(meeting).await;
        self.exec(
            &self.c.secretariat,
            "acceptAgendaItem",
            json!({"meetingId": meeting, "itemId": id}),
        )
        .await;
        id
    }

    /// An item with a recorded decision (the meeting must be open).
    async fn decided_item(&self, meeting: &str) -> String {
        let id = self.accepted_item(meeting).await;
        self.exec(
            &self.c.secretariat,
            "recordDecision",
            json!({"meetingId": meeting, "itemId": id, "text": "Indstillingen blev godkendt.",
                   "outcomes": [{"recommendation": 1, "outcome": "APPROVED"}]}),
        )
        .await;
        id
    }

    /// An open follow-up owned by the member's municipality, in the open meeting.
    async fn follow_up(&self) -> String {
        let item = self.accepted_item(&self.open).await;
        let id = new_id();
        self.exec(
            &self.c.secretariat,
            "assignFollowUp",
            json!({"meetingId": self.open, "itemId": item, "followUpId": id,
                   "description": "Kommunen udarbejder et oplæg",
                   "ownerOrganizationId": self.c.municipality}),
        )
        .await;
        id
    }

    /// An initiative of the forum led by the municipality, brought to `status`
    /// (`PROPOSED`, `APPROVED` or `RUNNING`).
    async fn initiative(&self, status: &str) -> String {
        let id = new_id();
        self.exec(
            &self.c.member,
            "proposeInitiative",
            json!({"initiativeId": id, "partnershipId": self.c.partnership,
                   "title": "Opsporing af KOL i almen praksis",
                   "responsibleForumId": self.c.forum,
                   "leadOrganizationIds": [self.c.municipality],
                   "period": {"start": "2025-01-01", "end": "2026-12-31"},
                   "requested": money("500000.00")}),
        )
        .await;
        if status == "PROPOSED" {
            return id;
        }
        self.exec(
            &self.c.secretariat,
            "approveInitiative",
            json!({"initiativeId": id, "decision": self.decision, "granted": money("400000.00")}),
        )
        .await;
        if status == "APPROVED" {
            return id;
        }
        self.exec(
            &self.c.secretariat,
            "startInitiative",
            json!({"initiativeId": id, "startedOn": "2025-03-01"}),
        )
        .await;
        id
    }

    /// A fund pool of the partnership, with a grant of 1 mio. if `granted`.
    async fn pool(&self, granted: bool) -> String {
        let id = new_id();
        self.exec(
            &self.c.secretariat,
            "createFundPool",
            json!({"fundPoolId": id, "partnershipId": self.c.partnership, "name": "Klyngemidler"}),
        )
        .await;
        if granted {
            self.exec(
                &self.c.secretariat,
                "receiveGrant",
                json!({"fundPoolId": id, "year": 2025, "source": "Sundhedsklyngemidler",
                       "amount": money("1000000.00")}),
            )
            .await;
        }
        id
    }

    /// A pool that has allocated 300.000 kr. to the first funded initiative.
    async fn allocated_pool(&self) -> String {
        let id = self.pool(true).await;
        self.exec(
            &self.c.secretariat,
            "allocateFunds",
            json!({"fundPoolId": id, "initiativeId": self.funded[0], "decision": self.decision,
                   "granted": money("300000.00"), "year": 2025}),
        )
        .await;
        id
    }

    /// A fresh target for `mutation`: the input of a command that succeeds for an authorized
    /// caller (the command id is added per attempt).
    async fn target(&self, mutation: &str) -> Value {
        let p = self.c.partnership.to_string();
        let f = self.c.forum.to_string();
        match mutation {
            "createPartnership" => json!({"name": "Sundhedsklynge Sydvest"}),
            "appointAdministrator" => json!({"partnershipId": p, "personId": new_id()}),
            "registerOrganization" => json!({"partnershipId": p, "organizationId": new_id(),
                "name": "Vejle Kommune", "kind": "MUNICIPALITY"}),
            "createForum" => json!({"partnershipId": p, "name": "Temaudvalg for børn og unge",
                "level": "OPERATIONAL"}),
            "appointMember" => json!({"partnershipId": p, "forumId": f, "personId": new_id(),
                "personName": "Sofie Plenge", "organizationId": self.c.municipality,
                "role": "MEMBER", "validFrom": "2025-01-01"}),
            "endMembership" => {
                let membership = new_id();
                self.exec(
                    &self.c.admin,
                    "appointMember",
                    json!({"partnershipId": p, "forumId": f, "membershipId": membership,
                           "personId": new_id(), "personName": "Lars Holm",
                           "organizationId": self.c.municipality, "role": "MEMBER",
                           "validFrom": "2025-01-01"}),
                )
                .await;
                json!({"partnershipId": p, "membershipId": membership, "endedOn": "2025-06-30",
                       "reason": "Ny repræsentant"})
            }
            "scheduleMeeting" => json!({"forumId": f, "startsAt": "2025-11-26T13:30:00Z",
                "endsAt": "2025-11-26T16:30:00Z", "onlineLink": "https://teams.example/meet/2"}),
            "rescheduleMeeting" => json!({"meetingId": self.meeting().await,
                "startsAt": "2025-09-25T13:30:00Z", "endsAt": "2025-09-25T16:30:00Z",
                "onlineLink": "https://teams.example/meet/3"}),
            "cancelMeeting" => {
                json!({"meetingId": self.meeting().await, "reason": "Ingen sager"})
            }
            "proposeAgendaItem" => json!({"meetingId": self.draft, "title": "Eventuelt",
                "kind": "ANY_OTHER_BUSINESS"}),
            "editAgendaItem" => json!({"meetingId": self.draft,
                "itemId": self.item(&self.draft).await, "section": "SUMMARY",
                "text": "Resumé", "baseRevision": 0}),
            "changeAgendaItemDetails" => json!({"meetingId": self.draft,
                "itemId": self.item(&self.draft).await, "baseRevision": 1,
                "details": {"title": "Ny titel", "kind": "DISCUSSION"}}),
            "attachDocument" => json!({"meetingId": self.draft,
                "itemId": self.item(&self.draft).await, "title": "Bilag 1: Samarbejdsaftale"}),
            "acceptAgendaItem" | "withdrawAgendaItem" | "postponeAgendaItem" => {
                json!({"meetingId": self.draft, "itemId": self.item(&self.draft).await})
            }
            "rejectAgendaItem" => json!({"meetingId": self.draft,
                "itemId": self.item(&self.draft).await, "reason": "Hører under temaudvalget"}),
            "reorderAgenda" => {
                let m = self.meeting().await;
                let a = self.accepted_item(&m).await;
                let b = self.accepted_item(&m).await;
                json!({"meetingId": m, "itemIds": [b, a]})
            }
            "publishAgenda" | "openMeeting" => json!({"meetingId": self.meeting().await}),
            "recordAttendance" => json!({"meetingId": self.open,
                "entries": [{"name": "Hanne Andersen", "status": "PRESENT_IN_ROOM"}]}),
            "takeUpItem" => json!({"meetingId": self.open,
                "itemId": self.accepted_item(&self.open).await}),
            "recordDecision" => json!({"meetingId": self.open,
                "itemId": self.accepted_item(&self.open).await,
                "text": "Indstillingen blev godkendt.",
                "outcomes": [{"recommendation": 1, "outcome": "APPROVED"}]}),
            "correctDecision" => json!({"meetingId": self.open,
                "itemId": self.decided_item(&self.open).await,
                "text": "Indstillingen blev godkendt med ændringer.",
                "outcomes": [{"recommendation": 1, "outcome": "APPROVED_WITH_CHANGES"}],
                "reason": "Fejl i referatet"}),
            "assignFollowUp" => json!({"meetingId": self.open,
                "itemId": self.accepted_item(&self.open).await,
                "description": "Sekretariatet udarbejder et kommissorium",
                "ownerOrganizationId": self.c.region}),
            "completeFollowUp" => json!({"meetingId": self.open,
                "followUpId": self.follow_up().await, "note": "Udført"}),
            "dropFollowUp" => json!({"meetingId": self.open,
                "followUpId": self.follow_up().await, "reason": "Overhalet af indsatsen"}),
            "adjournMeeting" => json!({"meetingId": self.open_meeting().await}),
            "approveMinutes" => json!({"meetingId": self.adjourned_meeting().await}),
            "proposeInitiative" => json!({"partnershipId": p, "title": "Sammenhængende forløb",
                "responsibleForumId": f, "leadOrganizationIds": [self.c.municipality],
                "period": {"start": "2025-01-01", "end": "2026-12-31"},
                "requested": money("1400000.00")}),
            "approveInitiative" => json!({"initiativeId": self.initiative("PROPOSED").await,
                "decision": self.decision, "granted": money("80000.00")}),
            "startInitiative" => json!({"initiativeId": self.initiative("APPROVED").await,
                "startedOn": "2025-04-01"}),
            "reportStatus" => json!({"initiativeId": self.initiative("RUNNING").await,
                "asOf": "2025-06-30",
                "activities": {"light": "GREEN", "comment": "Forløber planmæssigt"},
                "schedule": {"light": "YELLOW", "comment": "Lidt forsinket"},
                "resources": {"light": "GREEN"}}),
            "extendInitiative" => json!({"initiativeId": self.initiative("RUNNING").await,
                "newEnd": "2027-06-30", "reason": "Forsinket rekruttering"}),
            "completeInitiative" => json!({"initiativeId": self.initiative("RUNNING").await,
                "completedOn": "2026-12-31", "summary": "Indsatsen er implementeret"}),
            "stopInitiative" => json!({"initiativeId": self.initiative("APPROVED").await,
                "stoppedOn": "2025-08-01", "reason": "Manglende finansiering"}),
            "createFundPool" => json!({"partnershipId": p, "name": "Udviklingsmidler 2026"}),
            "receiveGrant" => json!({"fundPoolId": self.pool(false).await, "year": 2025,
                "source": "Sundhedsklyngemidler", "amount": money("3530000.00")}),
            "allocateFunds" => json!({"fundPoolId": self.pool(true).await,
                "initiativeId": self.funded[0], "decision": self.decision,
                "requested": money("1400000.00"), "granted": money("80000.00"), "year": 2025}),
            "transferFunds" => json!({"fundPoolId": self.allocated_pool().await,
                "fromInitiativeId": self.funded[0], "toInitiativeId": self.funded[1],
                "amount": money("100000.00")}),
            "returnFunds" => json!({"fundPoolId": self.allocated_pool().await,
                "initiativeId": self.funded[0], "amount": money("50000.00"),
                "note": "Restmidler"}),
            "recordIncome" => json!({"fundPoolId": self.pool(false).await,
                "amount": money("12000.00"), "description": "Overskud fra momsrefusion"}),
            "recordExpense" => json!({"fundPoolId": self.pool(true).await,
                "amount": money("25000.00"), "description": "Honorar til almen praksis"}),
            other => panic!("no target for {other}"),
        }
    }
}

async fn exec_as(server: &Server, who: &Person, mutation: &str, input: Value) {
    let (status, body) = server
        .post(
            Some(&who.token),
            &document(mutation),
            json!({ "input": input }),
        )
        .await;
    assert!(
        status == 200 && body.get("errors").is_none(),
        "setup {mutation} failed ({status}): {body:#}\ninput: {input:#}"
    );
}

/// The mutations the running server offers.
async fn schema_mutations(server: &Server, token: &str) -> BTreeSet<String> {
    let data = server
        .gql(
            token,
            "{ __schema { mutationType { fields { name } } } }",
            json!({}),
        )
        .await;
    data["__schema"]["mutationType"]["fields"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["name"].as_str().unwrap().to_string())
        .collect()
}

struct Mismatch {
    mutation: &'static str,
    actor: Actor,
    expected: &'static str,
    got: String,
    message: String,
}

#[tokio::test]
async fn every_mutation_answers_every_caller_with_the_expected_code() {
    let started = std::time::Instant::now();
    let fx = Fixture::create().await;

    // The matrix covers exactly the schema's mutations.
    let in_schema = schema_mutations(&fx.server, &fx.c.member.token).await;
    let in_matrix: BTreeSet<String> = MATRIX.iter().map(|(m, _)| m.to_string()).collect();
    assert_eq!(
        MATRIX.len(),
        in_matrix.len(),
        "a mutation has two rows in the matrix"
    );
    let missing: Vec<_> = in_schema.difference(&in_matrix).collect();
    let stale: Vec<_> = in_matrix.difference(&in_schema).collect();
    assert!(
        missing.is_empty() && stale.is_empty(),
        "the authorization matrix must cover exactly the schema's mutations\n\
         mutations without a row: {missing:?}\nrows for mutations not in the schema: {stale:?}"
    );

    let mut mismatches = Vec::new();
    let mut table = String::new();
    let _ = write!(table, "{:<24}", "");
    for actor in ACTORS {
        let _ = write!(table, " {:>11}", actor.name());
    }
    table.push('\n');
    let mut attempts = 0;
    for &(mutation, allowed) in MATRIX {
        let mut got_row: Vec<String> = vec![String::new(); ACTORS.len()];
        // Refusals first, all against one target (a refusal changes nothing) ...
        let shared = fx.target(mutation).await;
        let refused = ACTORS
            .iter()
            .enumerate()
            .filter(|(_, a)| expected(**a, allowed) != "OK");
        let accepted = ACTORS
            .iter()
            .enumerate()
            .filter(|(_, a)| expected(**a, allowed) == "OK");
        let mut outcomes = Vec::new();
        for (i, &actor) in refused {
            outcomes.push((i, actor, fx.attempt(actor, mutation, shared.clone()).await));
        }
        // ... then each authorized caller on a fresh target of its own.
        for (i, &actor) in accepted {
            let input = fx.target(mutation).await;
            outcomes.push((i, actor, fx.attempt(actor, mutation, input).await));
        }
        for (i, actor, (got, message)) in outcomes {
            attempts += 1;
            let want = expected(actor, allowed);
            got_row[i] = if got == want {
                got.clone()
            } else {
                format!("{got}≠{want}")
            };
            if got != want {
                mismatches.push(Mismatch {
                    mutation,
                    actor,
                    expected: want,
                    got,
                    message,
                });
            }
        }
        let _ = write!(table, "{mutation:<24}");
        for cell in got_row {
            let cell = match cell.as_str() {
                "UNAUTHENTICATED" => "UNAUTH".to_string(),
                _ => cell,
            };
            let _ = write!(table, " {cell:>11}");
        }
        table.push('\n');
    }
    eprintln!(
        "authorization matrix: {} mutations × {} callers = {attempts} attempts in {:.1?}\n{table}",
        MATRIX.len(),
        ACTORS.len(),
        started.elapsed()
    );

    let mut report = String::new();
    for m in &mismatches {
        let _ = writeln!(
            report,
            "{:<24} {:<12} expected {:<16} got {:<16} {}",
            m.mutation,
            m.actor.name(),
            m.expected,
            m.got,
            m.message
        );
    }
    assert!(
        mismatches.is_empty(),
        "{} of {attempts} attempts answered differently than the permission rules say:\n\
         {report}\nfull matrix (got≠expected):\n{table}",
        mismatches.len()
    );
}

/// The tenant boundary of commands that name a partnership *and* a forum: an administrator
/// (or member organisation) of partnership B may not act on partnership A's forum by naming
/// B as the partnership. The forum is not one of B's forums, so the answer is `NOT_FOUND`, as
/// for `appointMember` in B with A's forum.
#[tokio::test]
async fn naming_another_partnerships_forum_is_refused() {
    let server = Server::start();
    let a = Cluster::create(&server).await;
    let b = Cluster::create(&server).await;
    // A plain (non-operator) administrator of B.
    let b_admin = Uuid::now_v7();
    exec_as(
        &server,
        &b.admin,
        "appointAdministrator",
        json!({"partnershipId": b.partnership, "personId": b_admin}),
    )
    .await;
    let b_admin = Person {
        id: b_admin,
        organization: b.region,
        token: server.token(b_admin, b.region),
    };
    let attempt = async |who: &Person, mutation: &str, input: Value| {
        let (status, body) = server
            .post(
                Some(&who.token),
                &document(mutation),
                json!({ "input": input }),
            )
            .await;
        match body["errors"].get(0) {
            None if status == 200 => "OK".to_string(),
            None => format!("HTTP {status}"),
            Some(e) => e["extensions"]["code"].as_str().unwrap_or("").to_string(),
        }
    };
    let cases = [
        (
            "appointMember (B admin, B partnership, A forum)",
            attempt(
                &b_admin,
                "appointMember",
                json!({"partnershipId": b.partnership, "forumId": a.forum, "personId": new_id(),
                       "personName": "Indtrænger", "organizationId": b.region, "role": "CHAIR"}),
            )
            .await,
        ),
        (
            "scheduleMeeting (B admin, B partnership, A forum)",
            attempt(
                &b_admin,
                "scheduleMeeting",
                json!({"partnershipId": b.partnership, "forumId": a.forum,
                       "title": "Ekstraordinært møde", "startsAt": "2025-11-26T13:30:00Z",
                       "endsAt": "2025-11-26T16:30:00Z", "onlineLink": "https://teams.example/x"}),
            )
            .await,
        ),
        (
            "proposeInitiative (B member, B partnership, A forum responsible)",
            attempt(
                &b.member,
                "proposeInitiative",
                json!({"partnershipId": b.partnership, "title": "Fremmed indsats",
                       "responsibleForumId": a.forum, "leadOrganizationIds": [b.municipality],
                       "period": {"start": "2025-01-01", "end": "2026-12-31"},
                       "requested": money("100000.00")}),
            )
            .await,
        ),
    ];
    let calendar = server
        .gql(
            &a.member.token,
            "query($f: ID!) { forum(id: $f) { calendar { id partnershipId title } } }",
            json!({"f": a.forum}),
        )
        .await;
    let wrong: Vec<String> = cases
        .iter()
        .filter(|(_, got)| got != "NOT_FOUND")
        .map(|(case, got)| format!("{case}: expected NOT_FOUND, got {got}"))
        .collect();
    assert!(
        wrong.is_empty(),
        "partnership B reached into partnership A:\n{}\nA's forum calendar now: {}",
        wrong.join("\n"),
        calendar["forum"]["calendar"]
    );
}
