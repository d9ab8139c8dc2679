use samraad_domain::meeting::*;
use samraad_domain::*;

use crate::support::*;

fn open_meeting() -> Vec<MeetingEvent> {
    vec![
        scheduled(),
        proposed(item_id(1), ItemKind::Decision, 3),
        proposed(item_id(2), ItemKind::Break, 0),
        proposed(item_id(3), ItemKind::Discussion, 0),
        proposed(item_id(4), ItemKind::Decision, 1),
        accepted(item_id(1)),
        accepted(item_id(2)),
        accepted(item_id(3)),
        opened(),
    ]
}

fn decide(item: AgendaItemId, outcomes: Vec<RecommendationOutcome>) -> MeetingCommand {
    MeetingCommand::RecordDecision(RecordDecision {
        meeting_id: meeting(),
        item_id: item,
        decision_id: DecisionId::from_uuid(item.as_uuid()),
        text: md("Beslutning"),
        outcomes,
        item_outcome: None,
        reservations: vec![],
    })
}

fn all_approved() -> Vec<RecommendationOutcome> {
    (1..=3).map(|k| outcome(k, Outcome::Approved)).collect()
}

#[test]
fn secretariat_or_chair_opens() {
    for actor in [secretariat(), chair(), co_chair()] {
        let state = given::<Meeting>([scheduled()])
            .by(actor)
            .when(MeetingCommand::OpenMeeting(OpenMeeting {
                meeting_id: meeting(),
            }))
            .then([opened()]);
        assert_eq!(state.status(), MeetingStatus::Open);
    }
    given::<Meeting>([scheduled()])
        .by(member_gp())
        .when(MeetingCommand::OpenMeeting(OpenMeeting {
            meeting_id: meeting(),
        }))
        .then_error("FORBIDDEN", Some(Rule::OnlySecretariatOrChairRunsMeeting));
    given::<Meeting>([scheduled(), opened()])
        .when(MeetingCommand::OpenMeeting(OpenMeeting {
            meeting_id: meeting(),
        }))
        .then_error("RULE_VIOLATION", Some(Rule::MeetingStatus));
}

#[test]
fn attendance_is_recorded_and_latest_line_per_person_wins() {
    let line = |status| AttendanceEntry {
        person_id: None,
        name: name("Kaj Andersen"),
        organization_id: None,
        status,
        substitute_for: None,
        guest_for_item: None,
        joined_at: Some(time(15, 10)),
        left_at: None,
    };
    let cmd = |status| {
        MeetingCommand::RecordAttendance(RecordAttendance {
            meeting_id: meeting(),
            entries: vec![line(status)],
        })
    };
    let (first, _) = given::<Meeting>(open_meeting())
        .when(cmd(AttendanceStatus::Apologies))
        .ok();
    let mut events = open_meeting();
    events.extend(first);
    let state = given::<Meeting>(events)
        .when(cmd(AttendanceStatus::PresentOnline))
        .then([AttendanceRecorded {
            meeting_id: meeting(),
            entries: vec![line(AttendanceStatus::PresentOnline)],
        }
        .into()]);
    assert_eq!(
        state.attendance().collect::<Vec<_>>(),
        [&line(AttendanceStatus::PresentOnline)]
    );
    given::<Meeting>(open_meeting())
        .by(member_gp())
        .when(cmd(AttendanceStatus::Present))
        .then_error("FORBIDDEN", Some(Rule::OnlySecretariatOrChairRunsMeeting));
}

#[test]
fn take_up_item_while_open() {
    let state = given::<Meeting>(open_meeting())
        .when(MeetingCommand::TakeUpItem(TakeUpItem {
            meeting_id: meeting(),
            item_id: item_id(1),
        }))
        .then([ItemTakenUp {
            meeting_id: meeting(),
            item_id: item_id(1),
            at: now(),
        }
        .into()]);
    assert_eq!(state.current_item(), Some(item_id(1)));
    given::<Meeting>([
        scheduled(),
        proposed(item_id(1), ItemKind::Decision, 1),
        accepted(item_id(1)),
    ])
    .when(MeetingCommand::TakeUpItem(TakeUpItem {
        meeting_id: meeting(),
        item_id: item_id(1),
    }))
    .then_error("RULE_VIOLATION", Some(Rule::MeetingStatus));
    given::<Meeting>(open_meeting())
        .when(MeetingCommand::TakeUpItem(TakeUpItem {
            meeting_id: meeting(),
            item_id: item_id(4),
        }))
        .then_error("RULE_VIOLATION", Some(Rule::ItemStatus));
}

