//! Parsed value types ("parse, don't validate"): once you hold a [`Title`], it is valid.
//!
//! Deserialisation is deliberately *not* re-validating: stored events were validated when
//! they were decided, and old events must load forever even if a limit changes later.

mod case_reference;
mod document_number;
mod markdown;
mod name;
mod time_zone;
mod title;
mod uri;

pub use case_reference::CaseReference;
pub use document_number::DocumentNumber;
pub use markdown::Markdown;
pub use name::Name;
pub use time_zone::{DANISH_MONTHS, TimeZone};
pub use title::Title;
pub use uri::Uri;

/// Implements `as_str`, `into_inner`, `Display` and `AsRef<str>` for a string newtype.
macro_rules! string_value {
    ($name:ident) => {
        impl $name {
            /// The text.
            #[must_use]
            pub fn as_str(&self) -> &str {
                &self.0
            }

            /// The owned text.
            #[must_use]
            pub fn into_inner(self) -> String {
                self.0
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl AsRef<str> for $name {
            fn as_ref(&self) -> &str {
                &self.0
            }
        }
    };
}
pub(crate) use string_value;

/// Shared single-line text check: trimmed, non-empty, at most `max` characters, no control characters.
pub(crate) fn single_line(
    field: &'static str,
    s: &str,
    max: usize,
) -> Result<String, crate::error::DomainError> {
    let t = s.trim();
    if t.is_empty() {
        return Err(crate::error::DomainError::invalid(
            field,
            "must not be empty",
        ));
    }
    if t.chars().count() > max {
        return Err(crate::error::DomainError::invalid(
            field,
            format!("must be at most {max} characters"),
        ));
    }
    if t.chars().any(char::is_control) {
        return Err(crate::error::DomainError::invalid(
            field,
            "must be a single line",
        ));
    }
    Ok(t.to_owned())
}
