//! Live meeting and minutes mutations: open, attendance, take up, decisions and corrections,
//! follow-ups, adjourn, approve minutes.

use async_graphql::{Context, ID, Object};
use samraad_domain::meeting::{self as dm, MeetingCommand};
use samraad_domain::{DecisionId, FollowUpId, MeetingId};

use super::change::{item_id, meeting_id, run};
use super::live_input::*;
use crate::schema::common::parse::{markdown, new_id, opt_id, opt_markdown};

/// Live meeting and minutes mutations.
#[derive(Default)]
pub struct MeetingLiveMutation;

#[Object]
impl MeetingLiveMutation {
    /// Open the meeting.
    async fn open_meeting(
        &self,
        ctx: &Context<'_>,
        input: OpenMeetingInput,
    ) -> async_graphql::Result<OpenMeetingPayload> {
        let issuer = input.envelope.issuer(ctx)?;
        let id = meeting_id(&input.meeting_id)?;
        let command = MeetingCommand::OpenMeeting(dm::OpenMeeting { meeting_id: id });
        Ok(run(ctx, id, &issuer, command, None).await?.into())
    }

    /// Record attendance lines.
    async fn record_attendance(
        &self,
        ctx: &Context<'_>,
        input: RecordAttendanceInput,
    ) -> async_graphql::Result<RecordAttendancePayload> {
        let issuer = input.envelope.issuer(ctx)?;
        let id = meeting_id(&input.meeting_id)?;
        let command = MeetingCommand::RecordAttendance(dm::RecordAttendance {
            meeting_id: id,
            entries: attendance(&input.entries)?,
        });
        Ok(run(ctx, id, &issuer, command, None).await?.into())
    }

    /// "Now discussing" an item.
    async fn take_up_item(
        &self,
        ctx: &Context<'_>,
        input: TakeUpItemInput,
    ) -> async_graphql::Result<TakeUpItemPayload> {
        let issuer = input.envelope.issuer(ctx)?;
        let id = meeting_id(&input.meeting_id)?;
        let item = item_id(&input.item_id, "itemId")?;
        let command = MeetingCommand::TakeUpItem(dm::TakeUpItem {
            meeting_id: id,
            item_id: item,
        });
        Ok(run(ctx, id, &issuer, command, Some(item)).await?.into())
    }

    /// Record the decision on an item (while the meeting is open).
    async fn record_decision(
        &self,
        ctx: &Context<'_>,
        input: RecordDecisionInput,
    ) -> async_graphql::Result<RecordDecisionPayload> {
        let issuer = input.envelope.issuer(ctx)?;
        let id = meeting_id(&input.meeting_id)?;
        let item = item_id(&input.item_id, "itemId")?;
        let decision: DecisionId = new_id(input.decision_id.as_ref(), "decisionId", &issuer)?;
        let command = MeetingCommand::RecordDecision(dm::RecordDecision {
            meeting_id: id,
            item_id: item,
            decision_id: decision,
            text: markdown("text", &input.text)?,
            outcomes: outcomes(&input.outcomes)?,
            item_outcome: input.outcome.map(Into::into),
            reservations: reservations(&input.reservations)?,
        });
        let mut payload: RecordDecisionPayload =
            run(ctx, id, &issuer, command, Some(item)).await?.into();
        payload.decision_id = Some(ID(decision.to_string()));
        Ok(payload)
    }

    /// Correct a recorded decision (after the minutes' approval it is a visible correction).
    async fn correct_decision(
        &self,
        ctx: &Context<'_>,
        input: CorrectDecisionInput,
    ) -> async_graphql::Result<CorrectDecisionPayload> {
        let issuer = input.envelope.issuer(ctx)?;
        let id = meeting_id(&input.meeting_id)?;
        let item = item_id(&input.item_id, "itemId")?;
        let command = MeetingCommand::CorrectDecision(dm::CorrectDecision {
            meeting_id: id,
            item_id: item,
            text: markdown("text", &input.text)?,
            outcomes: outcomes(&input.outcomes)?,
            item_outcome: input.outcome.map(Into::into),
            reservations: reservations(&input.reservations)?,
            reason: markdown("reason", &input.reason)?,
        });
        Ok(run(ctx, id, &issuer, command, Some(item)).await?.into())
    }

