//! Scheduling: ScheduleMeeting, RescheduleMeeting, CancelMeeting.

use chrono::{DateTime, Utc};

use super::*;

/// When and where: an end (if given) after the start; a gathering in a room has a location
/// unless it is said explicitly that the place is not given. An online link is not required
/// ("Mødet holdes på Teams": the invitation carries it).
fn validate_when_where(
    starts_at: DateTime<Utc>,
    ends_at: Option<DateTime<Utc>>,
    mode: MeetingMode,
    location: Option<&Location>,
    place_not_given: bool,
) -> Result<(), DomainError> {
    if ends_at.is_some_and(|end| end <= starts_at) {
        return Err(DomainError::invalid(
            "ends_at",
            "a meeting must end after it starts",
        ));
    }
    let in_a_room = matches!(mode, MeetingMode::InPerson | MeetingMode::Hybrid);
    if in_a_room && location.is_none() && !place_not_given {
        return Err(DomainError::invalid(
            "location",
            "an in-person or hybrid meeting needs a location, or says the place is not given",
        ));
    }
    if place_not_given && (location.is_some() || !in_a_room) {
        return Err(DomainError::invalid(
            "place_not_given",
            "only an in-person or hybrid meeting without a location has its place not given",
        ));
    }
    Ok(())
}

pub(super) fn schedule(
    state: &MeetingState,
    c: ScheduleMeeting,
    ctx: &Context,
) -> Result<Vec<MeetingEvent>, DomainError> {
    if !(ctx.actor.runs_forum(c.forum_id) || ctx.actor.is_admin_of(c.partnership_id)) {
        return Err(DomainError::forbidden(
            Rule::OnlySecretariatOrChairRunsMeeting,
            format!(
                "person {} may not schedule meetings of forum {}",
                ctx.actor.person, c.forum_id
            ),
        ));
    }
    if state.info.is_some() {
        return Err(DomainError::conflict(
            Rule::AlreadyExists,
            format!("meeting {} already exists", c.meeting_id),
        ));
    }
    validate_when_where(
        c.starts_at,
        c.ends_at,
        c.mode,
        c.location.as_ref(),
        c.place_not_given,
    )?;
    Ok(vec![
        MeetingScheduled {
            meeting_id: c.meeting_id,
            partnership_id: c.partnership_id,
            forum_id: c.forum_id,
            title: c.title,
            starts_at: c.starts_at,
            ends_at: c.ends_at,
            mode: c.mode,
            location: c.location,
            online_link: c.online_link,
            place_not_given: c.place_not_given,
        }
        .into(),
    ])
}

pub(super) fn reschedule(
    state: &MeetingState,
    c: RescheduleMeeting,
    ctx: &Context,
) -> Result<Vec<MeetingEvent>, DomainError> {
    let info = scheduled(state, c.meeting_id)?;
    require_runs(info, ctx, Rule::OnlySecretariatOrChairRunsMeeting)?;
    require_status(
        state,
        &[MeetingStatus::Scheduled],
        Rule::MeetingStatus,
        "reschedule",
    )?;
    validate_when_where(
        c.starts_at,
        c.ends_at,
        c.mode,
        c.location.as_ref(),
        c.place_not_given,
    )?;
    Ok(vec![
        MeetingRescheduled {
            meeting_id: c.meeting_id,
            starts_at: c.starts_at,
            ends_at: c.ends_at,
            mode: c.mode,
            location: c.location,
            online_link: c.online_link,
            place_not_given: c.place_not_given,
            after_publication: state.is_published(),
        }
        .into(),
    ])
}

pub(super) fn cancel(
    state: &MeetingState,
    c: CancelMeeting,
    ctx: &Context,
) -> Result<Vec<MeetingEvent>, DomainError> {
    let info = scheduled(state, c.meeting_id)?;
    require_runs(info, ctx, Rule::OnlySecretariatOrChairRunsMeeting)?;
    require_status(
        state,
        &[MeetingStatus::Scheduled],
        Rule::MeetingStatus,
        "cancel",
    )?;
    Ok(vec![
        MeetingCancelled {
            meeting_id: c.meeting_id,
            reason: c.reason,
        }
        .into(),
    ])
}
