/// A letter's identifier in URLs and on disk: lower-case ASCII letters, digits and dashes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Slug(String);

impl Slug {
    pub fn parse(input: &str) -> Option<Self> {
        let ok = (1..=64).contains(&input.len())
            && !input.starts_with('-')
            && input
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
        ok.then(|| Self(input.to_owned()))
    }
}

/// Lets a path segment arrive already parsed: `web::Path<Slug>`.
impl<'de> serde::Deserialize<'de> for Slug {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        Slug::parse(&text).ok_or_else(|| serde::de::Error::custom("not a letter's slug"))
    }
}

impl std::fmt::Display for Slug {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// Read as the text it is, wherever a `&str` is taken.
impl std::ops::Deref for Slug {
    type Target = str;

    fn deref(&self) -> &str {
        &self.0
    }
}

impl AsRef<str> for Slug {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::Slug;

    #[test]
    fn slugs() {
        assert!(Slug::parse("stop-sim-2023").is_some());
        for bad in ["", "-x", "Upper", "a/b", "..", "a b", &"a".repeat(65)] {
            assert!(Slug::parse(bad).is_none(), "{bad:?}");
        }
    }
}
