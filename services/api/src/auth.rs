//! Authentication: bearer JWTs mapped to a [`Principal`] (person + organisation), in one place
//! ([`Authenticator`]) used by HTTP and WebSocket alike.
//!
//! Two kinds of token are verified by [`TokenVerifier`]:
//! - *Production*: `RS256`/`ES256` tokens of an identity provider, verified against its JWKS
//!   ([`jwks`]), with issuer, audience, `exp` and `nbf` checked (30 s clock skew). `sub` is
//!   the person id, a configurable claim (default `org`) the organisation id.
//! - *Development*: `HS256` tokens minted by `samraad token` with a random key kept in the
//!   data directory. Refused when the server runs with `--production`.
//!
//! A verified token is then *resolved* against the read model ([`resolve`]): the person must
//! be a platform operator, or administer a partnership, or hold (or have held) a seat for the
//! organisation named in the token. An unknown subject is `UNAUTHENTICATED`, never a new user.

mod dev_key;
pub mod jwks;
pub mod oidc;

use std::path::Path;
use std::sync::Arc;

use chrono::Utc;
use jsonwebtoken::{Algorithm, DecodingKey, EncodingKey, Header, Validation};
use samraad_domain::{OrganizationId, PersonId};
use samraad_projections::{Projections, ReadModel};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

pub use jwks::{Jwks, JwksSource};
pub use oidc::OidcClient;

pub use dev_key::DevKey;

/// The issuer of development tokens.
pub const DEV_ISSUER: &str = "samraad-dev";
/// The audience every development token names.
pub const AUDIENCE: &str = "samraad";
/// File name of the development signing key inside the data directory.
pub const DEV_KEY_FILE: &str = "dev-signing-key";
/// Allowed clock skew in seconds for `exp` and `nbf`.
pub const CLOCK_SKEW_SECONDS: u64 = 30;

/// Who is calling: a person acting on behalf of an organisation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Principal {
    /// The person (JWT `sub`).
    pub person: Uuid,
    /// The organisation the person acts for (JWT `org`).
    pub organization: Uuid,
    /// When the token expires (seconds since the epoch).
    pub expires_at: i64,
    /// Whether the token names a platform operator (may create partnerships).
    pub operator: bool,
}

/// Why a token was refused. All map to `UNAUTHENTICATED`.
#[derive(Debug, thiserror::Error)]
pub enum AuthError {
    /// No `Authorization: Bearer` header or `connection_init` authorization.
    #[error("authentication required: send `Authorization: Bearer <token>`")]
    Missing,
    /// The token is malformed, badly signed, expired or for someone else.
    #[error("invalid token: {0}")]
    Invalid(String),
    /// The signing key could not be read or created, or the JWKS could not be loaded.
    #[error("signing key unavailable: {0}")]
    Key(String),
    /// The token is valid but names no person (and organisation) known to any partnership.
    #[error("unknown subject: {0}")]
    UnknownSubject(String),
}

/// The claims of a Samraad token.
#[derive(Debug, Serialize, Deserialize)]
pub struct Claims {
    /// The person id.
    pub sub: String,
    /// The organisation id.
    pub org: String,
    /// Issuer.
    pub iss: String,
    /// Audience.
    pub aud: String,
    /// Issued at (seconds since the epoch).
    pub iat: i64,
    /// Not before (seconds since the epoch).
    pub nbf: i64,
    /// Expires at (seconds since the epoch).
    pub exp: i64,
    /// Platform operator (development tokens minted with `--operator`).
    #[serde(default)]
    pub operator: bool,
}

/// What a verified token says, before it is resolved against the read model.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Verified {
    /// `sub`.
    pub person: Uuid,
    /// The organisation claim.
    pub organization: Uuid,
    /// `exp`.
    pub expires_at: i64,
    /// The `operator` claim of a development token (never honoured from an identity provider).
    pub operator_claim: bool,
}

/// How production tokens are checked.
#[derive(Clone, Debug)]
pub struct IdentityProvider {
    /// Where the JWKS lives (file path or `http://` URL).
    pub jwks: JwksSource,
    /// The required `iss`.
    pub issuer: String,
    /// The required `aud` (one of them, if the token names several).
    pub audience: String,
    /// The claim holding the organisation id (default `org`).
    pub organization_claim: String,
}

struct Idp {
    jwks: Jwks,
    issuer: String,
    audience: String,
    organization_claim: String,
}

/// Verifies bearer tokens: signature, algorithm, issuer, audience, `exp` and `nbf`.
#[derive(Clone)]
pub struct TokenVerifier {
    dev: Option<(DecodingKey, Validation)>,
    idp: Option<Arc<Idp>>,
}

fn dev_validation() -> Validation {
    let mut validation = Validation::new(Algorithm::HS256);
    validation.set_issuer(&[DEV_ISSUER]);
    validation.set_audience(&[AUDIENCE]);
    validation.set_required_spec_claims(&["exp", "nbf", "iss", "aud", "sub"]);
    validation.validate_nbf = true;
    validation.leeway = CLOCK_SKEW_SECONDS;
    validation
}

