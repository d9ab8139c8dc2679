//! One way to run a mutation: input → command → command service → the changed entity read
//! back from the read model (which waits for the command's own events) → payload.

use std::future::Future;

use async_graphql::Context;
use samraad_app::{AppError, CommandService, Issuer, Outcome};
use samraad_projections::ReadModel;

use crate::auth::Principal;
use crate::schema::common::context::{self, services, viewer};
use crate::schema::common::parse::{lagging, version};

/// A stream that mutations change: how its commands are sent and how the changed entity is
/// read back for the payload.
pub trait Target {
    /// The stream's id.
    type Id: Copy + Send + Sync;
    /// Its commands.
    type Command: Send;
    /// What a payload shows of the changed stream.
    type Changed;
    /// The entity's name in the error when the read model does not show it yet.
    const WHAT: &'static str;
    /// Sends `command` to the stream `id`.
    fn send<'a>(
        commands: &'a CommandService,
        id: Self::Id,
        issuer: &'a Issuer,
        command: Self::Command,
    ) -> impl Future<Output = Result<Outcome, AppError>> + Send + 'a;
    /// The stream `id` as `reader` may see it now.
    fn read_back(
        model: &ReadModel,
        id: Self::Id,
        reader: Option<Principal>,
    ) -> Option<Self::Changed>;
}

/// What a command returns to its payload.
pub struct Done<T> {
    /// The stream's version after the command.
    pub version: i64,
    /// The global position of its last event.
    pub position: String,
    /// The changed entity, as the reader may see it now.
    pub changed: T,
}

impl<T> Done<T> {
    /// The same result with the entity converted.
    pub fn map<U>(self, f: impl FnOnce(T) -> U) -> Done<U> {
        Done {
            version: self.version,
            position: self.position,
            changed: f(self.changed),
        }
    }
}

/// Runs `command` on stream `id` for `issuer` and reads the changed entity back.
pub async fn run<T: Target>(
    ctx: &Context<'_>,
    id: T::Id,
    issuer: &Issuer,
    command: T::Command,
) -> async_graphql::Result<Done<T::Changed>> {
    let outcome =
        context::execute(ctx, T::send(&services(ctx).commands, id, issuer, command)).await?;
    let reader = viewer(ctx);
    let changed = services(ctx)
        .projections
        .read(|model| T::read_back(model, id, reader))
        .ok_or_else(|| lagging(T::WHAT))?;
    Ok(Done {
        version: version(&outcome),
        position: outcome.position.to_string(),
        changed,
    })
}

/// Declares the payloads of one stream's mutations: the stream's `version` and `position`
/// after the command, the changed entity, and each payload's own fields (filled by the
/// resolver; `Default` otherwise). `entity_attr` is an attribute for the entity field, e.g.
/// `[graphql(flatten)]` when it stands for several fields.
macro_rules! payloads {
    (
        version = $vdoc:literal,
        entity = $entity:ident: $ety:ty = $edoc:literal,
        entity_attr = $eattr:tt;
        $( $(#[$doc:meta])* $name:ident { $($(#[$fdoc:meta])* $field:ident : $fty:ty),* $(,)? } )+
    ) => {
        $(
            $(#[$doc])*
            #[derive(async_graphql::SimpleObject)]
            pub struct $name {
                #[doc = $vdoc]
                pub version: i64,
                /// The global position of the command's last event.
                pub position: String,
                #[doc = $edoc]
                #$eattr
                pub $entity: $ety,
                $($(#[$fdoc])* pub $field: $fty,)*
            }

            impl From<$crate::schema::common::runner::Done<$ety>> for $name {
                fn from(done: $crate::schema::common::runner::Done<$ety>) -> Self {
                    Self {
                        version: done.version,
                        position: done.position,
                        $entity: done.changed,
                        $($field: Default::default(),)*
                    }
                }
            }
        )+
    };
}
pub(crate) use payloads;

/// Declares the [`Target`] of one stream: its id and command types, what payloads show of it,
/// the command service's method for it, and how the changed entity is read back.
macro_rules! target {
    (
        $(#[$doc:meta])* $name:ident: $id:ty, $command:ty => $changed:ty,
        what = $what:literal, send = $send:ident,
        read_back = |$model:ident, $rid:ident, $reader:ident| $read_back:expr $(,)?
    ) => {
        $(#[$doc])*
        pub(crate) struct $name;

        impl $crate::schema::common::runner::Target for $name {
            type Id = $id;
            type Command = $command;
            type Changed = $changed;
            const WHAT: &'static str = $what;
            fn send<'a>(
                commands: &'a samraad_app::CommandService,
                id: $id,
                issuer: &'a samraad_app::Issuer,
                command: $command,
            ) -> impl std::future::Future<
                Output = Result<samraad_app::Outcome, samraad_app::AppError>,
            > + Send
            + 'a {
                commands.$send(id, issuer, command)
            }
            fn read_back(
                $model: &samraad_projections::ReadModel,
                $rid: $id,
                $reader: Option<$crate::auth::Principal>,
            ) -> Option<$changed> {
                $read_back
            }
        }
    };
}
pub(crate) use target;
