//! A JSON Web Key Set: the identity provider's public keys, from a file or an `https://` URL,
//! cached and refreshed by key id.
//!
//! Only RSA keys (for `RS256`) and EC P-256 keys (for `ES256`) are used; symmetric (`oct`) and
//! other keys in the set are ignored, so a JWKS can never make the server accept HMAC tokens.
//! A token naming a `kid` the cache does not know triggers one refetch, at most once per
//! [`REFETCH_INTERVAL`]; if the key is still unknown the token is refused.

use std::collections::HashMap;
use std::path::PathBuf;
use std::time::{Duration, Instant};

use jsonwebtoken::jwk::{AlgorithmParameters, EllipticCurve, Jwk};
use jsonwebtoken::{Algorithm, DecodingKey};
use tokio::sync::{Mutex, RwLock};

use super::AuthError;

/// The shortest interval between two fetches triggered by unknown key ids.
pub const REFETCH_INTERVAL: Duration = Duration::from_secs(30);
/// How long a fetch over HTTP may take.
const FETCH_TIMEOUT: Duration = Duration::from_secs(10);
/// The largest JWKS document accepted.
const MAX_JWKS_BYTES: usize = 1024 * 1024;

/// Where the key set comes from.
#[derive(Clone, Debug)]
pub enum JwksSource {
    /// A local file (re-read on refresh, so rotating the file rotates the keys).
    File(PathBuf),
    /// An `https://` (or, on a trusted local network, `http://`) URL.
    Url(String),
}

impl JwksSource {
    /// `https://…` and `http://…` are URLs (TLS via rustls with the Mozilla root
    /// certificates), anything else a file path.
    pub fn parse(location: &str) -> Result<Self, AuthError> {
        if location.starts_with("https://") || location.starts_with("http://") {
            Ok(Self::Url(location.to_string()))
        } else {
            Ok(Self::File(PathBuf::from(location)))
        }
    }
}

/// A verification key and the one algorithm it may verify.
#[derive(Clone)]
pub struct VerificationKey {
    /// The key.
    pub key: DecodingKey,
    /// `RS256` for RSA keys, `ES256` for P-256 keys.
    pub algorithm: Algorithm,
}

#[derive(Default)]
struct Cache {
    by_kid: HashMap<String, VerificationKey>,
    /// Keys without a `kid` (usable only when the set holds exactly one key).
    anonymous: Vec<VerificationKey>,
}

/// The cached key set.
pub struct Jwks {
    source: JwksSource,
    cache: RwLock<Cache>,
    last_fetch: Mutex<Option<Instant>>,
    http: reqwest::Client,
}

impl Jwks {
    /// Loads the key set once; fails when it cannot be read or holds no usable key.
    pub async fn load(source: JwksSource) -> Result<Self, AuthError> {
        let http = reqwest::Client::builder()
            .timeout(FETCH_TIMEOUT)
            .build()
            .map_err(|e| AuthError::Key(format!("http client: {e}")))?;
        let jwks = Self {
            source,
            cache: RwLock::new(Cache::default()),
            last_fetch: Mutex::new(None),
            http,
        };
        let cache = jwks.fetch().await?;
        if cache.by_kid.is_empty() && cache.anonymous.is_empty() {
            return Err(AuthError::Key(
                "the JWKS holds no RSA or EC P-256 signing key".into(),
            ));
        }
        *jwks.cache.write().await = cache;
        *jwks.last_fetch.lock().await = Some(Instant::now());
        Ok(jwks)
    }

    /// The key for `kid` (or the only key when the token names none), refetching the set at
    /// most once per [`REFETCH_INTERVAL`] when the id is unknown.
    pub async fn key(&self, kid: Option<&str>) -> Result<VerificationKey, AuthError> {
        if let Some(key) = self.cached(kid).await {
            return Ok(key);
        }
        {
            let mut last = self.last_fetch.lock().await;
            // Another request may have refreshed while we waited for the lock.
            if let Some(key) = self.cached(kid).await {
                return Ok(key);
            }
            if last.is_some_and(|at| at.elapsed() < REFETCH_INTERVAL) {
                return Err(unknown(kid));
            }
            *last = Some(Instant::now());
            match self.fetch().await {
                Ok(cache) => *self.cache.write().await = cache,
                Err(err) => {
                    tracing::warn!(error = %err, "refreshing the JWKS failed; keeping the cached keys");
                }
            }
        }
        self.cached(kid).await.ok_or_else(|| unknown(kid))
    }