    /// Assign a follow-up action.
    async fn assign_follow_up(
        &self,
        ctx: &Context<'_>,
        input: AssignFollowUpInput,
    ) -> async_graphql::Result<AssignFollowUpPayload> {
        let issuer = input.envelope.issuer(ctx)?;
        let id = meeting_id(&input.meeting_id)?;
        let item = item_id(&input.item_id, "itemId")?;
        let follow_up_id: FollowUpId = new_id(input.follow_up_id.as_ref(), "followUpId", &issuer)?;
        let command = MeetingCommand::AssignFollowUp(dm::AssignFollowUp {
            meeting_id: id,
            item_id: item,
            follow_up_id,
            description: markdown("description", &input.description)?,
            owner: follow_up_owner(&input)?,
            due: input.due,
        });
        let mut done = run(ctx, id, &issuer, command, Some(item)).await?;
        let object = follow_up(&mut done, follow_up_id);
        let mut payload: AssignFollowUpPayload = done.into();
        payload.follow_up = object;
        Ok(payload)
    }

    /// Mark a follow-up action done.
    async fn complete_follow_up(
        &self,
        ctx: &Context<'_>,
        input: CompleteFollowUpInput,
    ) -> async_graphql::Result<CompleteFollowUpPayload> {
        let issuer = input.envelope.issuer(ctx)?;
        let id = meeting_id(&input.meeting_id)?;
        let follow_up_id = follow_up_id(&input.follow_up_id)?;
        let command = MeetingCommand::CompleteFollowUp(dm::CompleteFollowUp {
            meeting_id: id,
            follow_up_id,
            note: opt_markdown("note", input.note.as_ref())?,
        });
        let mut done = run(ctx, id, &issuer, command, None).await?;
        let object = follow_up(&mut done, follow_up_id);
        let mut payload: CompleteFollowUpPayload = done.into();
        payload.follow_up = object;
        Ok(payload)
    }

    /// Drop a follow-up action.
    async fn drop_follow_up(
        &self,
        ctx: &Context<'_>,
        input: DropFollowUpInput,
    ) -> async_graphql::Result<DropFollowUpPayload> {
        let issuer = input.envelope.issuer(ctx)?;
        let id = meeting_id(&input.meeting_id)?;
        let follow_up_id = follow_up_id(&input.follow_up_id)?;
        let command = MeetingCommand::DropFollowUp(dm::DropFollowUp {
            meeting_id: id,
            follow_up_id,
            reason: opt_markdown("reason", input.reason.as_ref())?,
        });
        let mut done = run(ctx, id, &issuer, command, None).await?;
        let object = follow_up(&mut done, follow_up_id);
        let mut payload: DropFollowUpPayload = done.into();
        payload.follow_up = object;
        Ok(payload)
    }

    /// End the meeting.
    async fn adjourn_meeting(
        &self,
        ctx: &Context<'_>,
        input: AdjournMeetingInput,
    ) -> async_graphql::Result<AdjournMeetingPayload> {
        let issuer = input.envelope.issuer(ctx)?;
        let id = meeting_id(&input.meeting_id)?;
        let command = MeetingCommand::AdjournMeeting(dm::AdjournMeeting { meeting_id: id });
        Ok(run(ctx, id, &issuer, command, None).await?.into())
    }

    /// Approve the minutes (referat).
    async fn approve_minutes(
        &self,
        ctx: &Context<'_>,
        input: ApproveMinutesInput,
    ) -> async_graphql::Result<ApproveMinutesPayload> {
        let issuer = input.envelope.issuer(ctx)?;
        let id = meeting_id(&input.meeting_id)?;
        let command = MeetingCommand::ApproveMinutes(dm::ApproveMinutes {
            meeting_id: id,
            approved_at_meeting: opt_id::<MeetingId>(
                input.approved_at_meeting_id.as_ref(),
                "approvedAtMeetingId",
            )?,
        });
        Ok(run(ctx, id, &issuer, command, None).await?.into())
    }
}
