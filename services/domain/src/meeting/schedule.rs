//! Scheduling: ScheduleMeeting, RescheduleMeeting, CancelMeeting.

use chrono::{DateTime, Utc};

use super::*;
use crate::values::Uri;

fn validate_when_where(
    starts_at: DateTime<Utc>,
    ends_at: DateTime<Utc>,
    mode: MeetingMode,
    location: Option<&Location>,
    online_link: Option<&Uri>,
) -> Result<(), DomainError> {
    if ends_at <= starts_at {
        return Err(DomainError::invalid(
            "ends_at",
            "a meeting must end after it starts",
        ));
    }
    match mode {
        MeetingMode::InPerson | MeetingMode::Hybrid if location.is_none() => {
            return Err(DomainError::invalid(
                "location",
                "an in-person or hybrid meeting needs a location",
            ));
        }
        MeetingMode::Online | MeetingMode::Hybrid if online_link.is_none() => {
            return Err(DomainError::invalid(
                "online_link",
                "an online or hybrid meeting needs a link",
            ));
        }
        _ => {}
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
        c.online_link.as_ref(),
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
        c.online_link.as_ref(),
    )?;
    Ok(vec![
        MeetingRescheduled {
            meeting_id: c.meeting_id,
            starts_at: c.starts_at,
            ends_at: c.ends_at,
            mode: c.mode,
            location: c.location,
            online_link: c.online_link,
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
