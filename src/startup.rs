//! Builds the running service from settings: database, letters, mail worker, HTTP server.

use std::net::TcpListener;
use std::sync::Arc;

use actix_web::dev::Server;
use actix_web::http::header;
use actix_web::middleware::{DefaultHeaders, from_fn};
use actix_web::{App, HttpRequest, HttpServer, web};
use anyhow::Context;
use tokio::sync::{Notify, watch};
use tokio::task::JoinHandle;

use crate::abuse::Limiter;
use crate::app::AppState;
use crate::config::Settings;
use crate::db::models::{LoginThrottle, MAIL_LOG_KEPT, OutboxMail, Signature, UNCONFIRMED_GRACE};
use crate::db::{self, Database, Pool};
use crate::failure::Failure;
use crate::fonts::Fonts;
use crate::keys::SecretKey;
use crate::mail::{Mailer, Worker};
use crate::moderation::Logins;
use crate::press::PressState;
use crate::signing::{LetterPages, OrcidSignIn, Searches};
use crate::telemetry::HttpMetrics;
use crate::web::{BodyError, PageError};
use crate::{api, letters, moderation, press, privacy, self_service, signing, site};

pub struct Application {
    port: u16,
    server: Server,
    worker: JoinHandle<()>,
    stop_worker: WorkerStop,
    signals: Option<StopSignals>,
}

/// SIGTERM and SIGINT, listened for from the start of `build`: a signal that arrives while the
/// service is still starting stops it gracefully too, instead of killing it.
struct StopSignals {
    #[cfg(unix)]
    terminate: tokio::signal::unix::Signal,
    #[cfg(unix)]
    interrupt: tokio::signal::unix::Signal,
}

impl StopSignals {
    fn listen() -> std::io::Result<Self> {
        #[cfg(unix)]
        {
            use tokio::signal::unix::{SignalKind, signal};
            Ok(StopSignals {
                terminate: signal(SignalKind::terminate())?,
                interrupt: signal(SignalKind::interrupt())?,
            })
        }
        #[cfg(not(unix))]
        Ok(StopSignals {})
    }

    async fn received(mut self) {
        #[cfg(unix)]
        tokio::select! {
            _ = self.terminate.recv() => {}
            _ = self.interrupt.recv() => {}
        }
        #[cfg(not(unix))]
        let _ = tokio::signal::ctrl_c().await;
    }
}

/// Tells the mail worker to stop after the mail in hand, and tells when it has.
#[derive(Clone)]
pub struct WorkerStop(Arc<watch::Sender<bool>>);

impl WorkerStop {
    pub fn stop(&self) {
        self.0.send_replace(true);
    }

    /// True once the worker has returned (it dropped its end of the channel).
    pub fn is_stopped(&self) -> bool {
        self.0.is_closed()
    }
}

