//! A forum's minutes template: the order and headings of the sections, and what its minutes
//! print — empty headings, the items' absentees, the table of contents. Partnerships use at
//! least three layouts (Indstilling before or after Sagsfremstilling, "Indstilling og
//! proces", Koordinering/Godkendt af before Tidligere beslutninger).

use serde::{Deserialize, Serialize};

use crate::error::DomainError;
use crate::meeting::Section;
use crate::values::Name;

/// A section's heading in a forum's minutes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SectionLabel {
    /// The section.
    pub section: Section,
    /// Its heading ("Indstilling og proces").
    pub label: Name,
}

/// How a forum's minutes are laid out.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MinutesTemplate {
    /// The sections in the order printed; sections not listed follow in the default order.
    pub order: Vec<Section>,
    /// Headings other than the default ones.
    pub labels: Vec<SectionLabel>,
    /// Print the heading of a section written empty (the family's ".").
    pub empty_headings: bool,
    /// Print an item's own absentees (Fraværende).
    pub item_absentees: bool,
    /// Print the table of contents.
    pub table_of_contents: bool,
}

impl Default for MinutesTemplate {
    /// FirstAgenda's layout: sections in `Section::ALL` order, default headings, everything
    /// printed.
    fn default() -> Self {
        Self {
            order: Section::ALL.to_vec(),
            labels: Vec::new(),
            empty_headings: true,
            item_absentees: true,
            table_of_contents: true,
        }
    }
}

impl MinutesTemplate {
    /// Refuses a section listed twice in the order or labelled twice.
    pub fn validate(&self) -> Result<(), DomainError> {
        fn twice(sections: impl IntoIterator<Item = Section>) -> Option<Section> {
            let mut seen = Vec::new();
            sections.into_iter().find(|s| {
                let again = seen.contains(s);
                seen.push(*s);
                again
            })
        }
        if let Some(s) = twice(self.order.iter().copied()) {
            return Err(DomainError::invalid(
                "order",
                format!("section {s:?} is listed twice"),
            ));
        }
        if let Some(s) = twice(self.labels.iter().map(|l| l.section)) {
            return Err(DomainError::invalid(
                "labels",
                format!("section {s:?} is labelled twice"),
            ));
        }
        Ok(())
    }

    /// Every section, in the order printed.
    #[must_use]
    pub fn sections(&self) -> Vec<Section> {
        let mut order = self.order.clone();
        order.extend(Section::ALL.iter().filter(|s| !self.order.contains(s)));
        order
    }

    /// The heading of `section`, when the template gives one.
    #[must_use]
    pub fn label(&self, section: Section) -> Option<&str> {
        self.labels
            .iter()
            .find(|l| l.section == section)
            .map(|l| l.label.as_str())
    }
}
