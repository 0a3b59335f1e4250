//! Letters as the organiser writes them: a directory with `letter.toml`, `letter.md`, an
//! optional `press.md` and dated `updates/`, loaded into the database at start or by
//! `undersigned letter load`.

mod markdown;
mod updates;

use std::path::{Path, PathBuf};

use chrono::{NaiveDate, Utc};
use diesel::OptionalExtension;
use serde::Deserialize;

use crate::db::models::{
    Category, Event, Institution, Letter, LetterStatus, LetterTranslation, LetterVersion,
    Moderation, NewAuditEntry, NewLetter, NewLetterVersion, Update,
};
use crate::db::{DbConn, write_transaction};
use crate::domain::{
    Caption, EmailAddress, Quote, Slug, Website, fold_for_search, without_forbidden,
};
pub use markdown::render as render_markdown;
pub use updates::date_of as update_date;
use updates::read_updates;

#[derive(Debug, thiserror::Error)]
pub enum LetterFileError {
    #[error("{0}: the directory name must be a slug (a-z, 0-9, -)")]
    BadSlug(PathBuf),
    #[error("cannot read {0}")]
    Read(PathBuf, #[source] std::io::Error),
    #[error("{0}: {1}")]
    Invalid(PathBuf, String),
    #[error("saving letter {0}")]
    Database(String, #[source] diesel::result::Error),
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct LetterToml {
    title: String,
    /// The BCP 47 tag of the language `letter.md` is written in; English when absent.
    language: Option<String>,
    #[serde(default = "default_status")]
    status: LetterStatus,
    published: Option<toml::Value>,
    #[serde(default = "default_moderation")]
    moderation: Moderation,
    contact_email: Option<String>,
    #[serde(default)]
    category: Vec<CategoryToml>,
    #[serde(default)]
    institution: Vec<Institution>,
    /// Refuse throwaway mail addresses instead of only flagging them.
    #[serde(default)]
    refuse_disposable: bool,
    /// The number of signatures aimed for.
    target: Option<i64>,
    /// The update (its name, `2026-12-31-a-thousand`) that sends itself at the target.
    target_update: Option<String>,
    /// Raised by the organiser for a substantive change of the text; 1 when absent.
    version: Option<i64>,
    /// What the new version changed, in a line.
    version_note: Option<String>,
    delivery: Option<DeliveryToml>,
    #[serde(default)]
    response: Vec<ResponseToml>,
}

/// `[delivery]`: when, to whom and (optionally) how the letter was delivered.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct DeliveryToml {
    date: toml::Value,
    to: String,
    how: Option<String>,
}

/// `[[response]]`: when and from whom, with a link to it, its text, or both.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ResponseToml {
    date: toml::Value,
    from: String,
    link: Option<String>,
    text: Option<String>,
}

/// Versions above this are a typing slip.
const MOST_VERSION: i64 = 1000;

/// Signature targets above this are a typing slip.
const MOST_TARGET: i64 = 100_000_000;

fn default_status() -> LetterStatus {
    LetterStatus::Draft
}

fn default_moderation() -> Moderation {
    Moderation::Pre
}

/// Groups of titles for the press figures, e.g. `name = "Psychiatrists"`, `match = ["psychiatr"]`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct CategoryToml {
    name: String,
    #[serde(rename = "match")]
    patterns: Vec<String>,
}

/// Reads and checks one letter directory.
pub fn read_dir(dir: &Path) -> Result<NewLetter, LetterFileError> {
    read_letter(dir).map(|read| read.letter)
}

/// What a letter directory says beyond the letter's row.
struct LetterDir {
    letter: NewLetter,
    /// The name of the update that sends itself at the target.
    target_update: Option<String>,
    version_note: Option<String>,
    /// `letter.<lang>.md` with its `title_<lang>`.
    translations: Vec<Translation>,
}

/// One translation of the text, as read.
struct Translation {
    lang: String,
    title: String,
    body_html: String,
}

