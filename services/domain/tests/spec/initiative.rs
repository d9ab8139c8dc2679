use chrono::NaiveDate;
use samraad_domain::initiative::*;
use samraad_domain::meeting::{AttachDocument, DecisionRef, ItemKind, Meeting, MeetingCommand};
use samraad_domain::*;

use crate::support::*;

fn initiative() -> InitiativeId {
    InitiativeId::from_uuid(uuid::Uuid::from_u128(77))
}

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn decision() -> DecisionRef {
    DecisionRef {
        meeting_id: meeting(),
        item_id: item_id(7),
        recommendation: Some(2),
    }
}

fn proposed_event() -> InitiativeEvent {
    InitiativeProposed {
        initiative_id: initiative(),
        partnership_id: partnership(),
        title: title("Personaleudveksling på tværs af sektorer og afdelinger"),
        description: md("Vidensdeling ved personaleudveksling"),
        responsible_forum: forum(),
        lead_organizations: vec![municipality()],
        participants: vec![region()],
        period: Period {
            start: day(2024, 1, 1),
            end: day(2025, 12, 31),
        },
        requested: Money::dkk(140_000_000),
        budget: vec![BudgetLine {
            year: 2024,
            amount: Money::dkk(140_000_000),
        }],
        proposed_by: municipality(),
    }
    .into()
}

fn approved_event() -> InitiativeEvent {
    InitiativeApproved {
        initiative_id: initiative(),
        partnership_id: partnership(),
        decision: decision(),
        requested: Money::dkk(140_000_000),
        granted: Money::dkk(8_000_000),
        budget: vec![BudgetLine {
            year: 2024,
            amount: Money::dkk(8_000_000),
        }],
    }
    .into()
}

fn started_event() -> InitiativeEvent {
    InitiativeStarted {
        initiative_id: initiative(),
        started_on: day(2024, 3, 1),
    }
    .into()
}

fn light(l: Light) -> LightReport {
    LightReport {
        light: l,
        comment: md("Tilpasses økonomien"),
    }
}

fn report() -> InitiativeCommand {
    InitiativeCommand::ReportStatus(ReportStatus {
        initiative_id: initiative(),
        report_id: StatusReportId::from_uuid(uuid::Uuid::from_u128(5)),
        as_of: day(2024, 12, 1),
        activities: Some(light(Light::Yellow)),
        schedule: Some(light(Light::Green)),
        resources: Some(light(Light::Red)),
        summary: None,
        presented_at: None,
    })
}

#[test]
fn member_organization_proposes() {
    let InitiativeEvent::InitiativeProposed(p) = proposed_event() else {
        unreachable!()
    };
    let state = given::<Initiative>([])
        .by(member_municipality())
        .when(InitiativeCommand::ProposeInitiative(ProposeInitiative {
            initiative_id: p.initiative_id,
            partnership_id: p.partnership_id,
            title: p.title.clone(),
            description: p.description.clone(),
            responsible_forum: p.responsible_forum,
            lead_organizations: p.lead_organizations.clone(),
            participants: p.participants.clone(),
            period: p.period,
            requested: p.requested,
            budget: p.budget.clone(),
        }))
        .then([proposed_event()]);
    assert_eq!(state.status(), InitiativeStatus::Proposed);
}

#[test]
fn outsiders_may_not_propose() {
    let InitiativeEvent::InitiativeProposed(p) = proposed_event() else {
        unreachable!()
    };
    given::<Initiative>([])
        .by(outsider())
        .when(InitiativeCommand::ProposeInitiative(ProposeInitiative {
            initiative_id: p.initiative_id,
            partnership_id: p.partnership_id,
            title: p.title,
            description: p.description,
            responsible_forum: p.responsible_forum,
            lead_organizations: vec![],
            participants: vec![],
            period: p.period,
            requested: p.requested,
            budget: vec![],
        }))
        .then_error("FORBIDDEN", Some(Rule::OnlyMembersProposeInitiatives));
}

