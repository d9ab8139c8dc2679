//! Time travel for every read model: a stream's view as it stood at a past position.

use async_graphql::{Context, ErrorExtensions, ID};
use samraad_domain::StreamKind;
use samraad_projections::{StreamView, Viewed};

use crate::errors::ApiError;
use crate::schema::common::context::{parse_id, services};
use crate::schema::common::cursor::parse_position;

/// The view of the `kind` stream `id` folded up to and including `position`; `None` if the
/// stream had no events by then. Bad ids and cursors are `INVALID_INPUT`.
pub async fn view_as_of<D: Viewed>(
    ctx: &Context<'_>,
    kind: StreamKind,
    id: &ID,
    position: &str,
) -> async_graphql::Result<Option<StreamView<D::State, D::Extra>>> {
    let id = parse_id(id, "id")?;
    let at = parse_position(position)?;
    services(ctx)
        .projections
        .view_as_of::<D>(kind, id, at)
        .await
        .map_err(|e| ApiError::internal(e).extend())
}