fn read_letter(dir: &Path) -> Result<LetterDir, LetterFileError> {
    let dir_name = dir
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let slug = Slug::parse(&dir_name).ok_or_else(|| LetterFileError::BadSlug(dir.to_owned()))?;
    let toml_path = dir.join("letter.toml");
    let table: toml::Table = toml::from_str(&read(&toml_path)?)
        .map_err(|e| LetterFileError::Invalid(toml_path.clone(), e.message().to_owned()))?;
    let invalid = |msg: &str| LetterFileError::Invalid(toml_path.clone(), msg.to_owned());
    // `title_<lang>` keys are the translations' titles; the rest must be known keys.
    let (titles, rest): (toml::Table, toml::Table) = table
        .into_iter()
        .partition(|(k, _)| k.starts_with("title_"));
    let titles: Vec<(String, toml::Value)> = titles.into_iter().collect();
    let meta: LetterToml = toml::Value::Table(rest)
        .try_into()
        .map_err(|e: toml::de::Error| invalid(e.message()))?;

    let title = meta.title.trim().to_owned();
    if !title_fits(&title) {
        return Err(invalid("title must be 1 to 200 characters on one line"));
    }
    let language = match &meta.language {
        Some(tag) => language_tag(tag)
            .ok_or_else(|| invalid("language must be a language tag such as en, fr or pt-BR"))?,
        None => "en".to_owned(),
    };
    let translations = read_translations(dir, &language, titles).map_err(|msg| invalid(&msg))?;
    if meta.target.is_some_and(|t| !(1..=MOST_TARGET).contains(&t)) {
        return Err(invalid(
            "target must be a number of signatures from 1 to 100000000",
        ));
    }
    let events = events(&meta).map_err(|msg| invalid(&msg))?;
    let published = meta
        .published
        .map(|v| parse_date(&v).ok_or_else(|| invalid("published must be a date like 2026-04-13")))
        .transpose()?;
    let contact_email = meta
        .contact_email
        .map(|e| {
            EmailAddress::parse(&e).map_err(|_| invalid("contact_email is not an email address"))
        })
        .transpose()?;
    for category in &meta.category {
        if category.name.trim().is_empty() || category.patterns.iter().all(|p| p.trim().is_empty())
        {
            return Err(invalid(
                "each [[category]] needs a name and at least one match",
            ));
        }
    }

    let categories: Vec<Category> = meta
        .category
        .iter()
        .map(|c| Category {
            name: c.name.trim().to_owned(),
            patterns: c
                .patterns
                .iter()
                .map(|p| fold_for_search(p))
                .filter(|p| !p.is_empty())
                .collect(),
        })
        .collect();
    let institutions = meta
        .institution
        .iter()
        .map(|i| {
            institution(i).ok_or_else(|| invalid(
            "each [[institution]] needs a name and domains like \"nhs.net\" or \"*.nhs.uk\"",
        ))
        })
        .collect::<Result<Vec<_>, _>>()?;
    let body_md = read(&dir.join("letter.md"))?;
    let body_html = render_markdown(&body_md);
    let press_path = dir.join("press.md");
    let press_html = if press_path.exists() {
        Some(render_markdown(&read(&press_path)?))
    } else {
        None
    };
    let version = meta.version.unwrap_or(1);
    if !(1..=MOST_VERSION).contains(&version) {
        return Err(invalid("version must be a number from 1 to 1000"));
    }
    let version_note = meta
        .version_note
        .as_deref()
        .map(Caption::parse)
        .transpose()
        .map_err(|e| invalid(&format!("version_note: {e}")))?;
    if meta.target_update.is_some() && meta.target.is_none() {
        return Err(invalid("target_update needs a target"));
    }
    let letter = NewLetter {
        slug: slug.as_ref().to_owned(),
        title,
        status: meta.status,
        published: published.map(|d| d.format("%Y-%m-%d").to_string()),
        moderation: meta.moderation,
        contact_email: contact_email.map(|e| e.as_ref().to_owned()),
        body_html,
        press_html,
        updated_at: Utc::now().naive_utc(),
        body_md,
        categories: serde_json::to_string(&categories).unwrap_or_else(|_| "[]".into()),
        refuse_disposable: meta.refuse_disposable,
        institutions: serde_json::to_string(&institutions).unwrap_or_else(|_| "[]".into()),
        target: meta.target,
        events: serde_json::to_string(&events).unwrap_or_else(|_| "[]".into()),
        version: version as i32,
        language,
    };
    Ok(LetterDir {
        letter,
        target_update: meta.target_update,
        version_note: version_note.map(String::from),
        translations,
    })
}

