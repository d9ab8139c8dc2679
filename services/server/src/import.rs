//! `samraad import FILE…`: minutes into the store the server uses, through the command
//! service (the same rules and events as live use). Creates the partnership, the importing
//! organisation, the forum and the importer's secretariat seat when missing, each matched by
//! name first. One document is one meeting, stored whole or not at all; a document imported
//! before appends nothing.

use std::path::Path;
use std::sync::Arc;
use std::time::Instant;

use anyhow::Context;
use indicatif::{ProgressBar, ProgressStyle};
use samraad_app::import::{ImportOptions, ImportReport, derive_command, import_minutes};
use samraad_app::{CommandService, Issuer};
use samraad_domain::partnership::{self as pd, OrganizationKind, Partnership, PartnershipCommand};
use samraad_domain::{Name, OrganizationId, PartnershipId, PersonId, StreamKind, TimeZone};
use samraad_projections::ReadModel;
use uuid::Uuid;

use crate::cli::ImportArgs;

/// The importer's person id when none is given: one fixed id, so every import run by the
/// command line is the same person in the audit.
pub const IMPORTER: Uuid = Uuid::from_u128(0x5341_4d52_0000_4000_8000_696d_706f_7274);

/// Imports the files and prints a summary per file; fails when any file was not imported.
pub async fn run(args: ImportArgs) -> anyhow::Result<()> {
    let _lock = match (&args.store.database_url, args.dry_run) {
        (None, false) => Some(crate::lock::DataDirLock::acquire(
            &args.store.data_dir,
            "samraad import",
        )?),
        _ => None,
    };
    let store = crate::store::open(&args.store).await?;
    if !args.dry_run {
        samraad_app::backfill_id_index(store.as_ref()).await?;
    }
    let model = samraad_projections::rebuild(store.as_ref(), |_, _| {})
        .await
        .context("reading the store")?;
    let service = CommandService::new(Arc::clone(&store));
    let mut importer = Importer {
        service: &service,
        model,
        person: PersonId::from_uuid(args.person.unwrap_or(IMPORTER)),
        person_name: Name::parse(&args.person_name).context("--person-name")?,
        organization: Name::parse(&args.organization).context("--organization")?,
        time_zone: TimeZone::parse(&args.time_zone).context("--time-zone")?,
        partnership: args.partnership.clone(),
        dry_run: args.dry_run,
    };
    let bar = ProgressBar::new(args.files.len() as u64);
    bar.set_style(
        ProgressStyle::with_template("{bar:40} {pos}/{len} documents ({per_sec}) {msg}")
            .unwrap_or_else(|_| ProgressStyle::default_bar()),
    );
    let started = Instant::now();
    let (mut imported, mut failed, mut events) = (0usize, 0usize, 0u64);
    for file in &args.files {
        bar.set_message(file.display().to_string());
        match importer.file(file).await {
            Ok(report) => {
                imported += 1;
                events += report.events;
                for warning in &report.warnings {
                    bar.suspend(|| {
                        eprintln!(
                            "{}:{}: warning: {}",
                            file.display(),
                            warning.line,
                            warning.message
                        );
                    });
                }
                // (`println` of a hidden bar — output not a terminal — prints nothing.)
                bar.suspend(|| println!("{}", summary(file, &report, args.dry_run)));
            }
            Err(err) => {
                failed += 1;
                bar.suspend(|| eprintln!("{}: error: {err:#}", file.display()));
            }
        }
        bar.inc(1);
    }
    bar.finish_and_clear();
    let seconds = started.elapsed().as_secs_f64().max(1e-9);
    println!(
        "{imported} of {} documents {}, {events} events, in {seconds:.2} s \
         ({:.1} documents/s, {:.0} events/s)",
        args.files.len(),
        if args.dry_run {
            "read (dry run: nothing stored)"
        } else {
            "imported"
        },
        imported as f64 / seconds,
        events as f64 / seconds,
    );
    if failed > 0 {
        anyhow::bail!("{failed} document(s) not imported; each left the store as it was");
    }
    Ok(())
}

struct Importer<'a> {
    service: &'a CommandService,
    model: ReadModel,
    person: PersonId,
    person_name: Name,
    organization: Name,
    time_zone: TimeZone,
    partnership: Option<String>,
    dry_run: bool,
}

