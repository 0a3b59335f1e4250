use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use chrono::{NaiveDateTime, Utc};
use diesel::QueryResult;
use futures_util::StreamExt;
use tokio::sync::{Notify, watch};

use super::marks::{self, Marks};
use super::messages::MailContent;
use super::{Mailer, SendError};
use crate::config::MailSettings;
use crate::db::models::{MailKind, OutboxMail, Token};
use crate::db::{Database, DbConn, write_transaction};
use crate::domain::RawToken;
use crate::keys::SecretKey;

/// Delivers the outbox: claims due mails, renders them with fresh tokens, sends, and records
/// the outcome. A mail whose send fails for a passing reason is retried with backoff.
pub struct Worker {
    pub db: Database,
    pub mailer: Mailer,
    pub base_url: String,
    pub token_ttl: Duration,
    pub settings: MailSettings,
    /// Keys the unsubscribe links of news mails.
    pub secret: SecretKey,
    pub wakeup: Arc<Notify>,
    pub shutdown: watch::Receiver<bool>,
}

/// Mails claimed at once: a few rounds of `CONCURRENT_SENDS`.
const BATCH: i64 = 256;
/// Mails sent at once, each over a pooled connection of its own. One SMTP conversation waits
/// on round trips, and about 40 ms a mail on the server's delayed ACK (lettre writes the
/// message and its closing dot apart, and Nagle holds the dot): 8 at a time delivered about
/// 110 mails/s while 2,000 signatures/s came in, 32 at a time about 420; an update to 100,000
/// signers went at 440-470 mails/s with 32 and about 900 with 64 (`bench/README.md`).
pub(super) const CONCURRENT_SENDS: usize = 64;
/// The longest one mail may take to send; a slower server counts as a passing failure.
const SEND_LIMIT: Duration = Duration::from_secs(30);

/// A batch's claim: the id written on its mails and when the claim lapses.
struct Claim {
    id: String,
    until: NaiveDateTime,
}

pub(super) enum Prepared {
    Drop,
    Send {
        to: String,
        content: MailContent,
        /// The hashes of its links' tokens, deleted if it does not go.
        tokens: Vec<String>,
        /// The verification link, logged in file-mail mode so the flow can be tried without a
        /// mail server. Never a withdrawal link: that one erases a signature.
        verify_link: Option<String>,
    },
}

/// A write in the next group commit.
pub(super) async fn write<T, F>(db: &Database, f: F) -> anyhow::Result<T>
where
    T: Send + 'static,
    F: Fn(&mut DbConn) -> anyhow::Result<T> + Send + Sync + 'static,
{
    db.write(f).await
}

impl Worker {
    pub async fn run(self) {
        let (marks, marking) = marks::channel(self.db.clone());
        tokio::join!(self.serve(marks), marking);
    }

    /// Claims and delivers until the service stops; `marks` goes with it, ending the marking.
    async fn serve(&self, marks: Marks) {
        if let Err(e) = write(&self.db, |conn| {
            Ok(match conn {
                DbConn::Sqlite(_) => OutboxMail::release_all(conn)?,
                DbConn::Postgres(_) => 0,
            })
        })
        .await
        {
            tracing::error!(error = ?e, "mail worker cannot release old claims");
        }
        // Claims to give back: each batch's, once done with. Kept while the database is
        // unreachable, so that its mails need not wait for the claim to lapse.
        let mut unreleased: Vec<String> = Vec::new();
        let mut shutdown = self.shutdown.clone();
        loop {
            if !unreleased.is_empty() {
                unreleased = self.release(unreleased).await;
            }
            if *shutdown.borrow() {
                return;
            }
            match self.claim().await {
                Ok((claim, batch)) if !batch.is_empty() => {
                    // A claim whose every mail's outcome was recorded holds nothing more:
                    // giving it back would only search the outbox for it.
                    if !self.deliver_batch(&claim, batch, &marks).await {
                        unreleased.push(claim.id);
                    }
                    continue;
                }
                Ok(_) => {}
                Err(e) => tracing::error!(error = ?e, "mail worker cannot read the outbox"),
            }
            tokio::select! {
                _ = self.wakeup.notified() => {}
                _ = tokio::time::sleep(self.settings.poll_interval) => {}
                _ = shutdown.changed() => {}
            }
        }
    }