    async fn cached(&self, kid: Option<&str>) -> Option<VerificationKey> {
        let cache = self.cache.read().await;
        match kid {
            Some(kid) => cache.by_kid.get(kid).cloned(),
            None => {
                let all: Vec<&VerificationKey> = cache
                    .by_kid
                    .values()
                    .chain(cache.anonymous.iter())
                    .collect();
                match all.as_slice() {
                    [only] => Some((*only).clone()),
                    _ => None,
                }
            }
        }
    }

    async fn fetch(&self) -> Result<Cache, AuthError> {
        let bytes = match &self.source {
            JwksSource::File(path) => tokio::fs::read(path)
                .await
                .map_err(|e| AuthError::Key(format!("JWKS file {}: {e}", path.display())))?,
            JwksSource::Url(url) => {
                let response = self
                    .http
                    .get(url)
                    .send()
                    .await
                    .and_then(|r| r.error_for_status())
                    .map_err(|e| AuthError::Key(format!("JWKS {url}: {e}")))?;
                let bytes = response
                    .bytes()
                    .await
                    .map_err(|e| AuthError::Key(format!("JWKS {url}: {e}")))?;
                bytes.to_vec()
            }
        };
        if bytes.len() > MAX_JWKS_BYTES {
            return Err(AuthError::Key(
                "the JWKS document is larger than 1 MiB".into(),
            ));
        }
        parse(&bytes)
    }
}

fn unknown(kid: Option<&str>) -> AuthError {
    match kid {
        Some(kid) => AuthError::Invalid(format!("unknown signing key id `{kid}`")),
        None => AuthError::Invalid("the token names no key id (`kid`)".into()),
    }
}

/// Parses a JWKS document, keeping the usable keys and skipping the rest.
fn parse(bytes: &[u8]) -> Result<Cache, AuthError> {
    #[derive(serde::Deserialize)]
    struct Set {
        keys: Vec<serde_json::Value>,
    }
    let set: Set = serde_json::from_slice(bytes)
        .map_err(|e| AuthError::Key(format!("the JWKS is not a key set: {e}")))?;
    let mut cache = Cache::default();
    for value in set.keys {
        let Ok(jwk) = serde_json::from_value::<Jwk>(value) else {
            continue;
        };
        let Some(key) = verification_key(&jwk) else {
            continue;
        };
        match jwk.common.key_id {
            Some(kid) => {
                cache.by_kid.insert(kid, key);
            }
            None => cache.anonymous.push(key),
        }
    }
    Ok(cache)
}

fn verification_key(jwk: &Jwk) -> Option<VerificationKey> {
    if jwk
        .common
        .public_key_use
        .as_ref()
        .is_some_and(|u| *u != jsonwebtoken::jwk::PublicKeyUse::Signature)
    {
        return None;
    }
    let algorithm = match &jwk.algorithm {
        AlgorithmParameters::RSA(_) => Algorithm::RS256,
        AlgorithmParameters::EllipticCurve(params) if params.curve == EllipticCurve::P256 => {
            Algorithm::ES256
        }
        _ => return None,
    };
    let key = DecodingKey::from_jwk(jwk).ok()?;
    Some(VerificationKey { key, algorithm })
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn symmetric_and_unknown_keys_are_skipped() {
        let doc = br#"{"keys":[
            {"kty":"oct","k":"c2VjcmV0","kid":"hmac"},
            {"kty":"XYZ","kid":"weird"},
            {"kty":"EC","crv":"P-256","kid":"ec1",
             "x":"f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU",
             "y":"x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0"}
        ]}"#;
        let cache = parse(doc).unwrap();
        assert_eq!(cache.by_kid.len(), 1);
        assert_eq!(cache.by_kid["ec1"].algorithm, Algorithm::ES256);
    }

    #[test]
    fn urls_and_files_are_told_apart() {
        assert!(matches!(
            JwksSource::parse("https://idp/jwks"),
            Ok(JwksSource::Url(_))
        ));
        assert!(matches!(
            JwksSource::parse("http://idp/jwks"),
            Ok(JwksSource::Url(_))
        ));
        assert!(matches!(
            JwksSource::parse("/etc/jwks.json"),
            Ok(JwksSource::File(_))
        ));
    }
}