#[test]
fn approval_keeps_requested_and_granted() {
    let approve = InitiativeCommand::ApproveInitiative(ApproveInitiative {
        initiative_id: initiative(),
        decision: decision(),
        granted: Money::dkk(8_000_000),
        budget: vec![BudgetLine {
            year: 2024,
            amount: Money::dkk(8_000_000),
        }],
    });
    let state = given::<Initiative>([proposed_event()])
        .by(admin())
        .when(approve.clone())
        .then([approved_event()]);
    assert_eq!(state.requested(), Some(Money::dkk(140_000_000)));
    assert_eq!(state.granted(), Some(Money::dkk(8_000_000)));
    given::<Initiative>([proposed_event()])
        .by(secretariat_elsewhere())
        .when(approve.clone())
        .ok();
    given::<Initiative>([proposed_event()])
        .by(member_gp())
        .when(approve.clone())
        .then_error("FORBIDDEN", Some(Rule::OnlyMembersProposeInitiatives));
    given::<Initiative>([proposed_event(), approved_event()])
        .by(admin())
        .when(approve)
        .then_error("RULE_VIOLATION", Some(Rule::InitiativeLifecycle));
}

#[test]
fn lifecycle_start_extend_complete() {
    let state = given::<Initiative>([proposed_event(), approved_event()])
        .by(admin())
        .when(InitiativeCommand::StartInitiative(StartInitiative {
            initiative_id: initiative(),
            started_on: day(2024, 3, 1),
        }))
        .then([started_event()]);
    assert_eq!(state.status(), InitiativeStatus::Running);
    let extend = |end| {
        InitiativeCommand::ExtendInitiative(ExtendInitiative {
            initiative_id: initiative(),
            new_end: end,
            reason: None,
            decision: None,
        })
    };
    let (_, state) = given::<Initiative>([proposed_event(), approved_event(), started_event()])
        .by(admin())
        .when(extend(day(2026, 6, 30)))
        .ok();
    assert!(state.is_extended());
    assert_eq!(state.period().unwrap().end, day(2026, 6, 30));
    given::<Initiative>([proposed_event(), approved_event(), started_event()])
        .by(admin())
        .when(extend(day(2025, 1, 1)))
        .then_error("INVALID_INPUT", None);
    let complete = InitiativeCommand::CompleteInitiative(CompleteInitiative {
        initiative_id: initiative(),
        completed_on: day(2025, 12, 31),
        summary: None,
    });
    let (_, state) = given::<Initiative>([proposed_event(), approved_event(), started_event()])
        .by(admin())
        .when(complete.clone())
        .ok();
    assert_eq!(state.status(), InitiativeStatus::Completed);
    given::<Initiative>([proposed_event(), approved_event()])
        .by(admin())
        .when(complete)
        .then_error("RULE_VIOLATION", Some(Rule::InitiativeLifecycle));
}

#[test]
fn stop_is_an_event() {
    let stop = InitiativeCommand::StopInitiative(StopInitiative {
        initiative_id: initiative(),
        stopped_on: day(2025, 5, 1),
        reason: md("Ingen opbakning"),
    });
    let (_, state) = given::<Initiative>([proposed_event(), approved_event()])
        .by(secretariat())
        .when(stop.clone())
        .ok();
    assert_eq!(state.status(), InitiativeStatus::Stopped);
    given::<Initiative>([
        proposed_event(),
        approved_event(),
        InitiativeStopped {
            initiative_id: initiative(),
            stopped_on: day(2025, 5, 1),
            reason: md("x"),
        }
        .into(),
    ])
    .by(secretariat())
    .when(stop)
    .then_error("RULE_VIOLATION", Some(Rule::InitiativeLifecycle));
}

