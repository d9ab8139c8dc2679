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
        let currency = match self
            .currency
            .as_deref()
            .map(str::to_ascii_uppercase)
            .as_deref()
        {
            None | Some("DKK") => Currency::Dkk,
            Some("EUR") => Currency::Eur,
            Some(other) => {
                return Err(super::context::invalid(
                    &format!("{field}.currency"),
                    format!("unsupported currency {other:?} (use DKK or EUR)"),
                ));
            }
        };
        Money::parse(&self.amount.0, currency)
            .map_err(|e| super::context::invalid(&format!("{field}.amount"), e))
    }
}