/// One line of 1 to 200 characters, none of them invisible or a direction override.
fn title_fits(title: &str) -> bool {
    !title.is_empty()
        && title.chars().count() <= 200
        && !title.chars().any(char::is_control)
        && without_forbidden(title) == title
}

/// `tag` in its canonical form (`pt-br` is `pt-BR`), if it is a BCP 47 language tag.
fn language_tag(tag: &str) -> Option<String> {
    let id: unic_langid::LanguageIdentifier = tag.trim().parse().ok()?;
    Some(id.to_string()).filter(|t| t != "und")
}

/// Each `letter.<lang>.md` of `dir` with the `title_<lang>` it needs; a title without its file,
/// a file without its title, or a translation into the letter's own language is an error.
fn read_translations(
    dir: &Path,
    language: &str,
    titles: Vec<(String, toml::Value)>,
) -> Result<Vec<Translation>, String> {
    let mut files = Vec::new();
    for entry in
        std::fs::read_dir(dir).map_err(|e| format!("cannot list {}: {e}", dir.display()))?
    {
        let name = entry.map_err(|e| e.to_string())?.file_name();
        let name = name.to_string_lossy();
        if let Some(tag) = name
            .strip_prefix("letter.")
            .and_then(|n| n.strip_suffix(".md"))
        {
            files.push(tag.to_owned());
        }
    }
    let mut translations = Vec::new();
    for (key, value) in titles {
        let raw = key.trim_start_matches("title_");
        let tag = language_tag(raw).ok_or_else(|| format!("{key}: {raw} is not a language tag"))?;
        if tag == language {
            return Err(format!("{key}: {tag} is the letter's own language"));
        }
        let title = value
            .as_str()
            .map(str::trim)
            .filter(|t| title_fits(t))
            .ok_or_else(|| format!("{key} must be 1 to 200 characters on one line"))?;
        let file = files
            .iter()
            .position(|f| language_tag(f).as_deref() == Some(tag.as_str()))
            .map(|i| files.swap_remove(i))
            .ok_or_else(|| format!("{key}: there is no letter.{raw}.md"))?;
        let body_md = std::fs::read_to_string(dir.join(format!("letter.{file}.md")))
            .map_err(|e| format!("cannot read letter.{file}.md: {e}"))?;
        translations.push(Translation {
            lang: tag,
            title: title.to_owned(),
            body_html: render_markdown(&body_md),
        });
    }
    if let Some(file) = files.first() {
        return Err(format!(
            "letter.{file}.md needs its title: title_{file} = \"…\""
        ));
    }
    translations.sort_by(|a, b| a.lang.cmp(&b.lang));
    Ok(translations)
}

