use std::collections::HashMap;

use chrono::{Duration, NaiveDateTime};
use diesel::prelude::*;

use super::{SignatureState, per_backend, text_enum};
use crate::db::schema::{mail_recipients, news_consents, outbox, signatures};
use crate::db::{DbConn, Replanned, write_transaction};

// `Signed` is the self-service mail (`/my`): every letter an address signed, with its links.
text_enum!(MailKind {
    Verify => "verify",
    AlreadySigned => "already_signed",
    Signed => "signed",
    News => "news",
    Reconfirm => "reconfirm",
});
text_enum!(OutboxState { Pending => "pending", Sent => "sent", Dropped => "dropped", Failed => "failed" });

/// How long the outbox keeps mails done with, and the recipients' rows: the daily cap counts
/// the last 24 hours.
pub const MAIL_LOG_KEPT: std::time::Duration = std::time::Duration::from_secs(2 * 86400);

/// A mail waiting in (or gone through) the outbox. The address is not copied here: the worker
/// reads it from the signature, so erasing a signature also stops its mail.
#[derive(Clone, Debug, Queryable, Selectable, Identifiable)]
#[diesel(table_name = outbox)]
pub struct OutboxMail {
    pub id: i64,
    pub signature_id: i64,
    kind: MailKind,
    pub recipient_key: String,
    pub state: OutboxState,
    pub attempts: i32,
    pub created_at: NaiveDateTime,
    pub next_attempt_at: NaiveDateTime,
    pub claimed_by: Option<String>,
    pub claimed_until: Option<NaiveDateTime>,
    pub sent_at: Option<NaiveDateTime>,
    pub last_error: Option<String>,
    /// A news mail's update.
    pub update_id: Option<i64>,
}

/// A mail to queue (`OutboxMail::enqueue_capped`).
#[derive(Debug, Insertable)]
#[diesel(table_name = outbox)]
pub struct NewOutboxMail {
    pub signature_id: i64,
    pub kind: MailKind,
    pub recipient_key: String,
    pub state: OutboxState,
    pub attempts: i32,
    pub created_at: NaiveDateTime,
    pub next_attempt_at: NaiveDateTime,
}

impl NewOutboxMail {
    pub fn new(
        signature_id: i64,
        kind: MailKind,
        recipient_key: String,
        now: NaiveDateTime,
    ) -> Self {
        NewOutboxMail {
            signature_id,
            kind,
            recipient_key,
            state: OutboxState::Pending,
            attempts: 0,
            created_at: now,
            next_attempt_at: now,
        }
    }
}

impl OutboxMail {
    pub fn kind(&self) -> MailKind {
        self.kind
    }

    /// Queues the mail unless its recipient already had `daily_cap` mails queued in the last
    /// 24 hours. Must run inside a write transaction. On PostgreSQL the recipient row it touches
    /// is the lock that makes the count and the insert one step; SQLite already runs one write
    /// transaction at a time.
    pub fn enqueue_capped(
        conn: &mut DbConn,
        mail: &NewOutboxMail,
        daily_cap: i64,
    ) -> QueryResult<bool> {
        let now = mail.created_at;
        if let DbConn::Postgres(pg) = conn {
            lock_recipients(pg, &[mail.recipient_key.as_str()], now)?;
        }
        // The count and the insert are one statement: the mail goes in only while the
        // recipient's last 24 hours hold fewer than `daily_cap` (on PostgreSQL its snapshot is
        // taken after the lock above, so it sees every mail committed before). Planned at each
        // run on PostgreSQL: the outbox is what grows fastest in a burst (`Replanned`).
        use diesel::sql_types::{BigInt, Integer, Text, Timestamp};
        let recent = outbox::table
            .filter(outbox::recipient_key.eq(&mail.recipient_key))
            .filter(outbox::created_at.gt(now - Duration::hours(24)))
            .count()
            .single_value()
            .assume_not_null();
        let row = diesel::select((
            mail.signature_id.into_sql::<BigInt>(),
            mail.kind.into_sql::<Text>(),
            mail.recipient_key.as_str().into_sql::<Text>(),
            mail.state.into_sql::<Text>(),
            mail.attempts.into_sql::<Integer>(),
            mail.created_at.into_sql::<Timestamp>(),
            mail.next_attempt_at.into_sql::<Timestamp>(),
        ))
        .filter(recent.lt(daily_cap));
        let insert = diesel::insert_into(outbox::table)
            .values(row)
            .into_columns((
                outbox::signature_id,
                outbox::kind,
                outbox::recipient_key,
                outbox::state,
                outbox::attempts,
                outbox::created_at,
                outbox::next_attempt_at,
            ));
        let queued = match conn {
            DbConn::Postgres(pg) => Replanned(insert).execute(pg)?,
            DbConn::Sqlite(_) => insert.execute(conn)?,
        };
        Ok(queued == 1)
    }

