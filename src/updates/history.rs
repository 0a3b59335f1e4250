//! `GET /letters/{slug}/history`: each version of the letter's text the organiser marked, with
//! its date and note, and what it changed from the one before as a word diff.

use actix_web::{HttpRequest, HttpResponse, get, web};
use askama::Template;
use similar::{ChangeTag, TextDiff};

use crate::app::AppState;
use crate::db::models::{Letter, LetterVersion};
use crate::domain::Slug;
use crate::failure::{Doing, Failure};
use crate::web::{PageError, cached};

/// A run of words a version kept, removed or added.
pub struct Piece {
    pub change: &'static str,
    pub text: String,
}

pub struct Shown {
    pub version: LetterVersion,
    /// The version before, if any.
    pub previous: Option<i32>,
    /// Against the version before; the first version is all `same`.
    pub diff: Vec<Piece>,
}

/// The words of `new` against `old`, runs of one kind joined.
fn diff(old: &str, new: &str) -> Vec<Piece> {
    let mut pieces: Vec<Piece> = Vec::new();
    for change in TextDiff::from_words(old, new).iter_all_changes() {
        let kind = match change.tag() {
            ChangeTag::Equal => "same",
            ChangeTag::Delete => "removed",
            ChangeTag::Insert => "added",
        };
        match pieces.last_mut() {
            Some(last) if last.change == kind => last.text.push_str(change.value()),
            _ => pieces.push(Piece {
                change: kind,
                text: change.value().to_owned(),
            }),
        }
    }
    pieces
}

#[derive(Template)]
#[template(path = "letter/history.html")]
struct HistoryPage {
    tr: crate::i18n::Locale,
    letter: Letter,
    /// Newest first.
    versions: Vec<Shown>,
}

#[get("/letters/{slug}/history")]
async fn history(
    state: web::Data<AppState>,
    slug: web::Path<Slug>,
    req: HttpRequest,
) -> Result<HttpResponse, PageError> {
    let slug = slug.into_inner();
    let (letter, versions) = state
        .read(move |conn| {
            let letter = Letter::find_public(conn, &slug).doing("finding the letter")?;
            let versions =
                LetterVersion::of_letter(conn, letter.id).doing("reading the versions")?;
            Ok::<_, Failure>((letter, versions))
        })
        .await?;
    let mut shown: Vec<Shown> = Vec::with_capacity(versions.len());
    let mut before: Option<&LetterVersion> = None;
    for version in &versions {
        shown.push(Shown {
            previous: before.map(|b| b.version),
            diff: match before {
                Some(b) => diff(&b.body_md, &version.body_md),
                None => vec![Piece {
                    change: "same",
                    text: version.body_md.clone(),
                }],
            },
            version: version.clone(),
        });
        before = Some(version);
    }
    shown.reverse();
    let body = HistoryPage {
        tr: crate::i18n::Locale::current(),
        letter,
        versions: shown,
    }
    .render()
    .doing("rendering the history")?;
    Ok(cached(&req, "text/html; charset=utf-8", body))
}

pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.service(history);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_diff_keeps_removes_and_adds_words() {
        let pieces = diff(
            "We ask NHS England to pause.",
            "We ask NHS England to stop.",
        );
        let shown: Vec<(&str, &str)> = pieces.iter().map(|p| (p.change, p.text.as_str())).collect();
        assert_eq!(
            shown,
            [
                ("same", "We ask NHS England to "),
                ("removed", "pause."),
                ("added", "stop."),
            ]
        );
    }
}
