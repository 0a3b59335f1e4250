use std::collections::BTreeMap;

use chrono::NaiveDateTime;
use serde::Deserialize;

use crate::db::models::{Flag, Listing, NewSignature, SignatureKind, SignatureState};
use crate::domain::{
    EmailAddress, EmailError, Orcid, OrcidError, OrganisationName, PersonName, TextError, Title,
    Website, WebsiteError,
};
use crate::i18n::Lang;

/// The sign form as posted (every field as typed, so that it can be shown again).
#[derive(Debug, Default, Clone, Deserialize)]
#[serde(default)]
pub struct SignForm {
    pub kind: String,
    pub name: String,
    pub title: String,
    pub organisation: String,
    pub website: String,
    pub email: String,
    /// The checkbox: present when the signer agrees to be named.
    pub public: Option<String>,
    /// The checkbox: show the domain of the work address the signature was confirmed from.
    pub show_domain: Option<String>,
    /// The checkbox: mail me news about this letter (unticked unless the signer ticks it).
    pub news: Option<String>,
    /// Optional ORCID iD, as typed.
    pub orcid: String,
    /// The service's proof that ORCID vouched for `orcid` (`orcid::proof`), from the sign-in.
    pub orcid_proof: String,
    /// The honeypot: hidden from people, filled in by bots.
    pub nickname: String,
    /// The signed time the form was served (`abuse::FormStamp`).
    pub form_ts: String,
    /// The interface language the form was read in (`en`, `fr`, …): mails follow it.
    pub lang: String,
}

/// One message per field that needs fixing, keyed by the field's name.
pub type FieldErrors = BTreeMap<&'static str, FieldError>;

/// What is wrong with a field: a message of the interface (`locales/*/signing.ftl`), shown in
/// the reader's language, and in English in the API and the logs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldError {
    id: &'static str,
    arg: Option<(&'static str, String)>,
}

impl FieldError {
    pub const fn new(id: &'static str) -> Self {
        FieldError { id, arg: None }
    }

    pub fn with(id: &'static str, name: &'static str, value: String) -> Self {
        FieldError {
            id,
            arg: Some((name, value)),
        }
    }

    /// The message in the page's language.
    pub fn show(&self, tr: &crate::i18n::Locale) -> String {
        self.in_lang(tr.lang)
    }

    pub fn in_lang(&self, lang: Lang) -> String {
        match &self.arg {
            Some((name, value)) => lang.t1(self.id, name, value),
            None => lang.t(self.id),
        }
    }
}

impl std::fmt::Display for FieldError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.in_lang(Lang::En))
    }
}

impl serde::Serialize for FieldError {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl From<TextError> for FieldError {
    fn from(e: TextError) -> Self {
        match e {
            TextError::Empty => FieldError::new("invalid-required"),
            TextError::TooLong(n) => FieldError::with("invalid-too-long", "n", n.to_string()),
            TextError::Forbidden(c) => FieldError::with("invalid-forbidden", "character", c),
            TextError::NoLetters => FieldError::new("invalid-no-letters"),
        }
    }
}

impl From<EmailError> for FieldError {
    fn from(e: EmailError) -> Self {
        FieldError::new(match e {
            EmailError::Empty => "invalid-email-empty",
            EmailError::Invalid => "invalid-email",
        })
    }
}

impl From<OrcidError> for FieldError {
    fn from(e: OrcidError) -> Self {
        FieldError::new(match e {
            OrcidError::Shape => "invalid-orcid-shape",
            OrcidError::Checksum => "invalid-orcid-checksum",
        })
    }
}

impl From<WebsiteError> for FieldError {
    fn from(e: WebsiteError) -> Self {
        FieldError::new(match e {
            WebsiteError::Empty => "invalid-website-empty",
            WebsiteError::Invalid => "invalid-website",
        })
    }
}

#[derive(Debug)]
pub enum Signer {
    Individual {
        name: PersonName,
        title: Option<Title>,
        affiliation: Option<OrganisationName>,
        public: bool,
        orcid: Option<Orcid>,
        /// The signer proved the iD by signing in with ORCID.
        orcid_verified: bool,
        show_domain: bool,
    },
    /// `contact` and `role` are the person signing for it, seen by moderators only.
    Organisation {
        name: OrganisationName,
        website: Website,
        contact: PersonName,
        role: Title,
    },
}

/// A signature that passed every check.
#[derive(Debug)]
pub struct Submission {
    pub email: EmailAddress,
    pub signer: Signer,
    /// The signer asked for news about the letter.
    pub news: bool,
    /// The language the signer read the form in.
    pub lang: Lang,
}

impl TryFrom<&SignForm> for Submission {
    type Error = FieldErrors;

