//! Keyed hashes: values that must be compared (a mail recipient, later a network) without
//! being readable by anyone who holds only the database.

use hmac::{Hmac, Mac};
use secrecy::{ExposeSecret, SecretString};
use sha2::Sha256;

#[derive(Clone)]
pub struct SecretKey(SecretString);

impl SecretKey {
    pub fn new(secret: SecretString) -> Self {
        Self(secret)
    }

    /// HMAC-SHA-256 of `value` under the secret, separated by `purpose`, in hex.
    pub fn keyed_hash(&self, purpose: &str, value: &str) -> String {
        let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(self.0.expose_secret().as_bytes())
            .unwrap_or_else(|_| unreachable!("HMAC accepts keys of any length"));
        mac.update(purpose.as_bytes());
        mac.update(b"\0");
        mac.update(value.as_bytes());
        hex::encode(mac.finalize().into_bytes())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keyed_by_secret_and_purpose() {
        let a = SecretKey::new("a".repeat(32).into());
        let b = SecretKey::new("b".repeat(32).into());
        assert_eq!(
            a.keyed_hash("mail", "x@y.org"),
            a.keyed_hash("mail", "x@y.org")
        );
        assert_ne!(
            a.keyed_hash("mail", "x@y.org"),
            b.keyed_hash("mail", "x@y.org")
        );
        assert_ne!(
            a.keyed_hash("mail", "x@y.org"),
            a.keyed_hash("ip", "x@y.org")
        );
    }
}
