use std::collections::BTreeSet;
use std::path::Path;

use fluent_syntax::ast::Entry;
use fluent_syntax::parser::parse;

use super::choice::negotiate;
use super::{FILES, Lang, SOURCES};

#[test]
fn accept_language_picks_the_best_offered_language() {
    assert_eq!(negotiate("fr-CH, fr;q=0.9, en;q=0.8"), Some(Lang::Fr));
    assert_eq!(negotiate("pt-BR, de;q=0.5, en;q=0.4"), Some(Lang::De));
    assert_eq!(negotiate("en;q=0.2, nl;q=0.9"), Some(Lang::Nl));
    assert_eq!(negotiate("ar-EG"), Some(Lang::Ar));
    assert_eq!(negotiate("ja, zh;q=0.8"), None);
    assert_eq!(negotiate("fr;q=0, es"), Some(Lang::Es));
    assert_eq!(negotiate("de;q=2, es;q=abc, *"), None);
    assert_eq!(negotiate(""), None);
}

#[test]
fn numbers_and_dates_follow_the_language() {
    assert_eq!(Lang::En.number(1234567), "1,234,567");
    assert_eq!(Lang::Fr.number(1234), "1\u{202F}234");
    assert_eq!(Lang::De.number(1234), "1.234");
    assert_eq!(Lang::Es.number(1234), "1234");
    assert_eq!(Lang::Es.number(12345), "12.345");
    assert_eq!(Lang::Ar.number(1234), "١٬٢٣٤");
    assert_eq!(Lang::En.number(-999), "-999");
    let day = chrono::NaiveDate::from_ymd_opt(2026, 4, 13).unwrap();
    assert_eq!(Lang::En.date(day), "13 April 2026");
    assert_eq!(Lang::Fr.date(day), "13 avril 2026");
    assert_eq!(Lang::De.date(day), "13. April 2026");
    assert_eq!(Lang::Es.date(day), "13 de abril de 2026");
    assert_eq!(Lang::Ar.date(day), "١٣ أبريل ٢٠٢٦");
    let names = ["A".to_owned(), "B".to_owned(), "C".to_owned()];
    assert_eq!(Lang::En.list(&names), "A, B and C");
    assert_eq!(Lang::Fr.list(&names[..2]), "A et B");
    assert_eq!(Lang::Ar.list(&names), "A وB وC");
    assert_eq!(Lang::De.list(&names[..1]), "A");
}

#[test]
fn plurals_follow_each_language_and_missing_messages_fall_back_to_english() {
    assert_eq!(Lang::En.t1("count-people", "n", 1), "1 person");
    assert_eq!(Lang::En.t1("count-people", "n", 1200), "1,200 people");
    assert_eq!(Lang::Fr.t1("count-people", "n", 1), "1 personne");
    assert_eq!(Lang::Fr.t1("count-people", "n", 2), "2 personnes");
    assert_eq!(Lang::Fr.t1("count-people", "n", 0), "0 personne");
    assert_ne!(
        Lang::Ar.t1("count-people", "n", 2),
        Lang::Ar.t1("count-people", "n", 11)
    );
    // Nothing in another language defines it: English answers.
    let probe = "fallback-probe";
    assert_eq!(Lang::Nl.t(probe), Lang::En.t(probe));
    assert!(
        Lang::En
            .t(probe)
            .starts_with("This text is shown in English")
    );
    // An id nobody defines shows as itself (and is logged).
    let unknown = "no-such-message";
    assert_eq!(Lang::Fr.t(unknown), unknown);
}

/// The message ids of one file, in order, and how many syntax errors it has.
fn ids(source: &str) -> (Vec<String>, usize) {
    let (resource, errors) = match parse(source) {
        Ok(r) => (r, 0),
        Err((r, e)) => (r, e.len()),
    };
    let ids = resource
        .body
        .iter()
        .filter_map(|e| match e {
            Entry::Message(m) => Some(m.id.name.to_owned()),
            _ => None,
        })
        .collect();
    (ids, errors)
}

/// The message ids of `lang`, all its files together. Each file must parse, and define each
/// id once across the files: a bundle keeps the first and logs an error at every start.
fn language_ids(lang: Lang) -> BTreeSet<String> {
    let mut own = BTreeSet::new();
    for (file, source) in FILES.iter().zip(SOURCES[lang.index()]) {
        let (found, errors) = ids(source);
        assert_eq!(errors, 0, "locales/{}/{file} has syntax errors", lang.tag());
        let twice: Vec<_> = found
            .into_iter()
            .filter(|id| !own.insert(id.clone()))
            .collect();
        assert!(
            twice.is_empty(),
            "locales/{}/{file} defines again: {twice:?}",
            lang.tag()
        );
    }
    own
}

/// The CI check: every Fluent file parses, no message is defined twice, no language has a
/// message English lacks, every message the code asks for exists in English, and what each
/// language still lacks is listed (`cargo test --lib missing_strings -- --nocapture`).
#[test]
fn missing_strings() {
    let english = language_ids(Lang::En);
    for lang in &Lang::ALL[1..] {
        let own = language_ids(*lang);
        let extra: Vec<_> = own.difference(&english).collect();
        assert!(
            extra.is_empty(),
            "{} has messages English lacks: {extra:?}",
            lang.tag()
        );
        let missing: Vec<_> = english.difference(&own).collect();
        println!(
            "{}: {} of {} messages, missing {}: {missing:?}",
            lang.tag(),
            own.len(),
            english.len(),
            missing.len()
        );
    }
    let used = used_ids(Path::new(env!("CARGO_MANIFEST_DIR")));
    let unknown: Vec<_> = used.difference(&english).collect();
    assert!(
        unknown.is_empty(),
        "asked for but not in English: {unknown:?}"
    );
}

/// The message ids named in `.t("…")`, `.t1("…"` and `.t2("…"` calls of the code and templates.
fn used_ids(root: &Path) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    let mut dirs = vec![root.join("src"), root.join("templates")];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                dirs.push(path);
                continue;
            }
            let text = std::fs::read_to_string(&path).unwrap_or_default();
            for call in [".t(\"", ".t1(\"", ".t2(\""] {
                for piece in text.split(call).skip(1) {
                    if let Some(id) = piece.split('"').next()
                        && !id.is_empty()
                        && id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
                    {
                        found.insert(id.to_owned());
                    }
                }
            }
        }
    }
    found
}
