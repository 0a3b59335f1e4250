//! Moderator passwords: argon2id at OWASP's parameters, always run off the async threads.

use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::{Algorithm, Argon2, Block, Params, Version};
use secrecy::{ExposeSecret, SecretString};
use subtle::ConstantTimeEq;

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
fn params() -> Params {
    Params::new(19_456, 2, 1, None).unwrap_or_default()
}

fn hasher() -> Argon2<'static> {
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params())
}

/// Argon2's working memory for one verification, kept and reused: 19 MiB freed after each
/// login stayed in the allocator's per-thread arenas, so memory grew with the threads that had
/// verified (to hundreds of MiB under a burst).
pub struct Memory(Vec<Block>);

impl Default for Memory {
    fn default() -> Self {
        Memory(vec![Block::default(); params().block_count()])
    }
}

/// Checks `candidate` against `hash`. With no account, checks against `dummy` instead, so that an
/// unknown address costs the same time as a wrong password.
pub fn verify(
    candidate: &SecretString,
    hash: Option<&str>,
    dummy: &str,
    memory: &mut Memory,
) -> bool {
    let known = hash.is_some();
    let Ok(parsed) = PasswordHash::new(hash.unwrap_or(dummy)) else {
        return false;
    };
    let matches = verify_in(candidate.expose_secret().as_bytes(), &parsed, memory);
    known && matches == Some(true)
}

/// Recomputes the hash with `parsed`'s parameters and salt in `memory`, and compares. None:
/// the hash cannot be read.
fn verify_in(pwd: &[u8], parsed: &PasswordHash, memory: &mut Memory) -> Option<bool> {
    let expected = parsed.hash?;
    let mut salt_bytes = [0u8; 64];
    let salt = parsed.salt?.decode_b64(&mut salt_bytes).ok()?;
    let params = Params::try_from(parsed).ok()?;
    if params.block_count() > memory.0.len() {
        // Made with more memory than is kept (another configuration): allocated for it.
        return Some(hasher().verify_password(pwd, parsed).is_ok());
    }
    let algorithm = Algorithm::try_from(parsed.algorithm).ok()?;
    let version = match parsed.version {
        Some(v) => Version::try_from(v).ok()?,
        None => Version::default(),
    };
    let mut out = vec![0u8; expected.len()];
    Argon2::new(algorithm, version, params)
        .hash_password_into_with_memory(pwd, salt, &mut out, memory.0.as_mut_slice())
        .ok()?;
    Some(out.ct_eq(expected.as_bytes()).into())
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
        let memory = &mut Memory::default();
        assert!(verify(
            &"correct horse battery".to_owned().into(),
            Some(&hash),
            &dummy,
            memory
        ));
        assert!(!verify(
            &"wrong horse battery".to_owned().into(),
            Some(&hash),
            &dummy,
            memory
        ));
        assert!(!verify(
            &"correct horse battery".to_owned().into(),
            None,
            &hash,
            memory
        ));
        // Hashes made with less or more memory than is kept verify too.
        for m in [8_192, 24_576] {
            let other = Argon2::new(
                Algorithm::Argon2id,
                Version::V0x13,
                Params::new(m, 2, 1, None).unwrap(),
            )
            .hash_password(
                b"correct horse battery",
                &SaltString::encode_b64(b"sixteen byte sal").unwrap(),
            )
            .unwrap()
            .to_string();
            let right = "correct horse battery".to_owned().into();
            assert!(verify(&right, Some(&other), &dummy, memory), "m={m}");
            let wrong = "wrong horse battery".to_owned().into();
            assert!(!verify(&wrong, Some(&other), &dummy, memory), "m={m}");
        }
        assert!(Password::parse("short".to_owned().into()).is_err());
    }
}