/// The delivery and the responses, checked: dates, names and texts on one line without hidden
/// characters, links to web pages.
fn events(meta: &LetterToml) -> Result<Vec<Event>, String> {
    let date = |v: &toml::Value, what: &str| {
        parse_date(v)
            .map(|d| d.format("%Y-%m-%d").to_string())
            .ok_or_else(|| format!("{what}: date must be a date like 2026-12-01"))
    };
    let caption = |text: &str, what: &str| {
        Caption::parse(text)
            .map(String::from)
            .map_err(|e| format!("{what}: {e}"))
    };
    let mut events = Vec::new();
    if let Some(d) = &meta.delivery {
        events.push(Event::Delivery {
            date: date(&d.date, "[delivery]")?,
            to: caption(&d.to, "[delivery] to")?,
            how: d
                .how
                .as_deref()
                .map(|h| caption(h, "[delivery] how"))
                .transpose()?,
        });
    }
    for r in &meta.response {
        if r.link.is_none() && r.text.is_none() {
            return Err("each [[response]] needs a link, a text or both".into());
        }
        events.push(Event::Response {
            date: date(&r.date, "[[response]]")?,
            from: caption(&r.from, "[[response]] from")?,
            link: r
                .link
                .as_deref()
                .map(|l| {
                    Website::parse(l)
                        .map(|w| w.as_ref().to_owned())
                        .map_err(|_| {
                            "[[response]] link must be a web address (https://…)".to_owned()
                        })
                })
                .transpose()?,
            text: r
                .text
                .as_deref()
                .map(|t| {
                    Quote::parse(t)
                        .map(String::from)
                        .map_err(|e| format!("[[response]] text: {e}"))
                })
                .transpose()?,
        });
    }
    Ok(events)
}

/// An `[[institution]]` with its name trimmed and its domains in lower case, if each domain is
/// a host name with a dot, optionally after `*.`.
fn institution(raw: &Institution) -> Option<Institution> {
    let name = raw.name.trim();
    let domains: Vec<String> = raw
        .domains
        .iter()
        .map(|d| d.trim().to_ascii_lowercase())
        .collect();
    let valid = |d: &String| {
        let host = d.strip_prefix("*.").unwrap_or(d);
        host.contains('.')
            && !host.starts_with('.')
            && !host.ends_with('.')
            && host
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '-')
    };
    (!name.is_empty()
        && name.chars().count() <= 100
        && !domains.is_empty()
        && domains.iter().all(valid))
    .then(|| Institution {
        name: name.to_owned(),
        domains,
    })
}

fn read(path: &Path) -> Result<String, LetterFileError> {
    std::fs::read_to_string(path).map_err(|e| LetterFileError::Read(path.to_owned(), e))
}

fn parse_date(value: &toml::Value) -> Option<NaiveDate> {
    let text = match value {
        toml::Value::Datetime(d) => d.to_string(),
        toml::Value::String(s) => s.clone(),
        _ => return None,
    };
    NaiveDate::parse_from_str(&text, "%Y-%m-%d").ok()
}

