//! Authentication: bearer JWTs mapped to a [`Principal`] (person + organisation).
//!
//! Development mode signs tokens with a random HS256 key kept in the data directory
//! (`samraad token` mints them). The verifier checks signature, algorithm, issuer, audience,
//! expiry and not-before with a small clock skew.

use std::path::Path;

use chrono::Utc;
use jsonwebtoken::{Algorithm, DecodingKey, EncodingKey, Header, Validation};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

/// The issuer of development tokens.
pub const DEV_ISSUER: &str = "samraad-dev";
/// The audience every token must name.
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
    /// The signing key could not be read or created.
    #[error("signing key unavailable: {0}")]
    Key(String),
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

/// The development HS256 key: 32 random bytes, created on first use, kept in the data dir.
#[derive(Clone)]
pub struct DevKey {
    secret: Vec<u8>,
}

impl DevKey {
    /// Loads the key from `dir`, creating the directory and a fresh key if missing.
    pub fn load_or_create(dir: &Path) -> Result<Self, AuthError> {
        let path = dir.join(DEV_KEY_FILE);
        match std::fs::read_to_string(&path) {
            Ok(hex) => Self::from_hex(hex.trim()),
            Err(err) if err.kind() == std::io::ErrorKind::NotFound => {
                std::fs::create_dir_all(dir).map_err(|e| AuthError::Key(e.to_string()))?;
                let secret: Vec<u8> = (0..32).map(|_| rand::random::<u8>()).collect();
                let hex: String = secret.iter().map(|b| format!("{b:02x}")).collect();
                write_private(&path, &hex).map_err(|e| AuthError::Key(e.to_string()))?;
                Ok(Self { secret })
            }
            Err(err) => Err(AuthError::Key(format!("{}: {err}", path.display()))),
        }
    }

    fn from_hex(hex: &str) -> Result<Self, AuthError> {
        let bytes = (0..hex.len())
            .step_by(2)
            .map(|i| hex.get(i..i + 2).and_then(|h| u8::from_str_radix(h, 16).ok()))
            .collect::<Option<Vec<u8>>>()
            .filter(|b| b.len() >= 32)
            .ok_or_else(|| AuthError::Key("the development key file is corrupt".into()))?;
        Ok(Self { secret: bytes })
    }

    /// Mints a token for `person` acting for `organization`, valid for `ttl_seconds`.
    pub fn mint(
        &self,
        person: Uuid,
        organization: Uuid,
        ttl_seconds: i64,
        operator: bool,
    ) -> Result<String, AuthError> {
        let now = Utc::now().timestamp();
        let claims = Claims {
            sub: person.to_string(),
            org: organization.to_string(),
            iss: DEV_ISSUER.into(),
            aud: AUDIENCE.into(),
            iat: now,
            nbf: now,
            exp: now + ttl_seconds,
            operator,
        };
        jsonwebtoken::encode(
            &Header::new(Algorithm::HS256),
            &claims,
            &EncodingKey::from_secret(&self.secret),
        )
        .map_err(|e| AuthError::Key(e.to_string()))
    }
}

#[cfg(unix)]
fn write_private(path: &Path, contents: &str) -> std::io::Result<()> {
    use std::io::Write;
    use std::os::unix::fs::OpenOptionsExt;
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(path)?;
    file.write_all(contents.as_bytes())?;
    file.sync_all()
}

#[cfg(not(unix))]
fn write_private(path: &Path, contents: &str) -> std::io::Result<()> {
    std::fs::write(path, contents)
}

/// Verifies bearer tokens.
#[derive(Clone)]
pub struct TokenVerifier {
    key: DecodingKey,
    validation: Validation,
}

impl TokenVerifier {
    /// A verifier for development tokens signed with `key`.
    pub fn development(key: &DevKey) -> Self {
        let mut validation = Validation::new(Algorithm::HS256);
        validation.set_issuer(&[DEV_ISSUER]);
        validation.set_audience(&[AUDIENCE]);
        validation.set_required_spec_claims(&["exp", "nbf", "iss", "aud", "sub"]);
        validation.validate_nbf = true;
        validation.leeway = CLOCK_SKEW_SECONDS;
        Self {
            key: DecodingKey::from_secret(&key.secret),
            validation,
        }
    }

    /// Verifies a raw token (without the `Bearer ` prefix).
    pub fn verify(&self, token: &str) -> Result<Principal, AuthError> {
        let data = jsonwebtoken::decode::<Claims>(token, &self.key, &self.validation)
            .map_err(|e| AuthError::Invalid(e.to_string()))?;
        let person = Uuid::parse_str(&data.claims.sub)
            .map_err(|_| AuthError::Invalid("`sub` is not a person id".into()))?;
        let organization = Uuid::parse_str(&data.claims.org)
            .map_err(|_| AuthError::Invalid("`org` is not an organization id".into()))?;
        Ok(Principal {
            person,
            organization,
            expires_at: data.claims.exp,
            operator: data.claims.operator,
        })
    }

    /// Verifies an `Authorization` header value (`Bearer <token>`); `None` means no header.
    pub fn verify_header(&self, header: Option<&str>) -> Result<Principal, AuthError> {
        let value = header.ok_or(AuthError::Missing)?;
        let token = value
            .strip_prefix("Bearer ")
            .or_else(|| value.strip_prefix("bearer "))
            .ok_or_else(|| AuthError::Invalid("expected `Bearer <token>`".into()))?;
        self.verify(token.trim())
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn minted_token_verifies_and_foreign_key_does_not() {
        let dir = tempfile::tempdir().unwrap();
        let key = DevKey::load_or_create(dir.path()).unwrap();
        let again = DevKey::load_or_create(dir.path()).unwrap();
        assert_eq!(key.secret, again.secret, "the key is persisted");
        let (p, o) = (Uuid::now_v7(), Uuid::now_v7());
        let token = key.mint(p, o, 3600, false).unwrap();
        let principal = TokenVerifier::development(&key).verify(&token).unwrap();
        assert_eq!((principal.person, principal.organization), (p, o));

        let other = DevKey::load_or_create(tempfile::tempdir().unwrap().path()).unwrap();
        let err = TokenVerifier::development(&other).verify(&token).unwrap_err();
        assert!(matches!(err, AuthError::Invalid(_)));
    }

    #[test]
    fn expired_and_malformed_tokens_are_refused() {
        let dir = tempfile::tempdir().unwrap();
        let key = DevKey::load_or_create(dir.path()).unwrap();
        let verifier = TokenVerifier::development(&key);
        let expired = key.mint(Uuid::now_v7(), Uuid::now_v7(), -3600, false).unwrap();
        assert!(matches!(verifier.verify(&expired), Err(AuthError::Invalid(_))));
        assert!(matches!(verifier.verify_header(None), Err(AuthError::Missing)));
        assert!(matches!(
            verifier.verify_header(Some("Basic abc")),
            Err(AuthError::Invalid(_))
        ));
    }
}
