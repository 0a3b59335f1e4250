use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use rand::RngCore;
use sha2::{Digest, Sha256};
use subtle::ConstantTimeEq;

/// A secret sent by mail: 256 random bits, URL-safe. Only its hash is ever stored.
pub struct RawToken(String);

const ENCODED_LEN: usize = 43;

impl RawToken {
    pub fn generate() -> Self {
        let mut bytes = [0u8; 32];
        rand::rng().fill_bytes(&mut bytes);
        Self(URL_SAFE_NO_PAD.encode(bytes))
    }

    /// Accepts only what `generate` could have produced.
    pub fn parse(input: &str) -> Option<Self> {
        let ok = input.len() == ENCODED_LEN
            && input
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
        ok.then(|| Self(input.to_owned()))
    }

    pub fn hash(&self) -> String {
        hex::encode(Sha256::digest(self.0.as_bytes()))
    }

    pub fn expose(&self) -> &str {
        &self.0
    }
}

pub fn constant_time_eq(a: &str, b: &str) -> bool {
    a.as_bytes().ct_eq(b.as_bytes()).into()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_and_shape() {
        let t = RawToken::generate();
        assert_eq!(t.expose().len(), ENCODED_LEN);
        let parsed = RawToken::parse(t.expose()).unwrap();
        assert_eq!(parsed.hash(), t.hash());
        assert_ne!(RawToken::generate().expose(), t.expose());
        assert!(RawToken::parse("short").is_none());
        assert!(RawToken::parse(&"%".repeat(ENCODED_LEN)).is_none());
    }
}
