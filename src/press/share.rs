//! The share card: a 1200×630 PNG for Open Graph and Twitter cards, drawn from an SVG template
//! with real type (resvg, with the fonts of `crate::fonts`): the letter's title (wrapped, and
//! shortened with an ellipsis past three lines), the counts, and the site's name.

use resvg::{tiny_skia, usvg};
use unicode_width::UnicodeWidthStr;

use crate::db::models::LetterCounts;
use crate::fonts::Fonts;

pub const W: u32 = 1200;
pub const H: u32 = 630;
/// Display columns per title line at the title's size (a CJK character takes two).
const LINE_WIDTH: usize = 30;
const TITLE_LINES: usize = 3;

/// The title in at most `TITLE_LINES` lines, broken between words (inside a word only when it
/// alone is longer than a line), the last one ending in "…" when the title does not fit.
fn wrap(title: &str) -> Vec<String> {
    let mut lines: Vec<String> = vec![String::new()];
    let mut cut = false;
    'words: for word in title.split_whitespace() {
        for piece in pieces(word) {
            let current = lines.last().map_or(0, |l| l.width());
            let gap = usize::from(current > 0);
            if current + gap + piece.width() > LINE_WIDTH {
                if lines.len() == TITLE_LINES {
                    cut = true;
                    break 'words;
                }
                lines.push(String::new());
            }
            if let Some(line) = lines.last_mut() {
                if !line.is_empty() && pieces(word).first() == Some(&piece) {
                    line.push(' ');
                }
                line.push_str(&piece);
            }
        }
    }
    if cut && let Some(last) = lines.last_mut() {
        while last.width() + 1 > LINE_WIDTH {
            last.pop();
        }
        last.push('…');
    }
    lines
}

/// A word in pieces no wider than a line.
fn pieces(word: &str) -> Vec<String> {
    let mut out = vec![String::new()];
    for c in word.chars() {
        let full = out.last().map_or(0, |p| p.width()) + c.to_string().width() > LINE_WIDTH;
        if full {
            out.push(String::new());
        }
        if let Some(piece) = out.last_mut() {
            piece.push(c);
        }
    }
    out
}

