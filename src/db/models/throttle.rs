use chrono::{Duration, NaiveDateTime};
use diesel::prelude::*;

use crate::db::DbConn;
use crate::db::schema::login_throttle;

/// Failed logins under one key (a client address or an account), for exponential backoff.
pub struct LoginThrottle;

/// Failures allowed before any wait.
const FREE_FAILURES: i32 = 5;
/// Failures older than this are forgotten.
const WINDOW: Duration = Duration::hours(1);
/// Stale rows removed per attempt: more than an attempt adds, so the table cannot outgrow it.
const PRUNE_BATCH: i64 = 64;

impl LoginThrottle {
    /// An attempt under `keys` (each with its cap): if any key must still wait, the longest
    /// wait and nothing recorded; else a failure counted on every key, before the password is
    /// checked, so that concurrent guesses cannot all pass (`forgive` and `clear` undo it).
    /// The caller runs one attempt at a time.
    pub fn attempt(
        conn: &mut DbConn,
        keys: &[(&str, Duration)],
        now: NaiveDateTime,
    ) -> QueryResult<Option<Duration>> {
        Self::prune(conn, now)?;
        let mut wait = None;
        for (key, _) in keys {
            wait = wait.max(Self::wait(conn, key, now)?);
        }
        if wait.is_none() {
            for (key, cap) in keys {
                Self::fail(conn, key, now, *cap)?;
            }
        }
        Ok(wait)
    }

    /// How long the key must still wait, if it must.
    fn wait(conn: &mut DbConn, key: &str, now: NaiveDateTime) -> QueryResult<Option<Duration>> {
        let locked_until: Option<Option<NaiveDateTime>> = login_throttle::table
            .find(key)
            .select(login_throttle::locked_until)
            .first(conn)
            .optional()?;
        Ok(locked_until.flatten().filter(|t| *t > now).map(|t| t - now))
    }

    /// Counts a failure; from the sixth, the key waits 2, 4, 8 … seconds, at most `cap`.
    fn fail(conn: &mut DbConn, key: &str, now: NaiveDateTime, cap: Duration) -> QueryResult<()> {
        let row: Option<(i32, NaiveDateTime)> = login_throttle::table
            .find(key)
            .select((login_throttle::failures, login_throttle::first_failure_at))
            .first(conn)
            .optional()?;
        let (failures, first) = match row {
            Some((n, first)) if first > now - WINDOW => (n + 1, first),
            _ => (1, now),
        };
        let locked_until = (failures > FREE_FAILURES).then(|| {
            let exponent = (failures - FREE_FAILURES).min(20) as u32;
            now + Duration::seconds(2i64.pow(exponent)).min(cap)
        });
        let values = (
            login_throttle::throttle_key.eq(key),
            login_throttle::failures.eq(failures),
            login_throttle::first_failure_at.eq(first),
            login_throttle::locked_until.eq(locked_until),
        );
        if row.is_some() {
            diesel::update(login_throttle::table.find(key))
                .set(values)
                .execute(conn)?;
        } else {
            diesel::insert_into(login_throttle::table)
                .values(values)
                .execute(conn)?;
        }
        Ok(())
    }

    /// Takes back the failure `attempt` counted on `key`, the login having succeeded.
    pub fn forgive(conn: &mut DbConn, key: &str) -> QueryResult<usize> {
        diesel::update(
            login_throttle::table
                .find(key)
                .filter(login_throttle::failures.gt(0)),
        )
        .set(login_throttle::failures.eq(login_throttle::failures - 1))
        .execute(conn)
    }

    pub fn clear(conn: &mut DbConn, key: &str) -> QueryResult<usize> {
        diesel::delete(login_throttle::table.find(key)).execute(conn)
    }

    /// Removes rows whose failures are forgotten and whose wait is over, a batch at a time.
    fn prune(conn: &mut DbConn, now: NaiveDateTime) -> QueryResult<usize> {
        let stale: Vec<String> = stale(now)
            .select(login_throttle::throttle_key)
            .limit(PRUNE_BATCH)
            .load(conn)?;
        diesel::delete(login_throttle::table.filter(login_throttle::throttle_key.eq_any(stale)))
            .execute(conn)
    }

    /// Every row whose hour has passed and whose wait is over (the retention sweep: without
    /// more logins, `attempt` would leave them).
    pub fn prune_all(conn: &mut DbConn, now: NaiveDateTime) -> QueryResult<usize> {
        diesel::delete(stale(now)).execute(conn)
    }
}

/// Rows whose failures are forgotten and whose wait is over.
#[diesel::dsl::auto_type]
fn stale(now: NaiveDateTime) -> _ {
    let forgotten: NaiveDateTime = now - WINDOW;
    login_throttle::table
        .filter(login_throttle::first_failure_at.le(forgotten))
        .filter(
            login_throttle::locked_until
                .is_null()
                .or(login_throttle::locked_until.le(now)),
        )
}
