use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::ids::{AgendaItemId, AttachmentId, MeetingId};
use crate::money::Money;
use crate::values::Markdown;

/// A traffic light.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Light {
    /// Grøn: on track.
    Green,
    /// Gul: at risk.
    Yellow,
    /// Rød: off track.
    Red,
}

/// One light with its comment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LightReport {
    /// The light.
    pub light: Light,
    /// The comment.
    pub comment: Markdown,
}

/// Where a status report was presented: a meeting, and in it an item and one of the item's
/// attachments ("Bilag 5 Status på VIP-indsatsen").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct PresentedAt {
    /// The meeting.
    pub meeting_id: MeetingId,
    /// The item, if the report was an item's case.
    pub item_id: Option<AgendaItemId>,
    /// The attachment of that item holding the report.
    pub attachment_id: Option<AttachmentId>,
}

/// A period of days (inclusive).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Period {
    /// First day.
    pub start: NaiveDate,
    /// Last day.
    pub end: NaiveDate,
}

/// Money for one budget year ("750.000 kr. (2023) 1.820.000 kr. (2024)").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct BudgetLine {
    /// The year.
    pub year: i32,
    /// The amount.
    pub amount: Money,
}

/// Where an initiative is in its life.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum InitiativeStatus {
    /// Empty stream.
    #[default]
    Unknown,
    /// Proposed.
    Proposed,
    /// Approved (funded).
    Approved,
    /// Running.
    Running,
    /// Completed.
    Completed,
    /// Stopped early.
    Stopped,
}
