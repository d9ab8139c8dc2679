//! `samraad demo`: a demonstration partnership on a running development server, through its
//! GraphQL API as any client would: four organisations, a forum with a chair, a secretariat
//! and two members, a fund pool with two grants, and next week's meeting with a draft agenda (one
//! item closed), with a past meeting that approved two initiatives now reporting status
//! (`history`). Prints a sign-in link for each person (development tokens signed with the
//! key in the data directory), so a newcomer can open the app as each of them.

use anyhow::{Context, bail};
use chrono::{DateTime, Duration, NaiveDate, NaiveTime, Utc};
use samraad_api::auth::DevKey;
use serde_json::{Value, json};
use uuid::Uuid;

use crate::cli::DemoArgs;

mod history;

/// A person of the demo and their token.
struct Person {
    name: &'static str,
    role: &'static str,
    organization: Uuid,
    id: Uuid,
    token: String,
}

struct Client {
    http: reqwest::Client,
    url: String,
}

impl Client {
    /// Runs a mutation or query as `token`; an error of the API is an error here.
    async fn run(&self, token: &str, query: &str, variables: Value) -> anyhow::Result<Value> {
        let response = self
            .http
            .post(format!("{}/graphql", self.url))
            .bearer_auth(token)
            .json(&json!({ "query": query, "variables": variables }))
            .send()
            .await
            .with_context(|| format!("cannot reach the server at {} (is it running?)", self.url))?;
        let body: Value = response.json().await.context("the server's answer")?;
        if let Some(error) = body["errors"].get(0) {
            bail!(
                "{} ({})",
                error["message"].as_str().unwrap_or("error"),
                error["extensions"]["code"].as_str().unwrap_or("?")
            );
        }
        Ok(body["data"].clone())
    }

    async fn mutate(&self, token: &str, name: &str, input: Value) -> anyhow::Result<Value> {
        let input_type = format!("{}{}Input", name[..1].to_uppercase(), &name[1..]);
        let query =
            format!("mutation($input: {input_type}!) {{ {name}(input: $input) {{ version }} }}");
        self.run(token, &query, json!({ "input": input }))
            .await
            .with_context(|| name.to_string())
    }
}

