//! Attachments (bilag) of an item. The family lists them up to twice: on the agenda (before
//! the decision: file titles or short descriptions) and after the decision (the files, often
//! with "(DokID: 11912409 - EMN-2022-05561)"). The list after the decision is the record;
//! the agenda's list is used when there is no later one.

use crate::{Attachment, Section, SectionKind};
use samraad_domain::meeting::recommendations::list_item;

/// One line of a list of attachments.
fn attachment(line: &str) -> Option<Attachment> {
    let text = list_item(line).map_or(line.trim(), |(_, rest)| rest);
    let text = text.trim();
    if text.is_empty() || text == "." {
        return None;
    }
    let (title, document_id, case_reference) = match text.rsplit_once("(DokID:") {
        Some((title, ids)) => {
            let ids = ids.trim_end_matches(')');
            let (doc, case) = match ids.split_once(" - ") {
                Some((d, c)) => (d.trim(), Some(c.trim().to_owned())),
                None => (ids.trim(), None),
            };
            (title.trim(), Some(doc.to_owned()), case)
        }
        None => (text, None, None),
    };
    Some(Attachment {
        title: title.to_owned(),
        document_id,
        case_reference,
    })
}

/// The attachments of an item from its sections, given the index of its first decision
/// section (if any).
pub(crate) fn collect(sections: &[Section], decision_at: Option<usize>) -> Vec<Attachment> {
    let lists: Vec<(usize, Vec<Attachment>)> = sections
        .iter()
        .enumerate()
        .filter(|(_, s)| s.kind == SectionKind::Attachments)
        .map(|(i, s)| (i, s.text.lines().filter_map(attachment).collect::<Vec<_>>()))
        .filter(|(_, list)| !list.is_empty())
        .collect();
    let after = |i: usize| decision_at.is_some_and(|d| i > d);
    let records: Vec<Attachment> = lists
        .iter()
        .filter(|(i, _)| after(*i))
        .flat_map(|(_, l)| l.iter().cloned())
        .collect();
    if !records.is_empty() {
        return records;
    }
    // No list after the decision: the agenda's lists (the last one, the fullest).
    lists.into_iter().last().map(|(_, l)| l).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_line_with_document_and_case_ids() {
        let a = attachment("1. Tværsektoriel forløbsgennemgang (DokID: 11912409 - EMN-2022-05561)")
            .unwrap();
        assert_eq!(a.title, "Tværsektoriel forløbsgennemgang");
        assert_eq!(a.document_id.as_deref(), Some("11912409"));
        assert_eq!(a.case_reference.as_deref(), Some("EMN-2022-05561"));
        assert_eq!(attachment("."), None);
        assert_eq!(
            attachment("- Notat: Clinical Frailty Score").unwrap().title,
            "Notat: Clinical Frailty Score"
        );
    }
}
