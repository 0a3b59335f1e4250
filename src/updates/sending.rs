//! Sending an update to the signers who asked for news: once per update, at most two a month
//! per letter (the promise the signing form states), each mail an outbox row.

use chrono::{Duration, NaiveDateTime};
use diesel::prelude::*;

use crate::db::models::{Audience, Letter, NewAuditEntry, OutboxMail, Update};
use crate::db::schema::letters;
use crate::db::{DbConn, write_transaction};
use crate::moderation::Actor;

/// The promise on the signing form: at most this many updates mailed per letter...
pub const MOST_PER_MONTH: usize = 2;
/// ...in any window of this many days.
pub const MONTH_DAYS: i64 = 30;

/// Why an update cannot go now.
#[derive(Debug, thiserror::Error)]
pub enum Refusal {
    #[error("“{title}” was sent on {on}; an update goes once.")]
    AlreadySent { title: String, on: String },
    #[error(
        "Signers were promised at most two emails a month, and two updates went in the last 30 days. The next can go on {next}."
    )]
    TooSoon { next: String },
}

/// Queues `update` for every signer of `letter` who asked for news, records it sent and writes
/// the audit entry, in one transaction. Returns how many signers it was queued for.
pub fn send(
    conn: &mut DbConn,
    letter: &Letter,
    update_id: i64,
    actor: &Actor,
    now: NaiveDateTime,
) -> Result<Result<i64, Refusal>, diesel::result::Error> {
    write_transaction(conn, |conn| {
        // Two admins sending two updates at once must not both fit under the monthly cap.
        if let DbConn::Postgres(pg) = conn {
            letters::table
                .find(letter.id)
                .select(letters::id)
                .for_update()
                .first::<i64>(pg)?;
        }
        let recent = Update::sent_since(conn, letter.id, now - Duration::days(MONTH_DAYS))?;
        if !Update::start_sending(conn, update_id, now)? {
            let update = Update::find(conn, update_id)?;
            return Ok(Err(Refusal::AlreadySent {
                title: update.title,
                on: update
                    .sent_at
                    .map(|t| t.format("%Y-%m-%d").to_string())
                    .unwrap_or_default(),
            }));
        }
        if recent.len() >= MOST_PER_MONTH {
            let oldest = recent.iter().filter_map(|u| u.sent_at).min().unwrap_or(now);
            let next = oldest + Duration::days(MONTH_DAYS);
            // Rolled back, with the mark just made.
            return Err(Rollback::Refused(Refusal::TooSoon {
                next: next.format("%Y-%m-%d %H:%M UTC").to_string(),
            }));
        }
        let update = Update::find(conn, update_id)?;
        let queued =
            OutboxMail::queue_all(conn, letter.id, Audience::News, Some(update_id), now)? as i64;
        Update::set_recipients(conn, update_id, queued)?;
        NewAuditEntry {
            after_state: Some(
                serde_json::json!({ "update": update.name, "recipients": queued }).to_string(),
            ),
            letter_id: Some(letter.id),
            ..actor.entry("send update", now)
        }
        .insert(conn)?;
        Ok(Ok(queued))
    })
    .or_else(|e| match e {
        Rollback::Refused(refusal) => Ok(Err(refusal)),
        Rollback::Database(e) => Err(e),
    })
}

/// A refusal found after the transaction wrote: it must roll back, unlike a plain answer.
enum Rollback {
    Refused(Refusal),
    Database(diesel::result::Error),
}

impl From<diesel::result::Error> for Rollback {
    fn from(e: diesel::result::Error) -> Self {
        Rollback::Database(e)
    }
}
