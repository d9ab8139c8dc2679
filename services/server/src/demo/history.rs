//! The demo's past, made through the API like the rest: a meeting twelve weeks ago whose
//! decision approved two initiatives, the money allocated to them from the pool, their first
//! status reports (three lights each) and an open follow-up for Vejle Kommune.

use chrono::{Duration, Utc};
use serde_json::json;
use uuid::Uuid;

use super::{Client, at};

/// The ids and tokens the past is made with.
pub(super) struct Cast<'a> {
    pub partnership: Uuid,
    pub forum: Uuid,
    pub pool: Uuid,
    pub admin: &'a str,
    pub secretariat: &'a str,
    /// Lead organisations with a token of someone acting for each: (organisation, token).
    pub leads: [(Uuid, &'a str); 2],
}

/// An initiative of the demo: title, requested and granted kroner, lights, report.
const INITIATIVES: [(&str, &str, &str, [&str; 3], &str); 2] = [
    (
        "Træning og trivsel for borgere med KOL",
        "800000",
        "650000",
        ["GREEN", "GREEN", "YELLOW"],
        "Holdene i Kolding er fyldt op; en ergoterapeut mangler fra foråret.",
    ),
    (
        "FLUS – fælles læringsforløb for unge med angst",
        "600000",
        "450000",
        ["YELLOW", "RED", "GREEN"],
        "Rekrutteringen er forsinket; styregruppen foreslår en ny tidsplan.",
    ),
];

pub(super) async fn create(client: &Client, cast: &Cast<'_>) -> anyhow::Result<()> {
    let today = Utc::now().date_naive();
    let day = today - Duration::weeks(12);
    let meeting = Uuid::now_v7();
    let item = Uuid::now_v7();
    let secretariat = cast.secretariat;
    client
        .mutate(
            secretariat,
            "scheduleMeeting",
            json!({ "meetingId": meeting, "forumId": cast.forum, "startsAt": at(day, 13, 0),
                    "endsAt": at(day, 15, 0), "mode": "IN_PERSON",
                    "location": { "room": "Mødelokale 2", "address": "Kolding Rådhus, Akseltorv 1, 6000 Kolding" } }),
        )
        .await?;
    let recommendations = format!(
        "Det indstilles, at Fagligt Strategisk Niveau\n\n1. Godkender ansøgningen om {}\n2. Godkender ansøgningen om {}",
        INITIATIVES[0].0, INITIATIVES[1].0
    );
    client
        .mutate(
            secretariat,
            "proposeAgendaItem",
            json!({ "meetingId": meeting, "itemId": item, "title": "Ansøgninger til klyngemidlerne",
                    "kind": "DECISION", "caseReference": "EMN-2026-01234",
                    "sections": [{ "section": "RECOMMENDATIONS", "text": recommendations }] }),
        )
        .await?;
    for (name, input) in [
        (
            "acceptAgendaItem",
            json!({ "meetingId": meeting, "itemId": item }),
        ),
        ("publishAgenda", json!({ "meetingId": meeting })),
        ("openMeeting", json!({ "meetingId": meeting })),
        (
            "takeUpItem",
            json!({ "meetingId": meeting, "itemId": item }),
        ),
        (
            "recordDecision",
            json!({ "meetingId": meeting, "itemId": item,
                    "text": "Begge ansøgninger blev godkendt med reducerede beløb.",
                    "outcomes": [{ "recommendation": 1, "outcome": "APPROVED_WITH_CHANGES" },
                                 { "recommendation": 2, "outcome": "APPROVED_WITH_CHANGES" }] }),
        ),
        (
            "assignFollowUp",
            json!({ "meetingId": meeting, "itemId": item, "ownerOrganizationId": cast.leads[1].0,
                    "description": "Sende en revideret tidsplan for FLUS til sekretariatet",
                    "due": today + Duration::weeks(2) }),
        ),
        ("adjournMeeting", json!({ "meetingId": meeting })),
        ("approveMinutes", json!({ "meetingId": meeting })),
    ] {
        client.mutate(secretariat, name, input).await?;
    }
    for (n, ((lead, lead_token), (title, requested, granted, lights, report))) in
        cast.leads.iter().zip(INITIATIVES).enumerate()
    {
        let initiative = Uuid::now_v7();
        let decision = json!({ "meetingId": meeting, "itemId": item, "recommendation": n + 1 });
        client
            .mutate(
                lead_token,
                "proposeInitiative",
                json!({ "initiativeId": initiative, "partnershipId": cast.partnership, "title": title,
                        "responsibleForumId": cast.forum, "leadOrganizationIds": [lead],
                        "period": { "start": day, "end": day + Duration::weeks(104) },
                        "requested": { "amount": requested } }),
            )
            .await?;
        client
            .mutate(
                secretariat,
                "approveInitiative",
                json!({ "initiativeId": initiative, "decision": decision,
                        "granted": { "amount": granted } }),
            )
            .await?;
        client
            .mutate(
                secretariat,
                "startInitiative",
                json!({ "initiativeId": initiative, "startedOn": day + Duration::weeks(2) }),
            )
            .await?;
        client
            .mutate(
                cast.admin,
                "allocateFunds",
                json!({ "fundPoolId": cast.pool, "initiativeId": initiative, "decision": decision,
                        "requested": { "amount": requested }, "granted": { "amount": granted },
                        "year": 2026 }),
            )
            .await?;
        let light = |l: &str| json!({ "light": l });
        client
            .mutate(
                lead_token,
                "reportStatus",
                json!({ "initiativeId": initiative, "asOf": today - Duration::days(3),
                        "activities": light(lights[0]), "schedule": light(lights[1]),
                        "resources": light(lights[2]), "summary": report }),
            )
            .await?;
    }
    Ok(())
}
