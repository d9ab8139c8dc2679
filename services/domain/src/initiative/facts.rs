//! Facts in other streams a status report rests on, checked by pure rules given what the
//! caller looked up (the pattern of `fund_pool::facts`).

use super::types::PresentedAt;
use crate::error::DomainError;
use crate::ids::PartnershipId;
use crate::meeting::MeetingState;

/// The meeting a report was presented at is a meeting of `partnership`; the item, if named,
/// is on it, and the attachment, if named, is the item's. Anything else is `NOT_FOUND`, as for
/// an id that does not exist.
pub fn presented_at_exists(
    at: PresentedAt,
    meeting: &MeetingState,
    partnership: PartnershipId,
) -> Result<(), DomainError> {
    if meeting.partnership_id() != Some(partnership) {
        return Err(DomainError::not_found("meeting", at.meeting_id));
    }
    let Some(item_id) = at.item_id else {
        return match at.attachment_id {
            Some(attachment) => Err(DomainError::invalid(
                "presented_at",
                format!("attachment {attachment} is named without the item it belongs to"),
            )),
            None => Ok(()),
        };
    };
    let item = meeting
        .item(item_id)
        .ok_or_else(|| DomainError::not_found("agenda item", item_id))?;
    if let Some(attachment) = at.attachment_id
        && !item
            .attachments
            .iter()
            .any(|a| a.attachment_id == attachment)
    {
        return Err(DomainError::not_found("attachment", attachment));
    }
    Ok(())
}
