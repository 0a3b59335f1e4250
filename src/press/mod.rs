//! Publication: the press page with figures and charts, downloads of the list, the export
//! command, the share card and the embeddable counter.

mod charts;
pub mod export;
mod figures;
mod pdf;
mod share;

use std::io::Write;

use actix_web::http::header;
use actix_web::web::Bytes;
use actix_web::{HttpRequest, HttpResponse, get, web};
use askama::Template;
use chrono::Utc;
use tokio::sync::mpsc;

use crate::app::AppState;
use crate::db::models::{Letter, LetterCounts};
use crate::domain::Slug;
use crate::failure::{Doing, Failure};
use crate::web::{PUBLIC, PageError, cached};
pub use export::Format;
use figures::Figures;

#[derive(Template)]
#[template(path = "press/page.html")]
struct PressPage {
    letter: Letter,
    figures: Figures,
    time: Option<charts::TimeChart>,
    bars: Vec<charts::Bar>,
    base_url: String,
}

impl PressPage {
    fn bars_height(&self) -> f32 {
        charts::bars_height(&self.bars)
    }
}

#[get("/letters/{slug}/press")]
async fn press_page(
    state: web::Data<AppState>,
    slug: web::Path<Slug>,
    req: HttpRequest,
) -> Result<HttpResponse, PageError> {
    let (letter, figures) = state
        .read(move |conn| {
            let letter = Letter::find_public(conn, &slug).doing("finding the letter")?;
            let figures = Figures::of(conn, &letter, Utc::now().naive_utc())
                .doing("computing the figures")?;
            Ok::<_, Failure>((letter, figures))
        })
        .await?;
    let page = PressPage {
        time: charts::TimeChart::new(&figures.days),
        bars: charts::category_bars(&figures.categories),
        base_url: state.settings.base_url.clone(),
        letter,
        figures,
    };
    let body = page.render().doing("rendering the page")?;
    Ok(cached(&req, "text/html; charset=utf-8", body))
}

/// Hands what the export writes to the response, a chunk at a time. The channel is bounded, so
/// a slow client slows the export instead of filling memory; a client that goes away stops it.
struct ChannelWriter {
    tx: mpsc::Sender<Result<Bytes, std::io::Error>>,
    buffer: Vec<u8>,
}

const CHUNK: usize = 64 * 1024;

impl Write for ChannelWriter {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.buffer.extend_from_slice(buf);
        if self.buffer.len() >= CHUNK {
            self.flush()?;
        }
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        if self.buffer.is_empty() {
            return Ok(());
        }
        let chunk = Bytes::from(std::mem::replace(
            &mut self.buffer,
            Vec::with_capacity(CHUNK),
        ));
        self.tx
            .blocking_send(Ok(chunk))
            .map_err(|_| std::io::Error::new(std::io::ErrorKind::BrokenPipe, "client went away"))
    }
}

/// `signatories.csv` · `.json` · `.xlsx` · `.pdf`, streamed.
#[get("/letters/{slug}/signatories.{ext}")]
async fn download(
    state: web::Data<AppState>,
    path: web::Path<(Slug, String)>,
) -> Result<HttpResponse, PageError> {
    let (slug, ext) = path.into_inner();
    let format = Format::from_extension(&ext).ok_or(Failure::NotFound)?;
    let letter = state
        .read(move |conn| Letter::find_public(conn, &slug).doing("finding the letter"))
        .await?;
    let filename = format.filename(&letter, Utc::now().naive_utc());
    let (tx, rx) = mpsc::channel(8);
    let pool = state.db.reads().clone();
    tokio::task::spawn_blocking(move || {
        let mut out = ChannelWriter {
            tx: tx.clone(),
            buffer: Vec::with_capacity(CHUNK),
        };
        let written =
            export::write(&pool, &letter, format, &mut out).and_then(|_| Ok(out.flush()?));
        if let Err(e) = written {
            tracing::warn!(error = %e, "download ended early");
            let _ = tx.blocking_send(Err(std::io::Error::other("export failed")));
        }
    });
    let body = futures_util::stream::unfold(rx, |mut rx| async move {
        rx.recv().await.map(|item| (item, rx))
    });
    Ok(HttpResponse::Ok()
        .content_type(format.content_type())
        .insert_header((
            header::CONTENT_DISPOSITION,
            format!("attachment; filename=\"{filename}\""),
        ))
        .insert_header((header::CACHE_CONTROL, PUBLIC))
        .streaming(body))
}

#[derive(Template)]
#[template(path = "letter/embed.html")]
struct EmbedPage {
    letter: Letter,
    counts: LetterCounts,
    base_url: String,
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
    slug: web::Path<Slug>,
    req: HttpRequest,
) -> Result<HttpResponse, PageError> {
    let (letter, counts) = letter_and_counts(&state, slug.into_inner()).await?;
    let png =
        web::block(move || share::card(&letter.title, counts.individuals, counts.organisations))
            .await
            .doing("drawing the share card")?
            .doing("drawing the share card")?;
    Ok(cached(&req, "image/png", png))
}

pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.service(press_page)
        .service(download)
        .service(embed)
        .service(share_image);
}
