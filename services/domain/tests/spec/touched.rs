//! For every event type: the entities whose history must show it. A new event type fails
//! `every_event_type_has_a_row` until its row is written here.

use std::collections::{BTreeSet, HashMap};

use samraad_domain::fund_pool::FundPoolEvent;
use samraad_domain::initiative::InitiativeEvent;
use samraad_domain::meeting::MeetingEvent;
use samraad_domain::partnership::PartnershipEvent;
use samraad_domain::{AnyEvent, StreamKind};
use serde_json::{Value, json};
use uuid::Uuid;

/// Names entities in the samples: `"@meeting"` becomes one fixed id per name.
#[derive(Default)]
struct Ids(HashMap<String, Uuid>);

impl Ids {
    fn id(&mut self, name: &str) -> Uuid {
        let next = u128::try_from(self.0.len()).unwrap() + 1;
        *self
            .0
            .entry(name.to_string())
            .or_insert_with(|| Uuid::from_u128(next))
    }

    fn fill(&mut self, value: Value) -> Value {
        match value {
            Value::String(s) if s.starts_with('@') => Value::String(self.id(&s[1..]).to_string()),
            Value::Array(items) => Value::Array(items.into_iter().map(|v| self.fill(v)).collect()),
            Value::Object(map) => {
                Value::Object(map.into_iter().map(|(k, v)| (k, self.fill(v))).collect())
            }
            other => other,
        }
    }

    fn name(&self, id: Uuid) -> String {
        self.0
            .iter()
            .find(|(_, v)| **v == id)
            .map(|(k, _)| k.clone())
            .unwrap_or_else(|| id.to_string())
    }
}

const AT: &str = "2025-02-26T13:30:00Z";
const DAY: &str = "2025-02-26";

fn dkk(minor: i64) -> Value {
    json!({"minor": minor, "currency": "DKK"})
}

fn decision() -> Value {
    json!({"meeting_id": "@decided_at", "item_id": "@decided_item", "recommendation": 1})
}

fn light() -> Value {
    json!({"light": "green", "comment": "På sporet"})
}