impl Application {
    /// Migrates, loads the letters, starts the mail worker and binds (port 0 picks a free one).
    pub async fn build(settings: Settings) -> anyhow::Result<Self> {
        let signals = if settings.stop_on_signals {
            Some(StopSignals::listen().context("listening for signals")?)
        } else {
            None
        };
        let database = Database::connect(&settings.database_url, settings.db_pool_size)
            .context("opening the database")?;
        let loaded =
            prepare_database(database.writes().clone(), settings.letters_dir.clone()).await?;
        tracing::info!(letters = ?loaded, "letters loaded");

        let secret = SecretKey::new(
            settings
                .resolve_secret_key()
                .context("reading the secret key")?,
        );
        let mailer = Mailer::from_settings(&settings)?;
        let wakeup = Arc::new(Notify::new());
        let (stop_worker, shutdown) = watch::channel(false);
        let shutdown_pruner = shutdown.clone();
        let worker = tokio::spawn(
            Worker {
                db: database.clone(),
                mailer: mailer.clone(),
                base_url: settings.base_url.clone(),
                token_ttl: settings.token_ttl,
                settings: settings.mail.clone(),
                secret: secret.clone(),
                wakeup: wakeup.clone(),
                shutdown,
            }
            .run(),
        );

        let state = web::Data::new(AppState::new(
            settings.clone(),
            database.clone(),
            secret,
            wakeup,
        ));
        let press_state = web::Data::new(PressState::default());
        let searches = web::Data::new(Searches::default());
        let requests = web::Data::new(self_service::Requests::default());
        let notice = web::Data::new(privacy::Notice::load(&settings)?);
        let orcid = web::Data::new(OrcidSignIn::new(settings.orcid.as_ref())?);
        let fonts = web::Data::new(Fonts::new(&settings.fonts_dir));
        let mailer = web::Data::new(mailer);
        tokio::spawn(prune_every_minute(
            state.clone(),
            vec![
                searches.limiter(),
                press_state.download_quota(),
                requests.limiter(),
            ],
            shutdown_pruner.clone(),
        ));
        tokio::spawn(crate::updates::target::watch(
            database.clone(),
            settings.mail.poll_interval,
            state.mail_wakeup.clone(),
            shutdown_pruner.clone(),
        ));
        tokio::spawn(retention_sweeps(
            database,
            settings.clone(),
            shutdown_pruner,
        ));
        let letter_pages = web::Data::new(LetterPages::default());
        let logins = web::Data::new(Logins::new()?);
        let metrics = web::Data::new(HttpMetrics::default());
        let listener = TcpListener::bind(&settings.bind)
            .with_context(|| format!("binding {}", settings.bind))?;
        let port = listener.local_addr()?.port();
        let https = settings.base_url.starts_with("https://");
        let server = HttpServer::new(move || {
            App::new()
                .app_data(state.clone())
                .app_data(letter_pages.clone())
                .app_data(press_state.clone())
                .app_data(searches.clone())
                .app_data(requests.clone())
                .app_data(notice.clone())
                .app_data(orcid.clone())
                .app_data(fonts.clone())
                .app_data(mailer.clone())
                .app_data(logins.clone())
                .app_data(metrics.clone())
                .app_data(web::QueryConfig::default().error_handler(query_error))
                .app_data(
                    web::PathConfig::default()
                        .error_handler(|_, _| PageError::Failure(Failure::NotFound).into()),
                )
                .wrap(from_fn(crate::i18n::scope))
                .wrap(from_fn(crate::telemetry::observe))
                // Only the embed page may be framed; it sets its own policy.
                .wrap(security_headers(https))
                // Routes are tried in this order, each pattern with a parameter by a regex:
                // the letter page and its form, most of the traffic, come right after the
                // home page, the stylesheet and the health check.
                .configure(site::routes)
                .configure(signing::routes)
                .configure(crate::telemetry::routes)
                .configure(press::routes)
                .configure(crate::updates::routes)
                .configure(self_service::routes)
                .configure(privacy::routes)
                .configure(api::routes)
                .configure(moderation::routes)
                .default_service(web::to(crate::web::not_found))
        })
        // Slow clients cannot hold a worker: the head must arrive in 10 s (bodies: see read_body).
        .client_request_timeout(std::time::Duration::from_secs(10))
        .client_disconnect_timeout(std::time::Duration::from_secs(5))
        .disable_signals()
        .listen(listener)?
        .run();
        tracing::info!(port, "listening");
        Ok(Application {
            port,
            server,
            worker,
            stop_worker: WorkerStop(Arc::new(stop_worker)),
            signals,
        })
    }

    pub fn port(&self) -> u16 {
        self.port
    }

    pub fn worker_stop(&self) -> WorkerStop {
        self.stop_worker.clone()
    }

    /// Serves until SIGTERM or SIGINT. Then stops taking connections, finishes the requests in
    /// flight (up to 30 s), and lets the mail worker finish the mails in hand.
    pub async fn run_until_stopped(self) -> anyhow::Result<()> {
        let mut server = self.server;
        let handle = server.handle();
        let served = tokio::select! {
            served = &mut server => served,
            () = async {
                match self.signals {
                    Some(signals) => signals.received().await,
                    None => std::future::pending().await,
                }
            } => {
                tracing::info!("stopping: finishing requests in flight and mails in hand");
                // Sends the command now; the server future below carries it out.
                drop(handle.stop(true));
                server.await
            }
        };
        self.stop_worker.stop();
        self.worker.await?;
        tracing::info!("stopped");
        Ok(served?)
    }
}

/// On every response unless the handler set its own (the embed page sets its CSP).
fn security_headers(https: bool) -> DefaultHeaders {
    let headers = DefaultHeaders::new()
        .add((
            header::CONTENT_SECURITY_POLICY,
            "default-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
        ))
        .add((header::X_CONTENT_TYPE_OPTIONS, "nosniff"))
        .add((header::REFERRER_POLICY, "strict-origin-when-cross-origin"))
        .add(("cross-origin-opener-policy", "same-origin"));
    if https {
        headers.add((
            header::STRICT_TRANSPORT_SECURITY,
            "max-age=31536000; includeSubDomains",
        ))
    } else {
        headers
    }
}

/// Keeps the quotas bounded (signing, searches, downloads): clients whose quota refilled are
/// forgotten.
async fn prune_every_minute(
    state: web::Data<AppState>,
    limiters: Vec<Limiter>,
    mut shutdown: watch::Receiver<bool>,
) {
    loop {
        tokio::select! {
            _ = tokio::time::sleep(std::time::Duration::from_secs(60)) => {
                limiters.iter().for_each(Limiter::prune);
                state.sign_quota.prune().await;
                state.floods.prune();
            }
            _ = shutdown.changed() => return,
        }
    }
}