    /// Gives back what is still claimed under `claims`: mails not started (stopping, or the
    /// claim running short) and mails whose outcome could not be recorded. A mail that went
    /// out but was not marked sent goes again: delivery is at least once. Returns the claims
    /// it could not reach.
    async fn release(&self, claims: Vec<String>) -> Vec<String> {
        let ids = claims.clone();
        let released = write(&self.db, move |conn| {
            write_transaction(conn, |conn| {
                ids.iter()
                    .map(|id| OutboxMail::release(conn, id))
                    .sum::<QueryResult<usize>>()
            })
            .map_err(anyhow::Error::new)
        })
        .await;
        match released {
            Ok(0) => Vec::new(),
            Ok(n) => {
                tracing::info!(mails = n, "mail worker gave back mails it had not sent");
                Vec::new()
            }
            Err(e) => {
                tracing::warn!(error = ?e, "mail worker cannot give back its claims yet");
                claims
            }
        }
    }

    /// Claims a batch of due mails under a fresh claim id.
    async fn claim(&self) -> anyhow::Result<(Claim, Vec<OutboxMail>)> {
        let id = RawToken::generate().hash();
        let now = Utc::now().naive_utc();
        let claim = Claim {
            id: id.clone(),
            until: now + chrono::Duration::from_std(self.settings.claim)?,
        };
        let until = claim.until;
        let batch = self
            .db
            .write_alone(move |conn| -> anyhow::Result<_> {
                Ok(OutboxMail::claim(conn, &id, now, until, BATCH)?)
            })
            .await?;
        Ok((claim, batch))
    }

    /// Sends the batch, several mails at a time. Stops early when asked to shut down, or when the
    /// claim would lapse during the next send (another worker may then take the mail); the
    /// caller gives back what is left at once rather than when the claim lapses. Returns
    /// whether every mail's outcome was recorded, which ends its claim.
    async fn deliver_batch(&self, claim: &Claim, batch: Vec<OutboxMail>, marks: &Marks) -> bool {
        let margin = (SEND_LIMIT * 2).min(self.settings.claim / 2);
        let prepared = self.prepare_to_signers(&batch).await;
        // The links of mails prepared but left unsent: never seen by anyone, deleted.
        let unused = Mutex::new(Vec::new());
        let settled = AtomicBool::new(true);
        futures_util::stream::iter(batch.into_iter().zip(prepared))
            .for_each_concurrent(CONCURRENT_SENDS, |(mail, prepared)| {
                let (unused, settled) = (&unused, &settled);
                async move {
                    let time_left = (claim.until - Utc::now().naive_utc()).to_std();
                    if !*self.shutdown.borrow() && time_left.unwrap_or_default() >= margin {
                        if !self.deliver(mail, prepared, marks).await {
                            settled.store(false, Ordering::Relaxed);
                        }
                        return;
                    }
                    settled.store(false, Ordering::Relaxed);
                    if let Some(Ok(Prepared::Send { tokens, .. })) = prepared {
                        unused
                            .lock()
                            .unwrap_or_else(|e| e.into_inner())
                            .extend(tokens);
                    }
                }
            })
            .await;
        let unused = unused.into_inner().unwrap_or_else(|e| e.into_inner());
        if !unused.is_empty()
            && let Err(e) = write(&self.db, move |c| Ok(Token::delete_hashes(c, &unused)?)).await
        {
            tracing::error!(error = ?e, "links of unsent mails could not be deleted");
        }
        settled.into_inner()
    }

