use serde::{Deserialize, Serialize};

use crate::error::DomainError;

/// A short single-line text: a person's or organisation's name, a job title, a room, a source.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Name(String);

impl Name {
    /// Maximum length in characters.
    pub const MAX_CHARS: usize = 200;

    /// Parses a name: trimmed, non-empty, single line, at most [`Name::MAX_CHARS`].
    pub fn parse(s: &str) -> Result<Self, DomainError> {
        super::single_line("name", s, Self::MAX_CHARS).map(Self)
    }
}

super::string_value!(Name);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse_rules() {
        assert!(Name::parse("Hanne Andersen").is_ok());
        assert!(Name::parse(" ").is_err());
    }
}
