//! The sign form's signed timestamp. A form sent back within seconds of being served, or days
//! later (a replayed capture), or with a stamp we did not make, is what a bot does.

use crate::domain::constant_time_eq;
use crate::keys::SecretKey;

/// Faster than any person fills the form (the default of `Settings::form_min_seconds`).
pub const TOO_FAST: i64 = 2;
/// Older than this, the form was captured and replayed.
const STALE: i64 = 24 * 3600;

#[derive(Debug, PartialEq, Eq)]
pub enum StampVerdict {
    Fine,
    TooFast,
    Stale,
    Forged,
}

pub struct FormStamp;

impl FormStamp {
    /// `{unix seconds}.{keyed hash}`, put in a hidden field when the form is served.
    pub fn issue(secret: &SecretKey, now: i64) -> String {
        format!("{now}.{}", Self::mac(secret, now))
    }

    fn mac(secret: &SecretKey, at: i64) -> String {
        secret.keyed_hash("form-stamp", &at.to_string())[..32].to_owned()
    }

    /// The half day `now` falls in. A page served with a stamp may be answered 304 while the
    /// era lasts, so a browser keeps a stamp at most half a day old: a day before it is stale.
    pub fn era(now: i64) -> i64 {
        now.div_euclid(STALE / 2)
    }

    /// `min_age`: seconds a person needs at least (`TOO_FAST` unless configured).
    pub fn check(secret: &SecretKey, stamp: &str, now: i64, min_age: i64) -> StampVerdict {
        let Some((at, mac)) = stamp.split_once('.') else {
            return StampVerdict::Forged;
        };
        let Ok(at) = at.parse::<i64>() else {
            return StampVerdict::Forged;
        };
        if !constant_time_eq(mac, &Self::mac(secret, at)) {
            return StampVerdict::Forged;
        }
        match now - at {
            age if age < min_age => StampVerdict::TooFast,
            age if age > STALE => StampVerdict::Stale,
            _ => StampVerdict::Fine,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stamps() {
        let key = SecretKey::new("k".repeat(32).into());
        let stamp = FormStamp::issue(&key, 1_000);
        assert_eq!(
            FormStamp::check(&key, &stamp, 1_010, TOO_FAST),
            StampVerdict::Fine
        );
        assert_eq!(
            FormStamp::check(&key, &stamp, 1_001, TOO_FAST),
            StampVerdict::TooFast
        );
        assert_eq!(
            FormStamp::check(&key, &stamp, 1_000 + 2 * 86_400, TOO_FAST),
            StampVerdict::Stale
        );
        assert_eq!(
            FormStamp::check(&key, "1000.abcdef", 1_010, TOO_FAST),
            StampVerdict::Forged
        );
        assert_eq!(
            FormStamp::check(&key, "", 1_010, TOO_FAST),
            StampVerdict::Forged
        );
        let other = SecretKey::new("o".repeat(32).into());
        assert_eq!(
            FormStamp::check(&other, &stamp, 1_010, TOO_FAST),
            StampVerdict::Forged
        );
    }
}
