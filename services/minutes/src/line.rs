//! A line as the parser sees it: the source text (kept verbatim for sections) and its plain
//! form, without Markdown heading marks, emphasis or a trailing colon, for recognising
//! headings and labels.

/// One line of the document.
#[derive(Debug, Clone)]
pub struct Line<'a> {
    /// 1-based line number in the file.
    pub number: usize,
    /// The line as written (trailing white space removed, but for tabs: an empty last cell
    /// of a table row).
    pub raw: &'a str,
    /// Without `#` marks, `**`/`*`/`_` emphasis around it, and surrounding white space.
    pub plain: String,
}

impl<'a> Line<'a> {
    /// Splits a document into lines.
    pub fn all(text: &'a str) -> Vec<Line<'a>> {
        text.lines()
            .enumerate()
            .map(|(i, raw)| {
                let raw = raw.trim_end_matches(|c: char| c.is_whitespace() && c != '\t');
                Line {
                    number: i + 1,
                    raw,
                    plain: plain(raw),
                }
            })
            .collect()
    }

    /// True for a line with nothing on it, or only a Markdown rule.
    pub fn is_blank(&self) -> bool {
        self.plain.is_empty() || self.plain.chars().all(|c| c == '-' || c == '_')
    }

    /// The plain form without a trailing colon, lower-cased: what labels are compared with.
    pub fn label(&self) -> String {
        self.plain.trim_end_matches(':').trim().to_lowercase()
    }
}

/// The plain form of a line.
pub fn plain(raw: &str) -> String {
    let mut s = raw.trim();
    s = s.trim_start_matches('#').trim();
    loop {
        let before = s;
        for mark in ["**", "__", "*", "_"] {
            if s.len() >= 2 * mark.len() && s.starts_with(mark) && s.ends_with(mark) {
                s = s[mark.len()..s.len() - mark.len()].trim();
            }
        }
        if s == before {
            break;
        }
    }
    // "**Mødedato** Onsdag …": emphasis around the first words only.
    s.replace("**", "").trim().to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_forms() {
        assert_eq!(plain("# **Punkt 1: Velkommen**"), "Punkt 1: Velkommen");
        assert_eq!(plain("### **Resumé**"), "Resumé");
        assert_eq!(
            plain("**Mødedato** Tirsdag d. 17. juni 2025 kl. 16:00"),
            "Mødedato Tirsdag d. 17. juni 2025 kl. 16:00"
        );
        assert_eq!(plain("*Dagsordenen godkendes.*"), "Dagsordenen godkendes.");
        assert_eq!(plain("  INDSTILLING OG PROCES:"), "INDSTILLING OG PROCES:");
    }
}
