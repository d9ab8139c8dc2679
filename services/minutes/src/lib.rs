//! Reads the minutes (referater) the partnerships write — plain text or Markdown converted from
//! PDF, in the family of templates of FirstAgenda and the ESDH systems — into a structured
//! [`Minutes`] document: header, table of contents, items with their sections,
//! recommendations, decisions with outcomes per recommendation, attendance and attachments.
//!
//! One tolerant parser for the whole family: what it does not understand is kept verbatim in
//! the nearest section and reported as a [`Warning`] with its line; nothing is dropped. Pure:
//! no IO, no clock.
#![warn(missing_docs)]
#![cfg_attr(test, allow(clippy::unwrap_used))]

mod attachments;
mod decision;
pub mod follow_ups;
mod header;
mod item;
mod line;
pub mod plan;
mod sections;
mod tables;
pub mod text;

use chrono::{NaiveDate, NaiveTime};
pub use samraad_domain::meeting::recommendations::ReadRecommendations as Recommendations;
pub use samraad_domain::meeting::{ItemKind, Outcome, RecommendationStyle, TimeSlot, Visibility};

/// A document that cannot be read as minutes at all.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ReadError {
    /// Nothing but white space.
    #[error("the document is empty")]
    Empty,
    /// Larger than any minutes.
    #[error("the document is {size} bytes, more than the limit of {limit} bytes")]
    TooLarge {
        /// Its size.
        size: usize,
        /// The limit.
        limit: usize,
    },
    /// A NUL byte: a binary file (PDF, Word, ZIP …), not text.
    #[error("the document is binary (a NUL byte at offset {offset}); convert it to text first")]
    Binary {
        /// Where.
        offset: usize,
    },
    /// Text, but not minutes of this family.
    #[error("line {line}: {reason}")]
    NotMinutes {
        /// The line the reader gave up at (1-based).
        line: usize,
        /// What was missing.
        reason: String,
    },
}

/// Something the parser read around or kept verbatim.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Warning {
    /// 1-based line number.
    pub line: usize,
    /// What happened.
    pub message: String,
}

/// Where the meeting was held, as the header says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Place {
    /// A room or address ("Regionshuset, Damhaven 12 7100 Vejle, Mødelokale 6 - stuen").
    Room(String),
    /// Online; the link when the minutes give one ("Mødes holdes på TEAMS").
    Online {
        /// The service named ("TEAMS"), if any.
        service: Option<String>,
        /// The link, if given.
        link: Option<String>,
    },
    /// No "Mødested", or an empty one.
    NotGiven,
}

/// An entry of the table of contents.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContentsEntry {
    /// 1-based line.
    pub line: usize,
    /// The title as printed (often cut off).
    pub title: String,
    /// The page, if printed.
    pub page: Option<u32>,
}

/// A section of an item, in the order of the source.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Section {
    /// The heading as written ("SAGSFREMSTILLING", "Indstilling og proces", …).
    pub label: String,
    /// What the section is.
    pub kind: SectionKind,
    /// Its text, verbatim (Markdown stays Markdown), blank lines collapsed.
    pub text: String,
}

/// The kinds of section the family uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SectionKind {
    /// Resumé.
    Summary,
    /// Indstilling (also "Indstilling og proces").
    Recommendations,
    /// Sagsfremstilling.
    Background,
    /// Økonomi.
    Finances,
    /// Tidligere beslutninger.
    PreviousDecisions,
    /// Koordinering (med andre afdelinger).
    Coordination,
    /// Godkendt af.
    ApprovedBy,
    /// Beslutning (all its parts, in order).
    Decision,
    /// Fraværende (for this item).
    Absent,
    /// Bilag.
    Attachments,
    /// Text before the first heading of the item.
    Untitled,
}

/// The outcome read for one recommendation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecommendationOutcome {
    /// 1-based.
    pub recommendation: u32,
    /// The outcome, when the wording says it.
    pub outcome: Option<Outcome>,
    /// The text of the decision line.
    pub text: String,
    /// A note to the outcome, where the minutes state the outcome explicitly
    /// ("- Indstilling 2: godkendt: med tilføjelsen …", as Samraad writes them).
    pub note: Option<String>,
}