impl Importer<'_> {
    async fn file(&mut self, file: &Path) -> anyhow::Result<ImportReport> {
        let size = std::fs::metadata(file)
            .context("cannot read the file")?
            .len();
        let limit = samraad_minutes::text::MAX_DOCUMENT_BYTES;
        if size > limit as u64 {
            return Err(samraad_minutes::ReadError::TooLarge {
                size: usize::try_from(size).unwrap_or(usize::MAX),
                limit,
            }
            .into());
        }
        let bytes = std::fs::read(file).context("cannot read the file")?;
        let (text, _) = samraad_minutes::text::decode(&bytes)?;
        let minutes = samraad_minutes::parse(&text)?;
        let name = match &self.partnership {
            Some(name) => name.clone(),
            None => partnership_of(&minutes.forum).to_owned(),
        };
        // Read and plan before anything is set up: a document that is not minutes, or holds
        // what the model cannot, creates nothing at all.
        let (partnership, organization) = self.partnership_named(&name, false).await?;
        let mut options = ImportOptions {
            person: self.person,
            organization,
            platform_operator: true,
            create_forum: true,
            seat_as: Some(self.person_name.clone()),
            dry_run: true,
        };
        let planned = import_minutes(self.service, partnership, &text, &options).await?;
        if self.dry_run {
            return Ok(planned);
        }
        self.partnership_named(&name, true).await?;
        options.dry_run = false;
        Ok(import_minutes(self.service, partnership, &text, &options).await?)
    }

    /// The partnership of this name and the importing organisation in it; with `create`,
    /// created when missing.
    async fn partnership_named(
        &mut self,
        name: &str,
        create: bool,
    ) -> anyhow::Result<(PartnershipId, OrganizationId)> {
        let wanted = name.trim().to_lowercase();
        let known = self
            .model
            .partnerships
            .iter()
            .find(|(_, p)| {
                p.state
                    .name()
                    .is_some_and(|n| n.as_str().to_lowercase() == wanted)
            })
            .map(|(id, _)| *id);
        let command = derive_command(PartnershipId::from_uuid(Uuid::nil()), "partnership", name);
        let id = known
            .unwrap_or_else(|| PartnershipId::from_uuid(CommandService::new_entity_id(command)));
        let state = self
            .service
            .state::<Partnership>(StreamKind::Partnership, id.as_uuid())
            .await?
            .state;
        let wanted_org = self.organization.as_str().to_lowercase();
        let registered = state
            .organizations()
            .find(|(_, o)| o.name.as_str().to_lowercase() == wanted_org)
            .map(|(id, _)| *id);
        // One id for the importing organisation in every partnership (organisation ids may
        // be registered in several), so one token of the importer reads them all.
        let nowhere = PartnershipId::from_uuid(Uuid::nil());
        let everywhere = derive_command(nowhere, "organization", self.organization.as_str());
        let register = derive_command(id, "organization", self.organization.as_str());
        let organization = registered.unwrap_or_else(|| {
            OrganizationId::from_uuid(CommandService::new_entity_id(everywhere))
        });
        if !create {
            return Ok((id, organization));
        }
        let issuer = |command_id| Issuer {
            command_id,
            correlation_id: command_id,
            person: self.person,
            organization,
            platform_operator: true,
            expected_version: None,
        };
        if state.id().is_none() {
            let create = PartnershipCommand::CreatePartnership(pd::CreatePartnership {
                partnership_id: id,
                name: Name::parse(name).context("the partnership's name")?,
                time_zone: Some(self.time_zone),
            });
            self.service
                .partnership(id, &issuer(command), create)
                .await?;
        }
        if registered.is_none() {
            let command = PartnershipCommand::RegisterOrganization(pd::RegisterOrganization {
                organization_id: organization,
                name: self.organization.clone(),
                kind: OrganizationKind::Other,
            });
            self.service
                .partnership(id, &issuer(register), command)
                .await
                .with_context(|| {
                    format!(
                        "registering {} in {name}: pass --person with the id of one of its \
                         administrators",
                        self.organization
                    )
                })?;
        }
        Ok((id, organization))
    }
}

/// The partnership a forum's name belongs to: up to " - " ("Sundhedsklynge Lillebælt -
/// Fagligt strategisk niveau" → "Sundhedsklynge Lillebælt"), else the whole name.
pub fn partnership_of(forum: &str) -> &str {
    forum.split_once(" - ").map_or(forum, |(p, _)| p).trim()
}

fn summary(file: &Path, r: &ImportReport, dry_run: bool) -> String {
    let c = &r.counts;
    let state = match (dry_run, r.already_imported) {
        (_, true) => "imported before: nothing appended".to_owned(),
        (true, false) => format!(
            "would be imported{}",
            if r.forum_created {
                ", with its forum"
            } else {
                ""
            }
        ),
        (false, false) => format!("{} events", r.events),
    };
    format!(
        "{}: meeting {} ({}, {}) — {} items, {} recommendations, {} decisions ({} outcomes \
         read), {} follow-ups, {} attachments, {} people ({} known), {} warnings — {state}",
        file.display(),
        r.meeting_id,
        r.forum,
        r.date,
        c.items,
        c.recommendations,
        c.decisions,
        c.outcomes,
        c.follow_ups,
        c.attachments,
        c.people,
        c.people_matched,
        r.warnings.len(),
    )
}
