//! A letter's updates: `updates/YYYY-MM-DD-name.md` beside its `letter.md`. The first line, if
//! it is a `# heading`, is the title; otherwise the name is.

use std::path::Path;

use chrono::{NaiveDate, NaiveDateTime};

use super::{LetterFileError, read, render_markdown};
use crate::db::models::{NewUpdate, UpdateSource};
use crate::domain::Caption;

/// An update as read from its file.
#[derive(Debug)]
pub struct UpdateFile {
    name: String,
    published_on: NaiveDate,
    title: String,
    body_html: String,
    body_md: String,
}

impl UpdateFile {
    pub fn name(&self) -> &str {
        &self.name
    }

    pub fn row(&self, letter_id: i64, now: NaiveDateTime, on_target: bool) -> NewUpdate {
        NewUpdate {
            letter_id,
            name: self.name.clone(),
            published_on: self.published_on.format("%Y-%m-%d").to_string(),
            title: self.title.clone(),
            body_html: self.body_html.clone(),
            body_md: self.body_md.clone(),
            source: UpdateSource::File,
            on_target,
            loaded_at: now,
        }
    }
}

/// Every update of the letter in `dir`, in name order. No `updates` directory: none. Files
/// other than `.md` are left alone; a `.md` file with another name is refused, named.
pub fn read_updates(dir: &Path) -> Result<Vec<UpdateFile>, LetterFileError> {
    let dir = dir.join("updates");
    let entries = match std::fs::read_dir(&dir) {
        Ok(entries) => entries,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(LetterFileError::Read(dir, e)),
    };
    let mut paths: Vec<_> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "md"))
        .collect();
    paths.sort();
    paths.iter().map(|p| read_update(p)).collect()
}

/// The date an update's name starts with, if the name is a date and lower-case words joined by
/// hyphens: `2026-12-01-delivered`.
pub fn date_of(name: &str) -> Option<NaiveDate> {
    name.get(..10)
        .and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
        .filter(|_| name.len() > 11 && name.as_bytes()[10] == b'-')
        .filter(|_| {
            name[11..].split('-').all(|w| {
                !w.is_empty()
                    && w.bytes()
                        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
            })
        })
}

fn read_update(path: &Path) -> Result<UpdateFile, LetterFileError> {
    let invalid = |msg: &str| LetterFileError::Invalid(path.to_owned(), msg.to_owned());
    let name = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let published_on = date_of(&name)
        .ok_or_else(|| invalid("an update's file is named like 2026-12-01-delivered.md"))?;
    let text = read(path)?;
    let (heading, body) = match text.trim_start().split_once('\n') {
        Some((first, rest)) if first.starts_with("# ") => (Some(&first[2..]), rest),
        None if text.trim_start().starts_with("# ") => (Some(&text.trim_start()[2..]), ""),
        _ => (None, text.as_str()),
    };
    let fallback = name[11..].replace('-', " ");
    let title = Caption::parse(heading.unwrap_or(&fallback))
        .map_err(|e| invalid(&format!("its title: {e}")))?;
    Ok(UpdateFile {
        name,
        published_on,
        title: title.into(),
        body_html: render_markdown(body),
        body_md: body.trim().to_owned(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn letter_with(files: &[(&str, &str)]) -> tempfile::TempDir {
        let root = tempfile::tempdir().unwrap();
        std::fs::create_dir(root.path().join("updates")).unwrap();
        for (name, text) in files {
            std::fs::write(root.path().join("updates").join(name), text).unwrap();
        }
        root
    }

    #[test]
    fn reads_updates_with_their_titles() {
        let root = letter_with(&[
            (
                "2026-12-01-delivered.md",
                "# Delivered to NHS England\n\nBy *hand*.",
            ),
            ("2026-11-20-first-week.md", "A week in: <script>x</script>"),
            ("notes.txt", "not an update"),
        ]);
        let updates = read_updates(root.path()).unwrap();
        assert_eq!(updates.len(), 2);
        assert_eq!(updates[0].title, "first week");
        assert!(!updates[0].body_html.contains("<script"));
        assert_eq!(updates[1].title, "Delivered to NHS England");
        assert!(updates[1].body_html.contains("<em>hand</em>"));
        assert_eq!(updates[1].published_on.to_string(), "2026-12-01");
    }

    #[test]
    fn refuses_misnamed_updates_and_hidden_characters() {
        for (name, text) in [
            ("delivered.md", "x"),
            ("2026-13-01-delivered.md", "x"),
            ("2026-12-01-.md", "x"),
            ("2026-12-01-Delivered.md", "x"),
            ("2026-12-01-a--b.md", "x"),
            ("2026-12-01-ok.md", "# Sneaky\u{202E}title\n"),
        ] {
            let root = letter_with(&[(name, text)]);
            let refused = read_updates(root.path()).unwrap_err().to_string();
            assert!(refused.contains(name), "{name}: {refused}");
        }
    }
}
