//! Probable duplicates inside a letter: the same person under the same name key, or a near
//! spelling that also agrees on the title. Candidates come from indexed name blocks (full key,
//! first name, last name), so a new entry is compared with a handful of rows, never with all.

use std::collections::{HashMap, HashSet};
use std::hash::Hasher;

use chrono::NaiveDateTime;
use diesel::QueryResult;
use rustc_hash::{FxHashMap, FxHasher};

use crate::db::DbConn;
use crate::db::models::{DuplicatePair, Named, Signature, SignatureKind};
use crate::domain::{NameKey, fold_for_search};

/// How many candidates one entry is compared with, at most.
const MAX_CANDIDATES: i64 = 500;

/// Why two entries look like one signer, or None.
pub fn likeness(a: &Named, b: &Named) -> Option<&'static str> {
    if a.key.is_empty() || b.key.is_empty() {
        return None;
    }
    if a.key == b.key {
        return Some("same name");
    }
    let (la, lb) = (a.key.chars().count(), b.key.chars().count());
    if la.abs_diff(lb) > 2 {
        return None;
    }
    let distance = levenshtein(&a.key, &b.key);
    // One slip in a short name, two in a long one; and the titles must agree.
    let close = distance <= 1 || (distance == 2 && la.max(lb) >= 12);
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
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    Rows::default().distance(&a, &b)
}

/// The two rows of an edit distance, kept from one comparison to the next rather than
/// allocated for each letter compared: detection takes a distance for every candidate of every
/// distinct name.
#[derive(Default)]
struct Rows {
    previous: Vec<usize>,
    current: Vec<usize>,
}

impl Rows {
    fn distance(&mut self, a: &[char], b: &[char]) -> usize {
        self.previous.clear();
        self.previous.extend(0..=b.len());
        for (i, ca) in a.iter().enumerate() {
            self.current.clear();
            self.current.push(i + 1);
            for (j, cb) in b.iter().enumerate() {
                let cost = usize::from(ca != cb);
                let edit = (self.previous[j + 1] + 1)
                    .min(self.current[j] + 1)
                    .min(self.previous[j] + cost);
                self.current.push(edit);
            }
            std::mem::swap(&mut self.previous, &mut self.current);
        }
        self.previous[b.len()]
    }
}

/// Compares `signature` with its candidates (same name key, same first or same last name,
/// each block read apart so that a common first name cannot crowd out the rest) and records
/// every probable duplicate pair. Returns how many new pairs were recorded.
pub fn detect(conn: &mut DbConn, signature: &Signature, now: NaiveDateTime) -> QueryResult<usize> {
    let me = Named::from(signature);
    let pairs: Vec<(i64, i64, &str)> = Signature::name_candidates(conn, signature, MAX_CANDIDATES)?
        .iter()
        .filter_map(|other| Some((me.id, other.id, likeness(&me, other)?)))
        .collect();
    let found = DuplicatePair::insert_new(conn, signature.letter_id, &pairs, now)?.len();
    if found > 0 {
        Signature::hold(conn, &[signature.id])?;
    }
    Ok(found)
}

/// Detection over a whole letter at once (an import, a rescan): every live entry of `kind`
/// is read once, and each of `targets` (None: all) is compared only with entries that share
/// its name key (spaces aside), or its first name and a last name at most two edits away, or
/// its last name and such a first name. Those near names come from an index of deletions (two names within
/// two edits share a string left by deleting at most two letters from each), so the work
/// grows with the entries, not with their square. Returns how many new pairs were recorded.
pub fn detect_among(
    conn: &mut DbConn,
    letter_id: i64,
    kind: SignatureKind,
    targets: Option<&HashSet<i64>>,
    now: NaiveDateTime,
) -> QueryResult<usize> {
    let entries = Signature::live_names(conn, letter_id, kind)?;
    let keys: Vec<NameKey> = entries.iter().map(|e| NameKey::from_key(&e.key)).collect();
    let mut by_pair: FxHashMap<(&str, &str), Vec<usize>> = FxHashMap::default();
    // Keys without their spaces, so that "mary ann smith" meets "maryann smith".
    let compact: Vec<String> = entries.iter().map(|e| e.key.replace(' ', "")).collect();
    let mut by_key: FxHashMap<&str, Vec<usize>> = FxHashMap::default();
    for (i, key) in keys.iter().enumerate() {
        by_pair
            .entry((key.first.as_str(), key.last.as_str()))
            .or_default()
            .push(i);
        by_key.entry(compact[i].as_str()).or_default().push(i);
    }
    let near_first = NearWords::of(keys.iter().map(|k| k.first.as_str()));
    let near_last = NearWords::of(keys.iter().map(|k| k.last.as_str()));
    let is_target = |i: usize| targets.is_none_or(|t| t.contains(&entries[i].id));
    // Each alike pair as (the entry checked, the other, why), recorded together at the end.
    let mut pairs: Vec<(i64, i64, &str)> = Vec::new();
    for (i, key) in keys.iter().enumerate() {
        if !is_target(i) || key.full.is_empty() {
            continue;
        }
        let mut candidates: Vec<usize> = by_key[compact[i].as_str()].clone();
        for last in near_last.near(&key.last).iter().copied() {
            candidates.extend(
                by_pair
                    .get(&(key.first.as_str(), last))
                    .into_iter()
                    .flatten(),
            );
        }
        for first in near_first.near(&key.first).iter().copied() {
            candidates.extend(
                by_pair
                    .get(&(first, key.last.as_str()))
                    .into_iter()
                    .flatten(),
            );
        }
        candidates.sort_unstable();
        candidates.dedup();
        for j in candidates {
            // Each pair once: two targets are compared from the later one only.
            if j == i || (is_target(j) && entries[j].id > entries[i].id) {
                continue;
            }
            if let Some(reason) = likeness(&entries[i], &entries[j]) {
                pairs.push((entries[i].id, entries[j].id, reason));
            }
        }
    }
    let recorded = DuplicatePair::insert_new(conn, letter_id, &pairs, now)?;
    // The entry checked of each new pair is held out of the public views until a moderator
    // has looked.
    let checked: HashMap<(i64, i64), i64> = pairs
        .iter()
        .map(|&(new, known, _)| ((new.min(known), new.max(known)), new))
        .collect();
    let mut held: Vec<i64> = recorded
        .iter()
        .filter_map(|pair| checked.get(pair).copied())
        .collect();
    held.sort_unstable();
    held.dedup();
    Signature::hold(conn, &held)?;
    Ok(recorded.len())
}

