//! The letter as a PDF, laid out like the published letter: title, date, text, the figures
//! and what they rest on, then the signatories as "Name, Title." lines and the supporting
//! organisations apart; each page's footer gives the source, the time of export and the page
//! number. Written page by page as the list is read; the text is set in real fonts by
//! `typeset`, whose subsets are embedded after the last page.

use std::collections::BTreeSet;
use std::io::Write;

use pulldown_cmark::{Event, Parser, Tag, TagEnd};

use chrono::NaiveDateTime;

use super::export::for_each_page;
use super::figures::statement_in;
use super::typeset::{Typesetter, stream};
use crate::db::Pool;
use crate::db::models::{Basis, Letter, SignatureKind};
use crate::fonts::Fonts;
use crate::i18n::Lang;

const PAGE_W: f32 = 595.0;
const PAGE_H: f32 = 842.0;
const MARGIN: f32 = 56.0;

/// Counts the bytes written, for the cross-reference table.
struct Counting<W> {
    inner: W,
    written: usize,
}

impl<W: Write> Write for Counting<W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let n = self.inner.write(buf)?;
        self.written += n;
        Ok(n)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.inner.flush()
    }
}

pub struct PdfLetter<'a> {
    letter: &'a Letter,
    fonts: &'a Fonts,
    /// The letter's public address, for the footer.
    source: String,
    exported: NaiveDateTime,
    /// The language of the headings and figures; the letter and the names are as written.
    lang: Lang,
}

/// Lays lines out on pages and writes each page when it is full.
struct Pages<W: Write> {
    out: Counting<W>,
    offsets: Vec<usize>,
    page_ids: Vec<usize>,
    content: String,
    y: f32,
    /// What every page's footer says before its number.
    footer: String,
    text: Typesetter,
    /// The faces this page draws with.
    page_fonts: BTreeSet<usize>,
}

impl<W: Write> Pages<W> {
    const PAGES_ID: usize = 2;

