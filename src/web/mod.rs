//! What every page shares: the application state, error pages, request bodies, the home page,
//! the stylesheet and the health check.

mod body;
mod cache;
mod errors;

use std::sync::Arc;

use actix_web::{HttpResponse, get, http::header, web};
use askama::Template;
use askama_web::WebTemplate;
use tokio::sync::Notify;

pub use body::{BodyError, Fields, parse_form, read_body};
pub use cache::{PUBLIC, Recent, cached};
pub use errors::{ErrorPage, PageError, not_found, unavailable};

use std::net::IpAddr;

use actix_web::HttpRequest;

use crate::abuse::{Limiter, client_ip, rate_key};
use crate::db::models::{Letter, LetterCounts};
use crate::db::{Database, DbConn, Pool};
use crate::keys::SecretKey;

pub struct AppState {
    pub db: Database,
    pub base_url: String,
    pub secret: SecretKey,
    pub daily_mail_cap: i64,
    /// Wakes the mail worker as soon as a mail is queued.
    pub mail_wakeup: Arc<Notify>,
    /// Served over HTTPS: cookies are `Secure` and the session cookie takes the `__Host-` prefix.
    pub secure_cookies: bool,
    /// Unknown login addresses are checked against this, so they cost what a wrong password does.
    pub dummy_hash: String,
    pub trusted_proxies: Vec<ipnet::IpNet>,
    /// Signatures per client (per instance).
    pub sign_limiter: Limiter,
    /// Seconds a person needs at least to fill the sign form.
    pub form_min_age: i64,
    /// Clients that may read `/metrics`.
    pub metrics_allow: Vec<ipnet::IpNet>,
    pub metrics: crate::telemetry::HttpMetrics,
    /// Writes made through this instance, so that what is kept in memory knows it is stale.
    pub generation: std::sync::atomic::AtomicU64,
    /// The letter pages' data (letter, counts, recent signatories), by slug.
    pub letter_pages: Recent<crate::signing::PageData>,
}

impl AppState {
    /// The client's address: the peer, or through trusted proxies the rightmost untrusted hop.
    pub fn client_ip(&self, req: &HttpRequest) -> Option<IpAddr> {
        let peer = req.peer_addr()?.ip();
        let forwarded: Vec<&str> = req
            .headers()
            .get_all("x-forwarded-for")
            .filter_map(|v| v.to_str().ok())
            .collect();
        Some(client_ip(peer, &forwarded, &self.trusted_proxies))
    }

    /// Spends one signature from the client's quota; Err holds the seconds to wait.
    pub fn spend_sign_quota(&self, req: &HttpRequest) -> Result<(), u64> {
        let Some(ip) = self.client_ip(req) else {
            return Ok(());
        };
        self.sign_limiter.check(rate_key(ip)).map_err(|wait| {
            tracing::info!(retry_after = wait.as_secs() + 1, "signing quota spent");
            wait.as_secs() + 1
        })
    }

    /// Runs blocking database reads on the thread pool made for it.
    pub async fn read<T, E, F>(&self, f: F) -> Result<T, E>
    where
        T: Send + 'static,
        E: From<anyhow::Error> + Send + 'static,
        F: FnOnce(&mut DbConn) -> Result<T, E> + Send + 'static,
    {
        blocking(self.db.reads().clone(), f).await
    }

    /// Runs work that writes, in the next group commit (`db::Writer`).
    pub async fn write<T, E, F>(&self, f: F) -> Result<T, E>
    where
        T: Send + 'static,
        E: From<anyhow::Error> + Send + 'static,
        F: FnOnce(&mut DbConn) -> Result<T, E> + Send + 'static,
    {
        let written = self.db.write(f).await;
        self.generation
            .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        written
    }

    /// How many writes this instance has made (see `Recent`).
    pub fn generation(&self) -> u64 {
        self.generation.load(std::sync::atomic::Ordering::Relaxed)
    }
}

async fn blocking<T, E, F>(pool: Pool, f: F) -> Result<T, E>
where
    T: Send + 'static,
    E: From<anyhow::Error> + Send + 'static,
    F: FnOnce(&mut DbConn) -> Result<T, E> + Send + 'static,
{
    // The request's span goes along, so that what the closure logs carries the request id.
    let span = tracing::Span::current();
    web::block(move || {
        let _entered = span.enter();
        let mut conn = pool.get().map_err(|e| E::from(anyhow::Error::new(e)))?;
        f(&mut conn)
    })
    .await
    .map_err(|e| E::from(anyhow::Error::new(e)))?
}

#[derive(Template, WebTemplate)]
#[template(path = "home.html")]
struct HomePage {
    letters: Vec<(Letter, LetterCounts)>,
}

/// The open letters, or straight to the only one.
#[get("/")]
async fn home(state: web::Data<AppState>) -> Result<HttpResponse, PageError> {
    let letters = state
        .read(|conn| {
            Letter::list_public(conn)?
                .into_iter()
                .map(|l| l.counts(conn).map(|c| (l, c)))
                .collect::<Result<Vec<_>, _>>()
                .map_err(PageError::from)
        })
        .await?;
    if let [(only, _)] = letters.as_slice() {
        return Ok(HttpResponse::SeeOther()
            .insert_header((header::LOCATION, format!("/letters/{}", only.slug)))
            .finish());
    }
    Ok(HttpResponse::Ok()
        .content_type("text/html; charset=utf-8")
        .body(HomePage { letters }.render().map_err(anyhow::Error::new)?))
}

#[get("/static/style.css")]
async fn stylesheet() -> HttpResponse {
    HttpResponse::Ok()
        .content_type("text/css; charset=utf-8")
        .insert_header((header::CACHE_CONTROL, "public, max-age=3600"))
        .body(include_str!("../../static/style.css"))
}

/// 200 when the database answers, 503 when it does not.
#[get("/healthz")]
async fn healthz(state: web::Data<AppState>) -> HttpResponse {
    let answered = state
        .read(|conn| {
            use diesel::connection::SimpleConnection;
            conn.batch_execute("SELECT 1").map_err(anyhow::Error::new)
        })
        .await;
    match answered {
        Ok(()) => HttpResponse::Ok().content_type("text/plain").body("ok"),
        Err(e) => {
            tracing::warn!(error = ?e, "health check: database unavailable");
            HttpResponse::ServiceUnavailable()
                .content_type("text/plain")
                .body("database unavailable")
        }
    }
}

pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.service(home).service(stylesheet).service(healthz);
}