/// Creates the demo and prints who can sign in, and where.
pub async fn run(args: DemoArgs) -> anyhow::Result<()> {
    let key = DevKey::load_or_create(&args.data_dir).context("development signing key")?;
    let ttl = args.ttl;
    let mint = |person: Uuid, org: Uuid, operator: bool| {
        key.mint(person, org, ttl, operator)
            .context("minting a development token")
    };
    let client = Client {
        http: reqwest::Client::new(),
        url: args.url.trim_end_matches('/').to_owned(),
    };
    let region = Uuid::now_v7();
    let orgs = [
        (region, "Region Syddanmark", "REGION"),
        (Uuid::now_v7(), "Vejle Kommune", "MUNICIPALITY"),
        (Uuid::now_v7(), "Kolding Kommune", "MUNICIPALITY"),
        (Uuid::now_v7(), "PLO Syddanmark", "GENERAL_PRACTICE"),
    ];
    let admin = Uuid::now_v7();
    let admin_token = mint(admin, region, true)?;
    let partnership = Uuid::now_v7();
    client
        .mutate(
            &admin_token,
            "createPartnership",
            json!({ "partnershipId": partnership, "name": args.name, "timeZone": "Europe/Copenhagen" }),
        )
        .await?;
    for (id, name, kind) in orgs {
        client
            .mutate(
                &admin_token,
                "registerOrganization",
                json!({ "partnershipId": partnership, "organizationId": id, "name": name, "kind": kind }),
            )
            .await?;
    }
    let forum = Uuid::now_v7();
    client
        .mutate(
            &admin_token,
            "createForum",
            json!({ "partnershipId": partnership, "forumId": forum,
                    "name": "Fagligt Strategisk Niveau", "level": "STRATEGIC" }),
        )
        .await?;
    let mut people = Vec::new();
    for (name, role, organization) in [
        ("Hanne Andersen", "CHAIR", orgs[0].0),
        ("Mette Heidemann", "SECRETARIAT", orgs[0].0),
        ("Thomas Reintoft", "MEMBER", orgs[1].0),
        ("Kurt Æbelø", "MEMBER", orgs[2].0),
    ] {
        let id = Uuid::now_v7();
        client
            .mutate(
                &admin_token,
                "appointMember",
                json!({ "partnershipId": partnership, "forumId": forum, "personId": id,
                        "personName": name, "organizationId": organization, "role": role,
                        "validFrom": Utc::now().date_naive() }),
            )
            .await?;
        people.push(Person {
            name,
            role,
            organization,
            id,
            token: mint(id, organization, false)?,
        });
    }
    let secretariat = &people[1].token;
    let pool = Uuid::now_v7();
    client
        .mutate(
            &admin_token,
            "createFundPool",
            json!({ "fundPoolId": pool, "partnershipId": partnership, "name": "Klyngemidler" }),
        )
        .await?;
    for (year, amount) in [(2025, "1500000"), (2026, "1200000")] {
        client
            .mutate(
                &admin_token,
                "receiveGrant",
                json!({ "fundPoolId": pool, "year": year, "source": "Region og kommuner",
                        "amount": { "amount": amount } }),
            )
            .await?;
    }
    history::create(
        &client,
        &history::Cast {
            partnership,
            forum,
            pool,
            admin: &admin_token,
            secretariat,
            leads: [
                (people[3].organization, &people[3].token),
                (people[2].organization, &people[2].token),
            ],
        },
    )
    .await
    .context("the demo's past meeting and initiatives")?;
    let meeting = Uuid::now_v7();
    let day = Utc::now().date_naive() + Duration::days(7);
    let starts = at(day, 13, 30);
    client
        .mutate(
            secretariat,
            "scheduleMeeting",
            json!({ "meetingId": meeting, "forumId": forum, "startsAt": starts,
                    "mode": "HYBRID",
                    "location": { "room": "Mødelokale 6", "address": "Regionshuset, Damhaven 12, 7100 Vejle" },
                    "onlineLink": "https://teams.microsoft.com/l/meetup-join/demo" }),
        )
        .await?;
    let items = [
        (
            "Godkendelse af dagsorden",
            "APPROVAL",
            "OPEN",
            vec![(
                "RECOMMENDATIONS",
                "Det indstilles, at Fagligt Strategisk Niveau\n\n1. Godkender dagsordenen",
            )],
        ),
        (
            "Klyngemidler: status og honorering af almen praksis",
            "DECISION",
            "OPEN",
            vec![
                (
                    "SUMMARY",
                    "Status på klyngemidlerne og forslag om honorering af almen praksis.",
                ),
                (
                    "RECOMMENDATIONS",
                    "Det indstilles, at Fagligt Strategisk Niveau\n\n1. Tager orienteringen til efterretning\n2. Godkender honorering af almen praksis",
                ),
                (
                    "BACKGROUND",
                    "| Initiativ | Status |\n| --- | --- |\n| Træning og trivsel | Grøn |\n| FLUS | Gul |",
                ),
            ],
        ),
        (
            "Personsag",
            "DECISION",
            "CLOSED",
            vec![("SUMMARY", "Fortroligt: indstilling om ansættelse.")],
        ),
        ("Eventuelt", "ANY_OTHER_BUSINESS", "OPEN", Vec::new()),
    ];
    for (title, kind, visibility, sections) in items {
        let item = Uuid::now_v7();
        let sections: Vec<Value> = sections
            .into_iter()
            .map(|(section, text)| json!({ "section": section, "text": text }))
            .collect();
        client
            .mutate(
                secretariat,
                "proposeAgendaItem",
                json!({ "meetingId": meeting, "itemId": item, "title": title, "kind": kind,
                        "visibility": visibility, "sections": sections }),
            )
            .await?;
        client
            .mutate(
                secretariat,
                "acceptAgendaItem",
                json!({ "meetingId": meeting, "itemId": item }),
            )
            .await?;
    }
    client
        .mutate(
            &people[2].token,
            "proposeAgendaItem",
            json!({ "meetingId": meeting, "title": "Fælles kompetenceudvikling på børne- og ungeområdet",
                    "kind": "DISCUSSION",
                    "sections": [{ "section": "SUMMARY", "text": "Vejle Kommune foreslår en drøftelse." }] }),
        )
        .await?;
    if args.json {
        let list: Vec<Value> = people
            .iter()
            .map(|p| {
                json!({ "name": p.name, "role": p.role, "personId": p.id,
                             "organizationId": p.organization, "token": p.token })
            })
            .collect();
        let out = json!({ "partnershipId": partnership, "forumId": forum, "meetingId": meeting,
                          "fundPoolId": pool, "adminToken": admin_token, "people": list });
        println!("{out}");
        return Ok(());
    }
    println!("{} is ready. Sign in as:", args.name);
    for p in &people {
        println!(
            "  {} ({}): {}/meetings/{meeting}/agenda?token={}",
            p.name,
            p.role.to_lowercase(),
            client.url,
            p.token
        );
    }
    println!(
        "The public (open items only): {}/meetings/{meeting}",
        client.url
    );
    Ok(())
}

/// `day` at `hour:minute` UTC.
fn at(day: NaiveDate, hour: u32, minute: u32) -> DateTime<Utc> {
    day.and_time(NaiveTime::from_hms_opt(hour, minute, 0).unwrap_or_default())
        .and_utc()
}
