//! What every handler shares: the settings, the database, the secret key, the signing quota and
//! the mail worker's bell. Built once by `startup`; each capability's own state (the letter
//! pages kept in memory, login checks, request metrics) is registered beside it by `startup`.

use std::net::IpAddr;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use actix_web::HttpRequest;
use tokio::sync::Notify;

use crate::abuse::{Floods, SignQuota, client_ip};
use crate::config::Settings;
use crate::db::models::{Letter, LetterHead, NewSigner};
use crate::db::{Admission, Conflict, Database, DbConn, Refused};
use crate::domain::Slug;
use crate::failure::{Doing, Failure};
use crate::keys::SecretKey;
use crate::web::Recent;

pub struct AppState {
    pub settings: Settings,
    pub db: Database,
    pub secret: SecretKey,
    /// Signatures per client, from `settings.sign_rate`: per instance on SQLite, shared by
    /// every instance on PostgreSQL.
    pub sign_quota: SignQuota,
    /// The networks' signatures in the hour, as last counted.
    pub floods: Floods,
    /// What signatures need of their letters, by slug (`letter_head`).
    heads: Recent<LetterHead>,
    /// Wakes the mail worker as soon as a mail is queued.
    pub mail_wakeup: Arc<Notify>,
    /// Writes made through this instance, so that what is kept in memory knows it is stale.
    generation: AtomicU64,
}

impl AppState {
    pub fn new(
        settings: Settings,
        db: Database,
        secret: SecretKey,
        mail_wakeup: Arc<Notify>,
    ) -> Self {
        AppState {
            sign_quota: SignQuota::new(settings.sign_rate, &db, &secret),
            floods: Floods::default(),
            heads: Recent::new(Duration::from_secs(1)),
            settings,
            db,
            secret,
            mail_wakeup,
            generation: AtomicU64::new(0),
        }
    }

    /// Served over HTTPS: cookies are `Secure` and the session cookie takes the `__Host-` prefix.
    pub fn secure_cookies(&self) -> bool {
        self.settings.base_url.starts_with("https://")
    }

    /// The client's address: the peer, or through trusted proxies the rightmost untrusted hop.
    pub fn client_ip(&self, req: &HttpRequest) -> Option<IpAddr> {
        let peer = req.peer_addr()?.ip();
        let forwarded: Vec<&str> = req
            .headers()
            .get_all("x-forwarded-for")
            .filter_map(|v| v.to_str().ok())
            .collect();
        Some(client_ip(peer, &forwarded, &self.settings.trusted_proxies))
    }

    /// Runs blocking database reads off the async threads.
    pub async fn read<T, E, F>(&self, f: F) -> Result<T, E>
    where
        T: Send + 'static,
        E: From<anyhow::Error> + Send + 'static,
        F: FnOnce(&mut DbConn) -> Result<T, E> + Send + 'static,
    {
        self.db.read(f).await
    }

    /// Runs work that writes, in the next group commit (`db::Writer`).
    pub async fn write<T, E, F>(&self, f: F) -> Result<T, E>
    where
        T: Send + 'static,
        E: From<anyhow::Error> + Conflict + Send + 'static,
        F: Fn(&mut DbConn) -> Result<T, E> + Send + Sync + 'static,
    {
        let written = self.db.write(f).await;
        self.generation.fetch_add(1, Ordering::Relaxed);
        written
    }

    /// A write that no public page shows (a signature awaiting its confirmation, a mail asked
    /// for), locking the rows of the person `person` (`Database::write_ordered`). What
    /// `web::Recent` keeps stays: a burst of signing would otherwise make every view of the
    /// letter page count the signatures again.
    pub async fn write_unseen<T, E, F>(&self, person: String, f: F) -> Result<T, E>
    where
        T: Send + 'static,
        E: From<anyhow::Error> + Conflict + Send + 'static,
        F: Fn(&mut DbConn) -> Result<T, E> + Send + Sync + 'static,
    {
        self.db.write_ordered(Some(person), f).await
    }

    /// Writes a signer once its batch admitted it, unseen as `write_unseen` is
    /// (`Database::sign`): returns whether its mail was queued.
    pub async fn sign_unseen<E, F>(
        &self,
        signer: NewSigner,
        admission: Admission,
        f: F,
    ) -> Result<bool, E>
    where
        E: From<anyhow::Error> + From<Refused> + Conflict + Send + 'static,
        F: Fn(&mut DbConn, &NewSigner) -> Result<bool, E> + Send + Sync + 'static,
    {
        self.db.sign(signer, admission, f).await
    }

    /// What a signature needs of the public letter `slug`, kept for a second: a burst of
    /// signing reads it once a second, not once a signature. Kept a second too long after the
    /// letter closed elsewhere, it is not trusted for that: each batch checks that its
    /// signatures' letters are still open (`db::Admission`).
    pub async fn letter_head(&self, slug: &Slug) -> Result<Arc<LetterHead>, Failure> {
        let generation = self.generation();
        if let Some(head) = self.heads.get(slug.as_ref(), generation) {
            return Ok(head);
        }
        let key = slug.clone();
        let head = self
            .read(move |conn| Letter::find_head(conn, &key).doing("finding the letter"))
            .await?;
        let head = Arc::new(head);
        self.heads.put(slug.as_ref(), generation, head.clone());
        Ok(head)
    }

    /// How many writes this instance has made (see `web::Recent`).
    pub fn generation(&self) -> u64 {
        self.generation.load(Ordering::Relaxed)
    }
}
