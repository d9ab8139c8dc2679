use serde::{Deserialize, Serialize};

use crate::error::DomainError;

/// Rich text as Markdown (tables stay tables). May be empty; at most 200 000 bytes.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Markdown(String);

impl Markdown {
    /// Maximum size in bytes (UTF-8).
    pub const MAX_BYTES: usize = 200_000;

    /// Parses Markdown text: at most [`Markdown::MAX_BYTES`], no NUL characters. Line endings
    /// are normalised to `\n`.
    pub fn parse(s: &str) -> Result<Self, DomainError> {
        if s.len() > Self::MAX_BYTES {
            return Err(DomainError::invalid(
                "text",
                format!("must be at most {} bytes", Self::MAX_BYTES),
            ));
        }
        if s.contains('\0') {
            return Err(DomainError::invalid(
                "text",
                "must not contain NUL characters",
            ));
        }
        Ok(Self(s.replace("\r\n", "\n")))
    }

    /// Empty text.
    #[must_use]
    pub fn empty() -> Self {
        Self(String::new())
    }

    /// True when there is no text.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

super::string_value!(Markdown);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse_rules() {
        assert_eq!(Markdown::parse("a\r\nb").unwrap().as_str(), "a\nb");
        assert!(Markdown::parse("").unwrap().is_empty());
        assert!(Markdown::parse(&"x".repeat(Markdown::MAX_BYTES + 1)).is_err());
    }
}