    fn start(out: W, footer: String, text: Typesetter) -> std::io::Result<Self> {
        let mut out = Counting {
            inner: out,
            written: 0,
        };
        out.write_all(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")?;
        let mut pages = Pages {
            out,
            offsets: vec![0; 3],
            page_ids: Vec::new(),
            content: String::new(),
            y: PAGE_H - MARGIN,
            footer,
            text,
            page_fonts: BTreeSet::new(),
        };
        pages.object(1, "<< /Type /Catalog /Pages 2 0 R >>")?;
        Ok(pages)
    }

    fn object(&mut self, id: usize, body: &str) -> std::io::Result<()> {
        self.object_bytes(id, body.as_bytes())
    }

    fn object_bytes(&mut self, id: usize, body: &[u8]) -> std::io::Result<()> {
        if self.offsets.len() <= id {
            self.offsets.resize(id + 1, 0);
        }
        self.offsets[id] = self.out.written;
        writeln!(self.out, "{id} 0 obj")?;
        self.out.write_all(body)?;
        self.out.write_all(b"\nendobj\n")
    }

    /// Draws `text` at (x, y) and reserves the objects of any face it used first.
    fn draw(&mut self, text: &str, x: f32, y: f32, size: f32, bold: bool) {
        let ops = self.text.line(text, x, y, size, bold, &mut self.page_fonts);
        self.content.push_str(&ops);
        for face in self.text.faces.iter_mut().filter(|f| f.object == 0) {
            face.object = self.offsets.len();
            self.offsets.extend([0; 5]);
        }
    }

    fn next_id(&self) -> usize {
        self.offsets.len()
    }

    /// One line of text; a new page when this one is full.
    fn line(&mut self, text: &str, size: f32, bold: bool) -> std::io::Result<()> {
        let leading = size * 1.35;
        if self.y - leading < MARGIN {
            self.finish_page()?;
        }
        self.y -= leading;
        self.draw(text, MARGIN, self.y, size, bold);
        Ok(())
    }

    fn gap(&mut self, points: f32) {
        self.y -= points;
    }

    /// A paragraph, wrapped to the text width.
    fn paragraph(&mut self, text: &str, size: f32, bold: bool) -> std::io::Result<()> {
        for line in wrap(text, size, PAGE_W - 2.0 * MARGIN) {
            self.line(&line, size, bold)?;
        }
        Ok(())
    }

    fn finish_page(&mut self) -> std::io::Result<()> {
        let footer = format!("{} · page {}", self.footer, self.page_ids.len() + 1);
        self.draw(&footer, MARGIN, MARGIN / 2.0, 8.0, false);
        let content = std::mem::take(&mut self.content);
        let content_id = self.next_id();
        self.offsets.push(0);
        let body = stream(content.as_bytes(), "").map_err(std::io::Error::other)?;
        self.object_bytes(content_id, &body)?;
        let fonts: String = std::mem::take(&mut self.page_fonts)
            .into_iter()
            .map(|i| format!("/F{i} {} 0 R ", self.text.faces[i].object))
            .collect();
        let page_id = self.next_id();
        self.offsets.push(0);
        let page = format!(
            "<< /Type /Page /Parent {} 0 R /MediaBox [0 0 {PAGE_W} {PAGE_H}] \
             /Resources << /Font << {fonts}>> >> /Contents {content_id} 0 R >>",
            Self::PAGES_ID
        );
        self.object(page_id, &page)?;
        self.page_ids.push(page_id);
        self.y = PAGE_H - MARGIN;
        Ok(())
    }

    fn end(mut self) -> anyhow::Result<()> {
        self.finish_page()?;
        // The fonts, subset to the glyphs the pages used.
        let objects = self
            .text
            .faces
            .iter()
            .map(|face| Ok((face.object, self.text.font_objects(face)?)))
            .collect::<anyhow::Result<Vec<_>>>()?;
        for (first, bodies) in objects {
            for (i, body) in bodies.iter().enumerate() {
                self.object_bytes(first + i, body)?;
            }
        }
        let kids: Vec<String> = self.page_ids.iter().map(|id| format!("{id} 0 R")).collect();
        let tree = format!(
            "<< /Type /Pages /Kids [{}] /Count {} >>",
            kids.join(" "),
            kids.len()
        );
        self.object(Self::PAGES_ID, &tree)?;
        let xref = self.out.written;
        write!(
            self.out,
            "xref\n0 {}\n0000000000 65535 f \n",
            self.offsets.len()
        )?;
        for offset in &self.offsets[1..] {
            writeln!(self.out, "{offset:010} 00000 n ")?;
        }
        write!(
            self.out,
            "trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n",
            self.offsets.len()
        )?;
        Ok(self.out.flush()?)
    }
}

impl<'a> PdfLetter<'a> {
    /// `base_url`: the site's, for the footer's source address.
    pub fn new(
        letter: &'a Letter,
        fonts: &'a Fonts,
        base_url: &str,
        exported: NaiveDateTime,
        lang: Lang,
    ) -> Self {
        PdfLetter {
            fonts,
            lang,
            source: format!("{base_url}/letters/{}", letter.slug),
            letter,
            exported,
        }
    }