impl TokenVerifier {
    /// A verifier for development tokens signed with `key` only.
    pub fn development(key: &DevKey) -> Self {
        Self {
            dev: Some((DecodingKey::from_secret(&key.secret), dev_validation())),
            idp: None,
        }
    }

    /// A verifier for an identity provider's tokens, plus development tokens when `dev_key`
    /// is given (never in production). Loads the JWKS once; fails if it cannot.
    pub async fn new(
        idp: Option<IdentityProvider>,
        dev_key: Option<&DevKey>,
    ) -> Result<Self, AuthError> {
        let idp = match idp {
            None => None,
            Some(config) => Some(Arc::new(Idp {
                jwks: Jwks::load(config.jwks).await?,
                issuer: config.issuer,
                audience: config.audience,
                organization_claim: config.organization_claim,
            })),
        };
        Ok(Self {
            dev: dev_key.map(|key| (DecodingKey::from_secret(&key.secret), dev_validation())),
            idp,
        })
    }

    /// Verifies a raw token (without the `Bearer ` prefix).
    pub async fn verify(&self, token: &str) -> Result<Verified, AuthError> {
        let header = jsonwebtoken::decode_header(token)
            .map_err(|e| AuthError::Invalid(format!("malformed token header: {e}")))?;
        match header.alg {
            Algorithm::HS256 => {
                let Some((key, validation)) = &self.dev else {
                    return Err(AuthError::Invalid(
                        "development (HS256) tokens are not accepted by this server".into(),
                    ));
                };
                let data =
                    jsonwebtoken::decode::<Claims>(token, key, validation).map_err(|e| match e
                        .kind()
                    {
                        jsonwebtoken::errors::ErrorKind::InvalidSignature => AuthError::Invalid(
                            "the signature does not match this server's development \
                                     key: the token was probably minted for another data \
                                     directory (run `samraad token --data-dir` with the \
                                     server's --data-dir)"
                                .into(),
                        ),
                        _ => AuthError::Invalid(e.to_string()),
                    })?;
                Ok(Verified {
                    person: parse_uuid(&data.claims.sub, "sub")?,
                    organization: parse_uuid(&data.claims.org, "org")?,
                    expires_at: data.claims.exp,
                    operator_claim: data.claims.operator,
                })
            }
            Algorithm::RS256 | Algorithm::ES256 => {
                let Some(idp) = &self.idp else {
                    return Err(AuthError::Invalid(
                        "no identity provider is configured (start the server with --jwks)".into(),
                    ));
                };
                let key = idp.jwks.key(header.kid.as_deref()).await?;
                if key.algorithm != header.alg {
                    return Err(AuthError::Invalid(format!(
                        "the key `{}` is for {:?}, the token says {:?}",
                        header.kid.as_deref().unwrap_or(""),
                        key.algorithm,
                        header.alg
                    )));
                }
                let mut validation = Validation::new(key.algorithm);
                validation.set_issuer(&[idp.issuer.as_str()]);
                validation.set_audience(&[idp.audience.as_str()]);
                validation.set_required_spec_claims(&["exp", "iss", "aud", "sub"]);
                validation.validate_nbf = true;
                validation.leeway = CLOCK_SKEW_SECONDS;
                let data = jsonwebtoken::decode::<serde_json::Map<String, serde_json::Value>>(
                    token,
                    &key.key,
                    &validation,
                )
                .map_err(|e| AuthError::Invalid(e.to_string()))?;
                let claims = data.claims;
                let text = |name: &str| claims.get(name).and_then(|v| v.as_str()).unwrap_or("");
                let expires_at = claims
                    .get("exp")
                    .and_then(|v| v.as_f64())
                    .ok_or_else(|| AuthError::Invalid("`exp` is not a number".into()))?;
                Ok(Verified {
                    person: parse_uuid(text("sub"), "sub")?,
                    organization: parse_uuid(
                        text(&idp.organization_claim),
                        &idp.organization_claim,
                    )?,
                    #[allow(clippy::cast_possible_truncation)]
                    expires_at: expires_at as i64,
                    operator_claim: false,
                })
            }
            other => Err(AuthError::Invalid(format!(
                "the algorithm {other:?} is not accepted (use RS256 or ES256)"
            ))),
        }
    }
}

fn parse_uuid(value: &str, claim: &str) -> Result<Uuid, AuthError> {
    Uuid::parse_str(value).map_err(|_| AuthError::Invalid(format!("`{claim}` is not an id (UUID)")))
}

