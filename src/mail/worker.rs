use std::sync::Arc;
use std::time::Duration;

use chrono::{NaiveDateTime, Utc};
use tokio::sync::{Notify, watch};

use super::messages::{AlreadySignedMail, MailContent, VerifyMail};
use super::{Mailer, SendError};
use crate::config::MailSettings;
use crate::db::models::{
    Letter, MailKind, NewToken, OutboxMail, Signature, SignatureState, Token, TokenPurpose,
};
use crate::db::{DbConn, Pool, write_transaction};
use crate::domain::RawToken;
use crate::signing::PublicEntry;

/// Delivers the outbox: claims due mails, renders them with fresh tokens, sends, and records
/// the outcome. A mail whose send fails for a passing reason is retried with backoff.
pub struct Worker {
    pub pool: Pool,
    pub mailer: Mailer,
    pub base_url: String,
    pub token_ttl: Duration,
    pub settings: MailSettings,
    pub wakeup: Arc<Notify>,
    pub shutdown: watch::Receiver<bool>,
}

/// How long a claim holds a mail before another worker may take it over.
const CLAIM: chrono::Duration = chrono::Duration::minutes(5);
const BATCH: i64 = 20;

enum Prepared {
    Drop,
    Send {
        to: String,
        content: MailContent,
        tokens: Vec<i64>,
        link: String,
    },
}

impl Worker {
    pub async fn run(mut self) {
        loop {
            if *self.shutdown.borrow() {
                return;
            }
            match self.claim().await {
                Ok(batch) if !batch.is_empty() => {
                    for mail in batch {
                        self.deliver(mail).await;
                    }
                    continue;
                }
                Ok(_) => {}
                Err(e) => tracing::error!(error = ?e, "mail worker cannot read the outbox"),
            }
            tokio::select! {
                _ = self.wakeup.notified() => {}
                _ = tokio::time::sleep(self.settings.poll_interval) => {}
                _ = self.shutdown.changed() => {}
            }
        }
    }

    async fn blocking<T, F>(&self, f: F) -> anyhow::Result<T>
    where
        T: Send + 'static,
        F: FnOnce(&mut DbConn) -> anyhow::Result<T> + Send + 'static,
    {
        let pool = self.pool.clone();
        tokio::task::spawn_blocking(move || f(&mut *pool.get()?)).await?
    }

    async fn claim(&self) -> anyhow::Result<Vec<OutboxMail>> {
        let claim_id = RawToken::generate().hash();
        self.blocking(move |conn| {
            let now = Utc::now().naive_utc();
            Ok(OutboxMail::claim(conn, &claim_id, now, now + CLAIM, BATCH)?)
        })
        .await
    }

    async fn deliver(&self, mail: OutboxMail) {
        let (id, attempts) = (mail.id, mail.attempts);
        let (base_url, ttl) = (self.base_url.clone(), self.token_ttl);
        let prepared = self
            .blocking(move |conn| prepare(conn, &mail, &base_url, ttl))
            .await;
        let outcome = match prepared {
            Ok(Prepared::Drop) => {
                self.blocking(move |c| Ok(OutboxMail::mark_dropped(c, id).map(drop)?))
                    .await
            }
            Ok(Prepared::Send {
                to,
                content,
                tokens,
                link,
            }) => {
                let sent = self.mailer.send(&to, &content).await;
                if sent.is_ok() && self.mailer.writes_files() {
                    tracing::info!(mail = id, %link, "mail written to a file (no SMTP configured)");
                }
                self.record(id, attempts, sent, tokens).await
            }
            Err(e) => Err(e),
        };
        if let Err(e) = outcome {
            tracing::error!(mail = id, error = ?e, "mail delivery could not be recorded");
        }
    }

