//! Exact money: integer minor units (øre) with a currency. Never floats.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::error::DomainError;

/// A currency. DKK is what the partnerships use; EUR exists for EU co-funding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "UPPERCASE")]
pub enum Currency {
    /// Danish krone (øre as minor unit).
    #[default]
    Dkk,
    /// Euro (cent as minor unit).
    Eur,
}

impl Currency {
    /// ISO 4217 code.
    #[must_use]
    pub const fn code(self) -> &'static str {
        match self {
            Self::Dkk => "DKK",
            Self::Eur => "EUR",
        }
    }
}

impl fmt::Display for Currency {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// An amount of money in minor units (øre) of a currency.
///
/// Arithmetic is checked: mixing currencies or overflowing is an error, never a wrap.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Money {
    /// Minor units (øre). 1 DKK = 100 øre.
    pub minor: i64,
    /// The currency.
    pub currency: Currency,
}

impl Money {
    /// An amount in minor units.
    #[must_use]
    pub const fn new(minor: i64, currency: Currency) -> Self {
        Self { minor, currency }
    }

    /// An amount of DKK in øre.
    #[must_use]
    pub const fn dkk(minor: i64) -> Self {
        Self::new(minor, Currency::Dkk)
    }

    /// Zero in the given currency.
    #[must_use]
    pub const fn zero(currency: Currency) -> Self {
        Self::new(0, currency)
    }

    /// True when the amount is zero.
    #[must_use]
    pub const fn is_zero(&self) -> bool {
        self.minor == 0
    }

    /// True when the amount is strictly positive.
    #[must_use]
    pub const fn is_positive(&self) -> bool {
        self.minor > 0
    }

    /// True when the amount is strictly negative.
    #[must_use]
    pub const fn is_negative(&self) -> bool {
        self.minor < 0
    }

    /// `self + other`; `None` on currency mismatch or overflow.
    #[must_use]
    pub fn checked_add(self, other: Money) -> Option<Money> {
        if self.currency != other.currency {
            return None;
        }
        self.minor
            .checked_add(other.minor)
            .map(|minor| Money::new(minor, self.currency))
    }

    /// `self - other`; `None` on currency mismatch or overflow.
    #[must_use]
    pub fn checked_sub(self, other: Money) -> Option<Money> {
        if self.currency != other.currency {
            return None;
        }
        self.minor
            .checked_sub(other.minor)
            .map(|minor| Money::new(minor, self.currency))
    }

    /// Parses a non-negative decimal amount such as `"3530000.00"`, `"80000"` or `"8576.5"`.
    ///
    /// At most two decimals; no sign, no thousands separators, no exponent.
    pub fn parse(s: &str, currency: Currency) -> Result<Money, DomainError> {
        let invalid = |reason: &str| DomainError::invalid("amount", format!("{reason}: `{s}`"));
        let s = s.trim();
        if s.starts_with('-') {
            return Err(invalid("amount must not be negative"));
        }
        let (whole, frac) = match s.split_once('.') {
            Some((w, f)) => (w, f),
            None => (s, ""),
        };
        if whole.is_empty() || !whole.bytes().all(|b| b.is_ascii_digit()) {
            return Err(invalid("expected a decimal number like 3530000.00"));
        }
        if s.contains('.') && frac.is_empty() {
            return Err(invalid("expected digits after the decimal point"));
        }
        if frac.len() > 2 || !frac.bytes().all(|b| b.is_ascii_digit()) {
            return Err(invalid("at most two decimals are allowed"));
        }
        let whole: i64 = whole.parse().map_err(|_| invalid("amount too large"))?;
        let mut frac_minor: i64 = if frac.is_empty() {
            0
        } else {
            frac.parse().map_err(|_| invalid("invalid decimals"))?
        };
        if frac.len() == 1 {
            frac_minor *= 10;
        }
        whole
            .checked_mul(100)
            .and_then(|m| m.checked_add(frac_minor))
            .map(|minor| Money::new(minor, currency))
            .ok_or_else(|| invalid("amount too large"))
    }
}

impl fmt::Display for Money {
    /// Formats as a plain decimal string with two decimals: `"3530000.00"`, `"-12.50"`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sign = if self.minor < 0 { "-" } else { "" };
        let abs = self.minor.unsigned_abs();
        write!(f, "{sign}{}.{:02}", abs / 100, abs % 100)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_formats() {
        let m = Money::parse("3530000.00", Currency::Dkk).unwrap();
        assert_eq!(m.minor, 353_000_000);
        assert_eq!(m.to_string(), "3530000.00");
        assert_eq!(
            Money::parse("8576.5", Currency::Dkk).unwrap().minor,
            857_650
        );
        assert_eq!(
            Money::parse("80000", Currency::Dkk).unwrap().to_string(),
            "80000.00"
        );
        assert_eq!(Money::dkk(-1250).to_string(), "-12.50");
    }

    #[test]
    fn rejects_bad_input() {
        for bad in [
            "-1.00",
            "1.234",
            "",
            "1,00",
            "1e5",
            ".5",
            "5.",
            "99999999999999999999",
        ] {
            assert!(Money::parse(bad, Currency::Dkk).is_err(), "{bad}");
        }
    }

    #[test]
    fn checked_arithmetic() {
        let a = Money::dkk(100);
        assert_eq!(a.checked_add(Money::dkk(50)), Some(Money::dkk(150)));
        assert_eq!(a.checked_add(Money::new(1, Currency::Eur)), None);
        assert_eq!(Money::dkk(i64::MAX).checked_add(a), None);
    }
}
