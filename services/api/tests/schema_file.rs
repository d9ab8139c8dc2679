//! `schema/schema.graphql` is generated from the code; this test fails when it is stale.
//! Regenerate with `SAMRAAD_UPDATE_SCHEMA=1 cargo test -p samraad-api --test schema_file`.
#![allow(clippy::unwrap_used)]

use std::path::Path;

#[test]
fn schema_file_matches_the_code() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../schema/schema.graphql");
    let generated = samraad_api::schema::sdl();
    if std::env::var_os("SAMRAAD_UPDATE_SCHEMA").is_some() {
        std::fs::write(&path, &generated).unwrap();
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == generated,
        "schema/schema.graphql is stale: run `SAMRAAD_UPDATE_SCHEMA=1 cargo test -p samraad-api --test schema_file` and commit it"
    );
}