/// Erases what retention allows no longer: the personal data of letters closed longer than
/// `retention` ago, signatures never confirmed whose link (`token_ttl`) expired a grace period
/// ago, the mail log older than `MAIL_LOG_KEPT`, and login backoff rows whose hour has passed. One write among the others (on SQLite a sweep holding the write connection apart
/// would make the queued writes wait).
async fn retention_sweeps(
    database: Database,
    settings: Settings,
    mut shutdown: watch::Receiver<bool>,
) {
    let (retention, unconfirmed) = (settings.retention, settings.token_ttl + UNCONFIRMED_GRACE);
    loop {
        let swept = database
            .write(move |conn| -> anyhow::Result<(usize, usize)> {
                let now = chrono::Utc::now().naive_utc();
                let closed = now - chrono::Duration::from_std(retention)?;
                let stale = now - chrono::Duration::from_std(unconfirmed)?;
                let mail_log = now - chrono::Duration::from_std(MAIL_LOG_KEPT)?;
                OutboxMail::prune(conn, mail_log)?;
                LoginThrottle::prune_all(conn, now)?;
                Ok((
                    Signature::erase_after_closing(conn, closed)?,
                    Signature::erase_unconfirmed(conn, stale)?,
                ))
            })
            .await;
        match swept {
            Ok((0, 0)) => {}
            Ok((closed, unconfirmed)) => tracing::info!(
                closed,
                unconfirmed,
                "retention: personal data erased (closed letters, never-confirmed signatures)"
            ),
            Err(e) => tracing::error!(error = ?e, "retention sweep failed"),
        }
        let every = settings.retention_check;
        tokio::select! {
            _ = tokio::time::sleep(every) => {}
            _ = shutdown.changed() => return,
        }
    }
}

fn query_error(err: actix_web::error::QueryPayloadError, _: &HttpRequest) -> actix_web::Error {
    tracing::debug!(error = %err, "query string refused");
    PageError::Body(BodyError::Malformed(err.to_string())).into()
}

/// Applies pending migrations and loads every letter directory.
async fn prepare_database(
    pool: Pool,
    letters_dir: std::path::PathBuf,
) -> anyhow::Result<Vec<String>> {
    tokio::task::spawn_blocking(move || {
        let mut conn = pool.get().context("connecting to the database")?;
        db::run_migrations(&mut conn)?;
        let exposed = db::exposed_to_power_cuts(&mut conn)?;
        if !exposed.is_empty() {
            tracing::warn!(
                settings = ?exposed,
                "the database may lose answered signatures in a power cut"
            );
        }
        letters::load_all(&mut conn, &letters_dir).map_err(anyhow::Error::new)
    })
    .await?
}

/// `undersigned migrate`.
pub fn migrate(settings: &Settings) -> anyhow::Result<()> {
    command_connection(settings).map(drop)
}

/// Opens the database for a command: one connection, migrated.
pub fn command_connection(settings: &Settings) -> anyhow::Result<db::PooledConn> {
    let pool = db::connect(&settings.database_url, 1)?;
    let mut conn = pool.get()?;
    db::run_migrations(&mut conn)?;
    Ok(conn)
}

/// `undersigned letter close|reopen SLUG`: the letter file in the letters directory, then a load.
pub fn set_letter_status(
    settings: &Settings,
    slug: &crate::domain::Slug,
    status: crate::db::models::LetterStatus,
) -> anyhow::Result<()> {
    let dir = settings.letters_dir.join(slug.as_ref());
    letters::set_status(&dir, status)?;
    load_letter(settings, &dir).map(drop)
}

/// `undersigned letter load DIR`.
pub fn load_letter(settings: &Settings, dir: &std::path::Path) -> anyhow::Result<String> {
    Ok(letters::load(&mut *command_connection(settings)?, dir)?)
}

/// `undersigned update send SLUG NAME`: loads the letter from its directory (so the update is
/// its file as it is now), then queues the update for the signers who asked for news. A running
/// service delivers it. Returns how many signers it was queued for.
pub fn send_update(
    settings: &Settings,
    slug: &crate::domain::Slug,
    name: &str,
) -> anyhow::Result<i64> {
    use crate::db::models::{Letter, Update};
    let mut conn = command_connection(settings)?;
    letters::load(&mut conn, &settings.letters_dir.join(slug.as_ref()))?;
    let letter = Letter::find_by_slug(&mut conn, slug)?;
    let update = Update::find_by_name(&mut conn, letter.id, name)?
        .ok_or_else(|| anyhow::anyhow!("letter {slug} has no update {name} (updates/{name}.md)"))?;
    let actor = crate::moderation::Actor {
        id: None,
        name: "command line".to_owned(),
    };
    let now = chrono::Utc::now().naive_utc();
    Ok(crate::updates::sending::send(
        &mut conn, &letter, update.id, &actor, now,
    )??)
}