/// For each distinct word, the words at most two edits from it (itself included), found
/// through what is left after deleting up to two letters from each.
struct NearWords<'a> {
    near: FxHashMap<&'a str, Vec<&'a str>>,
}

impl<'a> NearWords<'a> {
    fn of(words: impl Iterator<Item = &'a str>) -> Self {
        let mut distinct: Vec<&str> = words.filter(|w| !w.is_empty()).collect();
        distinct.sort_unstable();
        distinct.dedup();
        let letters: Vec<Vec<char>> = distinct.iter().map(|w| w.chars().collect()).collect();
        let variants: Vec<Vec<u64>> = letters.iter().map(|w| deletions(w)).collect();
        let mut by_deletion: FxHashMap<u64, Vec<u32>> = FxHashMap::default();
        for (i, set) in (0u32..).zip(&variants) {
            for variant in set {
                by_deletion.entry(*variant).or_default().push(i);
            }
        }
        let mut rows = Rows::default();
        let near = distinct
            .iter()
            .zip(&variants)
            .zip(&letters)
            .map(|((word, set), chars)| {
                let mut found: Vec<u32> = set
                    .iter()
                    .filter_map(|v| by_deletion.get(v))
                    .flatten()
                    .copied()
                    .collect();
                found.sort_unstable();
                found.dedup();
                let close = found
                    .into_iter()
                    .map(|i| i as usize)
                    .filter(|&i| rows.distance(&letters[i], chars) <= 2)
                    .map(|i| distinct[i])
                    .collect();
                (*word, close)
            })
            .collect();
        NearWords { near }
    }

    /// The words at most two edits from `word` (itself included).
    fn near(&self, word: &str) -> &[&'a str] {
        self.near.get(word).map_or(&[], Vec::as_slice)
    }
}

/// The hashes of `word` and of every string left by deleting one or two of its letters, each
/// once. No string is built: for 30,000 names that was a million allocations. Two strings
/// whose hashes meet only make a candidate more, which the edit distance turns away.
fn deletions(word: &[char]) -> Vec<u64> {
    let rest = |mut h: FxHasher, from: usize| {
        word.iter()
            .skip(from)
            .for_each(|c| h.write_u32(u32::from(*c)));
        h.finish()
    };
    let mut out = vec![rest(FxHasher::default(), 0)];
    // `before`: the letters ahead of the first deleted one.
    let mut before = FxHasher::default();
    for (i, first) in word.iter().enumerate() {
        out.push(rest(before.clone(), i + 1));
        // `between`: and those between the two deleted.
        let mut between = before.clone();
        for (j, second) in word.iter().enumerate().skip(i + 1) {
            out.push(rest(between.clone(), j + 1));
            between.write_u32(u32::from(*second));
        }
        before.write_u32(u32::from(*first));
    }
    out.sort_unstable();
    out.dedup();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn near_words_are_those_within_two_edits() {
        let words =
            NearWords::of(["harvey", "harvy", "hravey", "harveys", "hervoy", "smith"].into_iter());
        assert_eq!(
            words.near("harvey"),
            ["harvey", "harveys", "harvy", "hervoy", "hravey"]
        );
        assert_eq!(words.near("smith"), ["smith"]);
        assert!(words.near("jones").is_empty());
    }

    #[test]
    fn deletions_are_the_words_left_by_cutting_one_or_two_letters() {
        let hash = |w: &str| {
            let mut h = FxHasher::default();
            w.chars().for_each(|c| h.write_u32(u32::from(c)));
            h.finish()
        };
        let mut expected: Vec<u64> = [
            "abcd", "bcd", "acd", "abd", "abc", "cd", "bd", "bc", "ad", "ac", "ab",
        ]
        .map(hash)
        .to_vec();
        expected.sort_unstable();
        assert_eq!(deletions(&['a', 'b', 'c', 'd']), expected);
        // A repeated letter leaves the same string twice: kept once.
        assert_eq!(deletions(&['a', 'a']).len(), 3);
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
