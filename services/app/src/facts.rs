//! Facts in other streams that a command rests on, looked up by the command service (the
//! decider pattern: read before deciding) and checked — by the domain's pure rules — once the
//! caller is known to be allowed, so they are no oracle for other partnerships' data.

use samraad_domain::fund_pool::facts::{self, MoneyUse};
use samraad_domain::initiative::facts::presented_at_exists;
use samraad_domain::initiative::{Initiative, PresentedAt};
use samraad_domain::meeting::facts::followed_item_exists;
use samraad_domain::meeting::{DecisionRef, ItemRef, Meeting};
use samraad_domain::partnership::PartnershipState;
use samraad_domain::{Decider, DomainError, ForumId, InitiativeId, PartnershipId, StreamKind};
use samraad_log::StreamName;
use uuid::Uuid;

use crate::error::AppError;
use crate::service::CommandService;

/// A fact in another stream that a command rests on, looked up by the service (the decider
/// pattern: look data up before deciding) and checked once the caller is known to be allowed.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Fact {
    /// The forum belongs to the command's partnership.
    ForumOfPartnership(ForumId),
    /// The referenced decision is recorded in a meeting of the command's partnership and
    /// approved what it is cited for.
    DecisionApproves(DecisionRef),
    /// The initiative belongs to the command's partnership and may take part in the use.
    Initiative(InitiativeId, MoneyUse),
    /// The meeting (item, attachment) a status report was presented at exists in the
    /// command's partnership.
    PresentedAt(PresentedAt),
    /// The earlier item an item follows up exists in the command's partnership.
    FollowedItem(ItemRef),
}

impl CommandService {
    /// Checks the facts a command rests on that live in other streams.
    pub(crate) async fn check_facts(
        &self,
        facts: &[Fact],
        partnership_id: Option<PartnershipId>,
        partnership: Option<&PartnershipState>,
    ) -> Result<(), AppError> {
        for fact in facts {
            match fact {
                Fact::ForumOfPartnership(forum) => {
                    if partnership.and_then(|p| p.forum(*forum)).is_none() {
                        return Err(DomainError::not_found("forum", forum).into());
                    }
                }
                Fact::DecisionApproves(decision) => {
                    let (meeting, partnership) = self
                        .other::<Meeting>(
                            StreamKind::Meeting,
                            decision.meeting_id.as_uuid(),
                            partnership_id,
                        )
                        .await?;
                    facts::decision_approves(*decision, &meeting, partnership)?;
                }
                Fact::PresentedAt(at) => {
                    let (meeting, partnership) = self
                        .other::<Meeting>(
                            StreamKind::Meeting,
                            at.meeting_id.as_uuid(),
                            partnership_id,
                        )
                        .await?;
                    presented_at_exists(*at, &meeting, partnership)?;
                }
                Fact::FollowedItem(followed) => {
                    let (meeting, partnership) = self
                        .other::<Meeting>(
                            StreamKind::Meeting,
                            followed.meeting_id.as_uuid(),
                            partnership_id,
                        )
                        .await?;
                    followed_item_exists(*followed, &meeting, partnership)?;
                }
                Fact::Initiative(initiative, use_) => {
                    let (state, partnership) = self
                        .other::<Initiative>(
                            StreamKind::Initiative,
                            initiative.as_uuid(),
                            partnership_id,
                        )
                        .await?;
                    facts::initiative_may(*initiative, &state, partnership, *use_)?;
                }
            }
        }
        Ok(())
    }

    /// The current state of the `kind` stream `id` a fact lives in, with the command's
    /// partnership it is judged against (`NOT_FOUND` when the command has none).
    async fn other<D: Decider>(
        &self,
        kind: StreamKind,
        id: Uuid,
        partnership_id: Option<PartnershipId>,
    ) -> Result<(D::State, PartnershipId), AppError> {
        let stream = StreamName::parse(kind.stream_name(id))?;
        let folded = self.load::<D>(&stream).await?;
        let partnership =
            partnership_id.ok_or_else(|| DomainError::not_found(kind.prefix(), id))?;
        Ok((folded.state, partnership))
    }
}
