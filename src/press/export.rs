//! The public list as a file: CSV, JSON, XLSX or PDF. One code path for downloads and for
//! `undersigned export`: rows are read a page at a time and written straight out, so a letter of
//! a million signatures never sits in memory.

use std::io::Write;

use chrono::NaiveDateTime;
use serde::Serialize;

use super::pdf::PdfLetter;
use crate::db::Pool;
use crate::db::models::{Cursor, Letter, ListFilter, PublicEntry, Signature, SignatureKind};
use crate::fonts::Fonts;

const BATCH: i64 = 2000;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Csv,
    Json,
    Xlsx,
    Pdf,
}

impl Format {
    pub fn from_extension(ext: &str) -> Option<Format> {
        match ext {
            "csv" => Some(Format::Csv),
            "json" => Some(Format::Json),
            "xlsx" => Some(Format::Xlsx),
            "pdf" => Some(Format::Pdf),
            _ => None,
        }
    }

    pub fn extension(self) -> &'static str {
        match self {
            Format::Csv => "csv",
            Format::Json => "json",
            Format::Xlsx => "xlsx",
            Format::Pdf => "pdf",
        }
    }

    pub fn content_type(self) -> &'static str {
        match self {
            Format::Csv => "text/csv; charset=utf-8",
            Format::Json => "application/json",
            Format::Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            Format::Pdf => "application/pdf",
        }
    }

    /// `{slug}-signatories-{date}.{ext}`.
    pub fn filename(self, letter: &Letter, now: NaiveDateTime) -> String {
        format!(
            "{}-signatories-{}.{}",
            letter.slug,
            now.format("%Y-%m-%d"),
            self.extension()
        )
    }
}

/// One row of a download: only what is published, with its evidence.
#[derive(Serialize)]
struct Row<'a> {
    name: &'a str,
    title: &'a str,
    organisation: &'a str,
    kind: SignatureKind,
    signed: String,
    confirmed_domain: &'a str,
    orcid: &'a str,
    orcid_verified: bool,
    moderated: bool,
    version: String,
}

/// The columns of the CSV and XLSX downloads, in order.
const COLUMNS: [&str; 10] = [
    "name",
    "title",
    "organisation",
    "kind",
    "signed",
    "confirmed_domain",
    "orcid",
    "orcid_verified",
    "moderated",
    "version",
];

impl<'a> From<&'a PublicEntry> for Row<'a> {
    fn from(e: &'a PublicEntry) -> Self {
        Row {
            name: &e.name,
            title: e.title.as_deref().unwrap_or(""),
            organisation: e.organisation.as_deref().unwrap_or(""),
            kind: e.kind,
            signed: e.signed_at.format("%Y-%m-%d").to_string(),
            confirmed_domain: e.confirmed_domain.as_deref().unwrap_or(""),
            orcid: e.orcid.as_deref().unwrap_or(""),
            orcid_verified: e.orcid_verified,
            moderated: e.moderated,
            version: e.version.to_string(),
        }
    }
}

impl Row<'_> {
    /// The row's cells under `COLUMNS`.
    fn cells(&self) -> [&str; 10] {
        let yes_no = |b: bool| if b { "yes" } else { "no" };
        [
            self.name,
            self.title,
            self.organisation,
            self.kind.as_str(),
            &self.signed,
            self.confirmed_domain,
            self.orcid,
            yes_no(self.orcid_verified),
            yes_no(self.moderated),
            &self.version,
        ]
    }
}

/// Calls `each` with every published entry of `kind`, in the published order (pinned first),
/// a page at a time; each page takes a connection only while it is read.
pub fn for_each_page(
    pool: &Pool,
    letter_id: i64,
    kind: SignatureKind,
    mut each: impl FnMut(&[PublicEntry]) -> anyhow::Result<()>,
) -> anyhow::Result<()> {
    let mut after: Option<Cursor> = None;
    loop {
        let filter = ListFilter {
            kind: Some(kind),
            after,
            limit: BATCH,
            ..ListFilter::default()
        };
        let page = Signature::list_published(&mut *pool.get()?, letter_id, &filter)?;
        each(&page.items)?;
        match page.next_after {
            Some(next) => after = Some(next),
            None => return Ok(()),
        }
    }
}

/// A spreadsheet would run a cell starting with one of these as a formula: prefix a quote.
fn neutralised(cell: &str) -> std::borrow::Cow<'_, str> {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{cell}").into()
    } else {
        cell.into()
    }
}

