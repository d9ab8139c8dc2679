//! Section headings of the family: which line starts which section. Headings are matched on
//! the plain form of a line, case-insensitively, with a trailing colon or not, and with one
//! typing error allowed in the longer ones ("SAGSFREMSTLLING").

use crate::SectionKind;
use crate::line::Line;

/// Heading texts and what they start.
const HEADINGS: &[(&str, SectionKind)] = &[
    ("resumé", SectionKind::Summary),
    ("resume", SectionKind::Summary),
    ("indstilling", SectionKind::Recommendations),
    ("indstilling og proces", SectionKind::Recommendations),
    ("indstillinger", SectionKind::Recommendations),
    ("sagsfremstilling", SectionKind::Background),
    ("økonomi", SectionKind::Finances),
    ("økonomiske konsekvenser", SectionKind::Finances),
    ("tidligere beslutninger", SectionKind::PreviousDecisions),
    ("koordinering", SectionKind::Coordination),
    (
        "koordinering med andre afdelinger",
        SectionKind::Coordination,
    ),
    ("godkendt af", SectionKind::ApprovedBy),
    ("beslutning", SectionKind::Decision),
    ("fraværende", SectionKind::Absent),
    ("bilag", SectionKind::Attachments),
];

/// The section a line starts, if it is a heading.
pub(crate) fn heading(line: &Line<'_>) -> Option<SectionKind> {
    let label = line.label();
    if label.is_empty() || label.len() > 40 {
        return None;
    }
    HEADINGS
        .iter()
        .find(|(text, _)| *text == label)
        .or_else(|| {
            HEADINGS
                .iter()
                .find(|(text, _)| text.chars().count() >= 10 && one_edit_apart(text, &label))
        })
        .map(|(_, kind)| *kind)
}

/// True when `a` and `b` differ by at most one inserted, deleted or changed character.
fn one_edit_apart(a: &str, b: &str) -> bool {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    let (short, long) = if a.len() <= b.len() {
        (&a, &b)
    } else {
        (&b, &a)
    };
    if long.len() - short.len() > 1 {
        return false;
    }
    if short.len() == long.len() {
        return short
            .iter()
            .zip(long.iter())
            .filter(|(x, y)| x != y)
            .count()
            <= 1;
    }
    let prefix = short
        .iter()
        .zip(long.iter())
        .take_while(|(x, y)| x == y)
        .count();
    short[prefix..] == long[prefix + 1..]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line(raw: &str) -> Line<'_> {
        Line::all(raw).remove(0)
    }

    #[test]
    fn headings_of_the_family() {
        assert_eq!(heading(&line("RESUMÉ")), Some(SectionKind::Summary));
        assert_eq!(
            heading(&line("### **Indstilling**")),
            Some(SectionKind::Recommendations)
        );
        assert_eq!(
            heading(&line("INDSTILLING OG PROCES:")),
            Some(SectionKind::Recommendations)
        );
        assert_eq!(
            heading(&line("SAGSFREMSTLLING")),
            Some(SectionKind::Background)
        );
        assert_eq!(heading(&line("Bilag")), Some(SectionKind::Attachments));
        assert_eq!(heading(&line("Baggrund")), None);
        assert_eq!(heading(&line("Beslutningerne")), None);
    }
}
