use serde::{Deserialize, Serialize};

use crate::error::DomainError;

/// A case reference (Sags ID), e.g. `EMN-2022-05561`: 2–6 capital letters, a year, a number.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct CaseReference(String);

impl CaseReference {
    /// Parses `PREFIX-YYYY-NNNNN` (prefix 2–6 letters A–Z, year 4 digits, number 1–10 digits).
    /// Lower-case input is upper-cased.
    pub fn parse(s: &str) -> Result<Self, DomainError> {
        let s = s.trim().to_ascii_uppercase();
        let err = || {
            DomainError::invalid(
                "case_reference",
                format!("expected a case reference like EMN-2022-05561, got `{s}`"),
            )
        };
        let mut parts = s.split('-');
        let (Some(prefix), Some(year), Some(number), None) =
            (parts.next(), parts.next(), parts.next(), parts.next())
        else {
            return Err(err());
        };
        let prefix_ok =
            (2..=6).contains(&prefix.len()) && prefix.bytes().all(|b| b.is_ascii_uppercase());
        let year_ok = year.len() == 4 && year.bytes().all(|b| b.is_ascii_digit());
        let number_ok =
            (1..=10).contains(&number.len()) && number.bytes().all(|b| b.is_ascii_digit());
        if prefix_ok && year_ok && number_ok {
            Ok(Self(s))
        } else {
            Err(err())
        }
    }
}

super::string_value!(CaseReference);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse_rules() {
        assert_eq!(
            CaseReference::parse("EMN-2022-05561").unwrap().as_str(),
            "EMN-2022-05561"
        );
        assert_eq!(
            CaseReference::parse("emn-2024-10711").unwrap().as_str(),
            "EMN-2024-10711"
        );
        for bad in [
            "",
            "EMN-22-05561",
            "EMN2022-05561",
            "E-2022-1",
            "EMN-2022-05561-1",
            "EMN-2022-0x",
        ] {
            assert!(CaseReference::parse(bad).is_err(), "{bad}");
        }
    }
}
