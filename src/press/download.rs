//! `signatories.csv` · `.json` · `.xlsx` · `.pdf`, streamed from a blocking thread through a
//! bounded channel. Each export holds a thread while it runs, so an instance runs at most
//! `MAX_EXPORTS` at once, and an export whose client stops reading gives up after
//! `SEND_TIMEOUT`; otherwise clients that never read would take every blocking thread, and
//! with them every database read. Files up to `KEEP_MAX` are kept until the next write.

use std::io::Write;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use actix_web::http::header;
use actix_web::web::Bytes;
use actix_web::{HttpRequest, HttpResponse, get, web};
use chrono::Utc;
use tokio::runtime::Handle;
use tokio::sync::{OwnedSemaphorePermit, Semaphore, mpsc};

use super::PressState;
use super::export::{self, Format};
use crate::abuse::{Limiter, Rate};
use crate::app::AppState;
use crate::db::models::Letter;
use crate::domain::Slug;
use crate::failure::{Doing, Failure};
use crate::fonts::Fonts;
use crate::web::{PUBLIC, PageError, Recent, cached};

/// Exports running at once per instance; more are answered 503 with `Retry-After`.
pub const MAX_EXPORTS: usize = 16;
/// An export whose client has not taken a chunk for this long gives up its thread.
const SEND_TIMEOUT: Duration = Duration::from_secs(20);
/// Seconds a client turned away for want of a place is asked to wait.
const RETRY_BUSY: u64 = 10;
/// Downloads per client address (IPv6: per /64) per instance: a journalist takes four files.
const DOWNLOAD_RATE: Rate = Rate {
    count: 30,
    period: Duration::from_secs(600),
};
/// A file up to this size is kept in memory until the next write (or `KEPT_FOR`); a larger
/// one is exported again each time, so that a list of a million never sits in memory.
const KEEP_MAX: usize = 1 << 20;
const KEPT_FOR: Duration = Duration::from_secs(30);
const CHUNK: usize = 64 * 1024;

/// A whole small file, as served.
struct KeptFile {
    body: Vec<u8>,
    filename: String,
}

/// The download capability's state: places for exports, the per-client quota, small files.
pub struct Downloads {
    places: Arc<Semaphore>,
    quota: Limiter,
    kept: Arc<Recent<KeptFile>>,
}

impl Default for Downloads {
    fn default() -> Self {
        Downloads {
            places: Arc::new(Semaphore::new(MAX_EXPORTS)),
            quota: Limiter::new(DOWNLOAD_RATE),
            kept: Arc::new(Recent::new(KEPT_FOR)),
        }
    }
}

impl Downloads {
    /// The quota, for pruning.
    pub fn quota(&self) -> Limiter {
        self.quota.clone()
    }
}

/// Hands what the export writes to the response, a chunk at a time. The channel is bounded, so
/// a slow client slows the export instead of filling memory; a client that goes away, or stops
/// reading for `SEND_TIMEOUT`, stops it. Keeps a copy of the first `KEEP_MAX` bytes.
struct ChannelWriter {
    tx: mpsc::Sender<Bytes>,
    runtime: Handle,
    buffer: Vec<u8>,
    copy: Option<Vec<Bytes>>,
    copied: usize,
}

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
        self.copied += chunk.len();
        if self.copied > KEEP_MAX {
            self.copy = None;
        } else if let Some(copy) = &mut self.copy {
            copy.push(chunk.clone());
        }
        // On a blocking thread: waiting here holds no async worker.
        match self
            .runtime
            .block_on(tokio::time::timeout(SEND_TIMEOUT, self.tx.send(chunk)))
        {
            Ok(Ok(())) => Ok(()),
            Ok(Err(_)) => Err(std::io::Error::new(
                std::io::ErrorKind::BrokenPipe,
                "client went away",
            )),
            Err(_) => Err(std::io::Error::new(
                std::io::ErrorKind::TimedOut,
                "client stopped reading",
            )),
        }
    }
}