#[test]
fn decision_with_an_outcome_per_recommendation_and_a_reservation() {
    let reservation = Reservation {
        organization_id: Some(general_practice()),
        organization_name: name("PLO"),
        text: md("PLO har forbehold i forhold til arbejdsmængden"),
        recommendation: Some(1),
    };
    let cmd = MeetingCommand::RecordDecision(RecordDecision {
        meeting_id: meeting(),
        item_id: item_id(1),
        decision_id: DecisionId::from_uuid(item_id(1).as_uuid()),
        text: md("Godkendt"),
        outcomes: all_approved(),
        item_outcome: None,
        reservations: vec![reservation.clone()],
    });
    let state = given::<Meeting>(open_meeting())
        .by(chair())
        .when(cmd)
        .then([DecisionRecorded {
            meeting_id: meeting(),
            item_id: item_id(1),
            decision_id: DecisionId::from_uuid(item_id(1).as_uuid()),
            text: md("Godkendt"),
            outcomes: all_approved(),
            item_outcome: None,
            reservations: vec![reservation],
            recorded_at: now(),
        }
        .into()]);
    assert_eq!(
        state
            .item(item_id(1))
            .unwrap()
            .decision
            .as_ref()
            .unwrap()
            .outcomes
            .len(),
        3
    );
}

#[test]
fn decisions_only_while_open() {
    given::<Meeting>(open_meeting()[..8].to_vec())
        .when(decide(item_id(1), all_approved()))
        .then_error("RULE_VIOLATION", Some(Rule::DecisionOnlyWhileOpen));
    let mut adjourned_meeting = open_meeting();
    adjourned_meeting.push(adjourned());
    given::<Meeting>(adjourned_meeting)
        .when(decide(item_id(1), all_approved()))
        .then_error("RULE_VIOLATION", Some(Rule::DecisionOnlyWhileOpen));
}

#[test]
fn every_recommendation_needs_an_outcome_or_explicit_postponement() {
    let err = given::<Meeting>(open_meeting())
        .when(decide(
            item_id(1),
            vec![outcome(1, Outcome::Approved), outcome(3, Outcome::Approved)],
        ))
        .then_error("RULE_VIOLATION", Some(Rule::OutcomeForEveryRecommendation));
    assert!(err.to_string().contains("recommendation(s) 2"), "{err}");
    given::<Meeting>(open_meeting())
        .when(decide(
            item_id(1),
            vec![
                outcome(1, Outcome::Approved),
                outcome(2, Outcome::Postponed),
                outcome(3, Outcome::Rejected),
            ],
        ))
        .ok();
    given::<Meeting>(open_meeting())
        .when(decide(
            item_id(1),
            vec![
                outcome(1, Outcome::Approved),
                outcome(1, Outcome::Approved),
                outcome(2, Outcome::Approved),
                outcome(3, Outcome::Approved),
            ],
        ))
        .then_error("RULE_VIOLATION", Some(Rule::OutcomeForEveryRecommendation));
    given::<Meeting>(open_meeting())
        .when(decide(item_id(3), vec![outcome(1, Outcome::Discussed)]))
        .then_error("RULE_VIOLATION", Some(Rule::OutcomeForEveryRecommendation));
    // An item without numbered recommendations takes a decision text only.
    given::<Meeting>(open_meeting())
        .when(decide(item_id(3), vec![]))
        .ok();
}

fn decide_as_a_whole(
    item: AgendaItemId,
    outcomes: Vec<RecommendationOutcome>,
    item_outcome: Outcome,
) -> MeetingCommand {
    let MeetingCommand::RecordDecision(c) = decide(item, outcomes) else {
        unreachable!()
    };
    MeetingCommand::RecordDecision(RecordDecision {
        item_outcome: Some(item_outcome),
        ..c
    })
}

