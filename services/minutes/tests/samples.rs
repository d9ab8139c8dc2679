//! The three sample minutes (copied from the partnerships' own documents): every count below
//! was counted by hand in the source file, not taken from the parser.
#![allow(clippy::unwrap_used)]

use samraad_minutes::{
    ItemKind, Minutes, Outcome, Place, RecommendationStyle as Style, Visibility, parse, text,
};

fn read(name: &str) -> (String, Minutes) {
    let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    let (source, _) = text::decode(&std::fs::read(path).unwrap()).unwrap();
    let minutes = parse(&source).unwrap();
    (source, minutes)
}

/// Counts of a document, in one comparable line.
#[derive(Debug, PartialEq, Eq)]
struct Counts {
    items: usize,
    recommendations: usize,
    outcomes: usize,
    item_outcomes: usize,
    decisions: usize,
    attachments: usize,
    participants: usize,
    apologies: usize,
    absent: usize,
}

fn counts(m: &Minutes) -> Counts {
    Counts {
        items: m.items.len(),
        recommendations: m
            .items
            .iter()
            .map(|i| i.recommendations.proposals.len())
            .sum(),
        outcomes: m
            .items
            .iter()
            .filter_map(|i| i.decision.as_ref())
            .flat_map(|d| &d.outcomes)
            .filter(|o| o.outcome.is_some())
            .count(),
        item_outcomes: m
            .items
            .iter()
            .filter_map(|i| i.decision.as_ref()?.item_outcome)
            .count(),
        decisions: m.items.iter().filter(|i| i.decision.is_some()).count(),
        attachments: m.attachments().count(),
        participants: m.participants.len(),
        apologies: m.apologies.len(),
        absent: m.items.iter().map(|i| i.absent.len()).sum(),
    }
}

#[test]
fn lillebaelt_26_february_2025() {
    let (_, m) = read("lillebaelt-fsn-2025-02-26.txt");
    assert_eq!(
        m.forum,
        "Sundhedsklynge Lillebælt - Fagligt strategisk niveau"
    );
    assert_eq!(m.date.to_string(), "2025-02-26");
    assert_eq!(m.starts_at.unwrap().to_string(), "14:30:00");
    assert_eq!(m.ends_at, None);
    assert_eq!(
        m.place,
        Place::Room("Regionshuset, Damhaven 12 7100 Vejle, Mødelokale 6 - stuen".into())
    );
    assert_eq!(m.contents.len(), 17);
    assert_eq!(
        counts(&m),
        Counts {
            items: 17,
            recommendations: 22,
            outcomes: 13,
            item_outcomes: 2,
            decisions: 13,
            attachments: 14,
            participants: 10,
            apologies: 4,
            absent: 0,
        }
    );
    let numbers: Vec<Option<u32>> = m.items.iter().map(|i| i.number).collect();
    let mut expected: Vec<Option<u32>> = (1..=5).map(Some).collect();
    expected.push(None);
    expected.extend((6..=16).map(Some));
    assert_eq!(numbers, expected);
    // "Velkomst v. Hanne Andersen": the presenter, read from the title (kept whole).
    assert_eq!(m.items[0].presenters, ["Hanne Andersen"]);
    assert!(m.items[1..].iter().all(|i| i.presenters.is_empty()));
    let pause = &m.items[5];
    assert_eq!(pause.kind, ItemKind::Break);
    assert_eq!(pause.time_slot.unwrap().start.to_string(), "15:45:00");
    let kinds: Vec<ItemKind> = m.items.iter().map(|i| i.kind).collect();
    use ItemKind::*;
    assert_eq!(
        kinds,
        [
            Information,
            Discussion,
            Decision,
            Discussion,
            Decision,
            Break,
            Discussion,
            Decision,
            Decision,
            Decision,
            MutualInformation,
            Decision,
            Decision,
            AnyOtherBusiness,
            WrittenInformation,
            WrittenInformation,
            WrittenInformation
        ]
    );
    assert_eq!(m.items.iter().filter(|i| i.time_slot.is_some()).count(), 14);
    // Item 3: three numbered recommendations, each approved, the first with PLO's reservation.
    let item3 = &m.items[2];
    assert_eq!(item3.recommendations.style, Style::Numbered);
    let outcomes = &item3.decision.as_ref().unwrap().outcomes;
    assert_eq!(outcomes.len(), 3);
    assert!(
        outcomes
            .iter()
            .all(|o| o.outcome == Some(Outcome::Approved))
    );
    assert!(outcomes[0].text.contains("PLO har nogle forbehold"));
    // Item 5: "Indstilling 1: Godkendes." and a second recommendation answered in prose.
    let item5 = m.items[4].decision.as_ref().unwrap();
    assert_eq!(item5.outcomes[0].outcome, Some(Outcome::Approved));
    assert_eq!(item5.outcomes[1].outcome, None);
    // Item 6 (SAGSFREMSTLLING, sic) keeps its background section.
    assert!(
        m.items[6]
            .sections
            .iter()
            .any(|s| s.label == "SAGSFREMSTLLING")
    );
    // Item 10 has no Indstilling: "Drøftet." is the outcome of the item.
    assert_eq!(
        m.items[10].decision.as_ref().unwrap().item_outcome,
        Some(Outcome::Discussed)
    );
    // Item 14: "INDSTILLING OG PROCES" with a lead-in and four bullets.
    assert_eq!(m.items[14].recommendations.style, Style::Bullets);
    assert_eq!(m.items[14].recommendations.proposals.len(), 4);
    // Item 16: one sentence.
    assert_eq!(m.items[16].recommendations.style, Style::Sentence);
    assert!(m.participants.contains(&"Kurt Æbelø".to_owned()));
}

