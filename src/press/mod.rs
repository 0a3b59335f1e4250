//! Publication: the press page with figures and charts, downloads of the list, the export
//! command, the share card and the embeddable counter.

mod charts;
mod download;
pub mod export;
mod figures;
mod pdf;
pub mod share;
mod typeset;

use std::sync::Arc;
use std::time::Duration;

use actix_web::http::header;
use actix_web::{HttpRequest, HttpResponse, get, web};
use askama::Template;
use chrono::Utc;

use crate::abuse::Limiter;
use crate::app::AppState;
use crate::db::models::{Letter, LetterCounts, LetterTranslation, Update};
use crate::domain::Slug;
use crate::failure::{Doing, Failure};
use crate::updates::{Happening, timeline};
use crate::web::{PageError, Recent, cached};
pub use download::MAX_EXPORTS;
pub use export::Format;
use figures::Figures;

use crate::fonts::Fonts;

/// How long the press page and the share card are kept when nothing is written through this
/// instance (any write drops them at once); what other instances write shows within this, as
/// it would through any cache honouring our `max-age=30`.
const KEPT_FOR: Duration = Duration::from_secs(30);

/// The press capability's state, built once by `startup`: the press page and the share card
/// as last computed (two GROUP BYs and a PNG encoding each), and the downloads' places, quota
/// and small files.
pub struct PressState {
    pages: Recent<String>,
    cards: Recent<Vec<u8>>,
    downloads: download::Downloads,
}

impl Default for PressState {
    fn default() -> Self {
        PressState {
            pages: Recent::new(KEPT_FOR),
            cards: Recent::new(KEPT_FOR),
            downloads: download::Downloads::default(),
        }
    }
}

impl PressState {
    /// The download quota, for pruning.
    pub fn download_quota(&self) -> Limiter {
        self.downloads.quota()
    }
}

#[derive(Template)]
#[template(path = "press/page.html")]
struct PressPage {
    tr: crate::i18n::Locale,
    letter: Letter,
    figures: Figures,
    /// Updates, delivery and responses, newest first.
    timeline: Vec<Happening>,
    time: Option<charts::TimeChart>,
    bars: Vec<charts::Bar>,
    base_url: String,
}

impl PressPage {
    fn bars_height(&self) -> f32 {
        charts::bars_height(&self.bars)
    }

    fn basis(&self) -> Vec<String> {
        figures::statement_in(self.tr.lang, &self.figures.basis, &self.figures.counts)
    }

    /// The organisers' `press.md` opens with its own heading ("Information for the press"):
    /// the page does not say it twice.
    fn press_has_heading(&self) -> bool {
        self.letter
            .press_html
            .as_deref()
            .is_some_and(|html| html.trim_start().starts_with("<h"))
    }

    /// Each day with its count and the running total, for the table under the time chart.
    fn days_with_totals(&self) -> Vec<(&str, i64, i64)> {
        let mut running = 0;
        self.figures
            .days
            .iter()
            .map(|(day, n)| {
                running += n;
                (day.as_str(), *n, running)
            })
            .collect()
    }
}

#[get("/letters/{slug}/press")]
async fn press_page(
    state: web::Data<AppState>,
    press: web::Data<PressState>,
    slug: web::Path<Slug>,
    req: HttpRequest,
) -> Result<HttpResponse, PageError> {
    let generation = state.generation();
    let tr = crate::i18n::Locale::current();
    // A page per language.
    let key = format!("{}/{}", &*slug, tr.tag());
    if let Some(body) = press.pages.get(&key, generation) {
        return Ok(cached(&req, "text/html; charset=utf-8", body.as_bytes()));
    }
    let (letter, figures, timeline) = state
        .read(move |conn| {
            let letter = Letter::find_public(conn, &slug).doing("finding the letter")?;
            let figures = Figures::of(conn, &letter, Utc::now().naive_utc())
                .doing("computing the figures")?;
            let updates = Update::of_letter(conn, letter.id).doing("reading the updates")?;
            let timeline = timeline(&letter, &updates);
            Ok::<_, Failure>((letter, figures, timeline))
        })
        .await?;
    let mut bars = charts::category_bars(&figures.categories);
    // The last category is "Other" when the letter names categories (`Figures::of`).
    if !letter.categories().is_empty()
        && let Some(other) = bars.last_mut()
    {
        other.label = tr.t("press-category-other");
    }
    let page = PressPage {
        tr,
        timeline,
        time: charts::TimeChart::new(&figures.days),
        bars,
        base_url: state.settings.base_url.clone(),
        letter,
        figures,
    };
    let body = page.render().doing("rendering the page")?;
    let res = cached(&req, "text/html; charset=utf-8", body.as_bytes());
    press.pages.put(&key, generation, Arc::new(body));
    Ok(res)
}

