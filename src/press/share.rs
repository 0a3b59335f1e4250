//! The share card: a 1200×630 PNG for Open Graph and Twitter cards, drawn from an SVG template
//! with real type (resvg, with the fonts of `crate::fonts`): the letter's title (wrapped, and
//! shortened with an ellipsis past three lines), the counts, and the site's name.

use resvg::{tiny_skia, usvg};
use unicode_width::UnicodeWidthStr;

use crate::db::models::LetterCounts;
use crate::fonts::Fonts;
use crate::i18n::Lang;

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

/// Text made safe to put between tags or in an attribute.
pub(super) fn escaped(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

fn svg(title: &str, counts: LetterCounts, target: Option<i64>, lang: Lang) -> String {
    let LetterCounts {
        individuals,
        organisations,
    } = counts;
    // Right to left: text starts at the right margin and the name of the site sits at the left.
    let rtl = lang.dir() == "rtl";
    let (start, end) = if rtl { (W - 72, 72) } else { (72, W - 72) };
    let (anchor, anchor_end) = if rtl {
        ("end", "start")
    } else {
        ("start", "end")
    };
    let direction = if rtl { "rtl" } else { "ltr" };
    let lines: String = wrap(title)
        .iter()
        .enumerate()
        .map(|(i, line)| {
            format!(
                r##"<text x="{start}" y="{}" text-anchor="{anchor}" font-size="60" font-weight="700" fill="#0f172a">{}</text>"##,
                196 + i * 76,
                escaped(line)
            )
        })
        .collect();
    let mut signed = lang.t1("card-people", "n", individuals);
    if organisations > 0 {
        signed = format!(
            "{signed} · {}",
            lang.t1("card-organisations", "n", organisations)
        );
    }
    // Towards a target: a bar along the foot, filled in proportion (at most full).
    let bar = match target {
        Some(target) => {
            signed = format!("{signed} · {}", lang.t1("card-aim", "target", target));
            let total = counts.total();
            let span = W - 144;
            let filled = (span as i64 * total.min(target) / target.max(1)) as u32;
            let from = if rtl { 72 + span - filled } else { 72 };
            format!(
                r##"<rect x="72" y="604" width="{span}" height="10" fill="#dbeafe"/><rect x="{from}" y="604" width="{filled}" height="10" fill="#1d4ed8"/>"##
            )
        }
        None => String::new(),
    };
    format!(
        r##"<svg xmlns="http://www.w3.org/2000/svg" width="{W}" height="{H}" viewBox="0 0 {W} {H}" font-family="Noto Sans, sans-serif" direction="{direction}">
<rect width="{W}" height="{H}" fill="#ffffff"/>
<rect width="{W}" height="16" fill="#1d4ed8"/>
<text x="{start}" y="100" text-anchor="{anchor}" font-size="30" font-weight="700" fill="#475569" letter-spacing="2">{kicker}</text>
{lines}
<text x="{start}" y="510" text-anchor="{anchor}" font-size="88" font-weight="700" fill="#1d4ed8">{count}</text>
<text x="{start}" y="566" text-anchor="{anchor}" font-size="34" fill="#334155">{signed}</text>
<text x="{end}" y="590" font-size="28" font-weight="700" fill="#475569" text-anchor="{anchor_end}" direction="ltr">Undersigned</text>
{bar}
</svg>"##,
        kicker = escaped(&lang.t("card-kicker")),
        signed = escaped(&signed),
        count = lang.number(individuals),
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
    lang: Lang,
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
    let tree = usvg::Tree::from_str(&svg(title, counts, target, lang), &options)?;
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
        let card = svg("<script>&\"", counts, None, Lang::En);
        assert!(card.contains("&lt;script&gt;&amp;&quot;") && card.contains("1,234,567"));
        assert!(card.contains("1 organisation<") && !card.contains("aimed for"));
    }

    #[test]
    fn a_target_shows_as_a_bar_filled_in_proportion() {
        let counts = LetterCounts {
            individuals: 249,
            organisations: 1,
        };
        let card = svg("T", counts, Some(1000), Lang::En);
        assert!(
            card.contains("1 organisation · of 1,000 aimed for<"),
            "{card}"
        );
        // A quarter of the 1,056 pixels between the margins.
        assert!(
            card.contains(r##"width="264" height="10" fill="#1d4ed8""##),
            "{card}"
        );
        let over = svg("T", counts, Some(10), Lang::En);
        assert!(
            over.contains(r##"width="1056" height="10" fill="#1d4ed8""##),
            "never past full"
        );
    }

    #[test]
    fn the_card_speaks_the_readers_language_and_reads_right_to_left_in_arabic() {
        let counts = LetterCounts {
            individuals: 1234,
            organisations: 2,
        };
        let fr = svg("Une lettre", counts, Some(2000), Lang::Fr);
        assert!(fr.contains(&Lang::Fr.t("card-kicker")) && fr.contains("1\u{202F}234<"));
        let ar = svg("رسالة", counts, Some(2000), Lang::Ar);
        assert!(
            ar.contains("direction=\"rtl\"") && ar.contains("١٬٢٣٤<"),
            "{ar}"
        );
        // The text hangs from the right margin; the bar fills from the right.
        assert!(
            ar.contains(r##"<text x="1128" y="510" text-anchor="end""##),
            "{ar}"
        );
        assert!(
            ar.contains(r##"<rect x="476" y="604" width="652""##),
            "{ar}"
        );
    }
}
