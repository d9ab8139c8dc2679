//! Replays the minutes of Sundhedsklynge Lillebælt, Fagligt Strategisk Niveau, 26 Feb 2025
//! (tests/fixtures/lillebaelt-fsn-2025-02-26.txt) as commands, and checks the resulting state.
//!
//! Titles, time slots, numbered recommendations, decision texts and attendance are read from
//! the minutes; item kinds and per-recommendation outcomes are the reading of a secretary.

use chrono::{NaiveTime, TimeZone, Utc};
use samraad_domain::meeting::*;
use samraad_domain::*;

use crate::support::*;

const MINUTES: &str = include_str!("../fixtures/lillebaelt-fsn-2025-02-26.txt");

struct ParsedItem {
    number: Option<u32>,
    title: String,
    slot: Option<TimeSlot>,
    recommendations: Vec<String>,
    decision_text: String,
}

fn parse_time(s: &str) -> Option<NaiveTime> {
    let s = s.trim().replace('.', ":");
    NaiveTime::parse_from_str(&s, "%H:%M").ok()
}

/// "Drøftelsessag: Besøg ... (kl. 14.45 – 15:05)" → title and slot.
fn split_slot(heading: &str) -> (String, Option<TimeSlot>) {
    let Some(start) = heading.rfind("(kl.") else {
        return (heading.trim().to_owned(), None);
    };
    let inner = heading[start + 4..].trim_end_matches(')');
    let mut parts = inner.split(['–', '-']);
    let slot = match (
        parts.next().and_then(parse_time),
        parts.next().and_then(parse_time),
    ) {
        (Some(start), Some(end)) => Some(TimeSlot { start, end }),
        _ => None,
    };
    (heading[..start].trim().to_owned(), slot)
}

fn parse_minutes() -> Vec<ParsedItem> {
    let lines: Vec<&str> = MINUTES.lines().map(str::trim).collect();
    // Item headings: "Punkt 3: ..." or "Punkt : Pause (...)".
    let mut starts = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        if let Some(rest) = line.strip_prefix("Punkt ")
            && let Some((num, heading)) = rest.split_once(':')
            && num.trim().chars().all(|c| c.is_ascii_digit())
        {
            starts.push((i, num.trim().parse::<u32>().ok(), heading.trim().to_owned()));
        }
    }
    let mut items = Vec::new();
    for (k, (start, number, heading)) in starts.iter().enumerate() {
        let end = starts.get(k + 1).map_or(lines.len(), |s| s.0);
        let block = &lines[start + 1..end];
        let (title, slot) = split_slot(heading);
        let indstilling = block.iter().position(|l| l.starts_with("INDSTILLING"));
        let mut recommendations = Vec::new();
        if let Some(p) = indstilling {
            for line in &block[p + 1..] {
                if *line == "Beslutning" || line.starts_with("BILAG") {
                    break;
                }
                if let Some((n, text)) = line.split_once(". ")
                    && n.chars().all(|c| c.is_ascii_digit())
                    && !n.is_empty()
                {
                    recommendations.push(text.to_owned());
                }
            }
        }
        let from = indstilling.unwrap_or(0);
        let decision_text = block[from..]
            .iter()
            .position(|l| *l == "Beslutning")
            .map(|p| {
                block[from + p + 1..]
                    .iter()
                    .take_while(|l| **l != "Bilag")
                    .copied()
                    .collect::<Vec<_>>()
                    .join("\n")
                    .trim()
                    .to_owned()
            })
            .unwrap_or_default();
        items.push(ParsedItem {
            number: *number,
            title,
            slot,
            recommendations,
            decision_text,
        });
    }
    items
}

fn names_after(label: &str) -> Vec<String> {
    let mut lines = MINUTES
        .lines()
        .map(str::trim)
        .skip_while(|l| *l != label)
        .skip(1);
    let line = lines.find(|l| !l.is_empty()).unwrap_or_default();
    line.split(", ").map(str::to_owned).collect()
}

