//! Token edge cases against the real binary: a production server verifying an identity
//! provider's RS256/ES256 tokens against a JWKS (fixtures in `tests/fixtures/`), and a
//! development server with `samraad token` tokens. Every refusal is HTTP 401 with
//! `extensions.code = UNAUTHENTICATED` (WebSocket: close 4401).
#![allow(clippy::unwrap_used)]

use std::path::PathBuf;

use jsonwebtoken::{Algorithm, EncodingKey, Header};
use samraad_tests::{Server, WsClient, WsEvent};
use serde_json::{Value, json};
use uuid::Uuid;

const ISSUER: &str = "https://idp.samraad.test/realms/klynge";
const AUDIENCE: &str = "samraad-test";

fn fixture(name: &str) -> PathBuf {
    PathBuf::from(samraad_tests::TESTS_DIR)
        .join("fixtures")
        .join(name)
}

fn now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64
}

/// Claims of a valid token for `person` acting for `org`.
fn claims(person: Uuid, org: Uuid) -> Value {
    json!({
        "sub": person.to_string(),
        "org": org.to_string(),
        "iss": ISSUER,
        "aud": AUDIENCE,
        "iat": now(),
        "nbf": now() - 5,
        "exp": now() + 600,
    })
}

fn sign(alg: Algorithm, kid: Option<&str>, key_file: &str, claims: &Value) -> String {
    let pem = std::fs::read(fixture(key_file)).unwrap();
    let key = match alg {
        Algorithm::RS256 => EncodingKey::from_rsa_pem(&pem).unwrap(),
        Algorithm::ES256 => EncodingKey::from_ec_pem(&pem).unwrap(),
        other => panic!("no fixture for {other:?}"),
    };
    let mut header = Header::new(alg);
    header.kid = kid.map(str::to_string);
    jsonwebtoken::encode(&header, claims, &key).unwrap()
}

fn rsa(claims: &Value) -> String {
    sign(Algorithm::RS256, Some("rsa-1"), "idp-rsa.pem", claims)
}

fn b64(bytes: &[u8]) -> String {
    // Unpadded base64url, enough for the hand-made `alg: none` token.
    const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    let mut out = String::new();
    for chunk in bytes.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, b)| n | (u32::from(*b) << (16 - 8 * i)));
        for i in 0..=chunk.len() {
            out.push(char::from(ALPHABET[((n >> (18 - 6 * i)) & 63) as usize]));
        }
    }
    out
}

fn production_server(operator: Uuid) -> Server {
    let jwks = fixture("idp-jwks.json");
    Server::start_args(&[
        "--production",
        "--jwks",
        jwks.to_str().unwrap(),
        "--issuer",
        ISSUER,
        "--audience",
        AUDIENCE,
        "--operators",
        &operator.to_string(),
    ])
}

const PING: &str = "{ position }";

async fn assert_unauthenticated(server: &Server, token: &str, case: &str) {
    let (status, body) = server.post(Some(token), PING, json!({})).await;
    assert_eq!(status, 401, "{case}: {body}");
    assert_eq!(
        body["errors"][0]["extensions"]["code"], "UNAUTHENTICATED",
        "{case}: {body}"
    );
    assert!(
        body.get("data").is_none_or(Value::is_null),
        "{case}: {body}"
    );
}