#[test]
fn slagelse_11_december_2024() {
    let (_, m) = read("slagelse-fsf-2024-12-11.txt");
    assert_eq!(m.forum, "NSR Slagelse Klyngen - Faglig strategisk Forum");
    assert_eq!(m.starts_at.unwrap().to_string(), "16:00:00");
    assert!(
        matches!(&m.place, Place::Room(p) if p.starts_with("Slagelse Sygehus, Blå mødelokale"))
    );
    assert_eq!(
        counts(&m),
        Counts {
            items: 5,
            recommendations: 7,
            outcomes: 0,
            item_outcomes: 4,
            decisions: 5,
            attachments: 12,
            participants: 0,
            apologies: 0,
            absent: 0,
        }
    );
    let documents: Vec<&str> = m
        .items
        .iter()
        .map(|i| i.document_id.as_deref().unwrap())
        .collect();
    assert_eq!(
        documents,
        ["11902896", "11912403", "11903154", "11904034", "11926021"]
    );
    assert!(
        m.items
            .iter()
            .all(|i| i.case_reference.as_deref() == Some("EMN-2022-05561"))
    );
    assert!(m.items.iter().all(|i| i.visibility == Visibility::Open));
    assert_eq!(m.items[0].recommendations.style, Style::Bullets);
    assert_eq!(
        m.items[0].decision.as_ref().unwrap().item_outcome,
        Some(Outcome::Approved)
    );
    assert_eq!(m.items[2].recommendations.style, Style::Sentence);
    let a = &m.items[1].attachments[0];
    assert_eq!(a.document_id.as_deref(), Some("11912409"));
    assert_eq!(a.case_reference.as_deref(), Some("EMN-2022-05561"));
}

#[test]
fn slagelse_17_june_2025_markdown_online() {
    let (_, m) = read("slagelse-fsf-2025-06-17.md");
    assert_eq!(m.date.to_string(), "2025-06-17");
    assert_eq!(
        m.place,
        Place::Online {
            service: Some("TEAMS".into()),
            link: None
        }
    );
    assert_eq!(m.contents.len(), 8);
    assert_eq!(
        counts(&m),
        Counts {
            items: 8,
            recommendations: 8,
            outcomes: 0,
            item_outcomes: 6,
            decisions: 8,
            attachments: 11,
            participants: 0,
            apologies: 0,
            absent: 0,
        }
    );
    assert_eq!(m.items[7].kind, ItemKind::AnyOtherBusiness);
    // "Orienteringen taget til efterretning." in italics.
    assert_eq!(
        m.items[3].decision.as_ref().unwrap().item_outcome,
        Some(Outcome::Noted)
    );
    assert_eq!(
        m.items[7].decision.as_ref().unwrap().item_outcome,
        Some(Outcome::Discussed)
    );
}