fn kind_and_outcomes(number: Option<u32>) -> (ItemKind, Vec<Outcome>) {
    use ItemKind as K;
    use Outcome as O;
    match number {
        None => (K::Break, vec![]),
        Some(1) => (K::Approval, vec![]),
        Some(2 | 6) => (K::Discussion, vec![O::Discussed]),
        Some(3) => (K::Decision, vec![O::Approved, O::Approved, O::Approved]),
        Some(4) => (K::Discussion, vec![O::Noted, O::Discussed]),
        Some(5) => (K::Decision, vec![O::Approved, O::ApprovedWithChanges]),
        Some(7) => (K::Decision, vec![O::Noted, O::Approved, O::Approved]),
        Some(8 | 11) => (K::Decision, vec![O::Approved]),
        Some(9) => (K::Decision, vec![O::Approved, O::Approved]),
        Some(10) => (K::MutualInformation, vec![]),
        Some(12) => (K::Decision, vec![O::ApprovedWithChanges]),
        Some(13) => (K::AnyOtherBusiness, vec![]),
        Some(_) => (K::WrittenInformation, vec![]),
    }
}

struct Run {
    events: Vec<MeetingEvent>,
    state: MeetingState,
}

impl Run {
    fn exec(&mut self, actor: Actor, command: MeetingCommand) {
        let ctx = Context { actor, now: now() };
        let events = Meeting::decide(&self.state, command, &ctx).unwrap_or_else(|e| panic!("{e}"));
        for e in events {
            self.state = Meeting::evolve(std::mem::take(&mut self.state), &e);
            self.events.push(e);
        }
    }
}