#[tokio::test]
async fn production_refuses_every_bad_token() {
    let operator = Uuid::now_v7();
    let org = Uuid::now_v7();
    let server = production_server(operator);

    // The good ones: RS256 and ES256 from the JWKS, for a listed operator.
    let good = rsa(&claims(operator, org));
    server.gql(&good, PING, json!({})).await;
    let es = sign(
        Algorithm::ES256,
        Some("ec-1"),
        "idp-ec.pem",
        &claims(operator, org),
    );
    server.gql(&es, PING, json!({})).await;

    // Wrong signature: another key under a known kid.
    let forged = sign(
        Algorithm::RS256,
        Some("rsa-1"),
        "rogue-rsa.pem",
        &claims(operator, org),
    );
    assert_unauthenticated(&server, &forged, "wrong signature").await;
    // A tampered payload under a valid signature.
    let mut parts: Vec<String> = good.split('.').map(str::to_string).collect();
    let mut other = claims(operator, org);
    other["org"] = json!(Uuid::now_v7().to_string());
    parts[1] = b64(other.to_string().as_bytes());
    assert_unauthenticated(&server, &parts.join("."), "tampered payload").await;

    let mut wrong_iss = claims(operator, org);
    wrong_iss["iss"] = json!("https://evil.example");
    assert_unauthenticated(&server, &rsa(&wrong_iss), "wrong issuer").await;
    let mut wrong_aud = claims(operator, org);
    wrong_aud["aud"] = json!("some-other-app");
    assert_unauthenticated(&server, &rsa(&wrong_aud), "wrong audience").await;
    let mut no_aud = claims(operator, org);
    no_aud.as_object_mut().unwrap().remove("aud");
    assert_unauthenticated(&server, &rsa(&no_aud), "missing audience").await;

    let mut expired = claims(operator, org);
    expired["exp"] = json!(now() - 120);
    assert_unauthenticated(&server, &rsa(&expired), "expired (beyond the 30 s skew)").await;
    let mut no_exp = claims(operator, org);
    no_exp.as_object_mut().unwrap().remove("exp");
    assert_unauthenticated(&server, &rsa(&no_exp), "no exp").await;
    let mut early = claims(operator, org);
    early["nbf"] = json!(now() + 600);
    assert_unauthenticated(&server, &rsa(&early), "not yet valid").await;

    let header = b64(br#"{"alg":"none","typ":"JWT"}"#);
    let payload = b64(claims(operator, org).to_string().as_bytes());
    assert_unauthenticated(&server, &format!("{header}.{payload}."), "alg none").await;

    let unknown_kid = sign(
        Algorithm::RS256,
        Some("rotated-away"),
        "idp-rsa.pem",
        &claims(operator, org),
    );
    assert_unauthenticated(&server, &unknown_kid, "unknown kid").await;
    let wrong_family = sign(
        Algorithm::RS256,
        Some("ec-1"),
        "idp-rsa.pem",
        &claims(operator, org),
    );
    assert_unauthenticated(&server, &wrong_family, "RS256 under an EC key id").await;
    // HS256 signed with the symmetric key the JWKS also lists (algorithm confusion).
    let hmac = jsonwebtoken::encode(
        &Header {
            kid: Some("hmac-1".into()),
            ..Header::new(Algorithm::HS256)
        },
        &claims(operator, org),
        &EncodingKey::from_secret(b"this symmetric key must never be used"),
    )
    .unwrap();
    assert_unauthenticated(&server, &hmac, "HS256 with the JWKS oct key").await;

    // A development token minted with the server's data directory is refused in production.
    let dev = server.token_args(operator, org, &["--operator"]);
    assert_unauthenticated(&server, &dev, "development HS256 token in production").await;

    // A valid token for someone no partnership knows: unknown subject, not a new user.
    assert_unauthenticated(
        &server,
        &rsa(&claims(Uuid::now_v7(), org)),
        "unknown subject",
    )
    .await;
    assert_unauthenticated(&server, "not-a-jwt", "garbage").await;

    // Malformed Authorization headers.
    let (status, body) = server.post(Some(""), PING, json!({})).await;
    assert_eq!(
        (status, body["errors"][0]["extensions"]["code"].as_str()),
        (401, Some("UNAUTHENTICATED"))
    );

    // The server still serves good tokens, and anonymous readers, afterwards.
    server.gql(&good, PING, json!({})).await;
    let (status, _) = server.post(None, PING, json!({})).await;
    assert_eq!(status, 200);

    // Introspection is off in production (no --introspection).
    let (code, _) = server
        .gql_error(
            Some(&good),
            "{ __schema { queryType { name } } }",
            json!({}),
        )
        .await;
    assert_eq!(code, "INVALID_INPUT");
}

#[tokio::test]
async fn production_principals_resolve_against_partnership_roles() {
    let operator = Uuid::now_v7();
    let server = production_server(operator);
    let op = rsa(&claims(operator, Uuid::now_v7()));
    let data = server
        .gql(
            &op,
            "mutation { createPartnership(input: {name: \"Klynge Test\"}) { partnership { id } } }",
            json!({}),
        )
        .await;
    let partnership = data["createPartnership"]["partnership"]["id"]
        .as_str()
        .unwrap()
        .to_string();

    let (admin, member, org, other_org) = (
        Uuid::now_v7(),
        Uuid::now_v7(),
        Uuid::now_v7(),
        Uuid::now_v7(),
    );
    // Before any role: unknown subjects.
    assert_unauthenticated(
        &server,
        &rsa(&claims(admin, org)),
        "not yet an administrator",
    )
    .await;
    assert_unauthenticated(&server, &rsa(&claims(member, org)), "not yet a member").await;

    server
        .gql(
            &op,
            "mutation($p: ID!, $a: ID!) { appointAdministrator(input: {partnershipId: $p, personId: $a}) { version } }",
            json!({"p": partnership, "a": admin.to_string()}),
        )
        .await;
    server
        .gql(
            &op,
            "mutation($p: ID!, $o: ID!) { registerOrganization(input: {partnershipId: $p, organizationId: $o, name: \"Testkommune\", kind: MUNICIPALITY}) { version } }",
            json!({"p": partnership, "o": org.to_string()}),
        )
        .await;
    let forum = server
        .gql(
            &op,
            "mutation($p: ID!) { createForum(input: {partnershipId: $p, name: \"Fagligt Forum\", level: STRATEGIC}) { forum { id } } }",
            json!({"p": partnership}),
        )
        .await["createForum"]["forum"]["id"]
        .as_str()
        .unwrap()
        .to_string();
    server
        .gql(
            &op,
            "mutation($p: ID!, $f: ID!, $m: ID!, $o: ID!) { appointMember(input: {partnershipId: $p, forumId: $f, personId: $m, personName: \"Mette Medlem\", organizationId: $o, role: MEMBER}) { version } }",
            json!({"p": partnership, "f": forum, "m": member.to_string(), "o": org.to_string()}),
        )
        .await;

    // An administrator acts for the organisations registered in their partnership only.
    server.gql(&rsa(&claims(admin, org)), PING, json!({})).await;
    assert_unauthenticated(
        &server,
        &rsa(&claims(admin, other_org)),
        "administrator for an organisation not registered there",
    )
    .await;
    // A member acts for the organisation of their seat, not for another one.
    server
        .gql(&rsa(&claims(member, org)), PING, json!({}))
        .await;
    assert_unauthenticated(
        &server,
        &rsa(&claims(member, other_org)),
        "member for a foreign organisation",
    )
    .await;

    // The organisation claim is required and must be an id.
    let mut no_org = claims(member, org);
    no_org.as_object_mut().unwrap().remove("org");
    assert_unauthenticated(&server, &rsa(&no_org), "no org claim").await;

    // WebSocket: the same check; bad tokens close with 4401, good ones are acknowledged.
    WsClient::connect(&server.ws_url(), &rsa(&claims(member, org))).await;
    let mut ws = WsClient::connect_init(&server.ws_url(), &rsa(&claims(member, other_org))).await;
    assert!(matches!(ws.recv().await, Some(WsEvent::Closed(4401))));
    let forged = sign(
        Algorithm::RS256,
        Some("rsa-1"),
        "rogue-rsa.pem",
        &claims(member, org),
    );
    let mut ws = WsClient::connect_init(&server.ws_url(), &forged).await;
    assert!(matches!(ws.recv().await, Some(WsEvent::Closed(4401))));
}

#[tokio::test]
async fn development_tokens_and_their_expiry() {
    let server = Server::start();
    let (operator, org) = (Uuid::now_v7(), Uuid::now_v7());
    let op = server.token_args(operator, org, &["--operator"]);
    server.gql(&op, PING, json!({})).await;

    // Unknown subject: a well-signed token for a person no partnership knows.
    let stranger = server.token(Uuid::now_v7(), org);
    assert_unauthenticated(&server, &stranger, "unknown subject (development)").await;
    // Expired beyond the skew.
    let expired = server.token_args(operator, org, &["--operator", "--ttl=-3600"]);
    assert_unauthenticated(&server, &expired, "expired development token").await;
    // Signed with another server's key.
    let elsewhere = Server::start();
    let foreign = elsewhere.token_args(operator, org, &["--operator"]);
    assert_unauthenticated(&server, &foreign, "foreign development key").await;
    // RS256 tokens need --jwks.
    assert_unauthenticated(
        &server,
        &rsa(&claims(operator, org)),
        "RS256 without an identity provider",
    )
    .await;

    // Expired 25 s ago: still inside the 30 s skew, so accepted, then the WebSocket closes
    // with 4401 because the token has expired, ending its subscriptions.
    let expiring = server.token_args(operator, org, &["--operator", "--ttl=-25"]);
    let mut ws = WsClient::connect(&server.ws_url(), &expiring).await;
    let mut closed = None;
    while let Some(event) = ws.recv().await {
        if let WsEvent::Closed(code) = event {
            closed = Some(code);
            break;
        }
    }
    assert_eq!(closed, Some(4401));
}

#[tokio::test]
async fn production_needs_an_identity_provider() {
    let stderr = Server::refuses_to_start(&["--production"]);
    assert!(stderr.contains("--jwks"), "{stderr}");
    let jwks = fixture("idp-jwks.json");
    let stderr = Server::refuses_to_start(&["--production", "--jwks", jwks.to_str().unwrap()]);
    assert!(stderr.contains("--issuer"), "{stderr}");
    let stderr = Server::refuses_to_start(&[
        "--production",
        "--jwks",
        "/nonexistent/jwks.json",
        "--issuer",
        ISSUER,
        "--audience",
        AUDIENCE,
    ]);
    assert!(stderr.contains("JWKS"), "{stderr}");
}
