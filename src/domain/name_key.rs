//! The keys a name is compared and looked up by, for duplicate detection.

use super::fold_for_search;

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
/// The keys a name is compared and looked up by.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NameKey {
    pub full: String,
    pub first: String,
    pub last: String,
}

impl NameKey {
    /// The first and last words of a stored full key.
    pub fn from_key(full: &str) -> NameKey {
        let mut words = full.split(' ');
        NameKey {
            full: full.to_owned(),
            first: words.next().unwrap_or_default().to_owned(),
            last: full.rsplit(' ').next().unwrap_or_default().to_owned(),
        }
    }

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
}
