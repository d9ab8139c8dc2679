use serde::{Deserialize, Serialize};

use crate::error::DomainError;

/// A document id in the organisation's records system (Dok ID), e.g. `11902896`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct DocumentNumber(String);

impl DocumentNumber {
    /// Parses 1..=40 characters of ASCII letters, digits, `-`, `_`, `.`, `/`.
    pub fn parse(s: &str) -> Result<Self, DomainError> {
        let s = s.trim();
        let ok = (1..=40).contains(&s.len())
            && s.bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"-_./".contains(&b));
        if ok {
            Ok(Self(s.to_owned()))
        } else {
            Err(DomainError::invalid(
                "document_number",
                format!("expected a document id like 11902896, got `{s}`"),
            ))
        }
    }
}

super::string_value!(DocumentNumber);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse_rules() {
        assert!(DocumentNumber::parse("11902896").is_ok());
        assert!(DocumentNumber::parse("").is_err());
        assert!(DocumentNumber::parse("a b").is_err());
    }
}