fn escaped(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// 12345 as "12,345".
fn grouped(n: i64) -> String {
    let digits = n.abs().to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    if n < 0 { format!("-{out}") } else { out }
}

fn svg(title: &str, counts: LetterCounts, target: Option<i64>) -> String {
    let LetterCounts {
        individuals,
        organisations,
    } = counts;
    let lines: String = wrap(title)
        .iter()
        .enumerate()
        .map(|(i, line)| {
            format!(
                r##"<text x="72" y="{}" font-size="60" font-weight="700" fill="#0f172a">{}</text>"##,
                196 + i * 76,
                escaped(line)
            )
        })
        .collect();
    let people = if individuals == 1 {
        "person has"
    } else {
        "people have"
    };
    let orgs = match organisations {
        0 => String::new(),
        1 => " · 1 organisation".to_owned(),
        n => format!(" · {} organisations", grouped(n)),
    };
    // Towards a target: a bar along the foot, filled in proportion (at most full).
    let (aim, bar) = match target {
        Some(target) => {
            let signed = counts.total();
            let span = W - 144;
            let filled = (span as i64 * signed.min(target) / target.max(1)) as u32;
            (
                format!(" · of {} aimed for", grouped(target)),
                format!(
                    r##"<rect x="72" y="604" width="{span}" height="10" fill="#dbeafe"/><rect x="72" y="604" width="{filled}" height="10" fill="#1d4ed8"/>"##
                ),
            )
        }
        None => (String::new(), String::new()),
    };
    format!(
        r##"<svg xmlns="http://www.w3.org/2000/svg" width="{W}" height="{H}" viewBox="0 0 {W} {H}" font-family="Noto Sans, sans-serif">
<rect width="{W}" height="{H}" fill="#ffffff"/>
<rect width="{W}" height="16" fill="#1d4ed8"/>
<text x="72" y="100" font-size="30" font-weight="700" fill="#475569" letter-spacing="2">AN OPEN LETTER</text>
{lines}
<text x="72" y="510" font-size="88" font-weight="700" fill="#1d4ed8">{count}</text>
<text x="72" y="566" font-size="34" fill="#334155">{people} signed{orgs}{aim}</text>
<text x="{right}" y="590" font-size="28" font-weight="700" fill="#475569" text-anchor="end">Undersigned</text>
{bar}
</svg>"##,
        count = grouped(individuals),
        right = W - 72,
    )
}

/// usvg's fallback (the first face that has the character, often a serif CJK face for a whole
/// line) replaced by `fonts::fallback_face`.
fn sans_fallback(
    c: char,
    used: &[usvg::fontdb::ID],
    db: &mut std::sync::Arc<usvg::fontdb::Database>,
) -> Option<usvg::fontdb::ID> {
    let base = used.first().and_then(|id| db.face(*id));
    let weight = base.map_or(usvg::fontdb::Weight::NORMAL, |b| b.weight);
    let style = base.map_or(usvg::fontdb::Style::Normal, |b| b.style);
    crate::fonts::fallback_face(db, c, weight, style, used)
}

/// The card as PNG. A character of the title that no font has is logged and drawn as the
/// font's empty box.
pub fn card(
    fonts: &Fonts,
    title: &str,
    counts: LetterCounts,
    target: Option<i64>,
) -> anyhow::Result<Vec<u8>> {
    let missing = fonts.uncovered(title);
    if !missing.is_empty() {
        tracing::warn!(
            ?missing,
            "share card: no font has some characters of the title"
        );
    }
    let mut options = usvg::Options {
        fontdb: fonts.database(),
        ..usvg::Options::default()
    };
    options.font_resolver.select_fallback = Box::new(sans_fallback);
    let tree = usvg::Tree::from_str(&svg(title, counts, target), &options)?;
    let mut pixmap =
        tiny_skia::Pixmap::new(W, H).ok_or_else(|| anyhow::anyhow!("no {W}×{H} canvas"))?;
    resvg::render(&tree, tiny_skia::Transform::default(), &mut pixmap.as_mut());
    Ok(pixmap.encode_png()?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_wrap_between_words_and_end_in_an_ellipsis() {
        assert_eq!(wrap("Time to listen"), ["Time to listen"]);
        let long = "An open letter on crisis care and the police in mental health services across England and Wales today";
        let lines = wrap(long);
        assert_eq!(lines.len(), TITLE_LINES);
        assert!(lines.iter().all(|l| l.width() <= LINE_WIDTH), "{lines:?}");
        assert!(lines[2].ends_with('…'));
        assert_eq!(lines[0], "An open letter on crisis care");
    }

    #[test]
    fn wide_scripts_wrap_by_their_width() {
        let lines = wrap(&"李小龍".repeat(12));
        assert!(lines.iter().all(|l| l.width() <= LINE_WIDTH), "{lines:?}");
        assert_eq!(lines.len(), TITLE_LINES);
    }

    #[test]
    fn markup_in_a_title_is_text() {
        let counts = LetterCounts {
            individuals: 1234567,
            organisations: 1,
        };
        let card = svg("<script>&\"", counts, None);
        assert!(card.contains("&lt;script&gt;&amp;&quot;") && card.contains("1,234,567"));
        assert!(card.contains("1 organisation<") && !card.contains("aimed for"));
    }

    #[test]
    fn a_target_shows_as_a_bar_filled_in_proportion() {
        let counts = LetterCounts {
            individuals: 249,
            organisations: 1,
        };
        let card = svg("T", counts, Some(1000));
        assert!(
            card.contains("1 organisation · of 1,000 aimed for<"),
            "{card}"
        );
        // A quarter of the 1,056 pixels between the margins.
        assert!(
            card.contains(r##"width="264" height="10" fill="#1d4ed8""##),
            "{card}"
        );
        let over = svg("T", counts, Some(10));
        assert!(
            over.contains(r##"width="1056" height="10" fill="#1d4ed8""##),
            "never past full"
        );
    }
}