    /// `enqueue_capped` for many mails to distinct recipients, each with its cap, in three
    /// statements (two on SQLite) whatever their number: the recipients' locks, their counts,
    /// the mails under their caps. The counts are of the 24 hours before the earliest mail's
    /// time. Returns whether each mail was queued.
    pub fn enqueue_all_capped(
        conn: &mut DbConn,
        mails: &[(NewOutboxMail, i64)],
    ) -> QueryResult<Vec<bool>> {
        let Some(earliest) = mails.iter().map(|(m, _)| m.created_at).min() else {
            return Ok(Vec::new());
        };
        let keys: Vec<&str> = mails
            .iter()
            .map(|(m, _)| m.recipient_key.as_str())
            .collect();
        if let DbConn::Postgres(pg) = conn {
            lock_recipients(pg, &keys, earliest)?;
        }
        // Counted after the locks: on PostgreSQL this statement's snapshot sees every mail
        // committed to these recipients before.
        let count = outbox::table
            .filter(outbox::recipient_key.eq_any(&keys))
            .filter(outbox::created_at.gt(earliest - Duration::hours(24)))
            .group_by(outbox::recipient_key)
            .select((outbox::recipient_key, diesel::dsl::count_star()));
        // Planned at each run on PostgreSQL: the outbox is what grows fastest in a burst.
        let recent: HashMap<String, i64> = match conn {
            DbConn::Postgres(pg) => Replanned(count).load(pg)?,
            DbConn::Sqlite(_) => count.load(conn)?,
        }
        .into_iter()
        .collect();
        let queued: Vec<bool> = mails
            .iter()
            .map(|(m, cap)| recent.get(&m.recipient_key).copied().unwrap_or(0) < *cap)
            .collect();
        let rows: Vec<&NewOutboxMail> = mails
            .iter()
            .zip(&queued)
            .filter_map(|((m, _), q)| q.then_some(m))
            .collect();
        if !rows.is_empty() {
            let insert = diesel::insert_into(outbox::table).values(rows);
            per_backend!(conn, |c| insert.execute(c))?;
        }
        Ok(queued)
    }

    /// How many signers of the letter a mail to `audience` would go to.
    pub fn audience_size(
        conn: &mut DbConn,
        letter_id: i64,
        audience: Audience,
    ) -> QueryResult<i64> {
        audience.of(letter_id).count().get_result(conn)
    }

    /// An update's mails still in the outbox: (sent, waiting).
    pub fn news_progress(conn: &mut DbConn, update_id: i64) -> QueryResult<(i64, i64)> {
        let count = |conn: &mut DbConn, state: OutboxState| {
            outbox::table
                .filter(outbox::update_id.eq(update_id))
                .filter(outbox::state.eq(state))
                .count()
                .get_result::<i64>(conn)
        };
        Ok((
            count(conn, OutboxState::Sent)?,
            count(conn, OutboxState::Pending)?,
        ))
    }

    /// Queues one mail to each signer of the letter in `audience`, in one statement: the
    /// update `update_id` to `News`, the request to sign the new version to `Earlier`. The
    /// outbox takes a signature's mail of an update once (`outbox_update_once`).
    pub fn queue_all(
        conn: &mut DbConn,
        letter_id: i64,
        audience: Audience,
        update_id: Option<i64>,
        now: NaiveDateTime,
    ) -> QueryResult<usize> {
        use diesel::sql_types::{BigInt, Integer, Nullable, Text, Timestamp};
        let kind = match audience {
            Audience::News => MailKind::News,
            Audience::Earlier { .. } => MailKind::Reconfirm,
        };
        let rows = audience.of(letter_id).select((
            signatures::id,
            kind.into_sql::<Text>(),
            // Not a keyed hash of the address (SQL has no secret key): these mails are sent by
            // an admin, once, so they count for nothing in the per-address daily cap.
            kind.as_str().into_sql::<Text>(),
            OutboxState::Pending.into_sql::<Text>(),
            0.into_sql::<Integer>(),
            now.into_sql::<Timestamp>(),
            now.into_sql::<Timestamp>(),
            update_id.into_sql::<Nullable<BigInt>>(),
        ));
        diesel::insert_into(outbox::table)
            .values(rows)
            .into_columns((
                outbox::signature_id,
                outbox::kind,
                outbox::recipient_key,
                outbox::state,
                outbox::attempts,
                outbox::created_at,
                outbox::next_attempt_at,
                outbox::update_id,
            ))
            .execute(conn)
    }

