use samraad_domain::meeting::*;
use samraad_domain::*;

use crate::support::*;

fn schedule_cmd() -> ScheduleMeeting {
    ScheduleMeeting {
        meeting_id: meeting(),
        partnership_id: partnership(),
        forum_id: forum(),
        title: None,
        starts_at: now(),
        ends_at: Some(now() + chrono::Duration::hours(3)),
        mode: MeetingMode::InPerson,
        location: Some(Location {
            room: Some(name("Mødelokale 6")),
            address: name("Damhaven 12, Vejle"),
        }),
        online_link: None,
        place_not_given: false,
    }
}

fn reschedule_cmd() -> RescheduleMeeting {
    RescheduleMeeting {
        meeting_id: meeting(),
        starts_at: now() + chrono::Duration::days(1),
        ends_at: Some(now() + chrono::Duration::days(1) + chrono::Duration::hours(2)),
        mode: MeetingMode::Online,
        location: None,
        online_link: Some(Uri::parse("https://teams.example/m/1").unwrap()),
        place_not_given: false,
    }
}

#[test]
fn secretariat_schedules_meeting() {
    let state = given::<Meeting>([])
        .when(MeetingCommand::ScheduleMeeting(schedule_cmd()))
        .then([scheduled()]);
    assert_eq!(state.partnership_id(), Some(partnership()));
    assert_eq!(state.forum_id(), Some(forum()));
    assert_eq!(state.status(), MeetingStatus::Scheduled);
}

#[test]
fn partnership_admin_may_schedule() {
    given::<Meeting>([])
        .by(admin())
        .when(MeetingCommand::ScheduleMeeting(schedule_cmd()))
        .ok();
}

#[test]
fn member_may_not_schedule() {
    given::<Meeting>([])
        .by(member_municipality())
        .when(MeetingCommand::ScheduleMeeting(schedule_cmd()))
        .then_error("FORBIDDEN", Some(Rule::OnlySecretariatOrChairRunsMeeting));
}

#[test]
fn scheduling_twice_conflicts() {
    given::<Meeting>([scheduled()])
        .when(MeetingCommand::ScheduleMeeting(schedule_cmd()))
        .then_error("CONFLICT", Some(Rule::AlreadyExists));
}

#[test]
fn mode_must_fit_location_and_link() {
    let invalid = |c: ScheduleMeeting| {
        given::<Meeting>([])
            .when(MeetingCommand::ScheduleMeeting(c))
            .then_error("INVALID_INPUT", None)
    };
    let valid = |c: ScheduleMeeting| {
        given::<Meeting>([])
            .when(MeetingCommand::ScheduleMeeting(c))
            .ok()
    };
    let mut c = schedule_cmd();
    c.ends_at = Some(c.starts_at);
    invalid(c);
    // A room without a location, unless it is said that the place is not given.
    let mut c = schedule_cmd();
    c.location = None;
    invalid(c.clone());
    c.place_not_given = true;
    let (_, state) = valid(c);
    assert!(state.info().unwrap().place_not_given);
    let mut c = schedule_cmd();
    c.place_not_given = true;
    invalid(c);
    // "Mødes holdes på TEAMS": online, no link known; hybrid without a link; no end time.
    let mut c = schedule_cmd();
    c.mode = MeetingMode::Online;
    c.location = None;
    c.ends_at = None;
    let (_, state) = valid(c);
    assert_eq!(state.info().unwrap().ends_at, None);
    let mut c = schedule_cmd();
    c.mode = MeetingMode::Hybrid;
    valid(c);
    let mut c = schedule_cmd();
    c.mode = MeetingMode::Written;
    c.location = None;
    valid(c);
    // Nothing said implies no mode: a written procedure is never assumed.
    assert_eq!(MeetingMode::implied_by(false, false, false), None);
    assert_eq!(
        MeetingMode::implied_by(false, false, true),
        Some(MeetingMode::InPerson)
    );
    assert_eq!(
        MeetingMode::implied_by(false, true, false),
        Some(MeetingMode::Online)
    );
}

#[test]
fn reschedule_after_publication_is_marked() {
    let (events, state) = given::<Meeting>([scheduled(), published()])
        .when(MeetingCommand::RescheduleMeeting(reschedule_cmd()))
        .ok();
    assert!(matches!(&events[..], [MeetingEvent::MeetingRescheduled(e)] if e.after_publication));
    assert_eq!(state.info().unwrap().mode, MeetingMode::Online);
}

#[test]
fn reschedule_only_while_scheduled() {
    given::<Meeting>([scheduled(), opened()])
        .when(MeetingCommand::RescheduleMeeting(reschedule_cmd()))
        .then_error("RULE_VIOLATION", Some(Rule::MeetingStatus));
}

#[test]
fn reschedule_unknown_meeting_is_not_found() {
    given::<Meeting>([])
        .when(MeetingCommand::RescheduleMeeting(reschedule_cmd()))
        .then_error("NOT_FOUND", None);
}

#[test]
fn cancel_is_an_event_and_freezes_the_agenda() {
    let cancel = MeetingCommand::CancelMeeting(CancelMeeting {
        meeting_id: meeting(),
        reason: Some(md("Aflyst")),
    });
    let (events, state) = given::<Meeting>([scheduled()]).when(cancel.clone()).ok();
    assert_eq!(state.status(), MeetingStatus::Cancelled);
    let mut history = vec![scheduled()];
    history.extend(events);
    given::<Meeting>(history.clone())
        .when(cancel)
        .then_error("RULE_VIOLATION", Some(Rule::MeetingStatus));
    given::<Meeting>(history)
        .by(member_municipality())
        .when(MeetingCommand::ProposeAgendaItem(ProposeAgendaItem {
            meeting_id: meeting(),
            item_id: item_id(1),
            details: details("Punkt", ItemKind::Discussion),
            sections: vec![],
            postponed_from: None,
        }))
        .then_error("RULE_VIOLATION", Some(Rule::MeetingStatus));
}

#[test]
fn member_may_not_cancel() {
    given::<Meeting>([scheduled()])
        .by(member_gp())
        .when(MeetingCommand::CancelMeeting(CancelMeeting {
            meeting_id: meeting(),
            reason: None,
        }))
        .then_error("FORBIDDEN", Some(Rule::OnlySecretariatOrChairRunsMeeting));
}
