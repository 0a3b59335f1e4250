//! An ORCID iD (https://orcid.org): sixteen characters in four groups, the last one a check
//! character computed with ISO 7064 MOD 11-2.

/// A valid ORCID iD, stored as `0000-0002-1825-0097`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Orcid(String);

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum OrcidError {
    #[error("An ORCID iD has 16 characters, like 0000-0002-1825-0097.")]
    Shape,
    #[error("This ORCID iD has a typo: its last character does not match the others.")]
    Checksum,
}

impl Orcid {
    /// Accepts the bare iD or its URL (`https://orcid.org/0000-…`), with or without hyphens.
    pub fn parse(input: &str) -> Result<Self, OrcidError> {
        let trimmed = input.trim();
        let bare = ["https://orcid.org/", "http://orcid.org/", "orcid.org/"]
            .iter()
            .find_map(|prefix| trimmed.strip_prefix(prefix))
            .unwrap_or(trimmed);
        let chars: Vec<char> = bare
            .chars()
            .filter(|c| *c != '-')
            .map(|c| c.to_ascii_uppercase())
            .collect();
        let shaped = chars.len() == 16
            && chars[..15].iter().all(char::is_ascii_digit)
            && (chars[15].is_ascii_digit() || chars[15] == 'X')
            && bare.len() <= 19;
        if !shaped {
            return Err(OrcidError::Shape);
        }
        if check_character(&chars[..15]) != chars[15] {
            return Err(OrcidError::Checksum);
        }
        let groups: Vec<String> = chars.chunks(4).map(|g| g.iter().collect()).collect();
        Ok(Orcid(groups.join("-")))
    }

    /// The empty field is no iD; anything else must be valid.
    pub fn parse_optional(input: &str) -> Result<Option<Self>, OrcidError> {
        if input.trim().is_empty() {
            Ok(None)
        } else {
            Self::parse(input).map(Some)
        }
    }
}

/// ISO 7064 MOD 11-2 over the first fifteen digits.
fn check_character(digits: &[char]) -> char {
    let total = digits
        .iter()
        .filter_map(|c| c.to_digit(10))
        .fold(0, |total, d| (total + d) * 2);
    match (12 - total % 11) % 11 {
        10 => 'X',
        n => char::from_digit(n, 10).unwrap_or('?'),
    }
}

impl AsRef<str> for Orcid {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn valid_ids_in_every_spelling() {
        for id in [
            "0000-0002-1825-0097",
            "https://orcid.org/0000-0002-1825-0097",
            " 0000000218250097 ",
        ] {
            assert_eq!(Orcid::parse(id).unwrap().as_ref(), "0000-0002-1825-0097");
        }
        assert_eq!(
            Orcid::parse("0000-0002-9079-593x").unwrap().as_ref(),
            "0000-0002-9079-593X"
        );
        assert_eq!(Orcid::parse_optional("  "), Ok(None));
    }

    #[test]
    fn typos_and_junk_are_refused() {
        assert_eq!(
            Orcid::parse("0000-0002-1825-0098"),
            Err(OrcidError::Checksum)
        );
        for bad in [
            "0000-0002-1825",
            "0000-0002-1825-009X1",
            "abcd-0002-1825-0097",
            "https://evil.example/0000-0002-1825-0097",
            "0000-0002-1825-0097\u{202e}",
        ] {
            assert!(Orcid::parse(bad).is_err(), "{bad:?}");
        }
    }
}
