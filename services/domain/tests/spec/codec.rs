use samraad_domain::fund_pool::FundPoolEvent;
use samraad_domain::meeting::*;
use samraad_domain::*;
use serde_json::json;

use crate::support::*;

fn roundtrip<E: DomainEvent + PartialEq>(event: &E) {
    let json = serde_json::to_value(event).unwrap();
    assert!(
        json.get("type").is_none(),
        "the type name lives in the envelope"
    );
    let back = E::decode(event.event_type(), event.schema_version(), json).unwrap();
    assert_eq!(&back, event);
}

#[test]
fn events_serialize_as_payload_and_decode_by_type_and_version() {
    for e in [
        scheduled(),
        proposed(item_id(1), ItemKind::Decision, 2),
        accepted(item_id(1)),
        published(),
        opened(),
        adjourned(),
    ] {
        roundtrip(&e);
    }
    roundtrip(&crate::fund_pool::created());
    let e = proposed(item_id(1), ItemKind::Decision, 2);
    assert_eq!(
        (e.event_type(), e.schema_version()),
        ("AgendaItemProposed", 2)
    );
    let json = serde_json::to_value(&e).unwrap();
    assert_eq!(json["visibility"], "open");
    assert_eq!(
        json["sections"][1]["content"]["recommendations"]["proposals"]
            .as_array()
            .unwrap()
            .len(),
        2
    );
}

#[test]
fn follow_up_assigned_v1_with_one_owner_upcasts_to_a_list_of_one() {
    let v1 = json!({
        "meeting_id": meeting().to_string(),
        "item_id": item_id(1).to_string(),
        "follow_up_id": uuid::Uuid::from_u128(5).to_string(),
        "description": "Sekretariatet følger op",
        "owner": municipality().to_string(),
        "due": null
    });
    let event = MeetingEvent::decode("FollowUpAssigned", 1, v1.clone()).unwrap();
    let MeetingEvent::FollowUpAssigned(f) = &event else {
        panic!("wrong event")
    };
    assert_eq!(f.owner, FollowUpOwner::organization(municipality()));
    assert_eq!(event.schema_version(), 2);
    assert_eq!(
        serde_json::to_value(&event).unwrap()["owner"],
        json!({"organizations": [municipality().to_string()]})
    );
    assert!(MeetingEvent::decode("FollowUpAssigned", 2, v1).is_err());
    assert!(MeetingEvent::decode("FollowUpAssigned", 3, json!({})).is_err());
}

#[test]
fn agenda_item_proposed_v1_without_visibility_upcasts_to_open() {
    let v1 = json!({
        "meeting_id": meeting().to_string(),
        "item_id": item_id(1).to_string(),
        "proposed_by": municipality().to_string(),
        "title": "Velkomst v. Hanne Andersen",
        "kind": "approval",
        "case_reference": "EMN-2022-05561",
        "document_number": "11902896",
        "time_slot": { "start": "14:30:00", "end": "14:45:00" },
        "presenters": ["Hanne Andersen"],
        "guests": [],
        "prepared_by": null,
        "sections": [ { "section": "summary", "content": { "text": "Velkommen" } } ],
        "postponed_from": null,
        "after_publication": false
    });
    let event = MeetingEvent::decode("AgendaItemProposed", 1, v1.clone()).unwrap();
    let MeetingEvent::AgendaItemProposed(p) = &event else {
        panic!("wrong event")
    };
    assert_eq!(p.visibility, Visibility::Open);
    assert_eq!(
        p.case_reference.as_ref().unwrap().as_str(),
        "EMN-2022-05561"
    );
    // Re-encoded, it is a v2 event.
    assert_eq!(event.schema_version(), 2);
    assert_eq!(serde_json::to_value(&event).unwrap()["visibility"], "open");
    // v1 JSON is not valid v2 JSON, and unknown versions are refused.
    assert!(MeetingEvent::decode("AgendaItemProposed", 2, v1.clone()).is_err());
    assert!(MeetingEvent::decode("AgendaItemProposed", 3, v1).is_err());
}

#[test]
fn unknown_types_are_errors() {
    assert!(MeetingEvent::decode("NoSuchEvent", 1, json!({})).is_err());
    assert!(FundPoolEvent::decode("AgendaItemProposed", 2, json!({})).is_err());
}

#[test]
fn stream_names_and_any_event() {
    let name = meeting().stream_name();
    assert_eq!(name, format!("meeting-{}", meeting()));
    assert_eq!(
        partnership().stream_name(),
        format!("partnership-{}", partnership())
    );
    assert!(InitiativeId::new().stream_name().starts_with("initiative-"));
    assert!(FundPoolId::new().stream_name().starts_with("fundpool-"));
    let (kind, id) = StreamKind::parse_stream_name(&name).unwrap();
    assert_eq!((kind, id), (StreamKind::Meeting, meeting().as_uuid()));
    assert_eq!(StreamKind::of_stream("$all"), None);
    assert_eq!(StreamKind::of_stream("meeting-nope"), None);

    let event = opened();
    let data = serde_json::to_string(&event).unwrap();
    let mut de = serde_json::Deserializer::from_str(&data);
    let any = AnyEvent::decode(kind, event.event_type(), event.schema_version(), &mut de).unwrap();
    assert_eq!(any, AnyEvent::Meeting(event));
    assert_eq!(any.stream_kind(), StreamKind::Meeting);
    assert_eq!(any.event_type(), "MeetingOpened");
    assert_eq!(serde_json::to_string(&any).unwrap(), data);
}

