//! The authorization matrix: every mutation of the schema × every kind of caller, with the
//! exact outcome each must get (`OK` or the error code).
//!
//! Callers: a platform operator (who created the partnership and so administers it), a
//! partnership administrator who is not an operator, the forum's chair, co-chair, secretariat,
//! member and observer, a person of another organisation (seated in a *different*
//! partnership, acting for their own organisation), the region's secretariat of *another*
//! forum of the partnership, a person seated in the forum for the municipality who acts with a
//! token naming the region (the organisation of their other seat), the administrator of
//! another partnership with a token naming this partnership's region, an expired token of a
//! seated member, and no token at all.
//!
//! The expected outcomes are the domain's permission rules (`services/domain/src/actor.rs` and
//! the deciders). The list of mutations comes from the running server by introspection, so a
//! new mutation without a row here fails the test.
//!
//! For every mutation the fixture brings the system to a state where the command succeeds for
//! an authorized caller. The refused attempts run first against one such target (a refusal
//! changes nothing); every authorized caller then gets a fresh target of its own, so each
//! attempt tests permission and not state. All mismatches are reported together, as a table.
#![allow(clippy::unwrap_used)]

use std::collections::BTreeSet;
use std::fmt::Write as _;

use samraad_tests::Server;
use samraad_tests::cluster::{Cluster, Person, mutate, mutation_document};
use samraad_tests::introspection::mutation_names;
use serde_json::{Value, json};
use uuid::Uuid;

use fixture::Fixture;

mod fixture;
mod targets;

/// Who attempts the command.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Actor {
    /// Platform operator; created the partnership and administers it.
    Operator,
    /// Partnership administrator (appointed, not an operator), acting for the region.
    Admin,
    /// Chair of the forum (region).
    Chair,
    /// Co-chair of the forum (general practice, PLO).
    CoChair,
    /// Secretariat of the forum (region).
    Secretariat,
    /// Member of the forum (municipality); proposes the items, leads the initiatives, owns
    /// the follow-ups.
    Member,
    /// Observer in the forum (patient association, a member organisation).
    Observer,
    /// Seated in another partnership's forum, acting for its own organisation.
    OtherOrg,
    /// The region's secretariat of another forum of the partnership (no seat in this one).
    ElsewhereSecretariat,
    /// Seated in the forum for the municipality, acting with a token for the region (the
    /// organisation of their seat in another forum).
    OtherHat,
    /// Administrator of another partnership, with a token naming this partnership's region.
    ForeignAdmin,
    /// The member's token, expired an hour ago.
    Expired,
    /// No `Authorization` header.
    NoToken,
}

use Actor::*;

const ACTORS: [Actor; 13] = [
    Operator,
    Admin,
    Chair,
    CoChair,
    Secretariat,
    Member,
    Observer,
    OtherOrg,
    ElsewhereSecretariat,
    OtherHat,
    ForeignAdmin,
    Expired,
    NoToken,
];

impl Actor {
    fn name(self) -> &'static str {
        match self {
            Operator => "operator",
            Admin => "admin",
            Chair => "chair",
            CoChair => "co_chair",
            Secretariat => "secretariat",
            Member => "member",
            Observer => "observer",
            OtherOrg => "other_org",
            ElsewhereSecretariat => "elsewhere_secretariat",
            OtherHat => "other_hat",
            ForeignAdmin => "foreign_admin",
            Expired => "expired",
            NoToken => "no_token",
        }
    }
}

/// The callers a mutation accepts. Every other authenticated caller gets `FORBIDDEN`; an
/// expired or missing token gets `UNAUTHENTICATED`.
type Allowed = &'static [Actor];

