//! Rules on facts of other meeting streams, given the state the caller looked up.

use super::{ItemRef, MeetingState};
use crate::error::DomainError;
use crate::ids::PartnershipId;

/// The item an item follows up exists, in a meeting of the same partnership (else it is
/// `NOT_FOUND`, revealing nothing of other partnerships' meetings).
pub fn followed_item_exists(
    followed: ItemRef,
    meeting: &MeetingState,
    partnership: PartnershipId,
) -> Result<(), DomainError> {
    if meeting.partnership_id() != Some(partnership) {
        return Err(DomainError::not_found("meeting", followed.meeting_id));
    }
    meeting
        .item(followed.item_id)
        .map(|_| ())
        .ok_or_else(|| DomainError::not_found("agenda item", followed.item_id))
}