#[test]
fn one_outcome_for_the_item_as_a_whole_instead_of_one_per_recommendation() {
    // "Dagsordenen blev godkendt": every recommendation at once.
    let (_, state) = given::<Meeting>(open_meeting())
        .when(decide_as_a_whole(item_id(1), vec![], Outcome::Approved))
        .ok();
    let decision = state.item(item_id(1)).unwrap().decision.clone().unwrap();
    assert_eq!(decision.item_outcome, Some(Outcome::Approved));
    assert!(decision.outcomes.is_empty());
    // "Drøftet.": an item without recommendations.
    given::<Meeting>(open_meeting())
        .when(decide_as_a_whole(item_id(3), vec![], Outcome::Discussed))
        .ok();
    // Not both.
    let err = given::<Meeting>(open_meeting())
        .when(decide_as_a_whole(
            item_id(1),
            all_approved(),
            Outcome::Approved,
        ))
        .then_error("RULE_VIOLATION", Some(Rule::OutcomeForEveryRecommendation));
    assert!(err.to_string().contains("not both"), "{err}");
    // An allocation may rest on an item approved as a whole, not on one only discussed.
    let cites = |recommendation| DecisionRef {
        meeting_id: meeting(),
        item_id: item_id(1),
        recommendation,
    };
    let approves = samraad_domain::fund_pool::facts::decision_approves;
    assert!(approves(cites(Some(2)), &state, partnership()).is_ok());
    let (_, discussed) = given::<Meeting>(open_meeting())
        .when(decide_as_a_whole(item_id(1), vec![], Outcome::Discussed))
        .ok();
    assert!(approves(cites(None), &discussed, partnership()).is_err());
}

#[test]
fn no_decision_on_a_break() {
    given::<Meeting>(open_meeting())
        .when(decide(item_id(2), vec![]))
        .then_error("RULE_VIOLATION", Some(Rule::NoDecisionOnBreak));
}

#[test]
fn no_decision_on_items_not_on_the_agenda() {
    given::<Meeting>(open_meeting())
        .when(decide(item_id(4), vec![outcome(1, Outcome::Approved)]))
        .then_error("RULE_VIOLATION", Some(Rule::ItemStatus));
}

#[test]
fn second_decision_conflicts() {
    let (first, _) = given::<Meeting>(open_meeting())
        .when(decide(item_id(1), all_approved()))
        .ok();
    let mut events = open_meeting();
    events.extend(first);
    given::<Meeting>(events)
        .when(decide(item_id(1), all_approved()))
        .then_error("CONFLICT", Some(Rule::DecisionAlreadyRecorded));
}

#[test]
fn members_may_not_record_decisions() {
    given::<Meeting>(open_meeting())
        .by(member_municipality())
        .when(decide(item_id(1), all_approved()))
        .then_error("FORBIDDEN", Some(Rule::OnlySecretariatOrChairRunsMeeting));
}

#[test]
fn follow_ups_are_assigned_completed_and_dropped_once() {
    let f = FollowUpId::new();
    let assign = MeetingCommand::AssignFollowUp(AssignFollowUp {
        meeting_id: meeting(),
        item_id: item_id(1),
        follow_up_id: f,
        description: md("Sekretariatet undersøger muligheder for deltagelse"),
        owner: FollowUpOwner::organization(municipality()),
        due: None,
    });
    let (assigned, state) = given::<Meeting>(open_meeting()).when(assign.clone()).ok();
    assert_eq!(state.follow_ups()[&f].status, FollowUpStatus::Open);
    given::<Meeting>(open_meeting())
        .by(member_gp())
        .when(assign)
        .then_error("FORBIDDEN", Some(Rule::OnlySecretariatOrChairRunsMeeting));
    let mut events = open_meeting();
    events.extend(assigned);

    let complete = MeetingCommand::CompleteFollowUp(CompleteFollowUp {
        meeting_id: meeting(),
        follow_up_id: f,
        note: None,
    });
    given::<Meeting>(events.clone())
        .by(member_gp())
        .when(complete.clone())
        .then_error(
            "FORBIDDEN",
            Some(Rule::OnlyOwnerOrSecretariatClosesFollowUp),
        );
    let (done, state) = given::<Meeting>(events.clone())
        .by(member_municipality())
        .when(complete.clone())
        .ok();
    assert_eq!(state.follow_ups()[&f].status, FollowUpStatus::Done);
    let mut closed = events.clone();
    closed.extend(done);
    given::<Meeting>(closed)
        .when(complete)
        .then_error("RULE_VIOLATION", Some(Rule::FollowUpClosedOnce));

    let state = given::<Meeting>(events)
        .when(MeetingCommand::DropFollowUp(DropFollowUp {
            meeting_id: meeting(),
            follow_up_id: f,
            reason: Some(md("Frafalder")),
        }))
        .then([FollowUpDropped {
            meeting_id: meeting(),
            item_id: item_id(1),
            follow_up_id: f,
            reason: Some(md("Frafalder")),
        }
        .into()]);
    assert_eq!(state.follow_ups()[&f].status, FollowUpStatus::Dropped);
}