    fn try_from(form: &SignForm) -> Result<Self, FieldErrors> {
        let mut errors = FieldErrors::new();
        let email = check(&mut errors, "email", EmailAddress::parse(&form.email));
        let signer = match form.kind.as_str() {
            "" | "individual" => {
                let name = check(&mut errors, "name", PersonName::parse(&form.name));
                let title = check(&mut errors, "title", Title::parse_optional(&form.title));
                let affiliation = check(
                    &mut errors,
                    "organisation",
                    OrganisationName::parse_optional(&form.organisation),
                );
                let orcid = check(&mut errors, "orcid", Orcid::parse_optional(&form.orcid));
                match (name, title, affiliation, orcid) {
                    (Some(name), Some(title), Some(affiliation), Some(orcid)) => {
                        Some(Signer::Individual {
                            name,
                            title,
                            affiliation,
                            public: form.public.is_some(),
                            orcid,
                            orcid_verified: false,
                            show_domain: form.show_domain.is_some(),
                        })
                    }
                    _ => None,
                }
            }
            "organisation" => {
                let name = check(
                    &mut errors,
                    "organisation",
                    OrganisationName::parse(&form.organisation),
                );
                let website = check(&mut errors, "website", Website::parse(&form.website));
                let contact = check(&mut errors, "name", PersonName::parse(&form.name));
                let role = check(&mut errors, "title", Title::parse(&form.title));
                match (name, website, contact, role) {
                    (Some(name), Some(website), Some(contact), Some(role)) => {
                        Some(Signer::Organisation {
                            name,
                            website,
                            contact,
                            role,
                        })
                    }
                    _ => None,
                }
            }
            _ => {
                errors.insert("kind", FieldError::new("invalid-kind"));
                None
            }
        };
        match (email, signer) {
            (Some(email), Some(signer)) if errors.is_empty() => Ok(Submission {
                email,
                signer,
                news: form.news.is_some(),
                lang: Lang::parse(&form.lang).unwrap_or_default(),
            }),
            _ => Err(errors),
        }
    }
}

fn check<T>(
    errors: &mut FieldErrors,
    field: &'static str,
    result: Result<T, impl Into<FieldError>>,
) -> Option<T> {
    result.map_err(|e| errors.insert(field, e.into())).ok()
}

impl Submission {
    /// A person's choices beside the published fields: their iD and whether to show the domain
    /// they confirmed from (an organisation has neither).
    pub fn choices(&self) -> (Option<&Orcid>, bool) {
        match &self.signer {
            Signer::Individual {
                orcid, show_domain, ..
            } => (orcid.as_ref(), *show_domain),
            Signer::Organisation { .. } => (None, false),
        }
    }

    /// The same submission, its mails to be written in `lang`.
    pub fn in_language(mut self, lang: Lang) -> Self {
        self.lang = lang;
        self
    }

    /// Marks the iD verified when `proven` says the sign-in vouched for it.
    pub fn prove_orcid(mut self, proven: impl Fn(&Orcid) -> bool) -> Self {
        if let Signer::Individual {
            orcid: Some(orcid),
            orcid_verified,
            ..
        } = &mut self.signer
        {
            *orcid_verified = proven(orcid);
        }
        self
    }

