//! Evidence of an affiliation from the address a signer confirmed: an organisation's own web
//! domain, one of the letter's `[[institution]]` domains, or a university's (the list in
//! `assets/university-domains`). Only the domain is ever shown, never the address.

use std::collections::HashSet;
use std::sync::LazyLock;

use crate::db::models::Institution;

/// The institution named for a university domain.
pub const UNIVERSITIES: &str = "universities";
/// The institution named for an organisation that confirmed from its own website's domain.
pub const OWN_WEBSITE: &str = "own website";

static UNIVERSITY_DOMAINS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    include_str!("../assets/university-domains/domains.txt")
        .lines()
        .filter(|l| !l.is_empty())
        .collect()
});

/// What a confirmed address shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Evidence {
    /// The address's domain (for an organisation, its website's host).
    pub domain: String,
    /// The institution's name, `UNIVERSITIES` or `OWN_WEBSITE`.
    pub institution: String,
}

/// `domain` is `parent` or one of its subdomains.
fn within(domain: &str, parent: &str) -> bool {
    domain == parent
        || domain
            .strip_suffix(parent)
            .is_some_and(|rest| rest.ends_with('.'))
}

/// `*.nhs.uk` matches the subdomains of nhs.uk; `nhs.net` matches nhs.net and its subdomains.
fn matches(domain: &str, pattern: &str) -> bool {
    match pattern.strip_prefix("*.") {
        Some(parent) => domain != parent && within(domain, parent),
        None => within(domain, pattern),
    }
}

/// The university domain that holds `domain` (`ucl.ac.uk` for `psych.ucl.ac.uk`), if any.
fn university_of(domain: &str) -> Option<&str> {
    let mut rest = domain;
    loop {
        if UNIVERSITY_DOMAINS.contains(rest) {
            return Some(rest);
        }
        match rest.split_once('.') {
            Some((_, parent)) if parent.contains('.') => rest = parent,
            _ => return None,
        }
    }
}

/// The domain of an address, in lower case.
pub fn domain_of(email: &str) -> String {
    email
        .rsplit_once('@')
        .map(|(_, d)| d.trim().trim_end_matches('.').to_ascii_lowercase())
        .unwrap_or_default()
}

/// The host of a website, in lower case and without `www.`.
pub fn website_host(website: &str) -> String {
    url::Url::parse(website)
        .ok()
        .and_then(|u| u.host_str().map(str::to_owned))
        .map(|h| h.trim_start_matches("www.").to_ascii_lowercase())
        .unwrap_or_default()
}

/// Is the address at the website's domain (or a subdomain of it)?
pub fn at_website(email: &str, website: &str) -> bool {
    let host = website_host(website);
    !host.is_empty() && within(&domain_of(email), &host)
}

/// For an organisation: its own website's domain, if it confirmed from there.
pub fn of_organisation(email: &str, website: &str) -> Option<Evidence> {
    at_website(email, website).then(|| Evidence {
        domain: website_host(website),
        institution: OWN_WEBSITE.to_owned(),
    })
}

/// For a person: the first of the letter's institutions whose domains hold the address, else a
/// university whose domain does. The domain shown is the institution's or the university's
/// (`nhs.uk`, `ucl.ac.uk`), not the address's own subdomain, which could name a department or
/// a ward.
pub fn of_person(email: &str, institutions: &[Institution]) -> Option<Evidence> {
    let domain = domain_of(email);
    if domain.is_empty() {
        return None;
    }
    let listed = institutions.iter().find_map(|i| {
        i.domains
            .iter()
            .find(|p| matches(&domain, p))
            .map(|p| (p.trim_start_matches("*.").to_owned(), i.name.clone()))
    });
    let (domain, institution) = listed
        .or_else(|| university_of(&domain).map(|u| (u.to_owned(), UNIVERSITIES.to_owned())))?;
    Some(Evidence {
        domain,
        institution,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn nhs() -> Vec<Institution> {
        vec![Institution {
            name: "NHS".into(),
            domains: vec!["nhs.net".into(), "*.nhs.uk".into()],
        }]
    }

    #[test]
    fn institutions_match_their_domains_and_subdomains() {
        let found = of_person("jo@nhs.net", &nhs()).unwrap();
        assert_eq!(
            (found.domain.as_str(), found.institution.as_str()),
            ("nhs.net", "NHS")
        );
        assert_eq!(
            of_person("jo@gstt.NHS.uk", &nhs()).unwrap().domain,
            "nhs.uk",
            "the institution's domain, never the trust's"
        );
        assert_eq!(
            of_person("jo@nhs.uk", &nhs()),
            None,
            "*. means subdomains only"
        );
        assert_eq!(of_person("jo@notnhs.net", &nhs()), None);
        assert_eq!(of_person("jo@nhs.net.example.com", &nhs()), None);
    }

    #[test]
    fn universities_come_from_the_shipped_list() {
        let found = of_person("a.b@psych.ucl.ac.uk", &[]).unwrap();
        assert_eq!(found.institution, UNIVERSITIES);
        assert_eq!(
            found.domain, "ucl.ac.uk",
            "never the department's subdomain"
        );
        assert!(of_person("a@ox.ac.uk", &[]).is_some());
        assert_eq!(of_person("a@gmail.com", &[]), None);
        assert_eq!(of_person("a@ac.uk", &[]), None);
        assert!(UNIVERSITY_DOMAINS.len() > 10_000);
    }

    #[test]
    fn organisations_are_checked_against_their_own_website() {
        let found = of_organisation("info@mind.org.uk", "https://www.mind.org.uk/").unwrap();
        assert_eq!(found.domain, "mind.org.uk");
        assert!(of_organisation("info@mind.org.uk.evil.example", "https://mind.org.uk").is_none());
        assert!(of_organisation("x@gmail.com", "https://mind.org.uk").is_none());
        assert!(at_website("ceo@mail.mind.org.uk", "https://mind.org.uk/"));
        assert!(!at_website("ceo@notmind.org.uk", "https://mind.org.uk/"));
    }
}