    async fn record(
        &self,
        id: i64,
        attempts: i32,
        sent: Result<(), SendError>,
        tokens: Vec<i64>,
    ) -> anyhow::Result<()> {
        let settings = self.settings.clone();
        self.blocking(move |conn| {
            let now = Utc::now().naive_utc();
            match sent {
                Ok(()) => {
                    OutboxMail::mark_sent(conn, id, now)?;
                    tracing::info!(mail = id, "mail sent");
                }
                Err(error) => {
                    // The links in an undelivered mail must not stay usable.
                    Token::delete_ids(conn, &tokens)?;
                    let text = error.to_string();
                    match error {
                        SendError::Permanent(_) => {
                            OutboxMail::mark_failed(conn, id, &text)?;
                            tracing::warn!(mail = id, error = %text, "mail refused for good");
                        }
                        SendError::Transient(_) => {
                            let next = now + backoff(&settings, attempts);
                            OutboxMail::retry_at(conn, id, next, &text)?;
                            tracing::warn!(mail = id, attempts, error = %text, "mail not sent, will retry");
                        }
                    }
                }
            }
            Ok(())
        })
        .await
    }
}

fn backoff(settings: &MailSettings, attempts: i32) -> chrono::Duration {
    let factor = 2u32.saturating_pow(attempts.clamp(0, 20) as u32);
    let delay = settings
        .retry_base
        .saturating_mul(factor)
        .min(settings.retry_max);
    chrono::Duration::from_std(delay).unwrap_or(chrono::Duration::minutes(30))
}

/// Loads what the mail is about and issues its tokens. A mail whose signature was withdrawn,
/// or a verification mail for a signature confirmed meanwhile, is dropped.
fn prepare(
    conn: &mut DbConn,
    mail: &OutboxMail,
    base_url: &str,
    ttl: Duration,
) -> anyhow::Result<Prepared> {
    let signature = Signature::find(conn, mail.signature_id)?;
    let (Some(to), Some(kind)) = (signature.email.clone(), mail.kind()) else {
        return Ok(Prepared::Drop);
    };
    if kind == MailKind::Verify && signature.state() != SignatureState::Unverified {
        return Ok(Prepared::Drop);
    }
    let letter = Letter::find(conn, signature.letter_id)?;
    let now = Utc::now().naive_utc();
    let expires_at = now + chrono::Duration::from_std(ttl)?;
    let (withdraw, withdraw_id) =
        issue(conn, signature.id, TokenPurpose::Withdraw, now, expires_at)?;
    let letter_url = format!("{base_url}/letters/{}", letter.slug);
    let withdraw_url = format!("{base_url}/withdraw/{}", withdraw.expose());
    let expires = expires_at.format("%-d %B %Y").to_string();
    let (content, tokens, link) = match kind {
        MailKind::Verify => {
            let (verify, verify_id) =
                issue(conn, signature.id, TokenPurpose::Verify, now, expires_at)?;
            let verify_url = format!("{base_url}/verify/{}", verify.expose());
            let entry = PublicEntry::from(&signature).line();
            let content = VerifyMail {
                letter_title: &letter.title,
                letter_url: &letter_url,
                entry: &entry,
                organisation: signature.kind() == crate::db::models::SignatureKind::Organisation,
                verify_url: &verify_url,
                withdraw_url: &withdraw_url,
                expires: &expires,
            }
            .render()?;
            (content, vec![verify_id, withdraw_id], verify_url)
        }
        MailKind::AlreadySigned => {
            let content = AlreadySignedMail {
                letter_title: &letter.title,
                letter_url: &letter_url,
                withdraw_url: &withdraw_url,
                expires: &expires,
            }
            .render()?;
            (content, vec![withdraw_id], withdraw_url.clone())
        }
    };
    Ok(Prepared::Send {
        to,
        content,
        tokens,
        link,
    })
}

fn issue(
    conn: &mut DbConn,
    signature_id: i64,
    purpose: TokenPurpose,
    now: NaiveDateTime,
    expires_at: NaiveDateTime,
) -> anyhow::Result<(RawToken, i64)> {
    let token = RawToken::generate();
    let new = NewToken {
        signature_id,
        purpose: purpose.as_str().to_owned(),
        token_hash: token.hash(),
        created_at: now,
        expires_at,
    };
    let id = write_transaction(conn, |conn| Token::insert(conn, &new))?;
    Ok((token, id))
}
