//! Shared GraphQL value types: `Decimal` (money as an exact decimal string) and `Money`.

use async_graphql::{
    InputObject, InputValueError, InputValueResult, Scalar, ScalarType, SimpleObject, Value,
};
use samraad_domain::{Currency, Money};

/// An exact decimal amount as a string, e.g. `"3530000.00"`. Never a float.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Decimal(pub String);

#[Scalar(name = "Decimal")]
impl ScalarType for Decimal {
    fn parse(value: Value) -> InputValueResult<Self> {
        match value {
            Value::String(s) => Ok(Decimal(s)),
            _ => Err(InputValueError::custom(
                "a Decimal is a string like \"3530000.00\" (numbers are refused to avoid rounding)",
            )),
        }
    }

    fn to_value(&self) -> Value {
        Value::String(self.0.clone())
    }
}

/// An amount of money.
#[derive(Clone, Debug, SimpleObject)]
#[graphql(name = "Money")]
pub struct MoneyObject {
    /// The amount, e.g. `"3530000.00"`.
    pub amount: Decimal,
    /// ISO 4217 currency code, e.g. `DKK`.
    pub currency: String,
}

impl From<Money> for MoneyObject {
    fn from(money: Money) -> Self {
        Self {
            amount: Decimal(money.to_string()),
            currency: money.currency.code().to_string(),
        }
    }
}

/// An amount of money as input.
#[derive(Clone, Debug, InputObject)]
#[graphql(name = "MoneyInput")]
pub struct MoneyInput {
    /// The amount, a non-negative decimal string with at most two decimals.
    pub amount: Decimal,
    /// ISO 4217 currency code; `DKK` when omitted.
    pub currency: Option<String>,
}

impl MoneyInput {
    /// Parses the amount and currency, naming `field` on failure.
    pub fn parse(&self, field: &str) -> Result<Money, async_graphql::Error> {
        let currency = parse_currency(&format!("{field}.currency"), self.currency.as_deref())?;
        Money::parse(&self.amount.0, currency)
            .map_err(|e| crate::errors::invalid(&format!("{field}.amount"), e))
    }
}

/// Parses an ISO 4217 currency code (case-insensitive); `DKK` when omitted.
pub fn parse_currency(field: &str, code: Option<&str>) -> Result<Currency, async_graphql::Error> {
    match code.map(str::to_ascii_uppercase).as_deref() {
        None | Some("DKK") => Ok(Currency::Dkk),
        Some("EUR") => Ok(Currency::Eur),
        Some(other) => Err(crate::errors::invalid(
            field,
            format!("unsupported currency {other:?} (use DKK or EUR)"),
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn code(err: async_graphql::Error) -> String {
        err.extensions
            .and_then(|e| e.get("code").map(|c| c.to_string()))
            .unwrap_or_default()
    }

    #[test]
    fn money_input_is_exact_and_refuses_bad_amounts_and_currencies() {
        let input = |amount: &str, currency: Option<&str>| MoneyInput {
            amount: Decimal(amount.into()),
            currency: currency.map(str::to_string),
        };
        assert_eq!(
            input("3530000.00", None).parse("granted").ok(),
            Some(Money::dkk(353_000_000))
        );
        assert_eq!(
            input("12.5", Some("eur")).parse("granted").ok(),
            Some(Money::new(1_250, Currency::Eur))
        );
        for (amount, currency) in [
            ("-1", None),
            ("1.005", None),
            ("1e3", None),
            ("1", Some("USD")),
        ] {
            let err = input(amount, currency).parse("granted").err();
            assert_eq!(
                err.map(code).as_deref(),
                Some("\"INVALID_INPUT\""),
                "{amount} {currency:?}"
            );
        }
        assert!(parse_currency("currency", Some("NOK")).is_err());
    }
}