    /// Claims up to `limit` due mails for `worker` until `until`, in the order of their ids. A
    /// claim that lapses (the worker died) makes the mail due again. On PostgreSQL the due rows
    /// are locked with `FOR UPDATE SKIP LOCKED`, so workers of several instances claiming at once
    /// each take different mails without waiting on one another; SQLite has one writer at a time.
    pub fn claim(
        conn: &mut DbConn,
        worker: &str,
        now: NaiveDateTime,
        until: NaiveDateTime,
        limit: i64,
    ) -> QueryResult<Vec<OutboxMail>> {
        write_transaction(conn, |conn| {
            // A signer's own mail (a link to confirm) goes before any update's.
            let mut ids: Vec<i64> = match conn {
                DbConn::Postgres(pg) => due(now, limit)
                    .filter(outbox::update_id.is_null())
                    .for_update()
                    .skip_locked()
                    .load(pg)?,
                DbConn::Sqlite(_) => due(now, limit)
                    .filter(outbox::update_id.is_null())
                    .load(conn)?,
            };
            let rest = limit - ids.len() as i64;
            if rest > 0 {
                let news = due(now, rest).filter(outbox::update_id.is_not_null());
                ids.extend(match conn {
                    DbConn::Postgres(pg) => news.for_update().skip_locked().load::<i64>(pg)?,
                    DbConn::Sqlite(_) => news.load::<i64>(conn)?,
                });
            }
            if ids.is_empty() {
                return Ok(Vec::new());
            }
            let claiming = diesel::update(outbox::table)
                .filter(outbox::id.eq_any(&ids))
                .set((
                    outbox::claimed_by.eq(worker),
                    outbox::claimed_until.eq(until),
                ));
            let mut claimed = match conn {
                // One statement where the rows were read again after their update.
                DbConn::Postgres(pg) => claiming
                    .returning(OutboxMail::as_returning())
                    .get_results(pg)?,
                DbConn::Sqlite(_) => {
                    claiming.execute(conn)?;
                    outbox::table
                        .filter(outbox::id.eq_any(&ids))
                        .select(OutboxMail::as_select())
                        .load(conn)?
                }
            };
            claimed.sort_by_key(|mail| mail.id);
            Ok(claimed)
        })
    }

    /// Gives back what `worker` claimed and did not finish, for any worker to take at once.
    pub fn release(conn: &mut DbConn, worker: &str) -> QueryResult<usize> {
        diesel::update(outbox::table)
            .filter(outbox::claimed_by.eq(worker))
            .set((
                outbox::claimed_by.eq(None::<String>),
                outbox::claimed_until.eq(None::<NaiveDateTime>),
            ))
            .execute(conn)
    }

    /// Gives back every claim. Only for SQLite at start: one instance uses the file, so any
    /// claim left is from a worker that died with it.
    pub fn release_all(conn: &mut DbConn) -> QueryResult<usize> {
        diesel::update(outbox::table)
            .filter(outbox::claimed_by.is_not_null())
            .set((
                outbox::claimed_by.eq(None::<String>),
                outbox::claimed_until.eq(None::<NaiveDateTime>),
            ))
            .execute(conn)
    }

    /// Marks these mails sent, 500 to a statement: a batch's sends are recorded at once.
    pub fn mark_sent_all(conn: &mut DbConn, ids: &[i64], now: NaiveDateTime) -> QueryResult<usize> {
        ids.chunks(500)
            .map(|chunk| Self::finish(conn, chunk, OutboxState::Sent, Some(now), None))
            .sum()
    }

    pub fn mark_dropped(conn: &mut DbConn, id: i64) -> QueryResult<usize> {
        Self::finish(conn, &[id], OutboxState::Dropped, None, None)
    }

    pub fn mark_failed(conn: &mut DbConn, id: i64, error: &str) -> QueryResult<usize> {
        Self::finish(conn, &[id], OutboxState::Failed, None, Some(error))
    }

    fn finish(
        conn: &mut DbConn,
        ids: &[i64],
        state: OutboxState,
        sent_at: Option<NaiveDateTime>,
        error: Option<&str>,
    ) -> QueryResult<usize> {
        diesel::update(outbox::table.filter(outbox::id.eq_any(ids)))
            .set((
                outbox::state.eq(state),
                outbox::sent_at.eq(sent_at),
                outbox::last_error.eq(error),
                outbox::claimed_by.eq(None::<String>),
                outbox::claimed_until.eq(None::<NaiveDateTime>),
            ))
            .execute(conn)
    }