/// Reads one letter directory, its updates included, and saves it. Returns the slug.
pub fn load(conn: &mut DbConn, dir: &Path) -> Result<String, LetterFileError> {
    let LetterDir {
        letter,
        target_update,
        version_note,
        translations,
    } = read_letter(dir)?;
    let updates = read_updates(dir)?;
    if let Some(name) = &target_update
        && !updates.iter().any(|u| u.name() == name)
    {
        return Err(LetterFileError::Invalid(
            dir.join("letter.toml"),
            format!("target_update: there is no updates/{name}.md"),
        ));
    }
    let names: Vec<&str> = updates.iter().map(|u| u.name()).collect();
    let kept = write_transaction(conn, |conn| {
        let before = Letter::find_by_slug(conn, &letter.slug).optional()?;
        // Checked before anything is written: the page keeps what signers were mailed.
        if let Some(known) = &before
            && let Some(gone) = Update::sent_files_missing(conn, known.id, &names)?.first()
        {
            return Ok(Err(Refused::MailedUpdate(gone.name.clone())));
        }
        if let Some(known) = &before
            && known.version > letter.version
        {
            return Ok(Err(Refused::VersionDown(known.version)));
        }
        let id = Letter::upsert(conn, &letter)?;
        let now = Utc::now().naive_utc();
        LetterVersion::record(
            conn,
            &NewLetterVersion {
                letter_id: id,
                version: letter.version,
                note: version_note.clone(),
                body_md: letter.body_md.clone(),
                published_at: now,
            },
        )?;
        let rows: Vec<_> = updates
            .iter()
            .map(|u| u.row(id, now, target_update.as_deref() == Some(u.name())))
            .collect();
        Update::replace_all(conn, id, &rows)?;
        let translated: Vec<LetterTranslation> = translations
            .iter()
            .map(|t| LetterTranslation {
                letter_id: id,
                lang: t.lang.clone(),
                title: t.title.clone(),
                body_html: t.body_html.clone(),
            })
            .collect();
        LetterTranslation::replace_all(conn, id, &translated)?;
        let was_closed = before.is_some_and(|l| l.closed_at.is_some());
        // Closing starts the retention clock; loading a closed letter again keeps its time.
        let event = match (was_closed, letter.status == LetterStatus::Closed) {
            (false, true) => Some((Some(now), "close letter")),
            (true, false) => Some((None, "reopen letter")),
            _ => None,
        };
        if let Some((closed_at, action)) = event {
            Letter::set_closed_at(conn, id, closed_at)?;
            NewAuditEntry {
                moderator_id: None,
                actor: "letter file".to_owned(),
                action: action.to_owned(),
                letter_id: Some(id),
                signature_id: None,
                before_state: None,
                after_state: None,
                created_at: now,
            }
            .insert(conn)?;
        }
        Ok(Ok(()))
    })
    .map_err(|e| LetterFileError::Database(letter.slug.clone(), e))?;
    match kept {
        Ok(()) => {}
        Err(Refused::MailedUpdate(name)) => {
            return Err(LetterFileError::Invalid(
                dir.join("updates").join(format!("{name}.md")),
                "this update was mailed to signers, so it stays: keep its file (its text may be corrected)"
                    .to_owned(),
            ));
        }
        Err(Refused::VersionDown(was)) => {
            return Err(LetterFileError::Invalid(
                dir.join("letter.toml"),
                format!("version is {was} already; a version is never lowered"),
            ));
        }
    }
    Ok(letter.slug)
}

/// Why a load stopped before writing anything.
enum Refused {
    /// An update mailed to signers has lost its file.
    MailedUpdate(String),
    /// `version` is lower than the one loaded before.
    VersionDown(i32),
}

/// Sets `status` in the letter file of `dir` (what `letter close` and `letter reopen` do),
/// keeping the rest of the file as written, and checks that the file still reads.
pub fn set_status(dir: &Path, status: LetterStatus) -> Result<(), LetterFileError> {
    let path = dir.join("letter.toml");
    let text = read(&path)?;
    let line = format!("status = \"{status}\"");
    let mut replaced = false;
    let mut in_table = false;
    let mut lines: Vec<String> = Vec::new();
    for l in text.lines() {
        let trimmed = l.trim_start();
        in_table |= trimmed.starts_with('[');
        let is_status = trimmed
            .strip_prefix("status")
            .is_some_and(|rest| rest.trim_start().starts_with('='));
        if !in_table && !replaced && is_status {
            replaced = true;
            lines.push(line.clone());
        } else {
            lines.push(l.to_owned());
        }
    }
    if !replaced {
        lines.insert(0, line);
    }
    std::fs::write(&path, lines.join("\n") + "\n")
        .map_err(|e| LetterFileError::Read(path.clone(), e))?;
    read_dir(dir).map(drop)
}

