//! Targets: states in which a command succeeds for an authorized caller.

use serde_json::{Value, json};

use super::fixture::Fixture;
use super::{ONE_RECOMMENDATION, money, new_id};

impl Fixture {
    /// A scheduled meeting of the forum.
    pub(super) async fn meeting(&self) -> String {
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
    pub(super) async fn open_meeting(&self) -> String {
        let id = self.meeting().await;
        self.exec(&self.c.secretariat, "openMeeting", json!({"meetingId": id}))
            .await;
        id
    }

    /// An adjourned meeting.
    pub(super) async fn adjourned_meeting(&self) -> String {
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
    pub(super) async fn item(&self, meeting: &str) -> String {
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
    pub(super) async fn accepted_item(&self, meeting: &str) -> String {
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
    pub(super) async fn decided_item(&self, meeting: &str) -> String {
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
    pub(super) async fn follow_up(&self) -> String {
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
    pub(super) async fn initiative(&self, status: &str) -> String {
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
    pub(super) async fn pool(&self, granted: bool) -> String {
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
    pub(super) async fn allocated_pool(&self) -> String {
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
    pub(super) async fn target(&self, mutation: &str) -> Value {
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
            "setMinutesTemplate" => json!({"partnershipId": p, "forumId": f,
                "order": ["BACKGROUND", "RECOMMENDATIONS"], "tableOfContents": false}),
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
            // A document of its own per target: one imported meeting each.
            "importMinutes" => json!({"partnershipId": p, "document": format!(
                "REFERAT Fagligt Strategisk Niveau d. 26-02-2025\n\n\
                 Mødedato Onsdag d. 26. februar 2025 kl. 14:30\n\n\
                 Mødested Regionshuset, Damhaven 12, 7100 Vejle\n\n\
                 Punkt 1: Godkendelse af dagsorden {}\n\n\
                 Indstilling\n\nDet indstilles, at dagsordenen godkendes.\n\n\
                 Beslutning\n\nGodkendt.\n", new_id())}),
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
