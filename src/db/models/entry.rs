use chrono::{DateTime, Utc};
use serde::Serialize;

use super::{Signature, SignatureKind};

/// A signature as the public sees it. Built only from the fields that may be published:
/// an anonymous signer's name and affiliation never reach it.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct PublicEntry {
    /// The published name: the person's, "Anonymous", or the organisation's.
    pub name: String,
    pub title: Option<String>,
    pub organisation: Option<String>,
    #[schema(value_type = String, pattern = "^(individual|organisation)$")]
    pub kind: SignatureKind,
    pub signed_at: DateTime<Utc>,
}

impl From<&Signature> for PublicEntry {
    fn from(s: &Signature) -> Self {
        let signed_at = s.created_at.and_utc();
        match s.kind() {
            SignatureKind::Organisation => PublicEntry {
                name: s.organisation.clone().unwrap_or_default(),
                title: None,
                organisation: None,
                kind: SignatureKind::Organisation,
                signed_at,
            },
            SignatureKind::Individual if s.public => PublicEntry {
                name: s.name.clone().unwrap_or_default(),
                title: s.title.clone(),
                organisation: s.organisation.clone(),
                kind: SignatureKind::Individual,
                signed_at,
            },
            SignatureKind::Individual => PublicEntry {
                name: "Anonymous".to_owned(),
                title: s.title.clone(),
                organisation: None,
                kind: SignatureKind::Individual,
                signed_at,
            },
        }
    }
}

impl PublicEntry {
    /// "Name, Title." / "Name." for people; the name alone for organisations.
    pub fn line(&self) -> String {
        if self.kind == SignatureKind::Organisation {
            return self.name.clone();
        }
        match self.title.as_deref().map(|t| t.trim_end_matches('.')) {
            Some(title) if !title.is_empty() => format!("{}, {title}.", self.name),
            _ => format!("{}.", self.name.trim_end_matches('.')),
        }
    }

    pub fn is_organisation(&self) -> bool {
        self.kind == SignatureKind::Organisation
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(name: &str, title: Option<&str>) -> PublicEntry {
        PublicEntry {
            name: name.into(),
            title: title.map(Into::into),
            organisation: None,
            kind: SignatureKind::Individual,
            signed_at: Utc::now(),
        }
    }

    #[test]
    fn published_lines() {
        assert_eq!(
            entry("Dr Jay Watts", Some("Psychologist")).line(),
            "Dr Jay Watts, Psychologist."
        );
        assert_eq!(
            entry("Tony Deane", Some("AMHP.")).line(),
            "Tony Deane, AMHP."
        );
        assert_eq!(entry("Jo Bloggs", None).line(), "Jo Bloggs.");
    }
}