#[test]
fn lillebaelt_26_february_2025() {
    let parsed = parse_minutes();
    assert_eq!(parsed.len(), 17, "16 numbered items and a break");
    let expected_counts = [0, 1, 3, 2, 2, 0, 1, 3, 1, 2, 0, 1, 1, 0, 0, 0, 0];
    let counts: Vec<usize> = parsed.iter().map(|p| p.recommendations.len()).collect();
    assert_eq!(
        counts, expected_counts,
        "numbered recommendations per item, as in the minutes"
    );

    let mut run = Run {
        events: Vec::new(),
        state: MeetingState::default(),
    };
    let starts = Utc
        .with_ymd_and_hms(2025, 2, 26, 13, 30, 0)
        .single()
        .unwrap();
    run.exec(
        secretariat(),
        MeetingCommand::ScheduleMeeting(ScheduleMeeting {
            meeting_id: meeting(),
            partnership_id: partnership(),
            forum_id: forum(),
            title: Some(title(
                "Sundhedsklynge Lillebælt - Fagligt strategisk niveau",
            )),
            starts_at: starts,
            ends_at: Some(starts + chrono::Duration::hours(3)),
            mode: MeetingMode::InPerson,
            location: Some(Location {
                room: Some(name("Mødelokale 6 - stuen")),
                address: name("Regionshuset, Damhaven 12 7100 Vejle"),
            }),
            online_link: None,
            place_not_given: false,
        }),
    );

    let ids: Vec<AgendaItemId> = (0..parsed.len())
        .map(|k| item_id(100 + k as u128))
        .collect();
    for (p, id) in parsed.iter().zip(&ids) {
        let (kind, _) = kind_and_outcomes(p.number);
        let mut sections = Vec::new();
        if !p.recommendations.is_empty() {
            sections.push(SectionEntry {
                section: Section::Recommendations,
                content: SectionContent::Recommendations {
                    preamble: md(
                        "Det indstilles, at Sundhedsklynge Lillebælt – Fagligt Strategisk Niveau",
                    ),
                    proposals: p.recommendations.iter().map(|r| md(r)).collect(),
                    style: RecommendationStyle::Numbered,
                },
            });
        }
        let mut d = details(&p.title, kind);
        d.time_slot = p.slot;
        let proposer = if p.number == Some(3) {
            member_gp()
        } else {
            member_municipality()
        };
        run.exec(
            proposer,
            MeetingCommand::ProposeAgendaItem(ProposeAgendaItem {
                meeting_id: meeting(),
                item_id: *id,
                details: d,
                sections,
                postponed_from: None,
            }),
        );
        run.exec(
            secretariat(),
            MeetingCommand::AcceptAgendaItem(AcceptAgendaItem {
                meeting_id: meeting(),
                item_id: *id,
            }),
        );
    }
    run.exec(
        secretariat(),
        MeetingCommand::PublishAgenda(PublishAgenda {
            meeting_id: meeting(),
        }),
    );

    let present = names_after("Deltagere:");
    let apologies = names_after("Afbud:");
    let line = |n: &String, status| AttendanceEntry {
        person_id: None,
        name: name(n),
        organization_id: None,
        status,
        substitute_for: None,
        guest_for_item: None,
        joined_at: None,
        left_at: None,
    };
    let mut entries: Vec<_> = present
        .iter()
        .map(|n| line(n, AttendanceStatus::PresentInRoom))
        .collect();
    entries.extend(
        apologies
            .iter()
            .map(|n| line(n, AttendanceStatus::Apologies)),
    );
    run.exec(
        secretariat(),
        MeetingCommand::RecordAttendance(RecordAttendance {
            meeting_id: meeting(),
            entries,
        }),
    );

    run.exec(
        chair(),
        MeetingCommand::OpenMeeting(OpenMeeting {
            meeting_id: meeting(),
        }),
    );
    for (p, id) in parsed.iter().zip(&ids) {
        run.exec(
            chair(),
            MeetingCommand::TakeUpItem(TakeUpItem {
                meeting_id: meeting(),
                item_id: *id,
            }),
        );
        let (kind, outcomes) = kind_and_outcomes(p.number);
        if kind == ItemKind::Break {
            continue;
        }
        let reservations = if p.number == Some(3) {
            vec![Reservation {
                organization_id: Some(general_practice()),
                organization_name: name("PLO"),
                text: md("PLO har nogle forbehold i forhold til arbejdsmængden."),
                recommendation: Some(1),
            }]
        } else {
            vec![]
        };
        let text = if p.decision_text.is_empty() {
            "Taget til efterretning."
        } else {
            &p.decision_text
        };
        run.exec(
            secretariat(),
            MeetingCommand::RecordDecision(RecordDecision {
                meeting_id: meeting(),
                item_id: *id,
                decision_id: DecisionId::from_uuid(id.as_uuid()),
                text: md(text),
                outcomes: outcomes
                    .iter()
                    .enumerate()
                    .map(|(k, o)| outcome(u32::try_from(k + 1).unwrap(), *o))
                    .collect(),
                reservations,
                item_outcome: None,
            }),
        );
    }
    // A decision on the break is refused, as the rule says.
    let on_break = Meeting::decide(
        &run.state,
        MeetingCommand::RecordDecision(RecordDecision {
            meeting_id: meeting(),
            item_id: ids[5],
            decision_id: DecisionId::new(),
            text: md("Pause"),
            outcomes: vec![],
            item_outcome: None,
            reservations: vec![],
        }),
        &Context {
            actor: secretariat(),
            now: now(),
        },
    );
    assert_eq!(on_break.unwrap_err().rule(), Some(Rule::NoDecisionOnBreak));

    run.exec(
        chair(),
        MeetingCommand::AdjournMeeting(AdjournMeeting {
            meeting_id: meeting(),
        }),
    );
    run.exec(
        secretariat(),
        MeetingCommand::ApproveMinutes(ApproveMinutes {
            meeting_id: meeting(),
            approved_at_meeting: Some(MeetingId::new()),
        }),
    );

    // ---- the resulting state ----
    let state = &run.state;
    assert_eq!(state.status(), MeetingStatus::Adjourned);
    assert!(state.minutes_approved_at().is_some());
    assert_eq!(state.published_edition(), 1);

    let agenda = state.agenda();
    assert_eq!(agenda.len(), 17);
    let numbers: Vec<Option<u32>> = agenda.iter().map(|l| l.number).collect();
    let mut expected: Vec<Option<u32>> = (1..=16).map(Some).collect();
    expected.insert(5, None);
    assert_eq!(
        numbers, expected,
        "items numbered 1..16, the break unnumbered between 5 and 6"
    );
    for (line, p) in agenda.iter().zip(&parsed) {
        assert_eq!(line.number, p.number, "{}", p.title);
        assert_eq!(line.item.kind, kind_and_outcomes(p.number).0);
        assert_eq!(line.item.title.as_str(), p.title);
    }
    let kinds: Vec<ItemKind> = agenda.iter().map(|l| l.item.kind).collect();
    assert_eq!(
        kinds.iter().filter(|k| **k == ItemKind::Decision).count(),
        7
    );
    assert_eq!(
        kinds
            .iter()
            .filter(|k| **k == ItemKind::WrittenInformation)
            .count(),
        3
    );

    let first = agenda[0].item;
    assert_eq!(first.title.as_str(), "Velkomst v. Hanne Andersen");
    assert_eq!(
        first.time_slot,
        Some(TimeSlot {
            start: time(14, 30),
            end: time(14, 45)
        })
    );
    assert_eq!(agenda[5].item.title.as_str(), "Pause");
    assert_eq!(
        agenda[5].item.time_slot,
        Some(TimeSlot {
            start: time(15, 45),
            end: time(15, 55)
        })
    );
    assert_eq!(
        agenda[7].item.time_slot,
        Some(TimeSlot {
            start: time(16, 15),
            end: time(16, 25)
        })
    );

    let decided: Vec<&Decision> = agenda
        .iter()
        .filter_map(|l| l.item.decision.as_ref())
        .collect();
    assert_eq!(
        decided.len(),
        16,
        "every numbered item has a decision, the break none"
    );
    assert!(agenda[5].item.decision.is_none());
    let item3 = agenda[2].item;
    assert!(item3.title.as_str().contains("gravide med overvægt"));
    assert_eq!(item3.recommendation_count(), 3);
    let d3 = item3.decision.as_ref().unwrap();
    assert!(d3.outcomes.iter().all(|o| o.outcome == Outcome::Approved));
    assert_eq!(d3.reservations[0].organization_name.as_str(), "PLO");
    let item7 = agenda[7].item;
    assert!(item7.recommendations_text().contains("8576,00 kr."));
    assert_eq!(
        item7
            .decision
            .as_ref()
            .unwrap()
            .outcomes
            .iter()
            .map(|o| o.outcome)
            .collect::<Vec<_>>(),
        vec![Outcome::Noted, Outcome::Approved, Outcome::Approved]
    );

    let attendance: Vec<_> = state.attendance().collect();
    assert_eq!(
        attendance.iter().filter(|a| a.status.is_present()).count(),
        10
    );
    assert_eq!(
        attendance
            .iter()
            .filter(|a| a.status == AttendanceStatus::Apologies)
            .count(),
        4
    );
    assert!(attendance.iter().any(|a| a.name.as_str() == "Helene Smet"));

    // The log folds back into the same state.
    assert_eq!(&Meeting::fold(run.events.iter()), state);
}

trait RecommendationsText {
    fn recommendations_text(&self) -> String;
}

impl RecommendationsText for AgendaItem {
    fn recommendations_text(&self) -> String {
        match self.section(Section::Recommendations).0 {
            SectionContent::Recommendations { proposals, .. } => proposals
                .iter()
                .map(Markdown::as_str)
                .collect::<Vec<_>>()
                .join("\n"),
            SectionContent::Text(t) => t.into_inner(),
        }
    }
}
