//! An item's details and sections as the model holds them: the reader's sections mapped onto
//! the model's, the parts of one kind joined with their headings (as the reader joins them),
//! and what the model has no field for kept verbatim in the nearest section.

use samraad_domain::meeting::recommendations::section_content;
use samraad_domain::meeting::{ItemDetails, Section as DomainSection, SectionEntry};
use samraad_domain::{CaseReference, DocumentNumber, DomainError, Name, Title};

use super::PlanError;
use crate::{Item, SectionKind, Warning};

/// The item's details and sections. Text before the first heading opens the Resumé; a Sags ID
/// or Dok ID the model cannot hold is kept there too, verbatim.
pub(super) fn item_content(
    item: &Item,
    warnings: &mut Vec<Warning>,
) -> Result<(ItemDetails, Vec<SectionEntry>), PlanError> {
    let invalid = |e: DomainError| PlanError {
        line: item.line,
        message: e.to_string(),
    };
    let mut kept = Vec::new();
    let mut keep = |label: &str, value: &str| {
        warnings.push(Warning {
            line: item.line,
            message: format!("{label} {value:?} is not a valid id; kept in the item's Resumé"),
        });
        kept.push(format!("{label}: {value}"));
    };
    let case_reference = item
        .case_reference
        .as_deref()
        .and_then(|c| CaseReference::parse(c).map_err(|_| keep("Sags ID", c)).ok());
    let document_number = item
        .document_id
        .as_deref()
        .and_then(|d| DocumentNumber::parse(d).map_err(|_| keep("Dok ID", d)).ok());
    let details = ItemDetails {
        // The presenters are kept apart; the minutes print them after the title again.
        title: Title::parse(match item.presenters.is_empty() {
            true => &item.title,
            false => item
                .title
                .rsplit_once(" v. ")
                .map_or(&item.title[..], |(t, _)| t),
        })
        .map_err(invalid)?,
        kind: item.kind,
        visibility: item.visibility,
        case_reference,
        document_number,
        time_slot: item.time_slot,
        presenters: item
            .presenters
            .iter()
            .map(|n| Name::parse(n))
            .collect::<Result<_, _>>()
            .map_err(invalid)?,
        guests: Vec::new(),
        absent: item
            .absent
            .iter()
            .map(|n| Name::parse(n))
            .collect::<Result<_, _>>()
            .map_err(invalid)?,
        prepared_by: None,
        follows_up: None,
    };
    let mut sections = Vec::new();
    for (section, kinds) in [
        (
            DomainSection::Summary,
            &[SectionKind::Untitled, SectionKind::Summary][..],
        ),
        (
            DomainSection::Recommendations,
            &[SectionKind::Recommendations],
        ),
        (DomainSection::Background, &[SectionKind::Background]),
        (DomainSection::Finances, &[SectionKind::Finances]),
        (
            DomainSection::PreviousDecisions,
            &[SectionKind::PreviousDecisions],
        ),
        (DomainSection::Coordination, &[SectionKind::Coordination]),
        (DomainSection::ApprovedBy, &[SectionKind::ApprovedBy]),
    ] {
        let mut text = match (section, kept.is_empty()) {
            (DomainSection::Summary, false) => Some(kept.join("\n\n")),
            _ => None,
        };
        for part in item.sections.iter().filter(|s| kinds.contains(&s.kind)) {
            text = Some(match text {
                // A later part keeps its heading, as the reader joins them.
                Some(before) if part.label.is_empty() => format!("{before}\n\n{}", part.text),
                Some(before) => format!("{before}\n\n{}\n\n{}", part.label, part.text),
                None => part.text.clone(),
            });
        }
        if section == DomainSection::Background {
            for list in agenda_lists(item) {
                let before = text.take().unwrap_or_default();
                let gap = if before.is_empty() { "" } else { "\n\n" };
                text = Some(format!("{before}{gap}{AGENDA_LIST}\n\n{list}"));
            }
        }
        if let Some(text) = text {
            sections.push(SectionEntry {
                section,
                content: section_content(section, &text).map_err(invalid)?,
            });
        }
    }
    Ok((details, sections))
}

/// The line that introduces an agenda's list of attachments kept in the Sagsfremstilling.
const AGENDA_LIST: &str = "Bilag til dagsordenen:";

/// The lists of attachments the reader did not take as the item's record (it takes those
/// after the decision, else the last list): the agenda's wording often differs from the
/// files', so they are kept as text.
fn agenda_lists(item: &Item) -> Vec<&str> {
    let decision = item
        .sections
        .iter()
        .position(|s| s.kind == SectionKind::Decision);
    let lists: Vec<(usize, &str)> = item
        .sections
        .iter()
        .enumerate()
        .filter(|(_, s)| s.kind == SectionKind::Attachments)
        .map(|(i, s)| (i, s.text.as_str()))
        .filter(|(_, t)| !t.trim().is_empty() && t.trim() != ".")
        .collect();
    let after = |i: usize| decision.is_some_and(|d| i > d);
    let recorded_after = lists.iter().any(|(i, _)| after(*i));
    let last = lists.last().map(|(i, _)| *i);
    lists
        .iter()
        .filter(|(i, _)| {
            if recorded_after {
                !after(*i)
            } else {
                Some(*i) != last
            }
        })
        .map(|(_, t)| *t)
        .collect()
}
