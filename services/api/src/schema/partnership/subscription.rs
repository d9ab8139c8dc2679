//! `partnershipEvents`: everything a reader may see happening in a partnership.
//!
//! Live over `graphql-transport-ws`: catch up from `after`, then live, with no gap and
//! no duplicate. A feed first reads the stored past page by page; it registers with the live
//! feed only once it has read everything the live feed has published (checked atomically
//! with publishing), and skips live events at or below its last position. Nothing is queued
//! for it while it catches up. A live subscriber whose inbox passes its bounds (events or
//! bytes) is cut off and gets an error naming the last position it received; it resumes
//! from there.

use std::collections::VecDeque;
use std::sync::Arc;

use async_graphql::{Context, ErrorExtensions, ID, Subscription};
use chrono::{DateTime, Utc};
use futures::Stream;
use samraad_domain::{AgendaItemId, AnyEvent, MeetingId, PartnershipId, StreamKind};
use samraad_projections::{
    Interest, Missed, Position, Projections, ReadModel, RecordedEvent, Subscriber,
};

use crate::auth::Principal;
use crate::errors::ApiError;
use crate::schema::common::context::{parse_id, principal, services};
use crate::schema::common::cursor::parse_after;
use crate::schema::common::feed::{CATCH_UP_PAGE, SubscriptionGuard, lagged};
use crate::schema::meeting::query::ActorObject;
use crate::schema::read;

/// Partnership subscriptions.
#[derive(Default)]
pub struct PartnershipSubscription;

#[Subscription]
impl PartnershipSubscription {
    /// Everything the caller may see happening in a partnership: its own stream, its meetings,
    /// initiatives and fund pools. Resumable with `after`.
    async fn partnership_events(
        &self,
        ctx: &Context<'_>,
        partnership_id: ID,
        after: Option<String>,
    ) -> async_graphql::Result<impl Stream<Item = async_graphql::Result<PartnershipEvent>> + use<>>
    {
        let reader = Some(principal(ctx)?);
        let id = PartnershipId::from_uuid(parse_id(&partnership_id, "partnershipId")?);
        services(ctx)
            .projections
            .read(|model| read::may_follow_partnership(model, id, reader))?;
        let after = parse_after(after.as_deref())?;
        let services = services(ctx).clone();
        let state = PartnershipFeed {
            projections: services.projections.clone(),
            reader,
            partnership: id,
            page: VecDeque::new(),
            last: after,
            live: None,
            _guard: SubscriptionGuard::new(services.metrics.clone()),
            done: false,
        };
        Ok(futures::stream::unfold(state, |mut feed| async move {
            let next = feed.next().await?;
            Some((next, feed))
        }))
    }
}

/// One change in a partnership.
#[derive(async_graphql::SimpleObject)]
pub struct PartnershipEvent {
    /// Global position: pass it as `after` to resume.
    pub position: String,
    /// Event type.
    #[graphql(name = "type")]
    pub event_type: String,
    /// When it happened.
    pub occurred_at: DateTime<Utc>,
    /// Who acted.
    pub actor: ActorObject,
    /// The stream (`meeting-…`, `initiative-…`, `fundpool-…`, `partnership-…`).
    pub stream: String,
    /// The id of the meeting, initiative, fund pool or partnership that changed.
    pub entity_id: ID,
}

/// A `partnershipEvents` subscription: the stored log after `after`, page by page, then —
/// once registered without a gap — the live feed's events of the partnership.
struct PartnershipFeed {
    projections: Arc<Projections>,
    reader: Option<Principal>,
    partnership: PartnershipId,
    page: VecDeque<(RecordedEvent, AnyEvent)>,
    /// The last position read from the store or the live feed.
    last: Position,
    live: Option<Subscriber>,
    _guard: SubscriptionGuard,
    done: bool,
}

impl PartnershipFeed {
    async fn next(&mut self) -> Option<async_graphql::Result<PartnershipEvent>> {
        while !self.done {
            if let Some(live) = &self.live {
                match live.recv().await {
                    Ok(applied) => {
                        if applied.recorded.position <= self.last {
                            continue;
                        }
                        self.last = applied.recorded.position;
                        if let Some(event) = self.emit(&applied.recorded, applied.item) {
                            return Some(Ok(event));
                        }
                    }
                    Err(Missed::Lagged) => {
                        self.done = true;
                        return Some(Err(lagged(self.last)));
                    }
                    Err(Missed::Closed) => return None,
                }
                continue;
            }
            if let Some((recorded, event)) = self.page.pop_front() {
                self.last = recorded.position;
                if let Some(event) = self.emit(&recorded, event.item()) {
                    return Some(Ok(event));
                }
                continue;
            }
            // Go live once everything published to subscribers so far has been read here.
            let seen = self.last;
            self.live = self
                .projections
                .register(Interest::Partnership(self.partnership), |_, sent| {
                    sent <= seen
                });
            if self.live.is_some() {
                self.page = VecDeque::new();
                continue;
            }
            match self.projections.log_page(self.last, CATCH_UP_PAGE).await {
                Ok(page) => self.page.extend(page),
                Err(err) => {
                    self.done = true;
                    return Some(Err(ApiError::internal(err).extend()));
                }
            }
        }
        None
    }

    fn emit(
        &self,
        recorded: &RecordedEvent,
        item: Option<AgendaItemId>,
    ) -> Option<PartnershipEvent> {
        let (kind, id) = StreamKind::parse_stream_name(recorded.stream.as_str())?;
        self.projections.read(|model| {
            if !belongs_to(model, self.partnership, kind, id) {
                return None;
            }
            let entry_touches_hidden = item.is_some_and(|item| {
                read::meeting(model, MeetingId::from_uuid(id), self.reader)
                    .is_some_and(|m| m.view.state.item(item).is_some() && !m.sees_item(item))
            });
            if entry_touches_hidden {
                return None;
            }
            Some(PartnershipEvent {
                position: recorded.position.to_string(),
                event_type: recorded.event_type.clone(),
                occurred_at: recorded.metadata.occurred_at,
                actor: ActorObject::of(
                    model,
                    recorded.metadata.actor_person,
                    recorded.metadata.actor_organization,
                ),
                stream: recorded.stream.to_string(),
                entity_id: ID(id.to_string()),
            })
        })
    }
}

fn belongs_to(
    model: &ReadModel,
    partnership: PartnershipId,
    kind: StreamKind,
    id: uuid::Uuid,
) -> bool {
    match kind {
        StreamKind::Partnership => id == partnership.as_uuid(),
        StreamKind::Meeting => model
            .by_partnership
            .get(&partnership)
            .is_some_and(|i| i.meetings.contains(&MeetingId::from_uuid(id))),
        StreamKind::Initiative => model.by_partnership.get(&partnership).is_some_and(|i| {
            i.initiatives
                .contains(&samraad_domain::InitiativeId::from_uuid(id))
        }),
        StreamKind::FundPool => model.by_partnership.get(&partnership).is_some_and(|i| {
            i.fund_pools
                .contains(&samraad_domain::FundPoolId::from_uuid(id))
        }),
    }
}
