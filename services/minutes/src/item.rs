//! One agenda item: its heading ("Punkt 3: Beslutningspunkt: … (kl. 15:05 – 15:25)"), the
//! fields some templates print before the sections ("EMN-2022-05561", "2 (Åben) …", the forum's
//! name, "Sags ID:", "Dok ID:"), its sections, and what is read from them.

use crate::header::{item_heading, time};
use crate::line::Line;
use crate::tables;
use samraad_domain::meeting::recommendations::read_recommendations;

use crate::{
    Item, ItemKind, Section, SectionKind, TimeSlot, Visibility, Warning, attachments, decision,
    sections,
};

/// An item, plus the meeting's attendance when the item lists it ("Deltagere:", "Afbud:").
pub(crate) struct ReadItem {
    pub item: Item,
    pub participants: Vec<String>,
    pub apologies: Vec<String>,
}

/// The lines of each item, from its heading to the next.
pub(crate) fn blocks<'l, 'a>(lines: &'l [Line<'a>]) -> Vec<&'l [Line<'a>]> {
    let starts: Vec<usize> = lines
        .iter()
        .enumerate()
        .filter(|(_, l)| crate::header::is_item_heading(l))
        .map(|(i, _)| i)
        .collect();
    starts
        .iter()
        .enumerate()
        .map(|(k, &s)| &lines[s..starts.get(k + 1).copied().unwrap_or(lines.len())])
        .collect()
}

/// "Drøftelsessag: Besøg … (kl. 14.45 – 15:05)" → title and slot.
fn split_slot(heading: &str) -> (String, Option<TimeSlot>) {
    let Some(at) = heading.rfind("(kl.") else {
        return (heading.trim().to_owned(), None);
    };
    let inner = heading[at + 4..].trim().trim_end_matches(')');
    let mut parts = inner.split(['–', '-']);
    let slot = match (parts.next().and_then(time), parts.next().and_then(time)) {
        (Some(start), Some(end)) if end > start => Some(TimeSlot { start, end }),
        _ => None,
    };
    (heading[..at].trim().to_owned(), slot)
}

/// The kind of item its title's wording names.
pub(crate) fn kind_of(title: &str) -> Option<ItemKind> {
    let t = title.to_lowercase();
    let starts = |w: &str| t.starts_with(w);
    Some(if starts("pause") {
        ItemKind::Break
    } else if t.contains("skriftlig orientering") {
        ItemKind::WrittenInformation
    } else if starts("gensidig") {
        ItemKind::MutualInformation
    } else if starts("eventuelt") {
        ItemKind::AnyOtherBusiness
    } else if starts("beslutning") {
        ItemKind::Decision
    } else if starts("drøftelse") {
        ItemKind::Discussion
    } else if starts("orientering") {
        ItemKind::Information
    } else if t.contains("godkendelse") {
        ItemKind::Approval
    } else if starts("præsentation") {
        ItemKind::Presentation
    } else if starts("velkom") {
        ItemKind::Information
    } else {
        return None;
    })
}

/// "2 (Åben) Beslutning om …" → visibility.
fn visibility_line(plain: &str) -> Option<Visibility> {
    let (number, rest) = plain.split_once(' ')?;
    if !number.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let rest = rest.trim_start();
    if rest.starts_with("(Åben)") {
        Some(Visibility::Open)
    } else if rest.starts_with("(Lukket)") {
        Some(Visibility::Closed)
    } else {
        None
    }
}

/// "EMN-2022-05561": letters, a dash, digits and dashes.
fn is_case_reference(plain: &str) -> bool {
    let mut parts = plain.split('-');
    let prefix = parts.next().unwrap_or("");
    !prefix.is_empty()
        && prefix.chars().all(|c| c.is_ascii_uppercase())
        && plain.contains('-')
        && parts.all(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_digit()))
}

/// The names of a list ("A, B og C.").
pub(crate) fn names(text: &str) -> Vec<String> {
    text.split([',', '\n'])
        .flat_map(|n| n.split(" og "))
        .map(|n| n.trim().trim_end_matches('.').trim().to_owned())
        .filter(|n| !n.is_empty() && n != ".")
        .collect()
}

/// A section's text: trimmed, runs of blank lines collapsed, tab-separated rows as Markdown
/// tables; "." (the family's "nothing") is empty.
fn section_text(lines: &[&str]) -> String {
    let lines = tables::to_markdown(lines);
    let mut out: Vec<&str> = Vec::new();
    for line in &lines {
        if line.trim().is_empty() && out.last().is_none_or(|l| l.trim().is_empty()) {
            continue;
        }
        out.push(line);
    }
    while out.last().is_some_and(|l| l.trim().is_empty()) {
        out.pop();
    }
    let text = out.join("\n");
    if text.trim() == "." {
        String::new()
    } else {
        text
    }
}

struct Open<'a> {
    label: String,
    kind: SectionKind,
    lines: Vec<&'a str>,
}

