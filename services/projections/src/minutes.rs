//! Minutes (referat) rendered as Markdown in the familiar order of the partnerships' own
//! minutes: header, attendance, then per item its number, visibility, title, case and document
//! ids, Resumé, Indstilling, Sagsfremstilling, Økonomi, Tidligere beslutninger, Koordinering,
//! Godkendt af, Beslutning, Bilag.

use std::fmt::Write;

use samraad_domain::TimeZone;
use samraad_domain::meeting::recommendations::write_recommendations;

use samraad_domain::meeting::{
    AgendaItem, AttendanceStatus, ItemKind, MeetingMode, MeetingState, Outcome, Section,
    SectionContent, Visibility,
};

/// The public stand-in title of a closed item.
pub const CLOSED_ITEM_TITLE: &str = "Lukket punkt";

/// Renders the minutes of `meeting` for a reader. `forum_name` heads the document; times are
/// shown in the partnership's `time_zone`; `sees`
/// says whether the reader may see an item's content (closed items are for members of the
/// forum and its secretariat): an item they may not see appears only as its number and
/// "Lukket punkt".
pub fn render_markdown(
    meeting: &MeetingState,
    forum_name: &str,
    time_zone: TimeZone,
    sees: impl Fn(&AgendaItem) -> bool,
) -> String {
    let mut out = String::new();
    let Some(info) = meeting.info() else {
        return out;
    };
    let starts_at = time_zone.local(info.starts_at);
    let _ = writeln!(
        out,
        "# REFERAT {forum_name} d. {}\n",
        starts_at.format("%d-%m-%Y")
    );
    let _ = writeln!(
        out,
        "**Mødedato** {}\n",
        starts_at.format("%d.%m.%Y kl. %H:%M")
    );
    if let Some(location) = &info.location {
        let room = location
            .room
            .as_ref()
            .map(|r| format!("{r}, "))
            .unwrap_or_default();
        let _ = writeln!(out, "**Mødested** {room}{}\n", location.address);
    }
    if info.location.is_none() && info.place_not_given {
        out.push_str("**Mødested** Ikke oplyst\n\n");
    }
    match &info.online_link {
        Some(link) => {
            let _ = writeln!(out, "**Online** {link}\n");
        }
        None if info.mode == MeetingMode::Online => out.push_str("**Mødested** Online\n\n"),
        None => {}
    }
    if meeting.minutes_approved_at().is_none() {
        out.push_str("*Referatet er ikke godkendt.*\n\n");
    }
    render_attendance(&mut out, meeting);
    for line in meeting.agenda() {
        let item = line.item;
        let number = line.number.map(|n| n.to_string()).unwrap_or_default();
        if !sees(item) {
            let _ = writeln!(out, "## Punkt {number}: {CLOSED_ITEM_TITLE}\n");
            continue;
        }
        render_item(&mut out, &number, item);
    }
    out
}

fn render_attendance(out: &mut String, meeting: &MeetingState) {
    let names = |wanted: fn(AttendanceStatus) -> bool| {
        meeting
            .attendance()
            .filter(|a| wanted(a.status) && a.guest_for_item.is_none())
            .map(|a| match &a.joined_at {
                Some(t) => format!("{} (deltager fra kl. {})", a.name, t.format("%H.%M")),
                None => a.name.to_string(),
            })
            .collect::<Vec<_>>()
    };
    let present = names(AttendanceStatus::is_present);
    let apologies = names(|s| s == AttendanceStatus::Apologies);
    let absent = names(|s| s == AttendanceStatus::Absent);
    for (label, list) in [
        ("Deltagere", present),
        ("Afbud", apologies),
        ("Fraværende", absent),
    ] {
        if !list.is_empty() {
            let _ = writeln!(out, "**{label}:** {}\n", list.join(", "));
        }
    }
}

