//! A ready-made partnership for black-box tests: a region and a municipality, a strategic
//! forum with a chair, a secretariat and a member, and a development token for each; and the
//! steps tests build on it with: running a mutation by name, seating a person.

use serde_json::{Value, json};
use uuid::Uuid;

use crate::Server;

/// One person acting for one organisation, with their token.
#[derive(Clone, Debug)]
pub struct Person {
    /// Person id.
    pub id: Uuid,
    /// Organisation id.
    pub organization: Uuid,
    /// Development token.
    pub token: String,
}

/// A partnership set up through the API.
pub struct Cluster {
    /// The partnership.
    pub partnership: Uuid,
    /// The strategic forum.
    pub forum: Uuid,
    /// Region Syddanmark.
    pub region: Uuid,
    /// Kolding Kommune.
    pub municipality: Uuid,
    /// The platform operator who created the partnership (its administrator).
    pub admin: Person,
    /// Chair of the forum (region).
    pub chair: Person,
    /// Secretariat of the forum (region).
    pub secretariat: Person,
    /// Member of the forum (municipality).
    pub member: Person,
}

/// The document `mutation($i: <Name>Input!) { <name>(input: $i) { <selection> } }`: every
/// mutation takes one `input: <Name>Input!`.
pub fn mutation_document(name: &str, selection: &str) -> String {
    let mut input_type = name.to_string();
    input_type[..1].make_ascii_uppercase();
    format!("mutation($i: {input_type}Input!) {{ {name}(input: $i) {{ {selection} }} }}")
}

/// Runs the mutation `name(input: $i) { version }` as `who`; returns its first error, or
/// `None` when it succeeded.
pub async fn try_mutation(
    server: &Server,
    who: &Person,
    name: &str,
    input: Value,
) -> Option<Value> {
    let query = mutation_document(name, "version");
    let (_, body) = server
        .post(Some(&who.token), &query, json!({"i": input}))
        .await;
    body["errors"].get(0).cloned()
}

/// Runs the mutation `name(input: $i) { <selection> }` as `who`, panicking unless it
/// succeeds; returns its payload.
pub async fn mutate_selecting(
    server: &Server,
    who: &Person,
    name: &str,
    input: Value,
    selection: &str,
) -> Value {
    let (status, body) = server
        .post(
            Some(&who.token),
            &mutation_document(name, selection),
            json!({"i": input}),
        )
        .await;
    assert!(
        status == 200 && body.get("errors").is_none(),
        "{name} failed ({status}): {body:#}\ninput: {input:#}"
    );
    body["data"][name].clone()
}

/// Runs the mutation `name(input: $i)` as `who`, panicking unless it succeeds; returns the
/// position of what it stored.
pub async fn mutate(server: &Server, who: &Person, name: &str, input: Value) -> String {
    let payload = mutate_selecting(server, who, name, input, "position").await;
    payload["position"].as_str().unwrap().to_string()
}

/// Seats `person` (called `name`) in `forum` of `partnership` for `organization` with `role`
/// from 2025-01-01, appointed by `admin`; returns the membership id.
#[allow(clippy::too_many_arguments)]
pub async fn appoint(
    server: &Server,
    admin: &Person,
    partnership: Uuid,
    forum: Uuid,
    person: Uuid,
    name: &str,
    organization: Uuid,
    role: &str,
) -> Uuid {
    let payload = mutate_selecting(
        server,
        admin,
        "appointMember",
        json!({"partnershipId": partnership, "forumId": forum, "personId": person,
               "personName": name, "organizationId": organization, "role": role,
               "validFrom": "2025-01-01"}),
        "membershipId",
    )
    .await;
    id(&payload["membershipId"])
}

/// A new person (called `name`) seated in `forum` for `organization` with `role`, with a
/// development token; and the membership id.
pub async fn seat(
    server: &Server,
    admin: &Person,
    partnership: Uuid,
    forum: Uuid,
    organization: Uuid,
    name: &str,
    role: &str,
) -> (Person, Uuid) {
    let person = Uuid::now_v7();
    let membership = appoint(
        server,
        admin,
        partnership,
        forum,
        person,
        name,
        organization,
        role,
    )
    .await;
    (
        Person {
            id: person,
            organization,
            token: server.token(person, organization),
        },
        membership,
    )
}

/// Runs `query` as `who` and returns `data`, panicking on errors.
pub async fn run(server: &Server, who: &Person, query: &str, variables: Value) -> Value {
    server.gql(&who.token, query, variables).await
}

impl Cluster {
    /// Creates the partnership, organisations, forum and seats through `server`.
    pub async fn create(server: &Server) -> Cluster {
        let region = Uuid::now_v7();
        let municipality = Uuid::now_v7();
        let admin_id = Uuid::now_v7();
        let admin = Person {
            id: admin_id,
            organization: region,
            token: server.token_operator(admin_id, region),
        };
        let data = run(
            server,
            &admin,
            "mutation($n: String!) { createPartnership(input: {name: $n}) { partnership { id } } }",
            json!({"n": "Sundhedsklynge Lillebælt"}),
        )
        .await;
        let partnership = id(&data["createPartnership"]["partnership"]["id"]);
        for (org, name, kind) in [
            (region, "Region Syddanmark", "REGION"),
            (municipality, "Kolding Kommune", "MUNICIPALITY"),
        ] {
            run(
                server,
                &admin,
                "mutation($p: ID!, $o: ID!, $n: String!, $k: OrganizationKind!) {
                   registerOrganization(input: {partnershipId: $p, organizationId: $o, name: $n, kind: $k}) { version } }",
                json!({"p": partnership, "o": org, "n": name, "k": kind}),
            )
            .await;
        }
        let data = run(
            server,
            &admin,
            "mutation($p: ID!) { createForum(input: {partnershipId: $p, name: \"Fagligt Strategisk Niveau\", level: STRATEGIC}) { forum { id } } }",
            json!({"p": partnership}),
        )
        .await;
        let forum = id(&data["createForum"]["forum"]["id"]);
        let seated = async |name: &str, org: Uuid, role: &str| {
            seat(server, &admin, partnership, forum, org, name, role)
                .await
                .0
        };
        let chair = seated("Hanne Andersen", region, "CHAIR").await;
        let secretariat = seated("Mette Heidemann", region, "SECRETARIAT").await;
        let member = seated("Thomas Reintoft", municipality, "MEMBER").await;
        Cluster {
            partnership,
            forum,
            region,
            municipality,
            admin,
            chair,
            secretariat,
            member,
        }
    }

    /// Schedules a hybrid meeting of the forum (as the secretariat) and returns its id.
    pub async fn schedule_meeting(&self, server: &Server) -> Uuid {
        let data = run(
            server,
            &self.secretariat,
            "mutation($f: ID!) { scheduleMeeting(input: {forumId: $f, startsAt: \"2025-02-26T13:30:00Z\", endsAt: \"2025-02-26T16:30:00Z\",
               location: {room: \"Mødelokale 6 - stuen\", address: \"Damhaven 12, 7100 Vejle\"}, onlineLink: \"https://teams.example/meet/1\"}) { meeting { id } } }",
            json!({"f": self.forum}),
        )
        .await;
        id(&data["scheduleMeeting"]["meeting"]["id"])
    }
}

/// Parses a JSON string as a UUID.
pub fn id(value: &Value) -> Uuid {
    Uuid::parse_str(value.as_str().unwrap_or_default())
        .unwrap_or_else(|_| panic!("not an id: {value}"))
}
