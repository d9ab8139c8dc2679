//! The opaque position cursor clients pass as `after` and `position`.

use samraad_projections::Position;

use crate::errors::invalid;

/// Parses an opaque position cursor.
pub fn parse_position(position: &str) -> async_graphql::Result<Position> {
    position
        .trim()
        .parse::<u64>()
        .map(Position)
        .map_err(|_| invalid("position", format!("not a position cursor: {position:?}")))
}

/// The `after` cursor of a subscription: from the start of the log when omitted.
pub fn parse_after(after: Option<&str>) -> async_graphql::Result<Position> {
    after
        .map(parse_position)
        .transpose()
        .map(|p| p.unwrap_or(Position::START))
}