/// The decision (Beslutning) of an item.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decision {
    /// The whole text, verbatim.
    pub text: String,
    /// Outcomes per recommendation, where the minutes number them.
    pub outcomes: Vec<RecommendationOutcome>,
    /// The outcome of the item as a whole, when it has no per-recommendation outcomes and
    /// the wording says one ("Drøftet.", "Orienteringen blev taget til efterretning.").
    pub item_outcome: Option<Outcome>,
}

/// An attachment (bilag).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attachment {
    /// Its title or file name.
    pub title: String,
    /// Dok ID, if given.
    pub document_id: Option<String>,
    /// Sags ID the attachment is filed under, if given.
    pub case_reference: Option<String>,
}

/// One agenda item.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Item {
    /// 1-based line of its heading.
    pub line: usize,
    /// Its number ("Punkt : Pause" has none).
    pub number: Option<u32>,
    /// The title as written, without the time slot.
    pub title: String,
    /// Who presents it, as the title names them ("Velkomst v. Hanne Andersen").
    pub presenters: Vec<String>,
    /// Kind, from the wording of the title.
    pub kind: ItemKind,
    /// Åben / Lukket (open when not said).
    pub visibility: Visibility,
    /// Sags ID.
    pub case_reference: Option<String>,
    /// Dok ID.
    pub document_id: Option<String>,
    /// "(kl. 14.45 – 15:05)".
    pub time_slot: Option<TimeSlot>,
    /// The sections, in source order.
    pub sections: Vec<Section>,
    /// Read from the Indstilling section.
    pub recommendations: Recommendations,
    /// Read from the Beslutning section(s).
    pub decision: Option<Decision>,
    /// Fraværende for this item.
    pub absent: Vec<String>,
    /// Attachments, each once.
    pub attachments: Vec<Attachment>,
}

/// A document of minutes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Minutes {
    /// The title line ("REFERAT Sundhedsklynge Lillebælt - Fagligt strategisk niveau d. 26-02-2025").
    pub title: String,
    /// The forum as the title names it ("Sundhedsklynge Lillebælt - Fagligt strategisk niveau").
    pub forum: String,
    /// The date.
    pub date: NaiveDate,
    /// The start time (local), if given.
    pub starts_at: Option<NaiveTime>,
    /// The end time (local), if given.
    pub ends_at: Option<NaiveTime>,
    /// Where.
    pub place: Place,
    /// The table of contents, if printed.
    pub contents: Vec<ContentsEntry>,
    /// The items, in order.
    pub items: Vec<Item>,
    /// Participants (Deltagere), wherever the minutes list them.
    pub participants: Vec<String>,
    /// Apologies (Afbud).
    pub apologies: Vec<String>,
    /// Absent from the whole meeting (Fraværende in the header).
    pub absent: Vec<String>,
    /// What the parser read around.
    pub warnings: Vec<Warning>,
}

impl Minutes {
    /// Every attachment of every item.
    pub fn attachments(&self) -> impl Iterator<Item = &Attachment> {
        self.items.iter().flat_map(|i| &i.attachments)
    }
}

/// Reads a document of minutes.
pub fn parse(text: &str) -> Result<Minutes, ReadError> {
    let lines = line::Line::all(text);
    let mut warnings = Vec::new();
    let header::Header {
        mut minutes,
        contents_line,
        body_start,
    } = header::read(&lines, &mut warnings)?;
    for block in item::blocks(&lines[body_start..]) {
        let read = item::read(block, &minutes.forum, &mut warnings);
        minutes.participants.extend(read.participants);
        minutes.apologies.extend(read.apologies);
        minutes.items.push(read.item);
    }
    if minutes.items.is_empty() {
        return Err(ReadError::NotMinutes {
            line: lines.len(),
            reason: "no agenda item (\"Punkt 1: …\") found".into(),
        });
    }
    header::check_contents(
        &minutes.contents,
        &minutes.items,
        contents_line,
        &mut warnings,
    );
    minutes.warnings = warnings;
    Ok(minutes)
}