/// Creating partnerships: platform operators.
const OPERATORS: Allowed = &[Operator];
/// Partnership structure: administrators.
const ADMINS: Allowed = &[Operator, Admin];
/// Managing the agenda and running the meeting: chair, co-chair, secretariat of the forum.
const RUNS_FORUM: Allowed = &[Chair, CoChair, Secretariat];
/// Scheduling a meeting: those who run the forum, or an administrator.
const SCHEDULERS: Allowed = &[Operator, Admin, Chair, CoChair, Secretariat];
/// Proposing items and initiatives: any person acting for a member organisation.
const MEMBER_ORGS: Allowed = &[
    Operator,
    Admin,
    Chair,
    CoChair,
    Secretariat,
    Member,
    Observer,
    ElsewhereSecretariat,
    OtherHat,
];
/// Editing an item: non-observer seats in the forum, or the proposing organisation (the
/// member's municipality).
const CONTRIBUTORS: Allowed = &[Chair, CoChair, Secretariat, Member];
/// Withdrawing an item: the proposing organisation (member), or those who run the forum.
const PROPOSER_OR_RUNS: Allowed = &[Chair, CoChair, Secretariat, Member];
/// Closing a follow-up: the owner organisation (member), or those who run the forum.
const OWNER_OR_RUNS: Allowed = &[Chair, CoChair, Secretariat, Member];
/// Status reports: the lead organisation (member) or a non-observer seat in the responsible
/// forum.
const LEAD_OR_FORUM: Allowed = &[Chair, CoChair, Secretariat, Member];
/// Initiative lifecycle: administrator, secretariat of any forum, or chair/co-chair/secretariat
/// of the responsible forum.
const INITIATIVE_MANAGERS: Allowed = &[
    Operator,
    Admin,
    Chair,
    CoChair,
    Secretariat,
    ElsewhereSecretariat,
];
/// Fund pools: administrator or a secretariat seat in any forum of the partnership.
const FUND_MANAGERS: Allowed = &[Operator, Admin, Secretariat, ElsewhereSecretariat];

/// One row per mutation: who may run it.
const MATRIX: &[(&str, Allowed)] = &[
    ("createPartnership", OPERATORS),
    ("appointAdministrator", ADMINS),
    ("registerOrganization", ADMINS),
    ("createForum", ADMINS),
    ("appointMember", ADMINS),
    ("endMembership", ADMINS),
    ("setMinutesTemplate", ADMINS),
    ("scheduleMeeting", SCHEDULERS),
    ("rescheduleMeeting", RUNS_FORUM),
    ("cancelMeeting", RUNS_FORUM),
    ("proposeAgendaItem", MEMBER_ORGS),
    ("editAgendaItem", CONTRIBUTORS),
    ("changeAgendaItemDetails", CONTRIBUTORS),
    ("attachDocument", CONTRIBUTORS),
    ("acceptAgendaItem", RUNS_FORUM),
    ("rejectAgendaItem", RUNS_FORUM),
    ("reorderAgenda", RUNS_FORUM),
    ("withdrawAgendaItem", PROPOSER_OR_RUNS),
    ("postponeAgendaItem", RUNS_FORUM),
    ("publishAgenda", RUNS_FORUM),
    ("openMeeting", RUNS_FORUM),
    ("recordAttendance", RUNS_FORUM),
    ("takeUpItem", RUNS_FORUM),
    ("recordDecision", RUNS_FORUM),
    ("correctDecision", RUNS_FORUM),
    ("assignFollowUp", RUNS_FORUM),
    ("completeFollowUp", OWNER_OR_RUNS),
    ("dropFollowUp", OWNER_OR_RUNS),
    ("adjournMeeting", RUNS_FORUM),
    ("approveMinutes", RUNS_FORUM),
    ("importMinutes", RUNS_FORUM),
    ("proposeInitiative", MEMBER_ORGS),
    ("approveInitiative", INITIATIVE_MANAGERS),
    ("startInitiative", INITIATIVE_MANAGERS),
    ("reportStatus", LEAD_OR_FORUM),
    ("extendInitiative", INITIATIVE_MANAGERS),
    ("completeInitiative", INITIATIVE_MANAGERS),
    ("stopInitiative", INITIATIVE_MANAGERS),
    ("createFundPool", FUND_MANAGERS),
    ("receiveGrant", FUND_MANAGERS),
    ("allocateFunds", FUND_MANAGERS),
    ("transferFunds", FUND_MANAGERS),
    ("returnFunds", FUND_MANAGERS),
    ("recordIncome", FUND_MANAGERS),
    ("recordExpense", FUND_MANAGERS),
];

