//! `meetingEvents`: every change to one meeting, with the meeting right after it.
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

use async_graphql::{Context, ErrorExtensions, ID, Object, Subscription};
use chrono::{DateTime, Utc};
use futures::Stream;
use samraad_domain::meeting::{self as dm, Meeting};
use samraad_domain::{AgendaItemId, MeetingId, StreamKind};
use samraad_projections::{
    Interest, MeetingView, Missed, Position, Projections, RecordedEvent, Subscriber,
};

use crate::auth::Principal;
use crate::errors::ApiError;
use crate::schema::common::context::{parse_id, principal, services};
use crate::schema::common::cursor::parse_after;
use crate::schema::common::feed::{CATCH_UP_PAGE, SubscriptionGuard, lagged};
use crate::schema::meeting::item::AgendaItemObject;
use crate::schema::meeting::query::ActorObject;
use crate::schema::meeting::types::MeetingObject;
use crate::schema::read;

/// Meeting subscriptions.
#[derive(Default)]
pub struct MeetingSubscription;

#[Subscription]
impl MeetingSubscription {
    /// Every change to a meeting (agenda, attendance, item taken up, decisions, minutes), each
    /// with the meeting in its state right after the change. Resumable: pass the last
    /// `position` you saw as `after`.
    async fn meeting_events(
        &self,
        ctx: &Context<'_>,
        meeting_id: ID,
        after: Option<String>,
    ) -> async_graphql::Result<impl Stream<Item = async_graphql::Result<MeetingEvent>> + use<>>
    {
        let reader = Some(principal(ctx)?);
        let id = MeetingId::from_uuid(parse_id(&meeting_id, "meetingId")?);
        services(ctx)
            .projections
            .read(|model| read::may_follow_meeting(model, id, reader))?;
        let after = parse_after(after.as_deref())?;
        let services = services(ctx).clone();
        let interest = Interest::meeting(id).map_err(|e| ApiError::internal(e).extend())?;
        let state = MeetingFeed {
            projections: services.projections.clone(),
            reader,
            meeting: id,
            interest,
            page: VecDeque::new(),
            folded: Some(MeetingView::empty()),
            after,
            last: after,
            live: None,
            _guard: SubscriptionGuard::new(services.metrics.clone()),
            done: false,
            seats: read::SeatCache::default(),
        };
        Ok(futures::stream::unfold(state, |mut feed| async move {
            let next = feed.next().await?;
            Some((next, feed))
        }))
    }
}

/// One change to a meeting.
pub struct MeetingEvent {
    position: Position,
    recorded_type: String,
    occurred_at: DateTime<Utc>,
    version: u64,
    person: uuid::Uuid,
    organization: uuid::Uuid,
    item: Option<AgendaItemId>,
    meeting: MeetingObject,
}

#[Object]
impl MeetingEvent {
    /// Global position: pass it as `after` to resume.
    async fn position(&self) -> String {
        self.position.to_string()
    }
    /// Event type, e.g. `DecisionRecorded`.
    #[graphql(name = "type")]
    async fn event_type(&self) -> &str {
        &self.recorded_type
    }
    /// When it happened.
    async fn occurred_at(&self) -> DateTime<Utc> {
        self.occurred_at
    }
    /// The meeting stream's version after the change.
    async fn version(&self) -> i64 {
        i64::try_from(self.version).unwrap_or(i64::MAX)
    }
    /// Who acted, for which organisation.
    async fn actor(&self, ctx: &Context<'_>) -> ActorObject {
        services(ctx)
            .projections
            .read(|model| ActorObject::of(model, self.person, self.organization))
    }
    /// The meeting right after the change.
    async fn meeting(&self) -> &MeetingObject {
        &self.meeting
    }
    /// The agenda item the change concerns, in its new state.
    async fn item(&self) -> Option<AgendaItemObject> {
        self.meeting.agenda_item(self.item?)
    }
}

/// A `meetingEvents` subscription: first the stored meeting from the store, page by page
/// (folded here, so each event comes with the meeting right after it), then — once
/// registered without a gap — the live feed's events of this meeting.
struct MeetingFeed {
    projections: Arc<Projections>,
    reader: Option<Principal>,
    meeting: MeetingId,
    interest: Interest,
    page: VecDeque<(RecordedEvent, dm::MeetingEvent)>,
    /// The meeting folded from the store while catching up; `None` once live.
    folded: Option<MeetingView>,
    after: Position,
    /// The position of the last event of this meeting handled (or `after`).
    last: Position,
    live: Option<Subscriber>,
    _guard: SubscriptionGuard,
    done: bool,
    seats: read::SeatCache,
}

impl MeetingFeed {
    async fn next(&mut self) -> Option<async_graphql::Result<MeetingEvent>> {
        while !self.done {
            if let Some(live) = &self.live {
                match live.recv().await {
                    Ok(applied) => {
                        if applied.recorded.position <= self.last {
                            continue; // already read from the store while catching up
                        }
                        self.last = applied.recorded.position;
                        let Some(view) = applied.meeting.clone() else {
                            continue;
                        };
                        if let Some(event) = self.emit(&applied.recorded, applied.item, view) {
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
            let folded = self.folded.as_mut()?;
            if let Some((recorded, event)) = self.page.pop_front() {
                folded.apply::<Meeting>(&recorded, &event);
                if recorded.position <= self.after {
                    continue;
                }
                self.last = recorded.position;
                let view = Arc::new(folded.clone());
                if let Some(event) = self.emit(&recorded, event.item(), view) {
                    return Some(Ok(event));
                }
                continue;
            }
            // Everything read so far is delivered: go live if the read model holds no event
            // of this meeting beyond what was read (or what the client already has).
            let seen = self.last;
            let meeting = self.meeting;
            self.live = self
                .projections
                .register(self.interest.clone(), |model, _| {
                    model
                        .meetings
                        .get(&meeting)
                        .is_none_or(|m| m.position <= seen)
                });
            if self.live.is_some() {
                self.folded = None; // live events carry the projector's shared snapshot
                self.page = VecDeque::new();
                continue;
            }
            let version = folded.version;
            match self
                .projections
                .stream_page::<Meeting>(
                    StreamKind::Meeting,
                    self.meeting.as_uuid(),
                    version,
                    CATCH_UP_PAGE,
                )
                .await
            {
                Ok(page) => self.page.extend(page),
                Err(err) => {
                    self.done = true;
                    return Some(Err(ApiError::internal(err).extend()));
                }
            }
        }
        None
    }

    /// The event for this reader, or `None` if it concerns a closed item they may not see.
    fn emit(
        &mut self,
        recorded: &RecordedEvent,
        item: Option<AgendaItemId>,
        view: Arc<MeetingView>,
    ) -> Option<MeetingEvent> {
        let seats = &mut self.seats;
        let meeting = self
            .projections
            .read(|model| read::meeting_object_cached(model, view, self.reader, seats));
        if item.is_some_and(|item| !meeting.sees_item(item)) {
            return None;
        }
        Some(MeetingEvent {
            position: recorded.position,
            recorded_type: recorded.event_type.clone(),
            occurred_at: recorded.metadata.occurred_at,
            version: recorded.version,
            person: recorded.metadata.actor_person,
            organization: recorded.metadata.actor_organization,
            item,
            meeting,
        })
    }
}
