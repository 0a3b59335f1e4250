use chrono::{DateTime, NaiveDateTime, Utc};
use diesel::prelude::*;
use serde::Serialize;

use super::{Signature, SignatureKind};
use crate::db::schema::signatures;

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
    /// The domain the signature was confirmed from, when it is an institution's, a
    /// university's or (for an organisation) its own website's, and the signer agreed to show
    /// it. Never the address.
    pub confirmed_domain: Option<String>,
    /// The person's ORCID iD (never an anonymous signer's).
    pub orcid: Option<String>,
    /// The iD was proven by signing in with ORCID.
    pub orcid_verified: bool,
    /// A moderator approved the entry.
    pub moderated: bool,
    /// The version of the letter's text it was signed on.
    pub version: i32,
}

/// The columns a public entry is made from, read alone where only the public list is wanted
/// (`Signature::list_published`, `Signature::recent`): a download of a million entries reads
/// 13 columns instead of the row's 32.
#[derive(Debug, Queryable, Selectable)]
#[diesel(table_name = signatures)]
pub(super) struct Published {
    pub(super) id: i64,
    pub(super) pinned: bool,
    kind: SignatureKind,
    public: bool,
    name: Option<String>,
    title: Option<String>,
    organisation: Option<String>,
    created_at: NaiveDateTime,
    confirmed_domain: Option<String>,
    orcid: Option<String>,
    orcid_verified: bool,
    moderated: bool,
    version: i32,
}

impl From<&Signature> for Published {
    fn from(s: &Signature) -> Self {
        Published {
            id: s.id,
            pinned: s.pinned,
            kind: s.kind(),
            public: s.public,
            name: s.name.clone(),
            title: s.title.clone(),
            organisation: s.organisation.clone(),
            created_at: s.created_at,
            confirmed_domain: s.confirmed_domain.clone(),
            orcid: s.orcid.clone(),
            orcid_verified: s.orcid_verified,
            moderated: s.moderated,
            version: s.version,
        }
    }
}

impl From<&Signature> for PublicEntry {
    fn from(s: &Signature) -> Self {
        PublicEntry::from(Published::from(s))
    }
}

impl From<Published> for PublicEntry {
    fn from(s: Published) -> Self {
        let named = s.kind == SignatureKind::Organisation || s.public;
        let orcid = s.orcid.filter(|_| named);
        let evidence = PublicEntry {
            name: String::new(),
            title: None,
            organisation: None,
            kind: s.kind,
            signed_at: s.created_at.and_utc(),
            confirmed_domain: s.confirmed_domain,
            orcid_verified: s.orcid_verified && orcid.is_some(),
            orcid,
            moderated: s.moderated,
            version: s.version,
        };
        match s.kind {
            SignatureKind::Organisation => PublicEntry {
                name: s.organisation.unwrap_or_default(),
                ..evidence
            },
            SignatureKind::Individual if s.public => PublicEntry {
                name: s.name.unwrap_or_default(),
                title: s.title,
                organisation: s.organisation,
                ..evidence
            },
            SignatureKind::Individual => PublicEntry {
                name: "Anonymous".to_owned(),
                title: s.title,
                ..evidence
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
            confirmed_domain: None,
            orcid: None,
            orcid_verified: false,
            moderated: false,
            version: 1,
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
