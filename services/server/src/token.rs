//! `samraad token`: mint a development token.

use anyhow::Context;
use samraad_api::auth::DevKey;
use uuid::Uuid;

use crate::cli::TokenArgs;

/// Prints a token for the person and organisation to stdout; an id generated because it was
/// omitted goes to stderr, so `TOKEN=$(samraad token …)` captures just the token.
pub fn run(args: TokenArgs) -> anyhow::Result<()> {
    let key = DevKey::load_or_create(&args.data_dir).context("development signing key")?;
    let person = args.person.unwrap_or_else(|| {
        let id = Uuid::now_v7();
        eprintln!("person {id}");
        id
    });
    let organization = args.organization.unwrap_or_else(|| {
        let id = Uuid::now_v7();
        eprintln!("organization {id}");
        id
    });
    let token = key
        .mint(person, organization, args.ttl, args.operator)
        .context("minting the token")?;
    println!("{token}");
    Ok(())
}