fn expected(actor: Actor, allowed: Allowed) -> &'static str {
    match actor {
        // An administrator is accepted only for organisations registered where they
        // administer: the token is refused before any mutation is looked at.
        Expired | NoToken | ForeignAdmin => "UNAUTHENTICATED",
        a if allowed.contains(&a) => "OK",
        _ => "FORBIDDEN",
    }
}

/// The GraphQL document of a mutation, selecting only `__typename`.
fn document(mutation: &str) -> String {
    mutation_document(mutation, "__typename")
}

fn new_id() -> String {
    Uuid::now_v7().to_string()
}

fn money(amount: &str) -> Value {
    json!({"amount": amount, "currency": "DKK"})
}

const ONE_RECOMMENDATION: &str =
    "Det indstilles, at Fagligt Strategisk Niveau\n1. Godkender oplægget";
struct Mismatch {
    mutation: &'static str,
    actor: Actor,
    expected: &'static str,
    got: String,
    message: String,
}

#[tokio::test]
async fn every_mutation_answers_every_caller_with_the_expected_code() {
    let started = std::time::Instant::now();
    let fx = Fixture::create().await;

    // The matrix covers exactly the schema's mutations.
    let in_schema = mutation_names(&fx.server, &fx.c.member.token).await;
    let in_matrix: BTreeSet<String> = MATRIX.iter().map(|(m, _)| m.to_string()).collect();
    assert_eq!(
        MATRIX.len(),
        in_matrix.len(),
        "a mutation has two rows in the matrix"
    );
    let missing: Vec<_> = in_schema.difference(&in_matrix).collect();
    let stale: Vec<_> = in_matrix.difference(&in_schema).collect();
    assert!(
        missing.is_empty() && stale.is_empty(),
        "the authorization matrix must cover exactly the schema's mutations\n\
         mutations without a row: {missing:?}\nrows for mutations not in the schema: {stale:?}"
    );

    let mut mismatches = Vec::new();
    let mut table = String::new();
    let _ = write!(table, "{:<24}", "");
    for actor in ACTORS {
        let _ = write!(table, " {:>11}", actor.name());
    }
    table.push('\n');
    let mut attempts = 0;
    for &(mutation, allowed) in MATRIX {
        let mut got_row: Vec<String> = vec![String::new(); ACTORS.len()];
        // Refusals first, all against one target (a refusal changes nothing) ...
        let shared = fx.target(mutation).await;
        let refused = ACTORS
            .iter()
            .enumerate()
            .filter(|(_, a)| expected(**a, allowed) != "OK");
        let accepted = ACTORS
            .iter()
            .enumerate()
            .filter(|(_, a)| expected(**a, allowed) == "OK");
        let mut outcomes = Vec::new();
        for (i, &actor) in refused {
            outcomes.push((i, actor, fx.attempt(actor, mutation, shared.clone()).await));
        }
        // ... then each authorized caller on a fresh target of its own.
        for (i, &actor) in accepted {
            let input = fx.target(mutation).await;
            outcomes.push((i, actor, fx.attempt(actor, mutation, input).await));
        }
        for (i, actor, (got, message)) in outcomes {
            attempts += 1;
            let want = expected(actor, allowed);
            got_row[i] = if got == want {
                got.clone()
            } else {
                format!("{got}≠{want}")
            };
            if got != want {
                mismatches.push(Mismatch {
                    mutation,
                    actor,
                    expected: want,
                    got,
                    message,
                });
            }
        }
        let _ = write!(table, "{mutation:<24}");
        for cell in got_row {
            let cell = match cell.as_str() {
                "UNAUTHENTICATED" => "UNAUTH".to_string(),
                _ => cell,
            };
            let _ = write!(table, " {cell:>11}");
        }
        table.push('\n');
    }
    eprintln!(
        "authorization matrix: {} mutations × {} callers = {attempts} attempts in {:.1?}\n{table}",
        MATRIX.len(),
        ACTORS.len(),
        started.elapsed()
    );

    let mut report = String::new();
    for m in &mismatches {
        let _ = writeln!(
            report,
            "{:<24} {:<12} expected {:<16} got {:<16} {}",
            m.mutation,
            m.actor.name(),
            m.expected,
            m.got,
            m.message
        );
    }
    assert!(
        mismatches.is_empty(),
        "{} of {attempts} attempts answered differently than the permission rules say:\n\
         {report}\nfull matrix (got≠expected):\n{table}",
        mismatches.len()
    );
}