/// (stream, event type, payload, every entity whose history shows it).
fn rows() -> Vec<(StreamKind, &'static str, Value, &'static [&'static str])> {
    use StreamKind::{FundPool, Initiative, Meeting, Partnership};
    let item = |extra: Value| {
        let mut base =
            json!({"meeting_id": "@meeting", "item_id": "@item", "after_publication": false});
        if let (Some(base), Some(extra)) = (base.as_object_mut(), extra.as_object()) {
            base.extend(extra.clone());
        }
        base
    };
    let mi: &[&str] = &["meeting", "item"];
    vec![
        (
            Partnership,
            "PartnershipCreated",
            json!({"partnership_id": "@partnership", "name": "Sundhedsklynge Lillebælt", "created_by": "@operator"}),
            &["partnership"],
        ),
        (
            Partnership,
            "AdministratorAppointed",
            json!({"partnership_id": "@partnership", "person_id": "@person"}),
            &["partnership", "person"],
        ),
        (
            Partnership,
            "OrganizationRegistered",
            json!({"partnership_id": "@partnership", "organization_id": "@org", "name": "Kolding Kommune", "kind": "municipality"}),
            &["partnership", "org"],
        ),
        (
            Partnership,
            "ForumCreated",
            json!({"partnership_id": "@partnership", "forum_id": "@forum", "name": "Politisk Forum", "level": "political"}),
            &["partnership", "forum"],
        ),
        (
            Partnership,
            "MemberAppointed",
            json!({"partnership_id": "@partnership", "membership_id": "@seat", "forum_id": "@forum", "person_id": "@person",
            "person_name": "Hanne Andersen", "organization_id": "@org", "role": "chair", "valid_from": DAY}),
            &["partnership", "seat", "forum", "person", "org"],
        ),
        (
            Partnership,
            "MembershipEnded",
            json!({"partnership_id": "@partnership", "membership_id": "@seat", "forum_id": "@forum", "person_id": "@person", "ended_on": DAY}),
            &["partnership", "seat", "forum", "person"],
        ),
        (
            Partnership,
            "MinutesTemplateSet",
            json!({"partnership_id": "@partnership", "forum_id": "@forum", "template": {"order": ["background", "recommendations"],
            "labels": [{"section": "recommendations", "label": "Indstilling og proces"}], "empty_headings": false, "item_absentees": true,
            "table_of_contents": false}}),
            &["partnership", "forum"],
        ),
        (
            Meeting,
            "MeetingScheduled",
            json!({"meeting_id": "@meeting", "partnership_id": "@partnership", "forum_id": "@forum", "starts_at": AT, "ends_at": AT,
            "mode": "online", "online_link": "https://teams.example/m"}),
            &["meeting", "partnership", "forum"],
        ),
        (
            Meeting,
            "MeetingRescheduled",
            json!({"meeting_id": "@meeting", "starts_at": AT, "ends_at": AT, "mode": "online", "after_publication": false}),
            &["meeting"],
        ),
        (
            Meeting,
            "MeetingCancelled",
            json!({"meeting_id": "@meeting"}),
            &["meeting"],
        ),
        (
            Meeting,
            "AgendaItemProposed",
            item(
                json!({"proposed_by": "@proposer", "title": "Opfølgning", "kind": "decision", "visibility": "open",
            "presenters": [], "guests": [], "sections": [], "postponed_from": ["@earlier_meeting", "@earlier_item"]}),
            ),
            &["meeting", "item", "earlier_meeting", "earlier_item"],
        ),
        (
            Meeting,
            "AgendaItemEdited",
            item(
                json!({"section": "summary", "base_revision": 0, "revision": 1, "content": {"text": "Resumé"}, "edited_by": "@editor"}),
            ),
            mi,
        ),
        (
            Meeting,
            "AgendaItemDetailsChanged",
            item(
                json!({"revision": 1, "title": "Nyt navn", "kind": "decision", "visibility": "closed", "presenters": [], "guests": []}),
            ),
            mi,
        ),
        (
            Meeting,
            "DocumentAttached",
            item(json!({"attachment_id": "@attachment", "title": "Bilag 1"})),
            &["meeting", "item", "attachment"],
        ),
        (Meeting, "AgendaItemAccepted", item(json!({})), mi),
        (Meeting, "AgendaItemRejected", item(json!({})), mi),
        (
            Meeting,
            "AgendaReordered",
            json!({"meeting_id": "@meeting", "order": ["@item", "@other_item"], "after_publication": false}),
            &["meeting", "item", "other_item"],
        ),
        (Meeting, "AgendaItemWithdrawn", item(json!({})), mi),
        (
            Meeting,
            "AgendaItemPostponed",
            item(json!({"to_meeting": "@next_meeting"})),
            &["meeting", "item", "next_meeting"],
        ),
        (
            Meeting,
            "AgendaPublished",
            json!({"meeting_id": "@meeting", "edition": 1, "published_at": AT, "items": ["@item", "@other_item"]}),
            &["meeting", "item", "other_item"],
        ),
        (
            Meeting,
            "MeetingOpened",
            json!({"meeting_id": "@meeting", "opened_at": AT}),
            &["meeting"],
        ),
        (
            Meeting,
            "AttendanceRecorded",
            json!({"meeting_id": "@meeting", "entries": [{"name": "Hanne Andersen", "status": "present_in_room", "person_id": "@person"}]}),
            &["meeting"],
        ),
        (
            Meeting,
            "ItemTakenUp",
            json!({"meeting_id": "@meeting", "item_id": "@item", "at": AT}),
            mi,
        ),
        (
            Meeting,
            "DecisionRecorded",
            json!({"meeting_id": "@meeting", "item_id": "@item", "decision_id": "@decision", "text": "Godkendt", "outcomes": [], "reservations": [], "recorded_at": AT}),
            &["meeting", "item", "decision"],
        ),
        (
            Meeting,
            "DecisionCorrected",
            json!({"meeting_id": "@meeting", "item_id": "@item", "decision_id": "@decision", "text": "Godkendt", "outcomes": [], "reservations": [],
            "reason": "Stavefejl", "after_approval": false, "corrected_at": AT}),
            &["meeting", "item", "decision"],
        ),
        (
            Meeting,
            "FollowUpAssigned",
            json!({"meeting_id": "@meeting", "item_id": "@item", "follow_up_id": "@follow_up", "description": "Sekretariatet følger op", "owner": "@owner"}),
            &["meeting", "item", "follow_up"],
        ),
        (
            Meeting,
            "FollowUpCompleted",
            json!({"meeting_id": "@meeting", "item_id": "@item", "follow_up_id": "@follow_up"}),
            &["meeting", "item", "follow_up"],
        ),
        (
            Meeting,
            "FollowUpDropped",
            json!({"meeting_id": "@meeting", "item_id": "@item", "follow_up_id": "@follow_up"}),
            &["meeting", "item", "follow_up"],
        ),
        (
            Meeting,
            "MeetingAdjourned",
            json!({"meeting_id": "@meeting", "adjourned_at": AT}),
            &["meeting"],
        ),
        (
            Meeting,
            "MinutesApproved",
            json!({"meeting_id": "@meeting", "approved_at": AT, "approved_at_meeting": "@next_meeting"}),
            &["meeting", "next_meeting"],
        ),
        (
            Initiative,
            "InitiativeProposed",
            json!({"initiative_id": "@initiative", "partnership_id": "@partnership", "title": "Gravide", "description": "Forløb",
            "responsible_forum": "@forum", "lead_organizations": ["@lead"], "participants": ["@participant"], "period": {"start": DAY, "end": DAY},
            "requested": dkk(100), "budget": [], "proposed_by": "@proposer"}),
            &["initiative", "partnership", "forum", "lead", "participant"],
        ),
        (
            Initiative,
            "InitiativeApproved",
            json!({"initiative_id": "@initiative", "partnership_id": "@partnership", "decision": decision(), "requested": dkk(100), "granted": dkk(80), "budget": []}),
            &["initiative", "partnership", "decided_at", "decided_item"],
        ),
        (
            Initiative,
            "InitiativeStarted",
            json!({"initiative_id": "@initiative", "started_on": DAY}),
            &["initiative"],
        ),
        (
            Initiative,
            "StatusReported",
            json!({"initiative_id": "@initiative", "report_id": "@report", "as_of": DAY, "activities": light(), "schedule": light(),
            "resources": light(), "reported_by": "@reporter"}),
            &["initiative", "report"],
        ),
        (
            Initiative,
            "InitiativeExtended",
            json!({"initiative_id": "@initiative", "previous_end": DAY, "new_end": DAY, "decision": decision()}),
            &["initiative", "decided_at", "decided_item"],
        ),
        (
            Initiative,
            "InitiativeCompleted",
            json!({"initiative_id": "@initiative", "completed_on": DAY}),
            &["initiative"],
        ),
        (
            Initiative,
            "InitiativeStopped",
            json!({"initiative_id": "@initiative", "stopped_on": DAY, "reason": "Ingen midler"}),
            &["initiative"],
        ),
        (
            FundPool,
            "FundPoolCreated",
            json!({"fund_pool_id": "@pool", "partnership_id": "@partnership", "name": "Klyngemidler", "currency": "DKK"}),
            &["pool", "partnership"],
        ),
        (
            FundPool,
            "GrantReceived",
            json!({"fund_pool_id": "@pool", "year": 2025, "source": "Region Syddanmark", "amount": dkk(100)}),
            &["pool"],
        ),
        (
            FundPool,
            "FundsAllocated",
            json!({"fund_pool_id": "@pool", "initiative_id": "@initiative", "decision": decision(), "requested": dkk(100), "granted": dkk(80)}),
            &["pool", "initiative", "decided_at", "decided_item"],
        ),
        (
            FundPool,
            "FundsTransferred",
            json!({"fund_pool_id": "@pool", "from_initiative": "@from", "to_initiative": "@to", "amount": dkk(10), "decision": decision()}),
            &["pool", "from", "to", "decided_at", "decided_item"],
        ),
        (
            FundPool,
            "FundsReturned",
            json!({"fund_pool_id": "@pool", "initiative_id": "@initiative", "amount": dkk(10)}),
            &["pool", "initiative"],
        ),
        (
            FundPool,
            "IncomeRecorded",
            json!({"fund_pool_id": "@pool", "amount": dkk(10), "description": "Renter", "initiative_id": "@initiative"}),
            &["pool", "initiative"],
        ),
        (
            FundPool,
            "ExpenseRecorded",
            json!({"fund_pool_id": "@pool", "amount": dkk(10), "description": "Konsulent", "initiative_id": "@initiative", "decision": decision()}),
            &["pool", "initiative", "decided_at", "decided_item"],
        ),
    ]
}

fn current_version(kind: StreamKind, event_type: &str) -> u32 {
    match (kind, event_type) {
        (StreamKind::Meeting, "AgendaItemProposed") => 2,
        _ => 1,
    }
}

#[test]
fn every_event_touches_exactly_the_entities_whose_history_shows_it() {
    for (kind, event_type, data, expected) in rows() {
        let mut ids = Ids::default();
        let data = ids.fill(data);
        let version = current_version(kind, event_type);
        let event = AnyEvent::decode(kind, event_type, version, data)
            .unwrap_or_else(|e| panic!("{event_type}: the sample does not decode: {e}"));
        let touched: BTreeSet<String> =
            event.touched().into_iter().map(|id| ids.name(id)).collect();
        let expected: BTreeSet<String> = expected.iter().map(|s| s.to_string()).collect();
        assert_eq!(touched, expected, "{event_type}");
    }
}

#[test]
fn every_event_type_has_a_row() {
    let listed: BTreeSet<&str> = rows().iter().map(|(_, t, _, _)| *t).collect();
    let all = [
        PartnershipEvent::EVENT_TYPES,
        MeetingEvent::EVENT_TYPES,
        InitiativeEvent::EVENT_TYPES,
        FundPoolEvent::EVENT_TYPES,
    ];
    for event_type in all.into_iter().flatten() {
        assert!(
            listed.contains(event_type),
            "no touched-entities row for {event_type}"
        );
    }
    assert_eq!(listed.len(), all.iter().map(|t| t.len()).sum::<usize>());
}

#[test]
fn meeting_events_name_the_item_they_are_about() {
    for (kind, event_type, data, _) in rows() {
        let mut ids = Ids::default();
        let data = ids.fill(data);
        let has_item = data.get("item_id").is_some();
        let event =
            AnyEvent::decode(kind, event_type, current_version(kind, event_type), data).unwrap();
        let item = event.item().map(|i| ids.name(i.as_uuid()));
        let expected = (kind == StreamKind::Meeting && has_item).then(|| "item".to_string());
        assert_eq!(item, expected, "{event_type}");
    }
}
