/// An organisation's public web site, http or https, with a real host name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Website(String);

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum WebsiteError {
    #[error("Please give the organisation's website.")]
    Empty,
    #[error("Please give a web address such as https://example.org.")]
    Invalid,
}

impl Website {
    pub const MAX: usize = 200;

    pub fn parse(input: &str) -> Result<Self, WebsiteError> {
        let trimmed = input.trim();
        if trimmed.is_empty() {
            return Err(WebsiteError::Empty);
        }
        if trimmed.len() > Self::MAX || trimmed.chars().any(|c| c.is_control() || c.is_whitespace())
        {
            return Err(WebsiteError::Invalid);
        }
        let with_scheme = if trimmed.contains("://") {
            trimmed.to_owned()
        } else {
            format!("https://{trimmed}")
        };
        let url = url::Url::parse(&with_scheme).map_err(|_| WebsiteError::Invalid)?;
        let host_ok = matches!(url.host(), Some(url::Host::Domain(d)) if d.contains('.'));
        if !matches!(url.scheme(), "http" | "https") || !host_ok || !url.username().is_empty() {
            return Err(WebsiteError::Invalid);
        }
        Ok(Self(url.to_string()))
    }
}

impl AsRef<str> for Website {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn websites() {
        assert_eq!(
            Website::parse("example.org").unwrap().as_ref(),
            "https://example.org/"
        );
        for bad in [
            "javascript:alert(1)",
            "ftp://x.org",
            "http://localhost",
            "http://u:p@x.org",
            "x y.org",
        ] {
            assert!(Website::parse(bad).is_err(), "{bad:?}");
        }
    }
}