/// The tenant boundary of commands that name a partnership *and* a forum: an administrator
/// (or member organisation) of partnership B may not act on partnership A's forum by naming
/// B as the partnership. The forum is not one of B's forums, so the answer is `NOT_FOUND`, as
/// for `appointMember` in B with A's forum.
#[tokio::test]
async fn naming_another_partnerships_forum_is_refused() {
    let server = Server::start();
    let a = Cluster::create(&server).await;
    let b = Cluster::create(&server).await;
    // A plain (non-operator) administrator of B.
    let b_admin = Uuid::now_v7();
    mutate(
        &server,
        &b.admin,
        "appointAdministrator",
        json!({"partnershipId": b.partnership, "personId": b_admin}),
    )
    .await;
    let b_admin = Person {
        id: b_admin,
        organization: b.region,
        token: server.token(b_admin, b.region),
    };
    let attempt = async |who: &Person, mutation: &str, input: Value| {
        let (status, body) = server
            .post(Some(&who.token), &document(mutation), json!({ "i": input }))
            .await;
        match body["errors"].get(0) {
            None if status == 200 => "OK".to_string(),
            None => format!("HTTP {status}"),
            Some(e) => e["extensions"]["code"].as_str().unwrap_or("").to_string(),
        }
    };
    let cases = [
        (
            "appointMember (B admin, B partnership, A forum)",
            attempt(
                &b_admin,
                "appointMember",
                json!({"partnershipId": b.partnership, "forumId": a.forum, "personId": new_id(),
                       "personName": "Indtrænger", "organizationId": b.region, "role": "CHAIR"}),
            )
            .await,
        ),
        (
            "scheduleMeeting (B admin, B partnership, A forum)",
            attempt(
                &b_admin,
                "scheduleMeeting",
                json!({"partnershipId": b.partnership, "forumId": a.forum,
                       "title": "Ekstraordinært møde", "startsAt": "2025-11-26T13:30:00Z",
                       "endsAt": "2025-11-26T16:30:00Z", "onlineLink": "https://teams.example/x"}),
            )
            .await,
        ),
        (
            "proposeInitiative (B member, B partnership, A forum responsible)",
            attempt(
                &b.member,
                "proposeInitiative",
                json!({"partnershipId": b.partnership, "title": "Fremmed indsats",
                       "responsibleForumId": a.forum, "leadOrganizationIds": [b.municipality],
                       "period": {"start": "2025-01-01", "end": "2026-12-31"},
                       "requested": money("100000.00")}),
            )
            .await,
        ),
    ];
    let calendar = server
        .gql(
            &a.member.token,
            "query($f: ID!) { forum(id: $f) { calendar { id partnershipId title } } }",
            json!({"f": a.forum}),
        )
        .await;
    let wrong: Vec<String> = cases
        .iter()
        .filter(|(_, got)| got != "NOT_FOUND")
        .map(|(case, got)| format!("{case}: expected NOT_FOUND, got {got}"))
        .collect();
    assert!(
        wrong.is_empty(),
        "partnership B reached into partnership A:\n{}\nA's forum calendar now: {}",
        wrong.join("\n"),
        calendar["forum"]["calendar"]
    );
}
