//! Moderator passwords: argon2id at OWASP's parameters, always run off the async threads.

use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::{Algorithm, Argon2, Params, Version};
use secrecy::{ExposeSecret, SecretString};

/// A password that meets the rules; never printed.
pub struct Password(SecretString);

#[derive(Debug, thiserror::Error)]
pub enum PasswordError {
    #[error("The password must be 12 to 256 characters long.")]
    Length,
    #[error("hashing failed: {0}")]
    Hash(String),
}

impl Password {
    pub fn parse(input: SecretString) -> Result<Password, PasswordError> {
        let len = input.expose_secret().chars().count();
        if !(12..=256).contains(&len) {
            return Err(PasswordError::Length);
        }
        Ok(Password(input))
    }

    /// An argon2id PHC string with a random salt.
    pub fn hash(&self) -> Result<String, PasswordError> {
        let mut bytes = [0u8; 16];
        rand::RngCore::fill_bytes(&mut rand::rng(), &mut bytes);
        let salt =
            SaltString::encode_b64(&bytes).map_err(|e| PasswordError::Hash(e.to_string()))?;
        hasher()
            .hash_password(self.0.expose_secret().as_bytes(), &salt)
            .map(|h| h.to_string())
            .map_err(|e| PasswordError::Hash(e.to_string()))
    }
}

/// m = 19456 KiB, t = 2, p = 1 (OWASP's minimum for argon2id).
fn hasher() -> Argon2<'static> {
    let params = Params::new(19_456, 2, 1, None).unwrap_or_default();
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
}

/// Checks `candidate` against `hash`. With no account, checks against `dummy` instead, so that an
/// unknown address costs the same time as a wrong password.
pub fn verify(candidate: &SecretString, hash: Option<&str>, dummy: &str) -> bool {
    let known = hash.is_some();
    let Ok(parsed) = PasswordHash::new(hash.unwrap_or(dummy)) else {
        return false;
    };
    let matches = hasher()
        .verify_password(candidate.expose_secret().as_bytes(), &parsed)
        .is_ok();
    known && matches
}

/// The hash that unknown addresses are checked against.
pub fn dummy_hash() -> Result<String, PasswordError> {
    Password(
        crate::domain::RawToken::generate()
            .expose()
            .to_owned()
            .into(),
    )
    .hash()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_verify_and_rules_hold() {
        let password = Password::parse("correct horse battery".to_owned().into()).unwrap();
        let hash = password.hash().unwrap();
        assert!(hash.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"));
        let dummy = dummy_hash().unwrap();
        assert!(verify(
            &"correct horse battery".to_owned().into(),
            Some(&hash),
            &dummy
        ));
        assert!(!verify(
            &"wrong horse battery".to_owned().into(),
            Some(&hash),
            &dummy
        ));
        assert!(!verify(
            &"correct horse battery".to_owned().into(),
            None,
            &hash
        ));
        assert!(Password::parse("short".to_owned().into()).is_err());
    }
}
