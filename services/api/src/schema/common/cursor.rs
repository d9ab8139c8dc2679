//! The opaque position cursor clients pass as `after` and `position`.

use samraad_projections::Position;

use crate::schema::common::context::invalid;

/// Parses an opaque position cursor.
pub fn parse_position(position: &str) -> async_graphql::Result<Position> {
    position
        .trim()
        .parse::<u64>()
        .map(Position)
        .map_err(|_| invalid("position", format!("not a position cursor: {position:?}")))
}
