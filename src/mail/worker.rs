use std::sync::Arc;
use std::time::Duration;

use chrono::{NaiveDateTime, Utc};
use diesel::QueryResult;
use tokio::sync::{Notify, watch};

use super::messages::{AlreadySignedMail, MailContent, VerifyMail};
use super::{Mailer, SendError};
use crate::config::MailSettings;
use crate::db::models::{
    Letter, MailKind, NewToken, OutboxMail, Signature, SignatureKind, SignatureState, Token,
    TokenPurpose,
};
use crate::db::{Database, DbConn, Pool, write_transaction};
use crate::domain::RawToken;
use crate::signing::PublicEntry;

/// Delivers the outbox: claims due mails, renders them with fresh tokens, sends, and records
/// the outcome. A mail whose send fails for a passing reason is retried with backoff.
pub struct Worker {
    pub db: Database,
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

async fn blocking<T, F>(pool: &Pool, f: F) -> anyhow::Result<T>
where
    T: Send + 'static,
    F: FnOnce(&mut DbConn) -> anyhow::Result<T> + Send + 'static,
{
    let pool = pool.clone();
    tokio::task::spawn_blocking(move || f(&mut *pool.get()?)).await?
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

    async fn claim(&self) -> anyhow::Result<Vec<OutboxMail>> {
        let claim_id = RawToken::generate().hash();
        blocking(self.db.writes(), move |conn| {
            let now = Utc::now().naive_utc();
            Ok(OutboxMail::claim(conn, &claim_id, now, now + CLAIM, BATCH)?)
        })
        .await
    }

    async fn deliver(&self, mail: OutboxMail) {
        let (id, attempts) = (mail.id, mail.attempts);
        let outcome = match self.prepare(mail).await {
            Ok(Prepared::Drop) => {
                blocking(self.db.writes(), move |c| {
                    Ok(OutboxMail::mark_dropped(c, id).map(drop)?)
                })
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

    /// Loads what the mail is about and issues its tokens. A mail whose signature was
    /// withdrawn, or a verification mail for a signature confirmed meanwhile, is dropped.
    async fn prepare(&self, mail: OutboxMail) -> anyhow::Result<Prepared> {
        let signature_id = mail.signature_id;
        let (signature, letter) = blocking(self.db.reads(), move |conn| {
            let signature = Signature::find(conn, signature_id)?;
            let letter = Letter::find(conn, signature.letter_id)?;
            Ok((signature, letter))
        })
        .await?;
        let (Some(to), Some(kind)) = (signature.email.clone(), mail.kind()) else {
            return Ok(Prepared::Drop);
        };
        if kind == MailKind::Verify && signature.state() != SignatureState::Unverified {
            return Ok(Prepared::Drop);
        }
        let now = Utc::now().naive_utc();
        let expires_at = now + chrono::Duration::from_std(self.token_ttl)?;
        let purposes: &'static [TokenPurpose] = match kind {
            MailKind::Verify => &[TokenPurpose::Withdraw, TokenPurpose::Verify],
            MailKind::AlreadySigned => &[TokenPurpose::Withdraw],
        };
        let (tokens, ids) = blocking(self.db.writes(), move |conn| {
            issue(conn, signature_id, purposes, now, expires_at)
        })
        .await?;

        let base_url = &self.base_url;
        let letter_url = format!("{base_url}/letters/{}", letter.slug);
        let expires = expires_at.format("%-d %B %Y").to_string();
        let link = |purpose: TokenPurpose| {
            let index = purposes.iter().position(|p| *p == purpose).unwrap_or(0);
            tokens
                .get(index)
                .map(|t| format!("{base_url}/{purpose}/{}", t.expose()))
                .unwrap_or_default()
        };
        let withdraw_url = link(TokenPurpose::Withdraw);
        let (content, link) = match kind {
            MailKind::Verify => {
                let verify_url = link(TokenPurpose::Verify);
                let entry = PublicEntry::from(&signature).line();
                let content = VerifyMail {
                    letter_title: &letter.title,
                    letter_url: &letter_url,
                    entry: &entry,
                    organisation: signature.kind() == SignatureKind::Organisation,
                    verify_url: &verify_url,
                    withdraw_url: &withdraw_url,
                    expires: &expires,
                }
                .render()?;
                (content, verify_url)
            }
            MailKind::AlreadySigned => {
                let content = AlreadySignedMail {
                    letter_title: &letter.title,
                    letter_url: &letter_url,
                    withdraw_url: &withdraw_url,
                    expires: &expires,
                }
                .render()?;
                (content, withdraw_url)
            }
        };
        Ok(Prepared::Send {
            to,
            content,
            tokens: ids,
            link,
        })
    }

    async fn record(
        &self,
        id: i64,
        attempts: i32,
        sent: Result<(), SendError>,
        tokens: Vec<i64>,
    ) -> anyhow::Result<()> {
        let settings = self.settings.clone();
        blocking(self.db.writes(), move |conn| {
            let now = Utc::now().naive_utc();
            let error = match sent {
                Ok(()) => {
                    OutboxMail::mark_sent(conn, id, now)?;
                    tracing::info!(mail = id, "mail sent");
                    return Ok(());
                }
                Err(error) => error,
            };
            // The links in an undelivered mail must not stay usable.
            Token::delete_ids(conn, &tokens)?;
            let text = error.to_string();
            match error {
                SendError::Permanent(_) => {
                    OutboxMail::mark_failed(conn, id, &text)?;
                    tracing::warn!(mail = id, error = %text, "mail refused for good");
                }
                SendError::Transient(_) => {
                    OutboxMail::retry_at(conn, id, now + backoff(&settings, attempts), &text)?;
                    tracing::warn!(mail = id, attempts, error = %text, "mail not sent, will retry");
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

/// New tokens, one per purpose, in one transaction (a batch INSERT is not portable through
/// diesel's MultiConnection). Returns them with their row ids.
fn issue(
    conn: &mut DbConn,
    signature_id: i64,
    purposes: &[TokenPurpose],
    now: NaiveDateTime,
    expires_at: NaiveDateTime,
) -> anyhow::Result<(Vec<RawToken>, Vec<i64>)> {
    let tokens: Vec<RawToken> = purposes.iter().map(|_| RawToken::generate()).collect();
    let rows: Vec<NewToken> = tokens
        .iter()
        .zip(purposes)
        .map(|(token, purpose)| NewToken {
            signature_id,
            purpose: purpose.as_str().to_owned(),
            token_hash: token.hash(),
            created_at: now,
            expires_at,
        })
        .collect();
    let ids = write_transaction(conn, |conn| {
        rows.iter()
            .map(|row| Token::insert(conn, row))
            .collect::<QueryResult<Vec<i64>>>()
    })?;
    Ok((tokens, ids))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_doubles_up_to_the_maximum() {
        let settings = MailSettings {
            poll_interval: Duration::from_secs(1),
            retry_base: Duration::from_secs(10),
            retry_max: Duration::from_secs(60),
            daily_cap_per_address: 5,
        };
        assert_eq!(backoff(&settings, 0), chrono::Duration::seconds(10));
        assert_eq!(backoff(&settings, 2), chrono::Duration::seconds(40));
        assert_eq!(backoff(&settings, 3), chrono::Duration::seconds(60));
        assert_eq!(backoff(&settings, 500), chrono::Duration::seconds(60));
    }
}
