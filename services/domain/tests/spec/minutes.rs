use samraad_domain::meeting::*;
use samraad_domain::*;

use crate::support::*;

fn decided_and_adjourned() -> Vec<MeetingEvent> {
    vec![
        scheduled(),
        proposed(item_id(1), ItemKind::Decision, 1),
        accepted(item_id(1)),
        opened(),
        DecisionRecorded {
            meeting_id: meeting(),
            item_id: item_id(1),
            decision_id: DecisionId::from_uuid(item_id(1).as_uuid()),
            text: md("Godkendt"),
            outcomes: vec![outcome(1, Outcome::Approved)],
            item_outcome: None,
            reservations: vec![],
            recorded_at: now(),
        }
        .into(),
        adjourned(),
    ]
}

fn approved() -> MeetingEvent {
    MinutesApproved {
        meeting_id: meeting(),
        approved_at: now(),
        approved_at_meeting: None,
    }
    .into()
}

fn correct() -> MeetingCommand {
    MeetingCommand::CorrectDecision(CorrectDecision {
        meeting_id: meeting(),
        item_id: item_id(1),
        text: md("Godkendt med ændringer"),
        outcomes: vec![outcome(1, Outcome::ApprovedWithChanges)],
        item_outcome: None,
        reservations: vec![],
        reason: md("Fejl i referatet"),
    })
}

fn corrected(after_approval: bool) -> MeetingEvent {
    DecisionCorrected {
        meeting_id: meeting(),
        item_id: item_id(1),
        decision_id: DecisionId::from_uuid(item_id(1).as_uuid()),
        text: md("Godkendt med ændringer"),
        outcomes: vec![outcome(1, Outcome::ApprovedWithChanges)],
        item_outcome: None,
        reservations: vec![],
        reason: md("Fejl i referatet"),
        after_approval,
        corrected_at: now(),
    }
    .into()
}

#[test]
fn correction_before_approval_is_ordinary() {
    let state = given::<Meeting>(decided_and_adjourned())
        .when(correct())
        .then([corrected(false)]);
    let d = state.item(item_id(1)).unwrap().decision.clone().unwrap();
    assert_eq!((d.corrections, d.corrected_after_approval), (1, false));
    assert_eq!(d.outcomes[0].outcome, Outcome::ApprovedWithChanges);
}

#[test]
fn correction_after_approval_is_a_separate_visible_event() {
    let mut events = decided_and_adjourned();
    events.push(approved());
    let state = given::<Meeting>(events)
        .when(correct())
        .then([corrected(true)]);
    assert!(
        state
            .item(item_id(1))
            .unwrap()
            .decision
            .as_ref()
            .unwrap()
            .corrected_after_approval
    );
}

#[test]
fn correction_needs_a_decision_a_reason_and_all_outcomes() {
    given::<Meeting>(decided_and_adjourned()[..4].to_vec())
        .when(correct())
        .then_error("NOT_FOUND", None);
    let MeetingCommand::CorrectDecision(mut c) = correct() else {
        unreachable!()
    };
    c.reason = Markdown::empty();
    given::<Meeting>(decided_and_adjourned())
        .when(MeetingCommand::CorrectDecision(c.clone()))
        .then_error("INVALID_INPUT", None);
    c.reason = md("x");
    c.outcomes = vec![];
    given::<Meeting>(decided_and_adjourned())
        .when(MeetingCommand::CorrectDecision(c))
        .then_error("RULE_VIOLATION", Some(Rule::OutcomeForEveryRecommendation));
    given::<Meeting>(decided_and_adjourned())
        .by(member_gp())
        .when(correct())
        .then_error("FORBIDDEN", Some(Rule::OnlySecretariatOrChairRunsMeeting));
}

#[test]
fn minutes_are_approved_once_after_adjournment() {
    let approve = || {
        MeetingCommand::ApproveMinutes(ApproveMinutes {
            meeting_id: meeting(),
            approved_at_meeting: None,
        })
    };
    let state = given::<Meeting>(decided_and_adjourned())
        .when(approve())
        .then([approved()]);
    assert_eq!(state.minutes_approved_at(), Some(now()));
    given::<Meeting>(decided_and_adjourned()[..5].to_vec())
        .when(approve())
        .then_error("RULE_VIOLATION", Some(Rule::MinutesApproval));
    let mut events = decided_and_adjourned();
    events.push(approved());
    given::<Meeting>(events.clone())
        .when(approve())
        .then_error("RULE_VIOLATION", Some(Rule::MinutesApproval));
    given::<Meeting>(decided_and_adjourned())
        .by(member_municipality())
        .when(approve())
        .then_error("FORBIDDEN", Some(Rule::OnlySecretariatOrChairRunsMeeting));
    // Attendance is frozen once the minutes are approved.
    given::<Meeting>(events)
        .when(MeetingCommand::RecordAttendance(RecordAttendance {
            meeting_id: meeting(),
            entries: vec![AttendanceEntry {
                person_id: None,
                name: name("Else Zippor"),
                organization_id: None,
                status: AttendanceStatus::Apologies,
                substitute_for: None,
                guest_for_item: None,
                joined_at: None,
                left_at: None,
            }],
        }))
        .then_error("RULE_VIOLATION", Some(Rule::MinutesApproval));
}

#[test]
fn minutes_may_be_approved_as_the_last_item_of_their_own_meeting() {
    let mut open = decided_and_adjourned();
    open.pop(); // still open
    let at_this_meeting = MeetingCommand::ApproveMinutes(ApproveMinutes {
        meeting_id: meeting(),
        approved_at_meeting: Some(meeting()),
    });
    let state = given::<Meeting>(open.clone())
        .when(at_this_meeting)
        .then([MinutesApproved {
            meeting_id: meeting(),
            approved_at: now(),
            approved_at_meeting: Some(meeting()),
        }
        .into()]);
    assert_eq!(state.minutes_approved_at(), Some(now()));
    // Approved elsewhere (a later meeting, in writing): only after the meeting ended.
    given::<Meeting>(open.clone())
        .when(MeetingCommand::ApproveMinutes(ApproveMinutes {
            meeting_id: meeting(),
            approved_at_meeting: None,
        }))
        .then_error("RULE_VIOLATION", Some(Rule::MinutesApproval));
    // Nothing is decided after the minutes that record it.
    let mut events = open;
    events.push(proposed(item_id(2), ItemKind::Decision, 0));
    events.push(accepted(item_id(2)));
    events.push(
        MinutesApproved {
            meeting_id: meeting(),
            approved_at: now(),
            approved_at_meeting: Some(meeting()),
        }
        .into(),
    );
    given::<Meeting>(events)
        .when(MeetingCommand::RecordDecision(RecordDecision {
            meeting_id: meeting(),
            item_id: item_id(2),
            decision_id: DecisionId::from_uuid(item_id(2).as_uuid()),
            text: md("Drøftet."),
            outcomes: vec![],
            item_outcome: Some(Outcome::Discussed),
            reservations: vec![],
        }))
        .then_error("RULE_VIOLATION", Some(Rule::MinutesApproval));
}
