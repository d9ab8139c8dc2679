//! Minutes (referat) rendered as Markdown in the layout of the partnerships' own minutes
//! (FirstAgenda's): the REFERAT title, Mødedato, Mødested, attendance, the table of contents,
//! then per item its "Punkt N:" heading with time slot, visibility line, Sags ID, Dok ID, the
//! sections in minutes order, Beslutning with its outcomes, Fraværende and Bilag.
//!
//! The output is itself minutes of that family: `samraad-minutes` reads it back into the same
//! meeting (outcomes as the "- Indstilling N: …" lines printed after the decision's text).

use samraad_domain::values::DANISH_MONTHS as MONTHS;
use std::fmt::Write;

use samraad_domain::TimeZone;
use samraad_domain::meeting::recommendations::write_recommendations;
use samraad_domain::partnership::MinutesTemplate;

use samraad_domain::meeting::{
    AgendaItem, AttendanceStatus, Decision, ItemKind, MeetingMode, MeetingState, Outcome, Section,
    SectionContent, Visibility,
};

/// The public stand-in title of a closed item.
pub const CLOSED_ITEM_TITLE: &str = "Lukket punkt";

const WEEKDAYS: [&str; 7] = [
    "Mandag", "Tirsdag", "Onsdag", "Torsdag", "Fredag", "Lørdag", "Søndag",
];
/// Renders the minutes of `meeting` for a reader. `forum_name` heads the document; times are
/// shown in the partnership's `time_zone`; `template` is the forum's layout; `sees` says
/// whether the reader may see an item's content (closed items are for members of the forum
/// and its secretariat): an item they may not see appears only as its number and "Lukket
/// punkt".
pub fn render_markdown(
    meeting: &MeetingState,
    forum_name: &str,
    time_zone: TimeZone,
    template: &MinutesTemplate,
    sees: impl Fn(&AgendaItem) -> bool,
) -> String {
    use chrono::Datelike;
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
    let weekday = WEEKDAYS[starts_at.weekday().num_days_from_monday() as usize];
    let month = MONTHS[starts_at.month0() as usize];
    let end = info
        .ends_at
        .map(|e| format!(" – {}", time_zone.local(e).format("%H:%M")))
        .unwrap_or_default();
    let _ = writeln!(
        out,
        "**Mødedato** {weekday} d. {}. {month} {} kl. {}{end}\n",
        starts_at.day(),
        starts_at.year(),
        starts_at.format("%H:%M"),
    );
    let _ = writeln!(out, "**Mødested** {}\n", place(meeting));
    if meeting.minutes_approved_at().is_none() {
        out.push_str("*Referatet er ikke godkendt.*\n\n");
    }
    render_attendance(&mut out, meeting);
    let agenda = meeting.agenda();
    let title = |item: &AgendaItem| {
        if sees(item) {
            titled(item)
        } else {
            CLOSED_ITEM_TITLE.to_owned()
        }
    };
    if !agenda.is_empty() && template.table_of_contents {
        out.push_str("## Indholdsfortegnelse\n\n");
        for line in &agenda {
            let _ = writeln!(out, "{}  ", title(line.item));
        }
        out.push('\n');
    }
    for line in agenda {
        let item = line.item;
        let number = line.number.map(|n| n.to_string()).unwrap_or_default();
        if !sees(item) {
            let _ = writeln!(out, "# Punkt {number}: {CLOSED_ITEM_TITLE}\n");
            continue;
        }
        render_item(&mut out, &number, item, template);
    }
    out
}

/// The Mødested line: room and address, online (with the link when known), or not given.
fn place(meeting: &MeetingState) -> String {
    let Some(info) = meeting.info() else {
        return String::new();
    };
    let room = info.location.as_ref().map(|l| match &l.room {
        Some(room) => format!("{}, {room}", l.address),
        None => l.address.to_string(),
    });
    let link = info.online_link.as_ref().map(|l| l.to_string());
    match (room, link) {
        (Some(room), Some(link)) => format!("{room} og online: {link}"),
        (Some(room), None) => room,
        (None, Some(link)) => format!("Online: {link}"),
        (None, None) if info.mode == MeetingMode::Online => "Online".into(),
        (None, None) => "Ikke oplyst".into(),
    }
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

fn render_item(out: &mut String, number: &str, item: &AgendaItem, template: &MinutesTemplate) {
    let visibility = match item.visibility {
        Visibility::Open => "Åben",
        Visibility::Closed => "Lukket",
    };
    let slot = item
        .time_slot
        .map(|s| {
            format!(
                " (kl. {} – {})",
                s.start.format("%H:%M"),
                s.end.format("%H:%M")
            )
        })
        .unwrap_or_default();
    let title = titled(item);
    let _ = writeln!(out, "# Punkt {number}: {title}{slot}\n");
    if !number.is_empty() {
        let _ = writeln!(out, "{number} ({visibility}) {title}\n");
    }
    if let Some(reference) = &item.case_reference {
        let _ = writeln!(out, "**Sags ID:** {reference}\n");
    }
    if let Some(document) = &item.document_number {
        let _ = writeln!(out, "**Dok ID:** {document}\n");
    }
    for section in template.sections() {
        let (content, revision) = item.section(section);
        if revision == 0 {
            continue;
        }
        let text = match content {
            SectionContent::Text(text) => text.to_string(),
            SectionContent::Recommendations {
                preamble,
                proposals,
                style,
            } => {
                let proposals: Vec<&str> = proposals.iter().map(|p| p.as_str()).collect();
                write_recommendations(preamble.as_str(), &proposals, style)
            }
        };
        if text.trim().is_empty() && !template.empty_headings {
            continue;
        }
        let label = template
            .label(section)
            .unwrap_or_else(|| section_label(section));
        let _ = writeln!(out, "## {label}\n");
        if !text.trim().is_empty() {
            let _ = writeln!(out, "{text}\n");
        }
    }
    if let Some(decision) = &item.decision {
        render_decision(out, decision);
    }
    if !item.absent.is_empty() && template.item_absentees {
        let names: Vec<&str> = item.absent.iter().map(|n| n.as_str()).collect();
        let _ = writeln!(out, "## Fraværende\n\n{}\n", names.join(", "));
    }
    if !item.attachments.is_empty() {
        out.push_str("## Bilag\n\n");
        for attachment in &item.attachments {
            let ids = match (&attachment.document_number, &attachment.case_reference) {
                (Some(d), Some(c)) => format!(" (DokID: {d} - {c})"),
                (Some(d), None) => format!(" (DokID: {d})"),
                (None, _) => String::new(),
            };
            let _ = writeln!(out, "- {}{ids}", attachment.title);
        }
        out.push('\n');
    }
}

/// The title as minutes print it, with its presenters: "Velkomst v. Hanne Andersen og Kurt
/// Æbelø".
fn titled(item: &AgendaItem) -> String {
    let names: Vec<&str> = item.presenters.iter().map(|n| n.as_str()).collect();
    match names.split_last() {
        None => item.title.to_string(),
        Some((only, [])) => format!("{} v. {only}", item.title),
        Some((last, rest)) => format!("{} v. {} og {last}", item.title, rest.join(", ")),
    }
}

fn render_decision(out: &mut String, decision: &Decision) {
    out.push_str("## Beslutning\n\n");
    if !decision.text.as_str().trim().is_empty() {
        let _ = writeln!(out, "{}\n", decision.text);
    }
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

/// The Danish wording of a decision outcome, as the minutes reader reads it back.
pub fn outcome_label(outcome: Outcome) -> &'static str {
    samraad_domain::meeting::recommendations::outcome_label(outcome)
}
