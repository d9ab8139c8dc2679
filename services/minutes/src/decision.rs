//! The decision of an item: outcomes per recommendation where the minutes number them
//! ("1. Godkendt.", "Indstilling 2: …"), else the outcome of the item as a whole when the
//! wording says one ("Drøftet.", "Orienteringen blev taget til efterretning.").

use crate::{Decision, Outcome, RecommendationOutcome};
use samraad_domain::meeting::recommendations::{list_item, outcome_from_label};

/// The outcome a piece of decision text states, judged on its first sentence, else on all
/// of it.
pub(crate) fn outcome_of(text: &str) -> Option<Outcome> {
    let first = text.split(['.', '(', '\n']).next().unwrap_or(text);
    stated(first).or_else(|| stated(text))
}

/// The outcome a sentence states. A verb counts where it says what the forum did to the
/// item — at the start ("Godkendt."), after "blev"/"er" ("Dagsordenen blev godkendt"), or in
/// the passive ("godkendes") — not where it tells of something approved elsewhere ("har fået
/// et initiativ godkendt").
fn stated(text: &str) -> Option<Outcome> {
    let t = text.trim().trim_start_matches(['*', '_']).to_lowercase();
    let said = |stems: &[&str]| {
        stems.iter().any(|stem| {
            t.starts_with(stem)
                || ["blev ", "er ", "blevet ", "bliver "]
                    .iter()
                    .any(|aux| t.contains(&format!("{aux}{stem}")))
        })
    };
    let has = |words: &[&str]| words.iter().any(|w| t.contains(w));
    let approved = said(&["godkendt", "vedtaget", "tiltrådt"])
        || has(&["godkendes", "godkender", "vedtages", "tiltrædes"]);
    if has(&["ikke godkendt", "godkendes ikke", "afvises"]) || said(&["afvist", "forkastet"]) {
        Some(Outcome::Rejected)
    } else if approved && has(&["med ændring", "med de ændring", "med følgende ændring"]) {
        Some(Outcome::ApprovedWithChanges)
    } else if approved {
        Some(Outcome::Approved)
    } else if has(&["til efterretning"]) {
        Some(Outcome::Noted)
    } else if said(&["udsat"]) || has(&["udsættes"]) {
        Some(Outcome::Postponed)
    } else if said(&["drøftet"]) || has(&["drøftede", "drøftes"]) {
        Some(Outcome::Discussed)
    } else {
        None
    }
}

/// "Indstilling 2: Godkendes." → (2, "Godkendes.").
fn recommendation_label(line: &str) -> Option<(u32, &str)> {
    let rest = line.trim().strip_prefix("Indstilling ")?;
    let (n, text) = rest.split_once(':')?;
    Some((n.trim().parse().ok()?, text.trim()))
}

/// The outcome lines Samraad prints after a decision's text: "- Indstilling 2: godkendt",
/// with an optional ": note", and "- Punktet: drøftet". Only exact outcome labels count.
fn stated_line(line: &str) -> Option<(Option<u32>, Outcome, Option<String>)> {
    let rest = line.trim().strip_prefix("- ")?;
    let (number, rest) = match rest.strip_prefix("Punktet: ") {
        Some(rest) => (None, rest),
        None => {
            let (n, rest) = recommendation_label(rest)?;
            (Some(n), rest)
        }
    };
    let (label, note) = match rest.split_once(": ") {
        Some((label, note)) => (label, Some(note.trim().to_owned())),
        None => (rest, None),
    };
    let outcome = outcome_from_label(label)?;
    Some((number, outcome, note))
}

