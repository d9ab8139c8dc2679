//! `samraad rebuild`: fold the whole log into fresh read models, with a progress bar, and
//! report what they hold. Every stored event must decode; the first that does not is named.

use anyhow::Context;
use indicatif::{ProgressBar, ProgressStyle};

use crate::cli::StoreArgs;

/// Rebuilds the read models from position 0 and prints their counts.
pub async fn run(args: StoreArgs) -> anyhow::Result<()> {
    let store = crate::store::open(&args).await?;
    let head = store.head().await.context("reading the log's head")?;
    let bar = ProgressBar::new(head.0);
    bar.set_style(
        ProgressStyle::with_template("{bar:40} {pos}/{len} events ({per_sec}, eta {eta})")
            .unwrap_or_else(|_| ProgressStyle::default_bar()),
    );
    let model =
        samraad_projections::rebuild(store.as_ref(), |position, _| bar.set_position(position.0))
            .await
            .context("rebuilding the read models")?;
    bar.finish();
    println!("rebuilt to position {}", model.position);
    for (what, count) in model.counts() {
        println!("{what}: {count}");
    }
    Ok(())
}