#[test]
fn every_domain_md_name_exists() {
    let names: Vec<&str> = [
        partnership::PartnershipEvent::EVENT_TYPES,
        MeetingEvent::EVENT_TYPES,
        initiative::InitiativeEvent::EVENT_TYPES,
        FundPoolEvent::EVENT_TYPES,
    ]
    .concat();
    for required in [
        "PartnershipCreated",
        "OrganizationRegistered",
        "ForumCreated",
        "MemberAppointed",
        "MembershipEnded",
        "MeetingScheduled",
        "MeetingRescheduled",
        "MeetingCancelled",
        "AgendaItemProposed",
        "AgendaItemEdited",
        "DocumentAttached",
        "AgendaItemAccepted",
        "AgendaItemRejected",
        "AgendaReordered",
        "AgendaItemWithdrawn",
        "AgendaItemPostponed",
        "AgendaPublished",
        "MeetingOpened",
        "AttendanceRecorded",
        "ItemTakenUp",
        "DecisionRecorded",
        "DecisionCorrected",
        "FollowUpAssigned",
        "MeetingAdjourned",
        "MinutesApproved",
        "InitiativeProposed",
        "InitiativeApproved",
        "StatusReported",
        "InitiativeExtended",
        "InitiativeCompleted",
        "InitiativeStopped",
        "GrantReceived",
        "FundsAllocated",
        "FundsTransferred",
        "FundsReturned",
        "IncomeRecorded",
        "ExpenseRecorded",
    ] {
        assert!(names.contains(&required), "{required} missing");
    }
}

#[test]
fn error_codes_are_stable() {
    assert_eq!(
        DomainError::rule_violation(Rule::NoDecisionOnBreak, "x").code(),
        "RULE_VIOLATION"
    );
    assert_eq!(
        DomainError::forbidden(Rule::OnlyAdminManagesPartnership, "x").code(),
        "FORBIDDEN"
    );
    assert_eq!(
        DomainError::conflict(Rule::NoSilentOverwrite, "x").code(),
        "CONFLICT"
    );
    assert_eq!(DomainError::invalid("f", "x").code(), "INVALID_INPUT");
    assert_eq!(DomainError::not_found("meeting", "x").code(), "NOT_FOUND");
    let msg = DomainError::rule_violation(Rule::NoDecisionOnBreak, "item 5").to_string();
    assert!(
        msg.contains("a decision on a break item is an error"),
        "{msg}"
    );
}

#[test]
fn a_partnership_created_before_time_zones_loads_as_copenhagen() {
    use samraad_domain::partnership::PartnershipEvent;
    let old = json!({
        "partnership_id": partnership().to_string(),
        "name": "Sundhedsklynge Lillebælt",
        "created_by": admin().person.to_string(),
    });
    let event = PartnershipEvent::decode("PartnershipCreated", 1, old).unwrap();
    let PartnershipEvent::PartnershipCreated(created) = &event else {
        panic!("wrong event")
    };
    assert_eq!(created.time_zone, None);
    use samraad_domain::partnership::{Partnership, PartnershipState};
    let state = <Partnership as Decider>::evolve(PartnershipState::default(), &event);
    assert_eq!(state.time_zone(), TimeZone::COPENHAGEN);
    // A zone is stored by its IANA name.
    let with_zone = samraad_domain::partnership::PartnershipCreated {
        time_zone: Some(TimeZone::parse("America/Nuuk").unwrap()),
        ..created.clone()
    };
    assert_eq!(
        serde_json::to_value(&with_zone).unwrap()["time_zone"],
        "America/Nuuk"
    );
}

#[test]
fn decisions_and_recommendations_written_before_their_new_fields_load() {
    let old_decision = json!({
        "meeting_id": meeting().to_string(),
        "item_id": item_id(1).to_string(),
        "decision_id": item_id(1).to_string(),
        "text": "Godkendt.",
        "outcomes": [{"recommendation": 1, "outcome": "approved", "note": null}],
        "reservations": [],
        "recorded_at": "2025-02-26T14:10:00Z"
    });
    let MeetingEvent::DecisionRecorded(d) =
        MeetingEvent::decode("DecisionRecorded", 1, old_decision).unwrap()
    else {
        panic!("wrong event")
    };
    assert_eq!(d.item_outcome, None);
    let old_section: SectionContent = serde_json::from_value(json!({
        "recommendations": {"preamble": "Det indstilles, at", "proposals": ["Godkender"]}
    }))
    .unwrap();
    assert!(matches!(
        old_section,
        SectionContent::Recommendations {
            style: RecommendationStyle::Numbered,
            ..
        }
    ));
}