#[derive(Template)]
#[template(path = "letter/embed.html")]
struct EmbedPage {
    tr: crate::i18n::Locale,
    letter: Letter,
    counts: LetterCounts,
    base_url: String,
}

impl EmbedPage {
    /// "<strong>6</strong> people and <strong>1</strong> organisation have signed “Title”.":
    /// the counts' message holds the markup, and the title is escaped here before it joins it.
    fn count_html(&self) -> String {
        let counts = self.tr.t2(
            "embed-count-html",
            "people",
            self.counts.individuals,
            "organisations",
            self.counts.organisations,
        );
        let title = share::escaped(&self.letter.title);
        self.tr.t2(
            "embed-signed-html",
            "counts",
            counts,
            "title",
            format!("<bdi>{title}</bdi>"),
        )
    }
}

async fn letter_and_counts(
    state: &AppState,
    slug: Slug,
) -> Result<(Letter, LetterCounts), Failure> {
    state
        .read(move |conn| {
            let letter = Letter::find_public(conn, &slug).doing("finding the letter")?;
            let counts = letter.counts(conn).doing("counting signatures")?;
            Ok((letter, counts))
        })
        .await
}

/// A small counter other sites may put in an iframe: the only page that may be framed.
#[get("/letters/{slug}/embed")]
async fn embed(
    state: web::Data<AppState>,
    slug: web::Path<Slug>,
    req: HttpRequest,
) -> Result<HttpResponse, PageError> {
    let (letter, counts) = letter_and_counts(&state, slug.into_inner()).await?;
    let body = EmbedPage {
        tr: crate::i18n::Locale::current(),
        letter,
        counts,
        base_url: state.settings.base_url.clone(),
    }
    .render()
    .doing("rendering the embed")?;
    let mut res = cached(&req, "text/html; charset=utf-8", body);
    res.headers_mut().insert(
        header::CONTENT_SECURITY_POLICY,
        header::HeaderValue::from_static(
            "default-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors *",
        ),
    );
    Ok(res)
}

/// The image for Open Graph and Twitter cards.
#[get("/letters/{slug}/share.png")]
async fn share_image(
    state: web::Data<AppState>,
    press: web::Data<PressState>,
    fonts: web::Data<Fonts>,
    slug: web::Path<Slug>,
    req: HttpRequest,
) -> Result<HttpResponse, PageError> {
    let generation = state.generation();
    let lang = crate::i18n::current();
    let asked = crate::i18n::asked_in_query(req.query_string());
    let key = format!(
        "{}/{}/{}",
        slug.as_ref(),
        lang.tag(),
        asked.as_deref().unwrap_or("")
    );
    if let Some(png) = press.cards.get(&key, generation) {
        return Ok(cached(&req, "image/png", png.as_slice()));
    }
    let (letter, counts, translations) = state
        .read(move |conn| {
            let letter = Letter::find_public(conn, &slug).doing("finding the letter")?;
            let counts = letter.counts(conn).doing("counting signatures")?;
            let translations =
                LetterTranslation::of_letter(conn, letter.id).doing("reading the translations")?;
            Ok::<_, Failure>((letter, counts, translations))
        })
        .await?;
    // The title the page shows: a translation's, on its page or for its readers.
    let title = LetterTranslation::pick(&translations, &letter.language, asked.as_deref(), lang)
        .map_or(letter.title.clone(), |t| t.title.clone());
    let fonts = fonts.into_inner();
    let png = web::block(move || share::card(&fonts, &title, counts, letter.target, lang))
        .await
        .doing("drawing the share card")?
        .map_err(|e| Failure::Internal(e.context("drawing the share card")))?;
    let res = cached(&req, "image/png", png.as_slice());
    press.cards.put(&key, generation, Arc::new(png));
    Ok(res)
}

pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.service(press_page)
        .service(figures::figures_json)
        .service(download::download)
        .service(embed)
        .service(share_image);
}