    /// Sends one mail; returns whether its outcome was recorded.
    async fn deliver(
        &self,
        mail: OutboxMail,
        prepared: Option<anyhow::Result<Prepared>>,
        marks: &Marks,
    ) -> bool {
        let (id, attempts) = (mail.id, mail.attempts);
        let prepared = match prepared {
            Some(prepared) => prepared,
            None => self.prepare(mail).await,
        };
        let outcome = match prepared {
            Ok(Prepared::Drop) => {
                write(&self.db, move |c| {
                    Ok(OutboxMail::mark_dropped(c, id).map(drop)?)
                })
                .await
            }
            Ok(Prepared::Send {
                to,
                content,
                tokens,
                verify_link,
            }) => {
                let sent = tokio::time::timeout(SEND_LIMIT, self.mailer.send(&to, &content))
                    .await
                    .unwrap_or_else(|_| Err(SendError::Transient("sending timed out".into())));
                match sent {
                    Ok(()) => {
                        if self.mailer.writes_files() {
                            match verify_link {
                                Some(link) => tracing::info!(
                                    mail = id,
                                    %link,
                                    "mail written to a file (no SMTP configured)"
                                ),
                                None => tracing::info!(mail = id, "mail written to a file"),
                            }
                        }
                        let marked = marks.sent(id).await;
                        if marked.is_ok() {
                            tracing::info!(mail = id, "mail sent");
                        }
                        marked
                    }
                    Err(error) => self.record_failure(id, attempts, error, tokens).await,
                }
            }
            Err(e) => {
                // Retried with backoff like a refused send, so that a mail that cannot be
                // prepared does not come straight back to the worker.
                tracing::error!(mail = id, error = %redacted(&format!("{e:#}")), "mail could not be prepared");
                let settings = self.settings.clone();
                write(&self.db, move |conn| {
                    let next = Utc::now().naive_utc() + backoff(&settings, attempts);
                    Ok(OutboxMail::retry_at(conn, id, next, "could not be prepared").map(drop)?)
                })
                .await
            }
        };
        if let Err(e) = &outcome {
            tracing::error!(mail = id, error = %redacted(&format!("{e:#}")), "mail outcome could not be recorded");
        }
        outcome.is_ok()
    }

    /// Loads what a mail other than one to a signer is about (see `to_signers`) and issues its
    /// tokens. A news mail without its update is dropped.
    async fn prepare(&self, mail: OutboxMail) -> anyhow::Result<Prepared> {
        match (mail.kind(), mail.update_id) {
            (MailKind::Signed, _) => self.prepare_signed(mail.signature_id).await,
            (MailKind::News, Some(update)) => self.prepare_news(mail.signature_id, update).await,
            (MailKind::News, None) => Ok(Prepared::Drop),
            (kind, _) => Err(anyhow::anyhow!(
                "a {kind} mail is prepared with its batch, not alone"
            )),
        }
    }

    /// A send that failed: its links are deleted, and it is retried later or given up.
    async fn record_failure(
        &self,
        id: i64,
        attempts: i32,
        error: SendError,
        tokens: Vec<String>,
    ) -> anyhow::Result<()> {
        let settings = self.settings.clone();
        let error = Arc::new(error);
        write(&self.db, move |conn| {
            let now = Utc::now().naive_utc();
            // The links in an undelivered mail must not stay usable.
            Token::delete_hashes(conn, &tokens)?;
            let text = error.to_string();
            match &*error {
                SendError::Permanent(_) => {
                    OutboxMail::mark_failed(conn, id, &text)?;
                    tracing::warn!(mail = id, error = %redacted(&text), "mail refused for good");
                }
                SendError::Transient(_) => {
                    OutboxMail::retry_at(conn, id, now + backoff(&settings, attempts), &text)?;
                    tracing::warn!(mail = id, attempts, error = %redacted(&text), "mail not sent, will retry");
                }
            }
            Ok(())
        })
        .await
    }
}

/// A mail server's reply with any word holding an `@` masked: replies often quote the
/// recipient, and addresses stay out of the log.
pub fn redacted(text: &str) -> String {
    text.split(' ')
        .map(|word| {
            if word.contains('@') {
                "[address]"
            } else {
                word
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn backoff(settings: &MailSettings, attempts: i32) -> chrono::Duration {
    let factor = 2u32.saturating_pow(attempts.clamp(0, 20) as u32);
    let delay = settings
        .retry_base
        .saturating_mul(factor)
        .min(settings.retry_max);
    chrono::Duration::from_std(delay).unwrap_or(chrono::Duration::minutes(30))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_are_masked_in_mail_server_replies() {
        assert_eq!(
            redacted("permanent: 550 5.1.1 <bob@example.org>: Recipient unknown"),
            "permanent: 550 5.1.1 [address] Recipient unknown"
        );
    }

    #[test]
    fn backoff_doubles_up_to_the_maximum() {
        let settings = MailSettings {
            poll_interval: Duration::from_secs(1),
            retry_base: Duration::from_secs(10),
            retry_max: Duration::from_secs(60),
            daily_cap_per_address: 5,
            claim: Duration::from_secs(120),
        };
        assert_eq!(backoff(&settings, 0), chrono::Duration::seconds(10));
        assert_eq!(backoff(&settings, 2), chrono::Duration::seconds(40));
        assert_eq!(backoff(&settings, 3), chrono::Duration::seconds(60));
        assert_eq!(backoff(&settings, 500), chrono::Duration::seconds(60));
    }
}
