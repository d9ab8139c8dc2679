//! Samraad read models: folded from the store's ordered feed, rebuildable, time-travelling.
//!
//! Architecture invariant: the read side is fed only by `subscribe_all` (and `read_all` /
//! `read_stream` for rebuilds and "as of" queries). It never reads the write side's caches.
#![warn(missing_docs)]

pub mod as_of;
pub mod directory;
pub mod feed;
pub mod history;
pub mod initiative_details;
pub mod ledger;
pub mod minutes;
pub mod minutes_html;
pub mod model;
pub mod projector;
mod reads;
pub mod view;

pub use feed::{FeedLimits, Interest, Missed, Subscriber};
pub use model::ReadModel;
pub use projector::{Applied, Projections, RebuildError, rebuild};
pub use samraad_log::{Position, RecordedEvent, StreamVersion};
pub use view::{
    Extra, FundPoolView, InitiativeView, MeetingView, PartnershipView, StreamView, Viewed,
};

/// The id in a stream name like `meeting-<uuid>`.
pub fn stream_uuid(recorded: &samraad_log::RecordedEvent) -> Option<uuid::Uuid> {
    samraad_domain::StreamKind::parse_stream_name(recorded.stream.as_str()).map(|(_, id)| id)
}