    pub fn write(&self, pool: &Pool, out: impl Write) -> anyhow::Result<()> {
        let (counts, basis) = {
            let mut conn = pool.get()?;
            let counts = self.letter.counts(&mut conn)?;
            let basis = Basis::of(&mut conn, self.letter.id, &counts)?;
            (counts, basis)
        };
        let lang = self.lang;
        let exported = format!(
            "{}, {} UTC",
            lang.date(self.exported.date()),
            self.exported.format("%H:%M")
        );
        let footer = lang.t2("pdf-footer", "source", &self.source, "time", &exported);
        let mut pages = Pages::start(out, footer, Typesetter::new(self.fonts.database()))?;
        pages.paragraph(&self.letter.title, 18.0, true)?;
        if let Some(date) = &self.letter.published {
            pages.line(
                &crate::i18n::Locale::plain(lang).iso_date(date),
                10.0,
                false,
            )?;
        }
        let version = self.letter.version;
        if version > 1 {
            pages.line(
                &lang.t1("version-of-text-start", "version", version),
                10.0,
                false,
            )?;
        }
        pages.gap(8.0);
        for paragraph in plain_paragraphs(&self.letter.body_md) {
            pages.paragraph(&paragraph, 11.0, false)?;
            pages.gap(6.0);
        }
        pages.gap(10.0);
        pages.line(&lang.t("pdf-figures"), 14.0, true)?;
        pages.gap(4.0);
        let counted = lang.t2(
            "pdf-counts",
            "people",
            counts.individuals,
            "organisations",
            counts.organisations,
        );
        pages.paragraph(
            &lang.t2("pdf-at", "counts", counted, "time", &exported),
            10.0,
            false,
        )?;
        let basis = statement_in(lang, &basis, &counts);
        if !basis.is_empty() {
            pages.paragraph(
                &lang.t1("pdf-basis", "basis", basis.join("; ")),
                10.0,
                false,
            )?;
        }
        for (kind, heading) in [
            (SignatureKind::Individual, "pdf-signatories"),
            (SignatureKind::Organisation, "pdf-organisations"),
        ] {
            pages.gap(10.0);
            pages.line(&lang.t(heading), 14.0, true)?;
            pages.gap(4.0);
            for_each_page(pool, self.letter.id, kind, |entries| {
                for entry in entries {
                    let line = match entry.version {
                        v if v == version => entry.line(),
                        v => lang.t2("pdf-signed-version", "entry", entry.line(), "version", v),
                    };
                    pages.paragraph(&line, 10.0, false)?;
                }
                Ok(())
            })?;
        }
        pages.end()?;
        Ok(())
    }
}

/// The Markdown's text, one string per paragraph, heading or list item.
fn plain_paragraphs(markdown: &str) -> Vec<String> {
    let mut paragraphs = Vec::new();
    let mut current = String::new();
    for event in Parser::new(markdown) {
        match event {
            Event::Text(t) | Event::Code(t) | Event::Html(t) | Event::InlineHtml(t) => {
                current.push_str(&t)
            }
            Event::SoftBreak | Event::HardBreak => current.push(' '),
            Event::Start(Tag::Item) => current.push_str("- "),
            Event::End(
                TagEnd::Paragraph | TagEnd::Heading(_) | TagEnd::Item | TagEnd::CodeBlock,
            ) => {
                if !current.trim().is_empty() && current.trim() != "-" {
                    paragraphs.push(current.trim().to_owned());
                }
                current.clear();
            }
            _ => {}
        }
    }
    paragraphs
}

/// Approximate advance widths, in ems (Noto Sans's proportions; a wide character is one em).
fn width(c: char) -> f32 {
    if unicode_width::UnicodeWidthChar::width(c) == Some(2) {
        return 1.0;
    }
    match c {
        ' ' | 'i' | 'j' | 'l' | '\'' | '.' | ',' | ':' | ';' | '!' | '|' => 0.28,
        'f' | 't' | 'r' | 'I' | '(' | ')' | '-' => 0.35,
        'm' | 'M' | 'W' | 'w' => 0.86,
        c if c.is_ascii_uppercase() => 0.70,
        c if c.is_ascii_digit() => 0.56,
        _ => 0.56,
    }
}

fn wrap(text: &str, size: f32, max: f32) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    let mut line_width = 0.0;
    for word in text.split_whitespace() {
        let w: f32 = word.chars().map(width).sum::<f32>() * size;
        let space = if line.is_empty() {
            0.0
        } else {
            width(' ') * size
        };
        if !line.is_empty() && line_width + space + w > max {
            lines.push(std::mem::take(&mut line));
            line_width = 0.0;
        } else if !line.is_empty() {
            line.push(' ');
            line_width += space;
        }
        line.push_str(word);
        line_width += w;
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrapping() {
        let lines = wrap(
            "one two three four five six seven eight nine ten",
            10.0,
            100.0,
        );
        assert!(lines.len() > 1 && lines.iter().all(|l| !l.is_empty()));
        assert_eq!(
            plain_paragraphs("# T\n\nDear *all*,\n\n1. **Fund** it\n"),
            ["T", "Dear all,", "- Fund it"]
        );
    }
}
