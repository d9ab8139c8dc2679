//! How partnerships write an Indstilling: a lead-in ("Det indstilles, at …") followed by
//! numbered lines ("1. Godkender …"), by bullets ("- Godkender dagsorden"), or nothing but one
//! sentence ("Det indstilles, at dagsordenen godkendes."), which is then the one proposal.
//! Each form is read into numbered proposals (1-based in decisions) and written back in the
//! form it came in.

use serde::{Deserialize, Serialize};

use super::types::{Outcome, Section, SectionContent};
use crate::error::DomainError;
use crate::values::Markdown;

/// How recommendations are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RecommendationStyle {
    /// "1. Godkender …" (events written before styles existed are numbered).
    #[default]
    Numbered,
    /// "- Godkender dagsorden".
    Bullets,
    /// One sentence, no list.
    Sentence,
}

/// Recommendations read from text: lead-in, proposals, and the form they were written in.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ReadRecommendations {
    /// The text before the first proposal ("Det indstilles, at …"), possibly empty.
    pub preamble: String,
    /// The proposals in order; a line that starts no proposal continues the one above.
    pub proposals: Vec<String>,
    /// The form.
    pub style: RecommendationStyle,
}

/// A list marker at the start of a line: its style and the rest of the line. Emphasis
/// (`*text*`) and years (`2025. …`) are not markers.
#[must_use]
pub fn list_item(line: &str) -> Option<(RecommendationStyle, &str)> {
    let s = line.trim_start();
    for bullet in ["- ", "• ", "* ", "– "] {
        if let Some(rest) = s.strip_prefix(bullet) {
            let rest = rest.trim_start();
            // "- - at understøtte …": a bullet inside a bullet.
            let rest = rest.strip_prefix("- ").unwrap_or(rest);
            return Some((RecommendationStyle::Bullets, rest.trim()));
        }
    }
    let digits = s.chars().take_while(char::is_ascii_digit).count();
    if digits == 0 || digits > 2 {
        return None;
    }
    let rest = s[digits..].strip_prefix(['.', ')'])?;
    rest.starts_with(' ')
        .then(|| (RecommendationStyle::Numbered, rest.trim()))
}

/// Reads the text of an Indstilling.
#[must_use]
pub fn read_recommendations(text: &str) -> ReadRecommendations {
    let mut preamble: Vec<&str> = Vec::new();
    let mut proposals: Vec<String> = Vec::new();
    let mut style = None;
    for line in text.lines().filter(|l| !l.trim().is_empty()) {
        match list_item(line) {
            Some((marker, rest)) => {
                style.get_or_insert(marker);
                proposals.push(rest.to_owned());
            }
            None => match proposals.last_mut() {
                Some(last) => {
                    last.push('\n');
                    last.push_str(line.trim());
                }
                None => preamble.push(line.trim()),
            },
        }
    }
    match style {
        Some(style) => ReadRecommendations {
            preamble: preamble.join("\n"),
            proposals,
            style,
        },
        None if preamble.is_empty() => ReadRecommendations::default(),
        None => ReadRecommendations {
            preamble: String::new(),
            proposals: vec![preamble.join("\n")],
            style: RecommendationStyle::Sentence,
        },
    }
}

/// Writes recommendations back in their form: the lead-in, then one line per proposal.
#[must_use]
pub fn write_recommendations(
    preamble: &str,
    proposals: &[&str],
    style: RecommendationStyle,
) -> String {
    let mut out = preamble.to_owned();
    for (i, proposal) in proposals.iter().enumerate() {
        if !out.is_empty() {
            out.push('\n');
        }
        match style {
            RecommendationStyle::Numbered => out.push_str(&format!("{}. {proposal}", i + 1)),
            RecommendationStyle::Bullets => out.push_str(&format!("- {proposal}")),
            RecommendationStyle::Sentence => out.push_str(proposal),
        }
    }
    out
}

/// The outcomes as minutes word them after a decision ("- Indstilling 1: godkendt").
const OUTCOME_LABELS: [(Outcome, &str); 7] = [
    (Outcome::Approved, "godkendt"),
    (Outcome::ApprovedWithChanges, "godkendt med ændringer"),
    (Outcome::Rejected, "ikke godkendt"),
    (Outcome::Noted, "taget til efterretning"),
    (Outcome::Discussed, "drøftet"),
    (Outcome::Postponed, "udsat"),
    (Outcome::NotStated, "ikke angivet"),
];

/// The Danish wording of an outcome.
#[must_use]
pub fn outcome_label(outcome: Outcome) -> &'static str {
    OUTCOME_LABELS
        .iter()
        .find(|(o, _)| *o == outcome)
        .map_or("", |(_, label)| label)
}

/// The outcome a label names exactly as [`outcome_label`] writes it (its inverse).
#[must_use]
pub fn outcome_from_label(label: &str) -> Option<Outcome> {
    OUTCOME_LABELS
        .iter()
        .find(|(_, l)| *l == label.trim())
        .map(|(o, _)| *o)
}

/// A section's content from its Markdown text: the Indstilling read into its proposals
/// ([`read_recommendations`]), any other section as the text itself.
pub fn section_content(section: Section, text: &str) -> Result<SectionContent, DomainError> {
    if section != Section::Recommendations {
        return Ok(SectionContent::Text(Markdown::parse(text)?));
    }
    let read = read_recommendations(text);
    Ok(SectionContent::Recommendations {
        preamble: Markdown::parse(read.preamble.trim())?,
        proposals: read
            .proposals
            .iter()
            .map(|p| Markdown::parse(p))
            .collect::<Result<_, _>>()?,
        style: read.style,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbered_bullets_and_a_sentence_round_trip() {
        for (text, style, count) in [
            (
                "Det indstilles, at FSN\n1. Godkender A.\n2. Godkender B,\nog C.",
                RecommendationStyle::Numbered,
                2,
            ),
            (
                "Det indstilles, at Faglig Strategisk Forum\n- Godkender dagsorden\n- Hilser *gæster* velkommen.",
                RecommendationStyle::Bullets,
                2,
            ),
            (
                "Det indstilles, at Faglig Strategisk Forum tager orienteringen til efterretning.",
                RecommendationStyle::Sentence,
                1,
            ),
        ] {
            let read = read_recommendations(text);
            assert_eq!((read.style, read.proposals.len()), (style, count), "{text}");
            let proposals: Vec<&str> = read.proposals.iter().map(String::as_str).collect();
            assert_eq!(
                write_recommendations(&read.preamble, &proposals, read.style),
                text
            );
        }
        assert_eq!(read_recommendations("  \n").proposals.len(), 0);
    }

    #[test]
    fn emphasis_and_years_are_not_markers() {
        assert_eq!(list_item("*Sundhedssamtalen tilbydes …*"), None);
        assert_eq!(list_item("2025. Året"), None);
        assert_eq!(list_item("12) Tolv").map(|x| x.1), Some("Tolv"));
    }
}