    /// Puts a mail back in the queue after a transient failure.
    pub fn retry_at(
        conn: &mut DbConn,
        id: i64,
        next: NaiveDateTime,
        error: &str,
    ) -> QueryResult<usize> {
        diesel::update(outbox::table.find(id))
            .set((
                outbox::attempts.eq(outbox::attempts + 1),
                outbox::next_attempt_at.eq(next),
                outbox::last_error.eq(error),
                outbox::claimed_by.eq(None::<String>),
                outbox::claimed_until.eq(None::<NaiveDateTime>),
            ))
            .execute(conn)
    }

    /// Deletes every mail of a signature, sent or queued, with the mail server's replies they
    /// keep (which often quote the address): it was withdrawn. A mail being sent right now is
    /// recorded as nothing.
    pub fn delete_for(conn: &mut DbConn, signature_id: i64) -> QueryResult<usize> {
        diesel::delete(outbox::table.filter(outbox::signature_id.eq(signature_id))).execute(conn)
    }

    /// The mails of a signature, oldest first.
    pub fn for_signature(conn: &mut DbConn, signature_id: i64) -> QueryResult<Vec<OutboxMail>> {
        outbox::table
            .filter(outbox::signature_id.eq(signature_id))
            .order(outbox::id.asc())
            .select(OutboxMail::as_select())
            .load(conn)
    }

    /// Forgets mails done with (sent, dropped, failed) and recipients last mailed before
    /// `cutoff`: the daily cap only counts the last 24 hours, and a failed mail keeps the
    /// server's reply. Returns how many rows went.
    pub fn prune(conn: &mut DbConn, cutoff: NaiveDateTime) -> QueryResult<usize> {
        let pending: OutboxState = OutboxState::Pending;
        let mails = diesel::delete(
            outbox::table
                .filter(outbox::state.ne(pending))
                .filter(outbox::created_at.lt(cutoff)),
        )
        .execute(conn)?;
        let recipients = diesel::delete(
            mail_recipients::table.filter(mail_recipients::last_queued_at.lt(cutoff)),
        )
        .execute(conn)?;
        Ok(mails + recipients)
    }
}

/// The ids of pending mails due at `now` and claimed by no live worker, by update and then
/// oldest first (the callers narrow it to a signer's own mails, which have no update, or to
/// news).
#[diesel::dsl::auto_type]
fn due(now: NaiveDateTime, limit: i64) -> _ {
    let pending: OutboxState = OutboxState::Pending;
    outbox::table
        .filter(outbox::state.eq(pending))
        .filter(outbox::next_attempt_at.le(now))
        .filter(
            outbox::claimed_until
                .is_null()
                .or(outbox::claimed_until.lt(now)),
        )
        // The order of the index on (state, update_id, id), which a claim then reads from its
        // first due mail. Ordered by id alone, a signer's mail (whose `update_id` is NULL) was
        // found by sorting every pending one: thousands a claim during a burst.
        .order((outbox::update_id.asc(), outbox::id.asc()))
        .limit(limit)
        .select(outbox::id)
}

/// Whom a mail to many of a letter's signers goes to: always confirmed signers (awaiting
/// moderation or published) with an address.
#[derive(Clone, Copy, Debug)]
pub enum Audience {
    /// Those who asked for news, and have not stopped it: an update's mail.
    News,
    /// Those who signed a version before `version`: asked to sign it.
    Earlier { version: i32 },
}

impl Audience {
    fn of(
        self,
        letter_id: i64,
    ) -> signatures::BoxedQuery<'static, <DbConn as diesel::Connection>::Backend> {
        let confirmed: [SignatureState; 2] = [SignatureState::Pending, SignatureState::Published];
        let signers = signatures::table
            .filter(signatures::letter_id.eq(letter_id))
            .filter(signatures::state.eq_any(confirmed))
            .filter(signatures::email.is_not_null())
            .into_boxed();
        match self {
            Audience::News => signers.filter(diesel::dsl::exists(
                news_consents::table.filter(news_consents::signature_id.eq(signatures::id)),
            )),
            Audience::Earlier { version } => signers.filter(signatures::version.lt(version)),
        }
    }
}

/// Takes the row locks on the recipients `keys` (distinct; creating each row the first time),
/// in their order, until the transaction ends. One statement, so that two first mails to an
/// address do not race.
fn lock_recipients(conn: &mut PgConnection, keys: &[&str], now: NaiveDateTime) -> QueryResult<()> {
    use diesel::upsert::excluded;
    let rows: Vec<_> = keys
        .iter()
        .map(|key| {
            (
                mail_recipients::recipient_key.eq(*key),
                mail_recipients::last_queued_at.eq(now),
            )
        })
        .collect();
    diesel::insert_into(mail_recipients::table)
        .values(rows)
        .on_conflict(mail_recipients::recipient_key)
        .do_update()
        .set(mail_recipients::last_queued_at.eq(excluded(mail_recipients::last_queued_at)))
        .execute(conn)
        .map(drop)
}
