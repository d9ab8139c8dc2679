use serde::{Deserialize, Serialize};

use crate::error::DomainError;

/// An `http(s)` link (online meeting link, attachment URI), at most 2000 characters.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Uri(String);

impl Uri {
    /// Parses an absolute `http://` or `https://` URI without whitespace.
    pub fn parse(s: &str) -> Result<Self, DomainError> {
        let s = s.trim();
        let lower = s.to_ascii_lowercase();
        let scheme_ok = lower.starts_with("https://") || lower.starts_with("http://");
        let host_ok = s.split("://").nth(1).is_some_and(|rest| !rest.is_empty());
        if scheme_ok && host_ok && s.len() <= 2000 && !s.chars().any(char::is_whitespace) {
            Ok(Self(s.to_owned()))
        } else {
            Err(DomainError::invalid(
                "uri",
                format!("expected an http(s) link, got `{s}`"),
            ))
        }
    }
}

super::string_value!(Uri);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse_rules() {
        assert!(Uri::parse("https://teams.microsoft.com/l/meetup-join/x").is_ok());
        assert!(Uri::parse("ftp://x").is_err());
        assert!(Uri::parse("https://").is_err());
    }
}
