//! The read model: every stream's view plus the cross-stream indexes users ask for.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::sync::Arc;

use chrono::{DateTime, Utc};
use samraad_domain::fund_pool::FundPool;
use samraad_domain::initiative::Initiative;
use samraad_domain::meeting::{Meeting, MeetingEvent};
use samraad_domain::partnership::Partnership;
use samraad_domain::{
    AgendaItemId, AnyEvent, ForumId, FundPoolId, InitiativeId, MeetingId, PartnershipId,
};
use samraad_log::{Position, RecordedEvent};
use uuid::Uuid;

use crate::history::HistoryEntry;
use crate::view::{FundPoolView, InitiativeView, MeetingView, PartnershipView, StreamView};

/// Everything the queries read. Built only from the ordered feed; rebuildable at any time.
///
/// Views are behind `Arc`s: a query clones the `Arc` and reads without holding the lock, and
/// the projector copies a view on write only while a reader still holds the old one.
#[derive(Clone, Debug, Default)]
pub struct ReadModel {
    /// The last global position applied.
    pub position: Position,
    /// Partnerships by id.
    pub partnerships: HashMap<PartnershipId, Arc<PartnershipView>>,
    /// Meetings by id.
    pub meetings: HashMap<MeetingId, Arc<MeetingView>>,
    /// Initiatives by id.
    pub initiatives: HashMap<InitiativeId, Arc<InitiativeView>>,
    /// Fund pools by id.
    pub fund_pools: HashMap<FundPoolId, Arc<FundPoolView>>,
    /// A partnership's meetings, initiatives and fund pools.
    pub by_partnership: HashMap<PartnershipId, PartnershipIndex>,
    /// A forum's calendar: meetings by start time.
    pub calendar: HashMap<ForumId, BTreeSet<(DateTime<Utc>, MeetingId)>>,
    /// Case files: every item sharing a case reference, across meetings and forums.
    pub case_files: HashMap<String, BTreeSet<(MeetingId, AgendaItemId)>>,
    /// Which meeting an agenda item belongs to.
    pub item_meeting: HashMap<AgendaItemId, MeetingId>,
    /// History: every event that touched an entity, by entity id.
    pub history: HashMap<Uuid, Vec<HistoryEntry>>,
}

/// The streams that belong to one partnership.
#[derive(Clone, Debug, Default)]
pub struct PartnershipIndex {
    /// Its meetings.
    pub meetings: BTreeSet<MeetingId>,
    /// Its initiatives.
    pub initiatives: BTreeSet<InitiativeId>,
    /// Its fund pools.
    pub fund_pools: BTreeSet<FundPoolId>,
}

impl ReadModel {
    /// Applies one decoded event. Events must arrive in global order.
    pub fn apply(&mut self, recorded: &RecordedEvent, event: &AnyEvent) {
        match event {
            AnyEvent::Partnership(e) => {
                let id = PartnershipId::from_uuid(stream_id(recorded));
                let view = self
                    .partnerships
                    .entry(id)
                    .or_insert_with(|| Arc::new(StreamView::starting_at(recorded)));
                let view = Arc::make_mut(view);
                view.apply::<Partnership>(recorded, e);
            }
            AnyEvent::Meeting(e) => {
                let id = MeetingId::from_uuid(stream_id(recorded));
                let view = self
                    .meetings
                    .entry(id)
                    .or_insert_with(|| Arc::new(StreamView::starting_at(recorded)));
                let view = Arc::make_mut(view);
                let before = view.state.info().map(|i| (i.forum_id, i.starts_at));
                view.apply::<Meeting>(recorded, e);
                let state = &view.state;
                if let Some(info) = state.info() {
                    if before != Some((info.forum_id, info.starts_at)) {
                        if let Some((forum, starts)) = before
                            && let Some(cal) = self.calendar.get_mut(&forum)
                        {
                            cal.remove(&(starts, id));
                        }
                        self.calendar
                            .entry(info.forum_id)
                            .or_default()
                            .insert((info.starts_at, id));
                    }
                    self.by_partnership
                        .entry(info.partnership_id)
                        .or_default()
                        .meetings
                        .insert(id);
                }
                // Only the item this event proposed or re-described needs (re-)indexing.
                let indexed = match e {
                    MeetingEvent::AgendaItemProposed(p) => state.item(p.item_id),
                    MeetingEvent::AgendaItemDetailsChanged(d) => state.item(d.item_id),
                    _ => None,
                };
                if let Some(item) = indexed {
                    self.item_meeting.insert(item.item_id, id);
                    if let Some(reference) = &item.case_reference {
                        self.case_files
                            .entry(reference.to_string())
                            .or_default()
                            .insert((id, item.item_id));
                    }
                }
            }
            AnyEvent::Initiative(e) => {
                let id = InitiativeId::from_uuid(stream_id(recorded));
                let view = self
                    .initiatives
                    .entry(id)
                    .or_insert_with(|| Arc::new(StreamView::starting_at(recorded)));
                let view = Arc::make_mut(view);
                view.apply::<Initiative>(recorded, e);
                if let Some(partnership) = view.state.partnership_id() {
                    self.by_partnership
                        .entry(partnership)
                        .or_default()
                        .initiatives
                        .insert(id);
                }
            }
            AnyEvent::FundPool(e) => {
                let id = FundPoolId::from_uuid(stream_id(recorded));
                let view = self
                    .fund_pools
                    .entry(id)
                    .or_insert_with(|| Arc::new(StreamView::starting_at(recorded)));
                let view = Arc::make_mut(view);
                view.apply::<FundPool>(recorded, e);
                if let Some(partnership) = view.state.partnership_id() {
                    self.by_partnership
                        .entry(partnership)
                        .or_default()
                        .fund_pools
                        .insert(id);
                }
            }
        }
        let mut touched = event.touched();
        let own = stream_id(recorded);
        if !touched.contains(&own) {
            touched.push(own);
        }
        let touched: Arc<[Uuid]> = touched.into();
        let entry = HistoryEntry::of(recorded, touched.clone(), event.item());
        for &entity in touched.iter() {
            self.history.entry(entity).or_default().push(entry.clone());
        }
        self.position = recorded.position;
    }

    /// Items of a case file, in meeting order.
    pub fn case_file(&self, reference: &str) -> Vec<(MeetingId, AgendaItemId)> {
        let Some(items) = self.case_files.get(reference) else {
            return Vec::new();
        };
        let mut items: Vec<_> = items.iter().copied().collect();
        items.sort_by_key(|(meeting, _)| {
            self.meetings
                .get(meeting)
                .and_then(|m| m.state.info().map(|i| i.starts_at))
        });
        items
    }

    /// Summary counts, for `samraad rebuild` and readiness logs.
    pub fn counts(&self) -> BTreeMap<&'static str, usize> {
        BTreeMap::from([
            ("partnerships", self.partnerships.len()),
            ("meetings", self.meetings.len()),
            ("initiatives", self.initiatives.len()),
            ("fund_pools", self.fund_pools.len()),
            ("case_files", self.case_files.len()),
        ])
    }
}

/// The id in a stream name like `meeting-<uuid>` (nil for foreign streams, never stored).
fn stream_id(recorded: &RecordedEvent) -> Uuid {
    samraad_domain::StreamKind::parse_stream_name(recorded.stream.as_str())
        .map(|(_, id)| id)
        .unwrap_or_default()
}
