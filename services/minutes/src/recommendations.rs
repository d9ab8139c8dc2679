//! The Indstilling of an item: "Det indstilles, at …" followed by numbered lines ("1. …"),
//! bullets ("- …") or nothing but one sentence, which is then the one proposal.

use crate::Recommendations;

/// How a source wrote its recommendations (and how they are written back).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Style {
    /// "1. Godkender …".
    #[default]
    Numbered,
    /// "- Godkender dagsorden".
    Bullets,
    /// One sentence, no list: "Det indstilles, at dagsordenen godkendes."
    Sentence,
}

/// A list marker at the start of a line: the marker's style and the rest of the line.
pub(crate) fn list_item(raw: &str) -> Option<(Style, &str)> {
    let s = raw.trim_start();
    for bullet in ["- ", "• ", "* ", "– "] {
        if let Some(rest) = s.strip_prefix(bullet) {
            let rest = rest.trim_start();
            // "- - at understøtte …": a bullet inside a bullet.
            let rest = rest.strip_prefix("- ").unwrap_or(rest);
            return Some((Style::Bullets, rest.trim()));
        }
    }
    let digits = s.chars().take_while(char::is_ascii_digit).count();
    if digits == 0 || digits > 2 {
        return None;
    }
    let rest = s[digits..].strip_prefix(['.', ')'])?;
    rest.starts_with(' ')
        .then(|| (Style::Numbered, rest.trim()))
}

/// Reads the text of an Indstilling section.
pub(crate) fn read(text: &str) -> Recommendations {
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
        Some(style) => Recommendations {
            preamble: preamble.join("\n"),
            proposals,
            style,
        },
        None if preamble.is_empty() => Recommendations::default(),
        None => Recommendations {
            preamble: String::new(),
            proposals: vec![preamble.join("\n")],
            style: Style::Sentence,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbered_bullets_and_a_sentence() {
        let r = read("Det indstilles, at FSN\n\n1. Godkender A.\n2. Godkender B,\nog C.\n");
        assert_eq!(r.preamble, "Det indstilles, at FSN");
        assert_eq!(r.proposals, ["Godkender A.", "Godkender B,\nog C."]);
        assert_eq!(r.style, Style::Numbered);
        let r = read(
            "Det indstilles, at Faglig Strategisk Forum\n\n- Godkender dagsorden\n- Hilser *gæster* velkommen.",
        );
        assert_eq!(
            r.proposals,
            ["Godkender dagsorden", "Hilser *gæster* velkommen."]
        );
        assert_eq!(r.style, Style::Bullets);
        let r = read(
            "Det indstilles, at Faglig Strategisk Forum tager orienteringen til efterretning.",
        );
        assert_eq!(r.style, Style::Sentence);
        assert_eq!(r.proposals.len(), 1);
        assert_eq!(read("").proposals.len(), 0);
    }

    #[test]
    fn emphasis_is_not_a_bullet() {
        assert_eq!(list_item("*Sundhedssamtalen tilbydes …*"), None);
        assert_eq!(list_item("2025. Året"), None);
        assert_eq!(list_item("12) Tolv").map(|x| x.1), Some("Tolv"));
    }
}
