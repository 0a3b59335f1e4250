//! Probable duplicates inside a letter: the same person under the same name key, or a near
//! spelling that also agrees on the title. Candidates come from indexed name blocks (full key,
//! first name, last name), so a new entry is compared with a handful of rows, never with all.

use chrono::NaiveDateTime;
use diesel::QueryResult;

use crate::db::DbConn;
use crate::db::models::{DuplicatePair, Signature};
use crate::domain::fold_for_search;

/// Honorifics that do not tell people apart ("Dr Jay Watts" is "Jay Watts").
const HONORIFICS: &[&str] = &[
    "dr",
    "doctor",
    "prof",
    "professor",
    "mr",
    "mrs",
    "ms",
    "miss",
    "mx",
    "sir",
    "dame",
    "rev",
    "revd",
    "reverend",
    "cllr",
    "councillor",
    "lord",
    "lady",
];
/// How many candidates one entry is compared with, at most.
const MAX_CANDIDATES: i64 = 500;

/// The keys a name is compared and looked up by.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NameKey {
    pub full: String,
    pub first: String,
    pub last: String,
}

impl NameKey {
    /// Case, accents, punctuation and honorifics folded away.
    pub fn of(name: &str) -> NameKey {
        let folded = fold_for_search(name);
        let words: Vec<&str> = folded
            .split(' ')
            .filter(|w| !w.is_empty() && !HONORIFICS.contains(w))
            .collect();
        NameKey {
            full: words.join(" "),
            first: words.first().map(|w| (*w).to_owned()).unwrap_or_default(),
            last: words.last().map(|w| (*w).to_owned()).unwrap_or_default(),
        }
    }
}

/// Why two entries look like one signer, or None.
pub fn likeness(a: &Signature, b: &Signature) -> Option<&'static str> {
    if a.name_key.is_empty() || b.name_key.is_empty() {
        return None;
    }
    if a.name_key == b.name_key {
        return Some("same name");
    }
    let distance = levenshtein(&a.name_key, &b.name_key);
    let longest = a.name_key.chars().count().max(b.name_key.chars().count());
    // One slip in a short name, two in a long one; and the titles must agree.
    let close = distance <= 1 || (distance == 2 && longest >= 12);
    (close && titles_agree(a.title.as_deref(), b.title.as_deref()))
        .then_some("similar name, same title")
}

fn titles_agree(a: Option<&str>, b: Option<&str>) -> bool {
    let (a, b) = (
        fold_for_search(a.unwrap_or("")),
        fold_for_search(b.unwrap_or("")),
    );
    if a == b {
        return true;
    }
    let words = |s: &str| {
        s.split(' ')
            .filter(|w| !w.is_empty())
            .map(str::to_owned)
            .collect::<std::collections::BTreeSet<_>>()
    };
    let (wa, wb) = (words(&a), words(&b));
    let shared = wa.intersection(&wb).count();
    let all = wa.union(&wb).count();
    all > 0 && shared * 10 >= all * 7
}

fn levenshtein(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut current = vec![i + 1];
        for (j, cb) in b.iter().enumerate() {
            let cost = usize::from(ca != *cb);
            current.push(
                (previous[j + 1] + 1)
                    .min(current[j] + 1)
                    .min(previous[j] + cost),
            );
        }
        previous = current;
    }
    previous[b.len()]
}

/// Compares `signature` with its candidates and records every probable duplicate pair.
/// Returns how many new pairs were recorded.
pub fn detect(conn: &mut DbConn, signature: &Signature, now: NaiveDateTime) -> QueryResult<usize> {
    let mut found = 0;
    for other in Signature::duplicate_candidates(conn, signature, MAX_CANDIDATES)? {
        if let Some(reason) = likeness(signature, &other)
            && DuplicatePair::insert_if_new(
                conn,
                signature.letter_id,
                signature.id,
                other.id,
                reason,
                now,
            )?
        {
            found += 1;
        }
    }
    Ok(found)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn name_keys_fold_honorifics_and_punctuation() {
        let key = NameKey::of("Dr. Zoë  O'Brien ,");
        assert_eq!(key.full, "zoe o brien");
        assert_eq!((key.first.as_str(), key.last.as_str()), ("zoe", "brien"));
        assert_eq!(
            NameKey::of("Prof Jill Pluquailec").full,
            NameKey::of("Jill Pluquailec ,").full
        );
    }

    #[test]
    fn distances() {
        assert_eq!(levenshtein("louisa harvey", "louise harvey"), 1);
        assert_eq!(levenshtein("fiona harris", "diana harris"), 2);
        assert_eq!(levenshtein("", "abc"), 3);
    }

    #[test]
    fn titles() {
        assert!(titles_agree(
            Some("Consultant Nurse Mental Health"),
            Some("Consultant Nurse, Mental Health")
        ));
        assert!(!titles_agree(
            Some("Senior Peer Support Worker"),
            Some("Independent Social Worker")
        ));
        assert!(titles_agree(None, Some("")));
    }
}
