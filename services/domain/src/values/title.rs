use serde::{Deserialize, Serialize};

use crate::error::DomainError;

/// A title (of an agenda item, meeting, initiative, attachment): one line, 1..=300 characters.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Title(String);

impl Title {
    /// Maximum length in characters.
    pub const MAX_CHARS: usize = 300;

    /// Parses a title: trimmed, non-empty, single line, at most [`Title::MAX_CHARS`].
    pub fn parse(s: &str) -> Result<Self, DomainError> {
        super::single_line("title", s, Self::MAX_CHARS).map(Self)
    }
}

super::string_value!(Title);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse_rules() {
        assert_eq!(Title::parse("  Velkomst ").unwrap().as_str(), "Velkomst");
        assert!(Title::parse("").is_err());
        assert!(Title::parse("a\nb").is_err());
        assert!(Title::parse(&"x".repeat(301)).is_err());
        assert!(Title::parse(&"æ".repeat(300)).is_ok());
    }
}