/// Every title, Sags ID, Dok ID and decision line of the sources is in what was read, and no
/// line of text is lost: each non-blank source line is a heading, a field, or inside a
/// section, the attendance or the table of contents.
#[test]
fn nothing_is_dropped() {
    for name in [
        "lillebaelt-fsn-2025-02-26.txt",
        "slagelse-fsf-2024-12-11.txt",
        "slagelse-fsf-2025-06-17.md",
    ] {
        let (source, m) = read(name);
        let mut kept = String::new();
        for item in &m.items {
            kept.push_str(&item.title);
            for s in &item.sections {
                kept.push_str(&s.text);
                kept.push('\n');
            }
        }
        // Tables are read into Markdown tables: their cells must be kept, each as written.
        let words: String = kept
            .split_whitespace()
            .filter(|w| *w != "|" && *w != "---")
            .collect::<Vec<_>>()
            .join(" ");
        let mut pieces: Vec<&str> = Vec::new();
        for line in source.lines().map(str::trim).filter(|l| l.len() > 30) {
            match line.split_once('\t') {
                Some(_) if !m.contents.iter().any(|c| line.starts_with(&c.title)) => pieces.extend(
                    line.split('\t')
                        .filter(|c| c.trim().chars().any(|ch| ch != '-')),
                ),
                _ => pieces.push(line),
            }
        }
        for line in pieces {
            let line_words = line.split_whitespace().collect::<Vec<_>>().join(" ");
            let plain = line_words.trim_matches(['*', '#', ' ']);
            let is_head = plain.starts_with("Punkt ")
                || plain.contains("(Åben)")
                || m.contents.iter().any(|c| plain.starts_with(&c.title))
                || plain.starts_with("Mødedato")
                || plain.starts_with("Mødested")
                || plain.contains("REFERAT")
                || plain == m.forum
                || m.participants.iter().any(|p| plain.contains(p.as_str()))
                || m.apologies.iter().any(|p| plain.contains(p.as_str()));
            assert!(
                is_head || words.contains(&line_words),
                "{name}: line lost: {line}"
            );
        }
        assert!(m.warnings.len() < 10, "{name}: {:?}", m.warnings);
    }
}

/// Tables of text converted from PDF (tab-separated rows, overflow lines) are read as
/// Markdown tables: one row per initiative, the overflow joined to its cell.
#[test]
fn tables_stay_tables() {
    let section = |m: &Minutes, number: u32, needle: &str| -> String {
        let item = m.items.iter().find(|i| i.number == Some(number)).unwrap();
        let s = item.sections.iter().find(|s| s.text.contains(needle));
        s.unwrap().text.clone()
    };
    let (_, m) = read("lillebaelt-fsn-2025-02-26.txt");
    let text = section(&m, 7, "| Initiativ |");
    let table: Vec<&str> = text.lines().filter(|l| l.starts_with('|')).collect();
    assert_eq!(table.len(), 2 + 6, "{text}");
    assert_eq!(
        table[0],
        "| Initiativ | Håndtering af projektøkonomi | Status på økonomi |"
    );
    assert!(
        table[2].starts_with("| Bliv Trygt Hjemme | Alle midler til initiativet er opkrævet")
            && table[2].ends_with("Middelfart Kommune var ansvarlig for projektøkonomi. | 0 |"),
        "{}",
        table[2]
    );
    assert!(
        table[7].ends_with("Honorering af almen praksis drøftes. |"),
        "{}",
        table[7]
    );
    let (_, m) = read("slagelse-fsf-2024-12-11.txt");
    let text = section(&m, 3, "| Indsats |");
    let table: Vec<&str> = text.lines().filter(|l| l.starts_with('|')).collect();
    assert_eq!(table.len(), 2 + 9, "{text}");
    assert!(table[5].starts_with(
        "| Fælles faglig kvalitetsorganisation og fælles uddannelse og kompetenceudvikling i regi af Sundhedspartnerskabet | 750.000 kr. (2023) 1.820.000 kr. (2024) |"
    ), "{}", table[5]);
}

#[test]
fn foreign_and_broken_documents_are_clear_errors() {
    let err = parse("Kære alle\n\nHer er julefrokostens program.\n").unwrap_err();
    assert!(err.to_string().contains("Punkt 1"), "{err}");
    let (lillebaelt, _) = read("lillebaelt-fsn-2025-02-26.txt");
    // Cut off before the first item: not minutes.
    let head: String = lillebaelt.lines().take(25).collect::<Vec<_>>().join("\n");
    assert!(parse(&head).is_err());
    // Cut off in the middle of an item: read, with what is there.
    let half: String = lillebaelt.lines().take(380).collect::<Vec<_>>().join("\n");
    let m = parse(&half).unwrap();
    assert!(m.items.len() < 17);
    assert!(
        m.warnings
            .iter()
            .any(|w| w.message.contains("table of contents"))
    );
}
