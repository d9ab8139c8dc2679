//! The worlds the leak and authorization tests run in: partnerships, forums and seats for
//! every kind of caller a rule has to tell apart, and canaries that must never reach the
//! wrong reader.
//!
//! - [`Outsiders`]: people of the partnership with no seat in its forum who might pass for one;
//! - [`Callers`]: every kind of caller of a forum, for the authorization matrix;
//! - [`ClosedItems`]: closed items whose every text field carries a [`Canary`], and the
//!   [`Reader`]s outside the forum who must not see them.

mod closed_items;

use serde_json::json;
use uuid::Uuid;

use crate::Server;
use crate::cluster::{Cluster, Person, appoint, id, mutate, run, seat};

pub use closed_items::ClosedItems;

/// People of a [`Cluster`]'s partnership without a seat in its forum who might pass for one:
/// they are seated in a second forum of the partnership, for the region.
pub struct Outsiders {
    /// The second forum ("Temaudvalg", operational).
    pub forum: Uuid,
    /// The region's secretariat of the second forum.
    pub elsewhere_secretariat: Person,
    /// Seated in the cluster's forum for the municipality and in the second forum for the
    /// region, acting with a token naming the region (the organisation of their other seat).
    pub other_hat: Person,
}

impl Outsiders {
    /// Creates the second forum and the seats.
    pub async fn create(server: &Server, c: &Cluster) -> Outsiders {
        let data = run(server, &c.admin,
            "mutation($p: ID!) { createForum(input: {partnershipId: $p, name: \"Temaudvalg\", level: OPERATIONAL}) { forum { id } } }",
            json!({"p": c.partnership})).await;
        let forum = id(&data["createForum"]["forum"]["id"]);
        let (p, admin) = (c.partnership, &c.admin);
        let (elsewhere_secretariat, _) = seat(
            server,
            admin,
            p,
            forum,
            c.region,
            "Ane Andersen",
            "SECRETARIAT",
        )
        .await;
        let hat = Uuid::now_v7();
        let name = "Jonas Kragh";
        appoint(
            server,
            admin,
            p,
            c.forum,
            hat,
            name,
            c.municipality,
            "MEMBER",
        )
        .await;
        appoint(server, admin, p, forum, hat, name, c.region, "MEMBER").await;
        Outsiders {
            forum,
            elsewhere_secretariat,
            other_hat: Person {
                id: hat,
                organization: c.region,
                token: server.token(hat, c.region),
            },
        }
    }
}

/// Every kind of caller of a [`Cluster`]'s forum besides its chair, secretariat and member.
pub struct Callers {
    /// A partnership administrator (appointed, not an operator), acting for the region.
    pub admin: Person,
    /// Co-chair of the forum (general practice, PLO).
    pub co_chair: Person,
    /// Observer in the forum (patient association, a member organisation).
    pub observer: Person,
    /// The member of another partnership's forum, acting for its own organisation.
    pub other: Person,
    /// People of the partnership seated in another of its forums.
    pub outsiders: Outsiders,
    /// The token of another partnership's administrator naming this partnership's region.
    pub foreign_admin: String,
    /// The cluster member's token, expired an hour ago.
    pub expired: String,
}

impl Callers {
    /// Creates another partnership, two more organisations with a co-chair and an observer,
    /// an administrator and the [`Outsiders`].
    pub async fn create(server: &Server, c: &Cluster) -> Callers {
        let other_cluster = Cluster::create(server).await;
        let (plo, patients) = (Uuid::now_v7(), Uuid::now_v7());
        let p = c.partnership;
        for (org, name, kind) in [
            (plo, "PLO Syddanmark", "GENERAL_PRACTICE"),
            (patients, "Danske Patienter", "PATIENT_ASSOCIATION"),
        ] {
            mutate(
                server,
                &c.admin,
                "registerOrganization",
                json!({"partnershipId": p, "organizationId": org, "name": name, "kind": kind}),
            )
            .await;
        }
        let (co_chair, _) = seat(
            server,
            &c.admin,
            p,
            c.forum,
            plo,
            "CO_CHAIR person",
            "CO_CHAIR",
        )
        .await;
        let (observer, _) = seat(
            server,
            &c.admin,
            p,
            c.forum,
            patients,
            "OBSERVER person",
            "OBSERVER",
        )
        .await;
        let admin_id = Uuid::now_v7();
        mutate(
            server,
            &c.admin,
            "appointAdministrator",
            json!({"partnershipId": p, "personId": admin_id}),
        )
        .await;
        let admin = Person {
            id: admin_id,
            organization: c.region,
            token: server.token(admin_id, c.region),
        };
        let expired = server.token_args(c.member.id, c.municipality, &["--ttl=-3600"]);
        let outsiders = Outsiders::create(server, c).await;
        let foreign_admin = server.token(other_cluster.admin.id, c.region);
        let other = other_cluster.member.clone();
        assert_ne!(other.organization, c.municipality);
        Callers {
            admin,
            co_chair,
            observer,
            other,
            outsiders,
            foreign_admin,
            expired,
        }
    }
}

/// One run's canary: every closed text field gets `KEY-<tag>`; case references (which must
/// look like `EMN-YYYY-NNNNN`) get unique numbers and are canaries too.
pub struct Canary {
    /// The key every text canary starts with.
    pub key: String,
    /// Case references that are canaries.
    pub case_refs: Vec<String>,
}

impl Canary {
    /// A canary no other run uses.
    #[allow(clippy::new_without_default)]
    pub fn new() -> Self {
        let key = format!(
            "CNRY{}",
            &Uuid::new_v4().simple().to_string()[..12].to_ascii_uppercase()
        );
        let seed = Uuid::new_v4().as_u128();
        let case_refs = (0..4)
            .map(|i| format!("EMN-2031-{:010}", (seed >> (i * 32)) as u32))
            .collect();
        Canary { key, case_refs }
    }

    /// The canary text tagged `tag`.
    pub fn c(&self, tag: &str) -> String {
        format!("{}-{tag}", self.key)
    }

    /// Which canary (if any) occurs in `text`, case-insensitively, with some context.
    pub fn found(&self, text: &str) -> Option<String> {
        let lower = text.to_ascii_lowercase();
        std::iter::once(&self.key)
            .chain(&self.case_refs)
            .find_map(|needle| {
                let at = lower.find(&needle.to_ascii_lowercase())?;
                let start = at.saturating_sub(200);
                let end = (at + 200).min(text.len());
                let (start, end) = (floor(text, start), floor(text, end));
                Some(format!("`{needle}` in …{}…", &text[start..end]))
            })
    }
}

fn floor(text: &str, mut i: usize) -> usize {
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// A reader: a label, a token (none for the anonymous public).
#[derive(Clone)]
pub struct Reader {
    /// Who this is, for reports.
    pub label: &'static str,
    /// Their token; `None` for the anonymous public.
    pub token: Option<String>,
}