#[test]
fn status_report_by_lead_organization_or_responsible_forum() {
    let history = [proposed_event(), approved_event(), started_event()];
    // The lead organisation (municipality), even without a seat in the forum.
    let lead_without_seat = Actor {
        seats: vec![],
        ..member_municipality()
    };
    let (events, state) = given::<Initiative>(history.clone())
        .by(lead_without_seat)
        .when(report())
        .ok();
    assert!(
        matches!(&events[..], [InitiativeEvent::StatusReported(r)] if r.reported_by == municipality())
    );
    assert_eq!(
        state
            .latest_report()
            .unwrap()
            .resources
            .as_ref()
            .unwrap()
            .light,
        Light::Red
    );
    // A member of the responsible forum from another organisation.
    given::<Initiative>(history.clone())
        .by(member_gp())
        .when(report())
        .ok();
}

#[test]
fn a_status_report_has_lights_or_a_text() {
    let history = [proposed_event(), approved_event(), started_event()];
    let InitiativeCommand::ReportStatus(with_lights) = report() else {
        unreachable!()
    };
    let prose = ReportStatus {
        activities: None,
        schedule: None,
        resources: None,
        summary: Some(md(
            "Indsatsen følger tidsplanen og forventes afsluttet 31. juni 2025.",
        )),
        presented_at: Some(PresentedAt {
            meeting_id: meeting(),
            item_id: Some(item_id(6)),
            attachment_id: None,
        }),
        ..with_lights.clone()
    };
    let (events, _) = given::<Initiative>(history.clone())
        .by(member_gp())
        .when(InitiativeCommand::ReportStatus(prose.clone()))
        .ok();
    assert!(matches!(&events[..], [InitiativeEvent::StatusReported(r)]
        if r.activities.is_none() && r.presented_at.is_some_and(|p| p.item_id == Some(item_id(6)))));
    given::<Initiative>(history)
        .by(member_gp())
        .when(InitiativeCommand::ReportStatus(ReportStatus {
            summary: None,
            ..prose
        }))
        .then_error("INVALID_INPUT", None);
    // Where it was presented is a fact of another stream: it must be a meeting of the
    // partnership, the item on it and the attachment the item's.
    use samraad_domain::initiative::facts::presented_at_exists;
    let (_, meeting_state) =
        given::<Meeting>([scheduled(), proposed(item_id(6), ItemKind::Information, 0)])
            .when(MeetingCommand::AttachDocument(AttachDocument {
                meeting_id: meeting(),
                item_id: item_id(6),
                attachment_id: AttachmentId::from_uuid(uuid::Uuid::from_u128(77)),
                title: title("Bilag 5 Status på VIP-indsatsen"),
                document_number: None,
                case_reference: None,
                uri: None,
            }))
            .ok();
    let at = |item, attachment| PresentedAt {
        meeting_id: meeting(),
        item_id: item,
        attachment_id: attachment,
    };
    let attachment = Some(AttachmentId::from_uuid(uuid::Uuid::from_u128(77)));
    assert!(
        presented_at_exists(
            at(Some(item_id(6)), attachment),
            &meeting_state,
            partnership()
        )
        .is_ok()
    );
    assert!(
        presented_at_exists(at(Some(item_id(7)), None), &meeting_state, partnership()).is_err()
    );
    assert!(presented_at_exists(at(None, attachment), &meeting_state, partnership()).is_err());
    let other = PartnershipId::from_uuid(uuid::Uuid::from_u128(999));
    assert!(presented_at_exists(at(None, None), &meeting_state, other).is_err());
}

#[test]
fn status_report_by_anyone_else_is_forbidden() {
    let history = [proposed_event(), approved_event(), started_event()];
    for actor in [member_elsewhere(), observer(), outsider(), admin()] {
        given::<Initiative>(history.clone())
            .by(actor)
            .when(report())
            .then_error(
                "FORBIDDEN",
                Some(Rule::OnlyLeadOrResponsibleForumReportsStatus),
            );
    }
}

#[test]
fn status_report_only_on_approved_or_running_initiatives() {
    given::<Initiative>([proposed_event()])
        .by(member_municipality())
        .when(report())
        .then_error("RULE_VIOLATION", Some(Rule::InitiativeLifecycle));
    given::<Initiative>([])
        .by(member_municipality())
        .when(report())
        .then_error("NOT_FOUND", None);
}
