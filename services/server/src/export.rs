//! `samraad export minutes --meeting ID`: a meeting's minutes from the store, by the same
//! renderer as the API's `minutes(format:)`, to stdout. Run by whoever holds the store, it
//! shows closed items in full unless `--as-public`.

use anyhow::Context;
use samraad_domain::MeetingId;
use samraad_domain::meeting::Visibility;
use samraad_projections::minutes::render_markdown;
use samraad_projections::minutes_html::markdown_to_html;

use crate::cli::{ExportArgs, ExportMinutesArgs, ExportWhat, MinutesFormat};

/// Runs an export.
pub async fn run(args: ExportArgs) -> anyhow::Result<()> {
    match args.what {
        ExportWhat::Minutes(args) => minutes(args).await,
    }
}

async fn minutes(args: ExportMinutesArgs) -> anyhow::Result<()> {
    let store = crate::store::open(&args.store).await?;
    let model = samraad_projections::rebuild(store.as_ref(), |_, _| {})
        .await
        .context("reading the store")?;
    let id = MeetingId::from_uuid(args.meeting);
    let meeting = model
        .meetings
        .get(&id)
        .with_context(|| format!("no meeting {id} in the store"))?;
    let info = meeting
        .state
        .info()
        .with_context(|| format!("meeting {id} was never scheduled"))?;
    let partnership = model
        .partnerships
        .get(&info.partnership_id)
        .with_context(|| format!("the partnership of meeting {id} is missing"))?;
    let forum = partnership
        .state
        .forum(info.forum_id)
        .with_context(|| format!("the forum of meeting {id} is missing"))?;
    let public = args.as_public;
    let markdown = render_markdown(
        &meeting.state,
        forum.name.as_str(),
        partnership.state.time_zone(),
        &forum.minutes_template,
        |item| !public || item.visibility == Visibility::Open,
    );
    match args.format {
        MinutesFormat::Markdown => print!("{markdown}"),
        MinutesFormat::Html => print!("{}", markdown_to_html(&markdown)),
    }
    Ok(())
}