/// Reads a decision text given the number of recommendations of the item. Outcome lines at
/// its end (as Samraad writes them) state the outcomes; otherwise they are read from the text.
pub(crate) fn read(text: &str, recommendations: usize) -> Decision {
    let lines: Vec<&str> = text.lines().collect();
    let mut keep = lines.len();
    while keep > 0 && (lines[keep - 1].trim().is_empty() || stated_line(lines[keep - 1]).is_some())
    {
        keep -= 1;
    }
    let stated: Vec<_> = lines[keep..]
        .iter()
        .filter_map(|l| stated_line(l))
        .collect();
    if !stated.is_empty() {
        let text = lines[..keep].join("\n").trim_end().to_owned();
        let mut outcomes = Vec::new();
        let mut item_outcome = None;
        for (number, outcome, note) in stated {
            match number {
                Some(recommendation) => outcomes.push(RecommendationOutcome {
                    recommendation,
                    outcome: Some(outcome),
                    text: String::new(),
                    note,
                }),
                None => item_outcome = Some(outcome),
            }
        }
        return Decision {
            text,
            outcomes,
            item_outcome,
        };
    }
    let mut outcomes: Vec<RecommendationOutcome> = Vec::new();
    let mut open: Option<usize> = None;
    for line in text.lines() {
        let numbered = list_item(line)
            .filter(|(style, _)| *style == crate::RecommendationStyle::Numbered)
            .and_then(|(_, rest)| {
                let n: u32 = line.trim().split(['.', ')']).next()?.parse().ok()?;
                Some((n, rest))
            })
            .or_else(|| recommendation_label(line));
        match numbered {
            Some((n, rest)) if n >= 1 && (n as usize) <= recommendations.max(1) => {
                outcomes.retain(|o| o.recommendation != n);
                outcomes.push(RecommendationOutcome {
                    recommendation: n,
                    outcome: None,
                    text: rest.to_owned(),
                    note: None,
                });
                open = Some(outcomes.len() - 1);
            }
            _ if line.trim().is_empty() => {}
            _ => {
                // A line after "Indstilling 2:" with nothing after the colon belongs to it.
                if let Some(i) = open
                    && outcomes[i].text.is_empty()
                {
                    outcomes[i].text = line.trim().to_owned();
                } else {
                    open = None;
                }
            }
        }
    }
    for o in &mut outcomes {
        o.outcome = outcome_of(&o.text);
    }
    outcomes.sort_by_key(|o| o.recommendation);
    let item_outcome = if outcomes.is_empty() {
        text.split("\n\n").find_map(outcome_of)
    } else {
        None
    };
    Decision {
        text: text.to_owned(),
        outcomes,
        item_outcome,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn outcomes_per_recommendation() {
        let d = read(
            "1. Godkendt (PLO har nogle forbehold).\n2. Godkendt.\n3. Orienteringen blev taget til efterretning.",
            3,
        );
        let got: Vec<_> = d
            .outcomes
            .iter()
            .map(|o| (o.recommendation, o.outcome))
            .collect();
        assert_eq!(
            got,
            [
                (1, Some(Outcome::Approved)),
                (2, Some(Outcome::Approved)),
                (3, Some(Outcome::Noted))
            ]
        );
        assert_eq!(d.item_outcome, None);
        let d = read(
            "Indstilling 1: Godkendes.\n\nIndstilling 2:\n\nGAF indsats: Middelfart undersøger.",
            2,
        );
        assert_eq!(d.outcomes.len(), 2);
        assert_eq!(d.outcomes[0].outcome, Some(Outcome::Approved));
        assert_eq!(d.outcomes[1].text, "GAF indsats: Middelfart undersøger.");
        assert_eq!(d.outcomes[1].outcome, None);
    }

    #[test]
    fn outcome_lines_as_samraad_writes_them() {
        let d = read(
            "Indstillingen blev godkendt.\n\n- Indstilling 1: godkendt\n- Indstilling 2: ikke angivet\n- Indstilling 3: godkendt med ændringer: med en tilføjelse",
            3,
        );
        assert_eq!(d.text, "Indstillingen blev godkendt.");
        let got: Vec<_> = d
            .outcomes
            .iter()
            .map(|o| (o.recommendation, o.outcome, o.note.as_deref()))
            .collect();
        assert_eq!(
            got,
            [
                (1, Some(Outcome::Approved), None),
                (2, Some(Outcome::NotStated), None),
                (
                    3,
                    Some(Outcome::ApprovedWithChanges),
                    Some("med en tilføjelse")
                )
            ]
        );
        let d = read("Drøftet.\n\n- Punktet: drøftet", 0);
        assert_eq!(
            (d.text.as_str(), d.item_outcome),
            ("Drøftet.", Some(Outcome::Discussed))
        );
        // A bullet that is not an outcome label is text.
        let d = read("- Punktet: blev udskudt til næste møde", 0);
        assert_eq!(d.text, "- Punktet: blev udskudt til næste møde");
    }

    #[test]
    fn an_item_level_outcome() {
        assert_eq!(read("Drøftet.", 0).item_outcome, Some(Outcome::Discussed));
        assert_eq!(
            read(
                "Dagsordenen blev godkendt og gæsterne blev hilst velkommen.",
                2
            )
            .item_outcome,
            Some(Outcome::Approved)
        );
        assert_eq!(
            read("Sekretariatet undersøger muligheder.", 1).item_outcome,
            None
        );
        assert_eq!(
            outcome_of("Punktet blev drøftet. Der laves ikke konkrete aftaler"),
            Some(Outcome::Discussed)
        );
        assert_eq!(
            read("*Slagelse Klyngen har fået et initiativ godkendt til DNLP.*\n\n*Sammensætningen blev drøftet.*", 1)
                .item_outcome,
            Some(Outcome::Discussed)
        );
        assert_eq!(
            outcome_of("Godkendt med ændringer."),
            Some(Outcome::ApprovedWithChanges)
        );
        assert_eq!(
            outcome_of("Indstillingen blev ikke godkendt."),
            Some(Outcome::Rejected)
        );
    }
}
