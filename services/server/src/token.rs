//! `samraad token`: mint a development token.

use anyhow::Context;
use samraad_api::auth::DevKey;
use uuid::Uuid;

use crate::cli::TokenArgs;

/// Prints a token for the person and organisation (generated when omitted) to stdout; the
/// ids go to stderr so `TOKEN=$(samraad token …)` captures just the token.
pub fn run(args: TokenArgs) -> anyhow::Result<()> {
    let key = DevKey::load_or_create(&args.data_dir).context("development signing key")?;
    let person = args.person.unwrap_or_else(Uuid::now_v7);
    let organization = args.organization.unwrap_or_else(Uuid::now_v7);
    let token = key
        .mint(person, organization, args.ttl, args.operator)
        .context("minting the token")?;
    eprintln!("person {person}\norganization {organization}");
    println!("{token}");
    Ok(())
}