    /// For a letter that refuses throwaway addresses: the same submission, or the email error.
    pub fn for_letter(self, refuse_disposable: bool) -> Result<Submission, FieldErrors> {
        if refuse_disposable && crate::abuse::is_disposable(self.email.as_ref()) {
            let message = FieldError::new("invalid-disposable");
            return Err(FieldErrors::from([("email", message)]));
        }
        Ok(self)
    }

    /// The row for this submission, unverified, flagged if the address is a throwaway one.
    pub fn to_row(&self, letter_id: i64, now: NaiveDateTime) -> NewSignature {
        let mut row = NewSignature::new(
            letter_id,
            self.signer.listing(),
            Some(&self.email),
            SignatureState::Unverified,
            now,
        );
        if crate::abuse::is_disposable(self.email.as_ref()) {
            row.flags = row.flags.with(Flag::Disposable);
        }
        if let Signer::Individual {
            orcid,
            orcid_verified,
            show_domain,
            ..
        } = &self.signer
        {
            row.orcid = orcid.as_ref().map(|o| o.as_ref().to_owned());
            row.orcid_verified = *orcid_verified;
            row.show_domain = *show_domain;
        }
        row
    }
}

impl Signer {
    /// What the signer is listed as.
    pub fn listing(&self) -> Listing {
        let text = |s: &dyn AsRef<str>| s.as_ref().to_owned();
        match self {
            Signer::Individual {
                name,
                title,
                affiliation,
                public,
                ..
            } => Listing {
                kind: SignatureKind::Individual,
                public: *public,
                name: Some(text(name)),
                title: title.as_ref().map(|t| text(t)),
                organisation: affiliation.as_ref().map(|a| text(a)),
                website: None,
            },
            Signer::Organisation {
                name,
                website,
                contact,
                role,
            } => Listing {
                kind: SignatureKind::Organisation,
                public: true,
                name: Some(text(contact)),
                title: Some(text(role)),
                organisation: Some(text(name)),
                website: Some(text(website)),
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form(kind: &str) -> SignForm {
        SignForm {
            kind: kind.into(),
            name: "Jo Bloggs".into(),
            title: "Nurse".into(),
            organisation: "St Elsewhere".into(),
            website: "stelsewhere.org".into(),
            email: "jo@example.org".into(),
            public: None,
            ..SignForm::default()
        }
    }

    #[test]
    fn every_bad_field_is_reported() {
        let bad = SignForm {
            name: "".into(),
            email: "nope".into(),
            title: "x\u{202e}".into(),
            ..form("individual")
        };
        let errors = Submission::try_from(&bad).unwrap_err();
        assert_eq!(
            errors.keys().copied().collect::<Vec<_>>(),
            ["email", "name", "title"]
        );
        let errors = Submission::try_from(&form("robot")).unwrap_err();
        assert!(errors.contains_key("kind"));
    }

    #[test]
    fn anonymous_signers_are_not_searchable_by_name() {
        let row = Submission::try_from(&form("individual"))
            .unwrap()
            .to_row(1, chrono::Utc::now().naive_utc());
        assert!(!row.public);
        assert_eq!(row.search_key, "anonymous nurse");
        assert_eq!(row.name.as_deref(), Some("Jo Bloggs"));
    }

    #[test]
    fn organisations_need_a_website_and_role() {
        let org = Submission::try_from(&form("organisation"))
            .unwrap()
            .to_row(1, chrono::Utc::now().naive_utc());
        assert_eq!(org.organisation.as_deref(), Some("St Elsewhere"));
        assert_eq!(org.website.as_deref(), Some("https://stelsewhere.org/"));
        let errors = Submission::try_from(&SignForm {
            website: "".into(),
            title: "".into(),
            ..form("organisation")
        })
        .unwrap_err();
        assert!(errors.contains_key("website") && errors.contains_key("title"));
    }
}