/// Where an export comes from: the site's address (the PDF names its source) and the fonts the
/// PDF is set in.
pub struct Source<'a> {
    pub base_url: &'a str,
    pub fonts: &'a Fonts,
    /// The PDF's language (its headings and figures).
    pub lang: crate::i18n::Lang,
}

/// Writes the whole export of `letter` to `out`.
pub fn write(
    pool: &Pool,
    letter: &Letter,
    format: Format,
    source: &Source,
    out: impl Write + Send,
) -> anyhow::Result<()> {
    match format {
        Format::Csv => write_csv(pool, letter, out),
        Format::Json => write_json(pool, letter, out),
        Format::Xlsx => write_xlsx(pool, letter, out),
        Format::Pdf => {
            let now = chrono::Utc::now().naive_utc();
            PdfLetter::new(letter, source.fonts, source.base_url, now, source.lang).write(pool, out)
        }
    }
}

fn write_csv(pool: &Pool, letter: &Letter, out: impl Write) -> anyhow::Result<()> {
    let mut csv = csv::Writer::from_writer(out);
    csv.write_record(COLUMNS)?;
    for kind in [SignatureKind::Individual, SignatureKind::Organisation] {
        for_each_page(pool, letter.id, kind, |entries| {
            for entry in entries {
                // A spreadsheet would run a cell starting with = + - @ as a formula.
                let row = Row::from(entry);
                csv.write_record(row.cells().map(neutralised).iter().map(|c| c.as_bytes()))?;
            }
            Ok(())
        })?;
    }
    csv.flush()?;
    Ok(())
}

fn write_json(pool: &Pool, letter: &Letter, mut out: impl Write) -> anyhow::Result<()> {
    #[derive(Serialize)]
    struct Head<'a> {
        slug: &'a str,
        title: &'a str,
        published: Option<&'a str>,
    }
    let head = Head {
        slug: &letter.slug,
        title: &letter.title,
        published: letter.published.as_deref(),
    };
    write!(out, "{{\"letter\":{},", serde_json::to_string(&head)?)?;
    for (kind, key) in [
        (SignatureKind::Individual, "individuals"),
        (SignatureKind::Organisation, "organisations"),
    ] {
        write!(out, "\"{key}\":[")?;
        let mut first = true;
        for_each_page(pool, letter.id, kind, |entries| {
            for entry in entries {
                if !first {
                    out.write_all(b",")?;
                }
                first = false;
                serde_json::to_writer(&mut out, &Row::from(entry))?;
            }
            Ok(())
        })?;
        out.write_all(if kind == SignatureKind::Individual {
            b"],"
        } else {
            b"]"
        })?;
    }
    out.write_all(b"}")?;
    out.flush()?;
    Ok(())
}

fn write_xlsx(pool: &Pool, letter: &Letter, out: impl Write + Send) -> anyhow::Result<()> {
    let mut workbook = rust_xlsxwriter::Workbook::new();
    let bold = rust_xlsxwriter::Format::new().set_bold();
    for (kind, name) in [
        (SignatureKind::Individual, "Signatories"),
        (SignatureKind::Organisation, "Organisations"),
    ] {
        // Constant memory: rows go to a temporary file as they are written.
        let sheet = workbook.add_worksheet_with_constant_memory()?;
        sheet.set_name(name)?;
        for (col, heading) in COLUMNS.iter().enumerate() {
            sheet.write_string_with_format(0, col as u16, *heading, &bold)?;
        }
        let mut row_number: u32 = 1;
        for_each_page(pool, letter.id, kind, |entries| {
            for entry in entries {
                // Strings are written as text, never as formulas.
                for (col, value) in Row::from(entry).cells().iter().enumerate() {
                    sheet.write_string(row_number, col as u16, *value)?;
                }
                row_number += 1;
            }
            Ok(())
        })?;
    }
    workbook.save_to_writer(out)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::neutralised;

    #[test]
    fn formula_prefixes_are_neutralised() {
        for bad in ["=1+1", "+cmd", "-2", "@SUM(A1)", "\tx", "\rx"] {
            assert!(neutralised(bad).starts_with('\''), "{bad:?}");
        }
        assert_eq!(neutralised("Jo Bloggs"), "Jo Bloggs");
    }
}