/// Strips `Bearer ` from an `Authorization` value; `None` means no header.
pub fn bearer(header: Option<&str>) -> Result<&str, AuthError> {
    let value = header.ok_or(AuthError::Missing)?;
    value
        .strip_prefix("Bearer ")
        .or_else(|| value.strip_prefix("bearer "))
        .map(str::trim)
        .ok_or_else(|| AuthError::Invalid("expected `Bearer <token>`".into()))
}

/// May `person` act for `organization`? Yes if they administer a partnership where that
/// organisation is registered (or, to register the first one, a partnership that has none
/// yet), or hold or held a seat in some forum on behalf of `organization`.
pub fn resolve(model: &ReadModel, person: Uuid, organization: Uuid) -> Result<(), AuthError> {
    let (person_id, org_id) = (
        PersonId::from_uuid(person),
        OrganizationId::from_uuid(organization),
    );
    let mut known = false;
    for partnership in model.partnerships.values() {
        let state = &partnership.state;
        if state.is_admin(person_id) {
            if state.organization(org_id).is_some() || !state.has_organizations() {
                return Ok(());
            }
            known = true;
        }
        for (_, membership) in state.memberships() {
            if membership.person_id == person_id {
                if membership.organization_id == org_id {
                    return Ok(());
                }
                known = true;
            }
        }
    }
    Err(AuthError::UnknownSubject(if known {
        "the person holds no seat on behalf of the organisation named in the token, nor \
         administers a partnership where it is registered"
            .into()
    } else {
        "the person is not an administrator or member of any partnership".into()
    }))
}

/// Verifies a token and resolves its principal against the read model: the one check used
/// by HTTP and WebSocket.
#[derive(Clone)]
pub struct Authenticator {
    verifier: TokenVerifier,
    operators: Arc<Vec<Uuid>>,
    projections: Arc<Projections>,
}

impl Authenticator {
    /// An authenticator over `verifier`; `operators` are platform operators (always accepted).
    pub fn new(
        verifier: TokenVerifier,
        operators: Arc<Vec<Uuid>>,
        projections: Arc<Projections>,
    ) -> Self {
        Self {
            verifier,
            operators,
            projections,
        }
    }

    /// Authenticates an `Authorization` header value (`Bearer <token>`).
    pub async fn authenticate_header(&self, header: Option<&str>) -> Result<Principal, AuthError> {
        self.authenticate(bearer(header)?).await
    }

    /// Authenticates a raw token.
    pub async fn authenticate(&self, token: &str) -> Result<Principal, AuthError> {
        let verified = self.verifier.verify(token).await?;
        let operator = verified.operator_claim || self.operators.contains(&verified.person);
        if !operator {
            self.projections
                .read(|model| resolve(model, verified.person, verified.organization))?;
        }
        Ok(Principal {
            person: verified.person,
            organization: verified.organization,
            expires_at: verified.expires_at,
            operator,
        })
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[tokio::test]
    async fn minted_token_verifies_and_foreign_key_does_not() {
        let dir = tempfile::tempdir().unwrap();
        let key = DevKey::load_or_create(dir.path()).unwrap();
        let again = DevKey::load_or_create(dir.path()).unwrap();
        assert_eq!(key.secret, again.secret, "the key is persisted");
        let (p, o) = (Uuid::now_v7(), Uuid::now_v7());
        let token = key.mint(p, o, 3600, false).unwrap();
        let verified = TokenVerifier::development(&key)
            .verify(&token)
            .await
            .unwrap();
        assert_eq!((verified.person, verified.organization), (p, o));

        let other = DevKey::load_or_create(tempfile::tempdir().unwrap().path()).unwrap();
        let err = TokenVerifier::development(&other)
            .verify(&token)
            .await
            .unwrap_err();
        assert!(matches!(err, AuthError::Invalid(_)));
    }

    #[tokio::test]
    async fn expired_and_malformed_tokens_are_refused() {
        let dir = tempfile::tempdir().unwrap();
        let key = DevKey::load_or_create(dir.path()).unwrap();
        let verifier = TokenVerifier::development(&key);
        let expired = key
            .mint(Uuid::now_v7(), Uuid::now_v7(), -3600, false)
            .unwrap();
        assert!(matches!(
            verifier.verify(&expired).await,
            Err(AuthError::Invalid(_))
        ));
        assert!(matches!(bearer(None), Err(AuthError::Missing)));
        assert!(matches!(
            bearer(Some("Basic abc")),
            Err(AuthError::Invalid(_))
        ));
        let production = TokenVerifier::new(None, None).await.unwrap();
        let token = key
            .mint(Uuid::now_v7(), Uuid::now_v7(), 3600, false)
            .unwrap();
        assert!(matches!(
            production.verify(&token).await,
            Err(AuthError::Invalid(_))
        ));
    }

    #[test]
    fn unknown_subjects_do_not_resolve() {
        let model = ReadModel::default();
        assert!(matches!(
            resolve(&model, Uuid::now_v7(), Uuid::now_v7()),
            Err(AuthError::UnknownSubject(_))
        ));
    }
}