/// Loads every letter directory (one holding a `letter.toml`) under `dir`. A missing directory
/// means no letters; a broken letter stops the load with its file named.
pub fn load_all(conn: &mut DbConn, dir: &Path) -> Result<Vec<String>, LetterFileError> {
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(LetterFileError::Read(dir.to_owned(), e)),
    };
    let mut dirs: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.join("letter.toml").is_file())
        .collect();
    dirs.sort();
    dirs.iter().map(|d| load(conn, d)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn write_letter(toml: &str) -> tempfile::TempDir {
        let root = tempfile::tempdir().unwrap();
        let dir = root.path().join("my-letter");
        std::fs::create_dir(&dir).unwrap();
        std::fs::write(dir.join("letter.toml"), toml).unwrap();
        std::fs::write(dir.join("letter.md"), "Dear *all*,\n\n<script>x</script>").unwrap();
        root
    }

    #[test]
    fn reads_a_letter() {
        let root = write_letter(
            "title = \"T\"\nstatus = \"open\"\npublished = 2026-04-13\nmoderation = \"post\"\n\
             [[category]]\nname = \"Nurses\"\nmatch = [\"nurs\"]\n",
        );
        let letter = read_dir(&root.path().join("my-letter")).unwrap();
        assert_eq!(letter.slug, "my-letter");
        assert_eq!(letter.published.as_deref(), Some("2026-04-13"));
        assert_eq!(letter.moderation, Moderation::Post);
        assert!(letter.body_html.contains("<em>all</em>"));
        assert!(!letter.body_html.contains("<script>"));
        assert!(letter.press_html.is_none());
        assert_eq!(
            letter.categories,
            r#"[{"name":"Nurses","patterns":["nurs"]}]"#
        );
    }

    #[test]
    fn refuses_bad_files() {
        for toml in [
            "title = \"\"",
            "title = \"T\"\nstatus = \"live\"",
            "title = \"T\"\npublished = \"13/04/2026\"",
            "title = \"T\"\nunknown = 1",
            "title = \"T\"\ncontact_email = \"nope\"",
            "title = \"T\"\n[[category]]\nname = \"X\"\nmatch = []",
            "title = \"T\"\ntarget = 0",
            "title = \"T\"\n[delivery]\ndate = 2026-12-01\nto = \"NHS\u{202E}England\"",
            "title = \"T\"\n[delivery]\ndate = \"soon\"\nto = \"NHS England\"",
            "title = \"T\"\n[[response]]\ndate = 2026-12-01\nfrom = \"NHS England\"",
            "title = \"T\"\n[[response]]\ndate = 2026-12-01\nfrom = \"X Y\"\nlink = \"javascript:alert(1)\"",
        ] {
            let root = write_letter(toml);
            assert!(read_dir(&root.path().join("my-letter")).is_err(), "{toml}");
        }
    }
}

#[cfg(test)]
mod properties {
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]

        /// Whatever a letter.toml holds, reading it answers Ok or a named error, never a panic.
        #[test]
        fn any_letter_file_is_read_or_refused(toml in any::<String>(), markdown in any::<String>()) {
            let root = tempfile::tempdir().unwrap();
            let dir = root.path().join("fuzzed");
            std::fs::create_dir(&dir).unwrap();
            std::fs::write(dir.join("letter.toml"), &toml).unwrap();
            std::fs::write(dir.join("letter.md"), &markdown).unwrap();
            if let Ok(letter) = super::read_dir(&dir) {
                prop_assert!(!letter.title.is_empty());
                prop_assert!(!letter.body_html.contains("<script"));
            }
        }

        #[test]
        fn generated_letter_files_keep_their_title(title in "[A-Za-z ]{1,60}", status in "draft|open|closed") {
            let root = tempfile::tempdir().unwrap();
            let dir = root.path().join("generated");
            std::fs::create_dir(&dir).unwrap();
            std::fs::write(dir.join("letter.toml"), format!("title = {title:?}\nstatus = {status:?}\n")).unwrap();
            std::fs::write(dir.join("letter.md"), "Text").unwrap();
            let read = super::read_dir(&dir);
            if title.trim().is_empty() {
                prop_assert!(read.is_err());
            } else {
                let letter = read.unwrap();
                prop_assert_eq!(letter.title, title.trim());
                prop_assert_eq!(letter.status.as_str(), status);
            }
        }
    }
}
