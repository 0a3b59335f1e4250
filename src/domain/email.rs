use validator::ValidateEmail;

/// A syntactically valid address that lettre can send to, kept as typed (trimmed).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EmailAddress(String);

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum EmailError {
    #[error("Please enter your email address.")]
    Empty,
    #[error("Please enter a valid email address, like name@example.org.")]
    Invalid,
}

/// Providers that deliver `a.b+tag@` to `ab@`: dots and tags are removed from the key.
const DOTS_AND_TAGS_IGNORED: &[&str] = &["gmail.com", "googlemail.com"];
/// Providers that deliver `a+tag@` to `a@`.
const TAGS_IGNORED: &[&str] = &[
    "outlook.com",
    "hotmail.com",
    "hotmail.co.uk",
    "live.com",
    "live.co.uk",
    "msn.com",
    "icloud.com",
    "me.com",
    "mac.com",
    "fastmail.com",
    "fastmail.fm",
    "protonmail.com",
    "proton.me",
    "pm.me",
    "yandex.com",
    "yandex.ru",
];

impl EmailAddress {
    pub const MAX: usize = 254;

    pub fn parse(input: &str) -> Result<Self, EmailError> {
        let trimmed = input.trim();
        if trimmed.is_empty() {
            return Err(EmailError::Empty);
        }
        let sendable = trimmed.parse::<lettre::Address>().is_ok();
        // A public address: the domain has a dot (no `user@localhost`).
        let public_domain = trimmed
            .rsplit_once('@')
            .is_some_and(|(_, d)| d.contains('.') && !d.starts_with('.') && !d.ends_with('.'));
        if trimmed.len() > Self::MAX
            || !sendable
            || !public_domain
            || !trimmed.validate_email()
            || trimmed.chars().any(|c| c.is_control() || c.is_whitespace())
        {
            return Err(EmailError::Invalid);
        }
        Ok(Self(trimmed.to_owned()))
    }

    /// The form compared for "one signature per person": trimmed, case folded, and without the
    /// dots and `+tags` that the recipient's provider ignores.
    pub fn canonical(&self) -> String {
        let lower = self.0.to_lowercase();
        let Some((local, domain)) = lower.rsplit_once('@') else {
            return lower;
        };
        let domain = domain.trim_end_matches('.');
        let untagged = |l: &str| l.split('+').next().unwrap_or(l).to_owned();
        if DOTS_AND_TAGS_IGNORED.contains(&domain) {
            format!("{}@gmail.com", untagged(local).replace('.', ""))
        } else if TAGS_IGNORED.contains(&domain) {
            format!("{}@{domain}", untagged(local))
        } else {
            format!("{local}@{domain}")
        }
    }
}

impl AsRef<str> for EmailAddress {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn canonical_forms() {
        let key = |s: &str| EmailAddress::parse(s).unwrap().canonical();
        assert_eq!(
            key(" Jay.Watts+letter@GoogleMail.com "),
            "jaywatts@gmail.com"
        );
        assert_eq!(key("jay+x@outlook.com"), "jay@outlook.com");
        assert_eq!(key("Jay.Watts+x@nhs.net"), "jay.watts+x@nhs.net");
    }

    #[test]
    fn refuses_junk_and_header_injection() {
        for bad in [
            "",
            "plain",
            "a@b",
            "a@@b.org",
            "a b@c.org",
            "a@b.org\r\nBcc: x@y.org",
            "<a@b.org>",
            "a@b.org\u{0}",
        ] {
            assert!(EmailAddress::parse(bad).is_err(), "{bad:?}");
        }
        assert!(EmailAddress::parse(&format!("{}@example.org", "a".repeat(250))).is_err());
    }
}

#[cfg(test)]
mod properties {
    use proptest::prelude::*;

    use super::*;

    proptest! {
        #[test]
        fn any_input_parses_or_is_refused_without_panic(input in any::<String>()) {
            if let Ok(email) = EmailAddress::parse(&input) {
                prop_assert!(!email.as_ref().chars().any(|c| c.is_control() || c.is_whitespace()));
                prop_assert!(email.as_ref().len() <= EmailAddress::MAX);
                let key = email.canonical();
                prop_assert_eq!(key.to_lowercase(), key.clone());
                prop_assert_eq!(EmailAddress::parse(email.as_ref()).map(|e| e.canonical()), Ok(key));
            }
        }

        #[test]
        fn plausible_addresses_round_trip(local in "[a-zA-Z0-9_+-]{1,8}(\\.[a-zA-Z0-9_+-]{1,8}){0,2}", domain in "[a-z]{1,10}\\.(org|com|net)") {
            let input = format!("{local}@{domain}");
            let parsed = EmailAddress::parse(&input);
            prop_assert!(parsed.is_ok(), "{input:?} refused: {parsed:?}");
            let email = parsed.unwrap();
            prop_assert!(email.canonical().ends_with(&domain.to_lowercase()));
        }
    }
}
