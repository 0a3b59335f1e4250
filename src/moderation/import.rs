//! `undersigned import`: an existing list of signatories, published without email verification
//! (the organiser vouches for it), run through duplicate detection, recorded in the audit log.
//! The whole file goes in, or nothing does; importing the same file again adds nothing.

use std::collections::{HashMap, HashSet};
use std::path::Path;

use chrono::Utc;
use sha2::{Digest, Sha256};

use super::audit::{Actor, Snapshot};
use crate::db::models::{
    Letter, Listing, NewAuditEntry, NewSignature, Signature, SignatureKind, SignatureState,
};
use crate::db::{DbConn, write_transaction};
use crate::domain::{EmailAddress, OrganisationName, PersonName, Slug, Title};
use crate::duplicates;

#[derive(Debug, Default, PartialEq, Eq)]
pub struct ImportReport {
    pub imported: usize,
    /// Rows already imported before (same content, same occurrence in the file).
    pub skipped: usize,
    /// New probable-duplicate pairs raised for moderators.
    pub duplicates: usize,
}

#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    #[error("cannot read {0}")]
    Read(String, #[source] std::io::Error),
    #[error("no letter {0}")]
    UnknownLetter(String),
    #[error("the file needs a header row with at least: {0}")]
    Header(&'static str),
    #[error("nothing was imported; fix these rows:\n{}", .0.join("\n"))]
    Rows(Vec<String>),
    #[error(transparent)]
    Database(#[from] diesel::result::Error),
}

/// One parsed row: the values and the line it came from.
struct Row {
    line: u64,
    name: String,
    title: Option<String>,
    organisation: Option<String>,
    email: Option<EmailAddress>,
}

/// Reads and checks every row first; nothing is written if any row is wrong.
fn read_rows(path: &Path, kind: SignatureKind) -> Result<Vec<Row>, ImportError> {
    let file =
        std::fs::File::open(path).map_err(|e| ImportError::Read(path.display().to_string(), e))?;
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .trim(csv::Trim::All)
        .from_reader(file);
    let headers: Vec<String> = reader
        .headers()
        .map_err(|_| ImportError::Header("name,title"))?
        .iter()
        .map(|h| h.trim().trim_start_matches('\u{feff}').to_lowercase())
        .collect();
    let column = |name: &str| headers.iter().position(|h| h == name);
    let name_col = column("name").ok_or(ImportError::Header("name,title"))?;
    let (title_col, org_col, email_col) =
        (column("title"), column("organisation"), column("email"));
    if kind == SignatureKind::Individual && title_col.is_none() {
        return Err(ImportError::Header("name,title"));
    }
    let mut rows = Vec::new();
    let mut errors = Vec::new();
    for record in reader.records() {
        let record = match record {
            Ok(r) => r,
            Err(e) => {
                let line = e.position().map_or(0, |p| p.line());
                errors.push(format!("line {line}: {e}"));
                continue;
            }
        };
        let line = record.position().map_or(0, |p| p.line());
        let cell = |col: Option<usize>| col.and_then(|c| record.get(c)).unwrap_or("");
        let parsed = (|| -> Result<Row, String> {
            let (name, title, organisation) = match kind {
                SignatureKind::Individual => (
                    String::from(
                        PersonName::parse(cell(Some(name_col)))
                            .map_err(|e| format!("name: {e}"))?,
                    ),
                    Title::parse_optional(cell(title_col))
                        .map_err(|e| format!("title: {e}"))?
                        .map(String::from),
                    OrganisationName::parse_optional(cell(org_col))
                        .map_err(|e| format!("organisation: {e}"))?
                        .map(String::from),
                ),
                SignatureKind::Organisation => (
                    String::from(
                        OrganisationName::parse(cell(Some(name_col)))
                            .map_err(|e| format!("name: {e}"))?,
                    ),
                    None,
                    None,
                ),
            };
            let email = match cell(email_col) {
                "" => None,
                e => Some(EmailAddress::parse(e).map_err(|e| format!("email: {e}"))?),
            };
            Ok(Row {
                line,
                name,
                title,
                organisation,
                email,
            })
        })();
        match parsed {
            Ok(row) => rows.push(row),
            Err(e) => errors.push(format!("line {line}: {e}")),
        }
    }
    if errors.is_empty() {
        Ok(rows)
    } else {
        Err(ImportError::Rows(errors))
    }
}

/// Imports `path` into the letter. `progress` is called after each row with (done, total).
pub fn import(
    conn: &mut DbConn,
    slug: &Slug,
    path: &Path,
    kind: SignatureKind,
    progress: impl Fn(u64, u64),
) -> Result<ImportReport, ImportError> {
    let rows = read_rows(path, kind)?;
    let total = rows.len() as u64;
    let actor = Actor {
        id: None,
        name: "import (command line)".to_owned(),
    };
    write_transaction(conn, |conn| {
        let letter = Letter::find_by_slug(conn, slug)
            .map_err(|_| ImportError::UnknownLetter(slug.to_string()))?;
        let mut report = ImportReport::default();
        let mut seen: HashMap<String, usize> = HashMap::new();
        let mut errors = Vec::new();
        let mut imported = HashSet::new();
        for (done, row) in rows.iter().enumerate() {
            let content = format!(
                "{}\u{1f}{}\u{1f}{}\u{1f}{}\u{1f}{}",
                kind,
                row.name,
                row.title.as_deref().unwrap_or(""),
                row.organisation.as_deref().unwrap_or(""),
                row.email
                    .as_ref()
                    .map(|e| e.canonical())
                    .unwrap_or_default()
            );
            // The n-th identical row of a file is its own entry: lists repeat people, and
            // those repeats are what duplicate detection is for.
            let occurrence = seen
                .entry(content.clone())
                .and_modify(|n| *n += 1)
                .or_insert(1);
            let import_key = hex::encode(Sha256::digest(format!("{content}\u{1f}{occurrence}")));
            progress(done as u64 + 1, total);
            if Signature::import_key_exists(conn, letter.id, &import_key)? {
                report.skipped += 1;
                continue;
            }
            let email_key = row.email.as_ref().map(|e| e.canonical());
            if let Some(key) = &email_key
                && Signature::find_by_email_key(conn, letter.id, key)?.is_some()
            {
                errors.push(format!(
                    "line {}: this email address has already signed the letter",
                    row.line
                ));
                continue;
            }
            let now = Utc::now().naive_utc();
            let (name, organisation) = match kind {
                SignatureKind::Individual => (Some(row.name.clone()), row.organisation.clone()),
                SignatureKind::Organisation => (None, Some(row.name.clone())),
            };
            let listing = Listing {
                kind,
                public: true,
                name,
                title: row.title.clone(),
                organisation,
                website: None,
            };
            let state = SignatureState::Published;
            let mut new = NewSignature::new(letter.id, listing, row.email.as_ref(), state, now);
            new.import_key = Some(import_key);
            new.version = letter.version;
            let id = Signature::insert(conn, &new)?;
            let signature = Signature::find(conn, id)?;
            imported.insert(id);
            NewAuditEntry {
                letter_id: Some(letter.id),
                signature_id: Some(id),
                after_state: Some(Snapshot::json(&signature)),
                ..actor.entry("import", now)
            }
            .insert(conn)?;
            report.imported += 1;
        }
        // One pass over the letter for all new rows, instead of one lookup per row.
        report.duplicates = duplicates::detect_among(
            conn,
            letter.id,
            kind,
            Some(&imported),
            Utc::now().naive_utc(),
        )?;
        if errors.is_empty() {
            Ok(report)
        } else {
            Err(ImportError::Rows(errors))
        }
    })
}