fn render_item(out: &mut String, number: &str, item: &AgendaItem) {
    let visibility = match item.visibility {
        Visibility::Open => "Åben",
        Visibility::Closed => "Lukket",
    };
    let slot = item
        .time_slot
        .map(|s| {
            format!(
                " (kl. {}–{})",
                s.start.format("%H:%M"),
                s.end.format("%H:%M")
            )
        })
        .unwrap_or_default();
    let _ = writeln!(
        out,
        "## Punkt {number} ({visibility}) {}: {}{slot}\n",
        kind_label(item.kind),
        item.title
    );
    if let Some(reference) = &item.case_reference {
        let _ = writeln!(out, "**Sags ID:** {reference}\n");
    }
    if let Some(document) = &item.document_number {
        let _ = writeln!(out, "**Dok ID:** {document}\n");
    }
    for section in [
        Section::Summary,
        Section::Recommendations,
        Section::Background,
        Section::Finances,
        Section::PreviousDecisions,
        Section::Coordination,
        Section::ApprovedBy,
    ] {
        let (content, revision) = item.section(section);
        if revision == 0 {
            continue;
        }
        let _ = writeln!(out, "### {}\n", section_label(section));
        match content {
            SectionContent::Text(text) => {
                let _ = writeln!(out, "{text}\n");
            }
            SectionContent::Recommendations {
                preamble,
                proposals,
                style,
            } => {
                if !preamble.as_str().is_empty() {
                    let _ = writeln!(out, "{preamble}\n");
                }
                let proposals: Vec<&str> = proposals.iter().map(|p| p.as_str()).collect();
                let _ = writeln!(out, "{}\n", write_recommendations("", &proposals, style));
            }
        }
    }
    if let Some(decision) = &item.decision {
        out.push_str("### Beslutning\n\n");
        let _ = writeln!(out, "{}\n", decision.text);
        for outcome in &decision.outcomes {
            let note = outcome
                .note
                .as_ref()
                .map(|n| format!(": {n}"))
                .unwrap_or_default();
            let _ = writeln!(
                out,
                "- Indstilling {}: {}{note}",
                outcome.recommendation,
                outcome_label(outcome.outcome)
            );
        }
        if let Some(outcome) = decision.item_outcome {
            let _ = writeln!(out, "- Punktet: {}", outcome_label(outcome));
        }
        for reservation in &decision.reservations {
            let _ = writeln!(
                out,
                "- {} har forbehold: {}",
                reservation.organization_name, reservation.text
            );
        }
        if decision.corrections > 0 {
            let after = if decision.corrected_after_approval {
                " efter godkendelse af referatet"
            } else {
                ""
            };
            let _ = writeln!(
                out,
                "\n*Beslutningen er rettet {} gang(e){after}.*",
                decision.corrections
            );
        }
        out.push('\n');
    }
    if !item.attachments.is_empty() {
        out.push_str("### Bilag\n\n");
        for attachment in &item.attachments {
            let document = attachment
                .document_number
                .as_ref()
                .map(|d| format!(" (Dok ID {d})"))
                .unwrap_or_default();
            let _ = writeln!(out, "- {}{document}", attachment.title);
        }
        out.push('\n');
    }
}

/// The Danish label of an item kind, as in the minutes.
pub fn kind_label(kind: ItemKind) -> &'static str {
    match kind {
        ItemKind::Approval => "Godkendelse",
        ItemKind::Decision => "Beslutning",
        ItemKind::Discussion => "Drøftelse",
        ItemKind::Information => "Orientering",
        ItemKind::WrittenInformation => "Skriftlig orientering",
        ItemKind::MutualInformation => "Gensidig orientering",
        ItemKind::Presentation => "Præsentation",
        ItemKind::Break => "Pause",
        ItemKind::AnyOtherBusiness => "Eventuelt",
    }
}

/// The Danish heading of a section, as in the minutes.
pub fn section_label(section: Section) -> &'static str {
    match section {
        Section::Summary => "Resumé",
        Section::Recommendations => "Indstilling",
        Section::Background => "Sagsfremstilling",
        Section::Finances => "Økonomi",
        Section::PreviousDecisions => "Tidligere beslutninger",
        Section::Coordination => "Koordinering med andre afdelinger",
        Section::ApprovedBy => "Godkendt af",
    }
}

/// The Danish wording of a decision outcome.
pub fn outcome_label(outcome: Outcome) -> &'static str {
    match outcome {
        Outcome::Approved => "godkendt",
        Outcome::ApprovedWithChanges => "godkendt med ændringer",
        Outcome::Rejected => "ikke godkendt",
        Outcome::Noted => "taget til efterretning",
        Outcome::Discussed => "drøftet",
        Outcome::Postponed => "udsat",
    }
}
