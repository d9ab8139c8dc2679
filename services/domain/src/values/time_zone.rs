use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::error::DomainError;

/// A partnership's time zone, an IANA name ("Europe/Copenhagen"): where its meetings' times
/// are shown. Stored by name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct TimeZone(Tz);

impl TimeZone {
    /// Where the Danish partnerships meet.
    pub const COPENHAGEN: TimeZone = TimeZone(Tz::Europe__Copenhagen);

    /// Parses an IANA time zone name.
    pub fn parse(s: &str) -> Result<Self, DomainError> {
        s.trim().parse::<Tz>().map(Self).map_err(|_| {
            DomainError::invalid(
                "timeZone",
                format!("`{s}` is not an IANA time zone name such as Europe/Copenhagen"),
            )
        })
    }

    /// The IANA name.
    #[must_use]
    pub fn name(self) -> &'static str {
        self.0.name()
    }

    /// `at` as local time of this zone.
    #[must_use]
    pub fn local(self, at: DateTime<Utc>) -> DateTime<Tz> {
        at.with_timezone(&self.0)
    }

    /// The zone itself, for converting local times.
    #[must_use]
    pub fn tz(self) -> Tz {
        self.0
    }
}

impl Default for TimeZone {
    fn default() -> Self {
        Self::COPENHAGEN
    }
}

impl std::fmt::Display for TimeZone {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

impl Serialize for TimeZone {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.name())
    }
}

impl<'de> Deserialize<'de> for TimeZone {
    /// A name this build's time zone database no longer knows (renamed zones keep their old
    /// names as links, so this should not happen) loads as Europe/Copenhagen rather than
    /// making the event unreadable.
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let name = String::deserialize(d)?;
        Ok(name.parse::<Tz>().map_or(Self::COPENHAGEN, Self))
    }
}

/// The months in Danish, as minutes write dates ("26. februar 2025").
pub const DANISH_MONTHS: [&str; 12] = [
    "januar",
    "februar",
    "marts",
    "april",
    "maj",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "december",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn local_times_follow_summer_time() {
        let cph = TimeZone::parse("Europe/Copenhagen").unwrap();
        let winter = "2025-02-26T13:30:00Z".parse::<DateTime<Utc>>().unwrap();
        let summer = "2025-06-17T14:00:00Z".parse::<DateTime<Utc>>().unwrap();
        assert_eq!(cph.local(winter).format("%H:%M").to_string(), "14:30");
        assert_eq!(cph.local(summer).format("%H:%M").to_string(), "16:00");
        assert!(TimeZone::parse("Europe/Vejle").is_err());
        assert_eq!(
            TimeZone::parse("America/Nuuk").unwrap().name(),
            "America/Nuuk"
        );
    }
}
