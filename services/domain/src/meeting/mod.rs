//! The meeting stream: schedule, agenda drafting and publication, co-editing by section,
//! the live meeting (attendance, items taken up, decisions, follow-ups) and the minutes.
//!
//! Numbering: accepted items are numbered 1..n in agenda order without gaps; proposed items
//! are not numbered yet; rejected, withdrawn and postponed items drop out and the numbers
//! close up. Breaks (`Pause`) keep their position but get no number, as in the minutes.

mod agenda;
mod attendance;
mod coediting;
mod command;
mod event;
pub mod facts;
mod follow_up;
mod live;
mod minutes;
pub mod recommendations;
mod schedule;
mod state;
mod types;

pub use command::*;
pub use event::*;
pub use follow_up::FollowUpOwner;
pub use recommendations::RecommendationStyle;
pub use state::{
    AgendaItem, AgendaLine, Attachment, Decision, FollowUp, MeetingInfo, MeetingState, SectionState,
};
pub use types::*;

use crate::decider::{Context, Decider};
use crate::error::{DomainError, Rule};
use crate::ids::{AgendaItemId, MeetingId};

/// The meeting decider (stream `meeting-<uuid>`).
#[derive(Debug, Clone, Copy, Default)]
pub struct Meeting;

impl Decider for Meeting {
    type State = MeetingState;
    type Command = MeetingCommand;
    type Event = MeetingEvent;

    fn decide(
        state: &MeetingState,
        command: MeetingCommand,
        ctx: &Context,
    ) -> Result<Vec<MeetingEvent>, DomainError> {
        use MeetingCommand as C;
        match command {
            C::ScheduleMeeting(c) => schedule::schedule(state, c, ctx),
            C::RescheduleMeeting(c) => schedule::reschedule(state, c, ctx),
            C::CancelMeeting(c) => schedule::cancel(state, c, ctx),
            C::ProposeAgendaItem(c) => agenda::propose(state, c, ctx),
            C::AcceptAgendaItem(c) => agenda::accept(state, c, ctx),
            C::RejectAgendaItem(c) => agenda::reject(state, c, ctx),
            C::ReorderAgenda(c) => agenda::reorder(state, c, ctx),
            C::WithdrawAgendaItem(c) => agenda::withdraw(state, c, ctx),
            C::PostponeAgendaItem(c) => agenda::postpone(state, c, ctx),
            C::PublishAgenda(c) => agenda::publish(state, c, ctx),
            C::AttachDocument(c) => agenda::attach(state, c, ctx),
            C::EditAgendaItem(c) => coediting::edit(state, c, ctx),
            C::ChangeAgendaItemDetails(c) => coediting::change_details(state, c, ctx),
            C::OpenMeeting(c) => live::open(state, c, ctx),
            C::RecordAttendance(c) => live::record_attendance(state, c, ctx),
            C::TakeUpItem(c) => live::take_up(state, c, ctx),
            C::RecordDecision(c) => live::record_decision(state, c, ctx),
            C::AssignFollowUp(c) => live::assign_follow_up(state, c, ctx),
            C::CompleteFollowUp(c) => live::complete_follow_up(state, c, ctx),
            C::DropFollowUp(c) => live::drop_follow_up(state, c, ctx),
            C::AdjournMeeting(c) => live::adjourn(state, c, ctx),
            C::CorrectDecision(c) => minutes::correct_decision(state, c, ctx),
            C::ApproveMinutes(c) => minutes::approve(state, c, ctx),
        }
    }

    fn evolve(state: MeetingState, event: &MeetingEvent) -> MeetingState {
        state.evolve(event)
    }
}

/// The scheduled meeting addressed by `meeting_id`, or NOT_FOUND.
fn scheduled(state: &MeetingState, meeting_id: MeetingId) -> Result<&MeetingInfo, DomainError> {
    state
        .info
        .as_ref()
        .filter(|i| i.meeting_id == meeting_id)
        .ok_or_else(|| DomainError::not_found("meeting", meeting_id))
}

/// The item, or NOT_FOUND — also for a closed item and an actor without a seat in the
/// meeting's forum who did not propose it: to them it answers exactly as an id that does
/// not exist (no oracle).
fn item<'a>(
    state: &'a MeetingState,
    item_id: AgendaItemId,
    ctx: &Context,
) -> Result<&'a AgendaItem, DomainError> {
    let forum = state.info().map(|i| i.forum_id);
    state
        .item(item_id)
        .filter(|it| {
            it.visibility == Visibility::Open
                || forum.is_some_and(|f| ctx.actor.sits_in(f))
                || it.proposed_by_person == Some(ctx.actor.person)
        })
        .ok_or_else(|| DomainError::not_found("agenda item", item_id))
}

/// Chair, co-chair or secretariat of the meeting's forum.
fn require_runs(info: &MeetingInfo, ctx: &Context, rule: Rule) -> Result<(), DomainError> {
    if ctx.actor.runs_forum(info.forum_id) {
        Ok(())
    } else {
        Err(DomainError::forbidden(
            rule,
            format!(
                "person {} is not chair, co-chair or secretariat of forum {}",
                ctx.actor.person, info.forum_id
            ),
        ))
    }
}

/// The meeting must be in one of `allowed` statuses.
fn require_status(
    state: &MeetingState,
    allowed: &[MeetingStatus],
    rule: Rule,
    what: &str,
) -> Result<(), DomainError> {
    if allowed.contains(&state.status) {
        Ok(())
    } else {
        Err(DomainError::rule_violation(
            rule,
            format!("cannot {what} while the meeting is {:?}", state.status),
        ))
    }
}

/// The item must be in one of `allowed` statuses.
fn require_item_status(
    item: &AgendaItem,
    allowed: &[ItemStatus],
    what: &str,
) -> Result<(), DomainError> {
    if allowed.contains(&item.status) {
        Ok(())
    } else {
        Err(DomainError::rule_violation(
            Rule::ItemStatus,
            format!(
                "cannot {what} item {} while it is {:?}",
                item.item_id, item.status
            ),
        ))
    }
}

/// Proposer organisation, a non-observer seat in the forum, or the secretariat/chair.
fn require_contributor(
    info: &MeetingInfo,
    item: &AgendaItem,
    ctx: &Context,
) -> Result<(), DomainError> {
    let actor = &ctx.actor;
    // A closed item is for the forum only: its proposing organisation edits it through a
    // seat in the forum, never merely by being the proposer (that would let anyone of the
    // organisation read it back through conflicts, or reopen it to the public).
    let proposer = actor.organization == item.proposed_by
        && actor.is_member_organization_of(info.partnership_id)
        && (item.visibility == Visibility::Open || item.proposed_by_person == Some(actor.person));
    if proposer || actor.contributes_to_forum(info.forum_id) {
        Ok(())
    } else if item.visibility == Visibility::Closed {
        Err(DomainError::forbidden(
            Rule::OnlyContributorsEditItems,
            format!(
                "item {} is closed: only members of forum {} edit it",
                item.item_id, info.forum_id
            ),
        ))
    } else {
        Err(DomainError::forbidden(
            Rule::OnlyContributorsEditItems,
            format!(
                "organisation {} did not propose item {} and person {} has no seat in forum {}",
                actor.organization, item.item_id, actor.person, info.forum_id
            ),
        ))
    }
}