fn respond(req: &HttpRequest, format: Format, file: &KeptFile) -> HttpResponse {
    let mut res = cached(req, format.content_type(), file.body.clone());
    if let Ok(value) =
        header::HeaderValue::from_str(&format!("attachment; filename=\"{}\"", file.filename))
    {
        res.headers_mut().insert(header::CONTENT_DISPOSITION, value);
    }
    res
}

#[get("/letters/{slug}/signatories.{ext}")]
pub(super) async fn download(
    state: web::Data<AppState>,
    press: web::Data<PressState>,
    fonts: web::Data<Fonts>,
    path: web::Path<(Slug, String)>,
    req: HttpRequest,
) -> Result<HttpResponse, PageError> {
    let (slug, ext) = path.into_inner();
    let format = Format::from_extension(&ext).ok_or(Failure::NotFound)?;
    let downloads = &press.downloads;
    downloads
        .quota
        .spend(state.client_ip(&req))
        .map_err(PageError::Quota)?;
    // The PDF's headings follow the reader's language; the data files are the same for all.
    let lang = match format {
        Format::Pdf => crate::i18n::current(),
        _ => crate::i18n::Lang::En,
    };
    let key = format!("{slug}.{ext}.{}", lang.tag());
    let generation = state.generation();
    if let Some(file) = downloads.kept.get(&key, generation) {
        return Ok(respond(&req, format, &file));
    }
    let letter = state
        .read(move |conn| Letter::find_public(conn, &slug).doing("finding the letter"))
        .await?;
    let place = downloads
        .places
        .clone()
        .try_acquire_owned()
        .map_err(|_| PageError::Busy(RETRY_BUSY))?;
    let filename = format.filename(&letter, Utc::now().naive_utc());
    let (tx, rx) = mpsc::channel(8);
    let finished = Arc::new(AtomicBool::new(false));
    let export = Export {
        pool: state.db.reads().clone(),
        base_url: state.settings.base_url.clone(),
        fonts: fonts.into_inner(),
        lang,
        kept: downloads.kept.clone(),
        key,
        generation,
        filename: filename.clone(),
        finished: finished.clone(),
        _place: place,
    };
    let out = ChannelWriter {
        tx,
        runtime: Handle::current(),
        buffer: Vec::with_capacity(CHUNK),
        copy: Some(Vec::new()),
        copied: 0,
    };
    tokio::task::spawn_blocking(move || export.run(letter, format, out));
    // A channel that closes before the export finished ends the response with an error, so
    // that the client sees a broken download rather than a short file.
    let body = futures_util::stream::unfold((rx, Some(finished)), |(mut rx, finished)| async {
        let finished = finished?;
        match rx.recv().await {
            Some(chunk) => Some((Ok(chunk), (rx, Some(finished)))),
            None if finished.load(Ordering::Acquire) => None,
            None => Some((Err(std::io::Error::other("export failed")), (rx, None))),
        }
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

/// One export on a blocking thread, holding its place until it ends.
struct Export {
    pool: crate::db::Pool,
    base_url: String,
    fonts: Arc<Fonts>,
    lang: crate::i18n::Lang,
    kept: Arc<Recent<KeptFile>>,
    key: String,
    generation: u64,
    filename: String,
    finished: Arc<AtomicBool>,
    _place: OwnedSemaphorePermit,
}

impl Export {
    fn run(self, letter: Letter, format: Format, mut out: ChannelWriter) {
        let source = export::Source {
            base_url: &self.base_url,
            fonts: &self.fonts,
            lang: self.lang,
        };
        let written = export::write(&self.pool, &letter, format, &source, &mut out)
            .and_then(|_| Ok(out.flush()?));
        if let Err(e) = written {
            tracing::warn!(error = %e, "download ended early");
            return;
        }
        self.finished.store(true, Ordering::Release);
        if let Some(copy) = out.copy {
            let file = KeptFile {
                body: copy.concat(),
                filename: self.filename,
            };
            self.kept.put(&self.key, self.generation, Arc::new(file));
        }
    }
}