pub(crate) fn read(block: &[Line<'_>], forum: &str, warnings: &mut Vec<Warning>) -> ReadItem {
    let heading = &block[0];
    let (number, heading_text) = item_heading(&heading.plain).unwrap_or((None, &heading.plain));
    let (title, time_slot) = split_slot(heading_text);
    let kind = kind_of(&title).unwrap_or_else(|| {
        warnings.push(Warning {
            line: heading.number,
            message: format!("the kind of item {title:?} is not in its title; Orientering assumed"),
        });
        ItemKind::Information
    });
    let (mut case_reference, mut document_id, mut visibility) = (None, None, None);
    let (mut participants, mut apologies) = (Vec::new(), Vec::new());
    let mut attendance_next: Option<bool> = None;
    let mut done: Vec<Section> = Vec::new();
    let mut open: Option<Open<'_>> = None;
    let mut untitled_warned = false;
    for line in &block[1..] {
        if open.is_none() && line.is_blank() {
            continue;
        }
        let plain = line.plain.as_str();
        if let Some(v) = plain.strip_prefix("Sags ID:") {
            case_reference = Some(v.trim().to_owned());
            continue;
        }
        if let Some(v) = plain.strip_prefix("Dok ID:") {
            document_id = Some(v.trim().to_owned());
            continue;
        }
        if let Some(v) = visibility_line(plain) {
            visibility = Some(v);
            continue;
        }
        let before_content = open.as_ref().is_none_or(|o| {
            o.kind == SectionKind::Attachments
                && done.iter().all(|s| s.kind == SectionKind::Attachments)
        });
        if before_content && (plain == forum || (open.is_none() && is_case_reference(plain))) {
            if open.is_none() && is_case_reference(plain) && case_reference.is_none() {
                case_reference = Some(plain.to_owned());
            }
            continue;
        }
        match line.label().as_str() {
            "deltagere" => {
                attendance_next = Some(true);
                continue;
            }
            "afbud" => {
                attendance_next = Some(false);
                continue;
            }
            _ => {}
        }
        if let Some(present) = attendance_next
            && !line.is_blank()
        {
            attendance_next = None;
            if present {
                &mut participants
            } else {
                &mut apologies
            }
            .extend(names(line.raw));
            continue;
        }
        if let Some(kind) = sections::heading(line) {
            done.extend(open.take().map(close));
            open = Some(Open {
                label: plain.trim_end_matches(':').trim().to_owned(),
                kind,
                lines: Vec::new(),
            });
            continue;
        }
        let section = open.get_or_insert_with(|| Open {
            label: String::new(),
            kind: SectionKind::Untitled,
            lines: Vec::new(),
        });
        if section.kind == SectionKind::Untitled && !line.is_blank() && !untitled_warned {
            untitled_warned = true;
            warnings.push(Warning {
                line: line.number,
                message: "text before the item's first section heading, kept as its own text"
                    .into(),
            });
        }
        section.lines.push(line.raw);
    }
    done.extend(open.take().map(close));
    let item = build(heading.number, number, title, kind, time_slot, done);
    ReadItem {
        item: Item {
            visibility: visibility.unwrap_or_default(),
            case_reference,
            document_id,
            ..item
        },
        participants,
        apologies,
    }
}

fn close(open: Open<'_>) -> Section {
    Section {
        label: open.label,
        kind: open.kind,
        text: section_text(&open.lines),
    }
}

fn build(
    line: usize,
    number: Option<u32>,
    title: String,
    kind: ItemKind,
    time_slot: Option<TimeSlot>,
    sections: Vec<Section>,
) -> Item {
    let joined = |kind: SectionKind| -> Option<String> {
        let mut parts = sections.iter().filter(|s| s.kind == kind).peekable();
        parts.peek()?;
        let mut text = String::new();
        for (i, s) in parts.enumerate() {
            if i > 0 {
                text.push_str(&format!("\n\n{}\n\n", s.label));
            }
            text.push_str(&s.text);
        }
        Some(text)
    };
    let recommendations = joined(SectionKind::Recommendations)
        .map(|t| read_recommendations(&t))
        .unwrap_or_default();
    let decision =
        joined(SectionKind::Decision).map(|t| decision::read(&t, recommendations.proposals.len()));
    let absent = joined(SectionKind::Absent)
        .map(|t| names(&t))
        .unwrap_or_default();
    let decision_at = sections
        .iter()
        .position(|s| s.kind == SectionKind::Decision);
    let attachments = attachments::collect(&sections, decision_at);
    let presenters = title
        .rsplit_once(" v. ")
        .map(|(_, who)| names(who))
        .unwrap_or_default();
    Item {
        line,
        number,
        presenters,
        title,
        kind,
        visibility: Visibility::Open,
        case_reference: None,
        document_id: None,
        time_slot,
        sections,
        recommendations,
        decision,
        absent,
        attachments,
    }
}