/// Follow-ups are listed in the order they were assigned, whatever their ids (imported
/// minutes derive ids from the text, which do not sort by time).
#[test]
fn follow_ups_are_listed_in_the_order_assigned() {
    let ids = [
        FollowUpId::from_uuid(uuid::Uuid::from_u128(3)),
        FollowUpId::from_uuid(uuid::Uuid::from_u128(1)),
        FollowUpId::from_uuid(uuid::Uuid::from_u128(2)),
    ];
    let mut events = open_meeting();
    for (k, id) in ids.iter().enumerate() {
        let (assigned, _) = given::<Meeting>(events.clone())
            .when(MeetingCommand::AssignFollowUp(AssignFollowUp {
                meeting_id: meeting(),
                item_id: item_id(1),
                follow_up_id: *id,
                description: md(&format!("Opgave {k}")),
                owner: FollowUpOwner::Secretariat,
                due: None,
            }))
            .ok();
        events.extend(assigned);
    }
    let (_, state) = given::<Meeting>(events)
        .when(MeetingCommand::TakeUpItem(TakeUpItem {
            meeting_id: meeting(),
            item_id: item_id(1),
        }))
        .ok();
    let listed: Vec<FollowUpId> = state.follow_ups_in_order().map(|(id, _)| id).collect();
    assert_eq!(listed, ids);
}

/// "Kommunerne og PLO følger op", "Hanne Andersen vender tilbage": owners beyond one
/// organisation; each owner may close the follow-up, nobody else but those who run the forum.
#[test]
fn follow_ups_are_owned_by_several_organisations_a_role_or_a_person() {
    let assign = |owner: FollowUpOwner| {
        MeetingCommand::AssignFollowUp(AssignFollowUp {
            meeting_id: meeting(),
            item_id: item_id(1),
            follow_up_id: FollowUpId::from_uuid(uuid::Uuid::from_u128(900)),
            description: md("Vender tilbage med en plan"),
            owner,
            due: None,
        })
    };
    let complete = MeetingCommand::CompleteFollowUp(CompleteFollowUp {
        meeting_id: meeting(),
        follow_up_id: FollowUpId::from_uuid(uuid::Uuid::from_u128(900)),
        note: None,
    });
    let closes = |owner: FollowUpOwner, actor: Actor| {
        let (assigned, _) = given::<Meeting>(open_meeting()).when(assign(owner)).ok();
        let mut events = open_meeting();
        events.extend(assigned);
        given::<Meeting>(events)
            .by(actor)
            .when(complete.clone())
            .succeeds()
    };
    let several = FollowUpOwner::Organizations(vec![municipality(), general_practice()]);
    assert!(closes(several.clone(), member_municipality()));
    assert!(closes(several, member_gp()));
    let gp_person = member_gp().person;
    let person = FollowUpOwner::Person {
        person_id: Some(gp_person),
        name: Name::parse("Hanne Andersen").unwrap(),
    };
    assert!(closes(person.clone(), member_gp()));
    assert!(
        !closes(person, member_municipality()),
        "not the person named"
    );
    assert!(!closes(FollowUpOwner::Secretariat, member_gp()));
    assert!(closes(FollowUpOwner::Chair, chair()));
    assert!(!closes(FollowUpOwner::Chair, member_municipality()));
    given::<Meeting>(open_meeting())
        .when(assign(FollowUpOwner::Organizations(vec![])))
        .then_error("INVALID_INPUT", None);
    given::<Meeting>(open_meeting())
        .when(assign(FollowUpOwner::Organizations(vec![
            region(),
            region(),
        ])))
        .then_error("INVALID_INPUT", None);
}

#[test]
fn adjourn_only_an_open_meeting() {
    let state = given::<Meeting>(open_meeting())
        .when(MeetingCommand::AdjournMeeting(AdjournMeeting {
            meeting_id: meeting(),
        }))
        .then([adjourned()]);
    assert_eq!(state.status(), MeetingStatus::Adjourned);
    given::<Meeting>([scheduled()])
        .when(MeetingCommand::AdjournMeeting(AdjournMeeting {
            meeting_id: meeting(),
        }))
        .then_error("RULE_VIOLATION", Some(Rule::MeetingStatus));
    given::<Meeting>(open_meeting())
        .by(observer())
        .when(MeetingCommand::AdjournMeeting(AdjournMeeting {
            meeting_id: meeting(),
        }))
        .then_error("FORBIDDEN", Some(Rule::OnlySecretariatOrChairRunsMeeting));
}
