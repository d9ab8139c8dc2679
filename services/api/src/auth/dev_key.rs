//! The development signing key: created on first use, kept private in the data directory.

use super::*;

/// The development HS256 key: 32 random bytes, created on first use, kept in the data dir.
#[derive(Clone)]
pub struct DevKey {
    pub(super) secret: Vec<u8>,
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
            .map(|i| {
                hex.get(i..i + 2)
                    .and_then(|h| u8::from_str_radix(h, 16).ok())
            })
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
