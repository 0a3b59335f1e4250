use chrono::{Duration, NaiveDateTime};
use diesel::prelude::*;

use crate::db::DbConn;
use crate::db::schema::login_throttle;

/// Failed logins under one key (a client network or an account), for exponential backoff.
pub struct LoginThrottle;

/// Failures allowed before any wait.
const FREE_FAILURES: i32 = 5;
/// Failures older than this are forgotten.
const WINDOW: Duration = Duration::hours(1);

impl LoginThrottle {
    /// How long the key must still wait, if it must.
    pub fn wait(conn: &mut DbConn, key: &str, now: NaiveDateTime) -> QueryResult<Option<Duration>> {
        let locked_until: Option<Option<NaiveDateTime>> = login_throttle::table
            .find(key)
            .select(login_throttle::locked_until)
            .first(conn)
            .optional()?;
        Ok(locked_until.flatten().filter(|t| *t > now).map(|t| t - now))
    }

    /// Counts a failure; from the sixth, the key waits 2, 4, 8 … seconds, at most `cap`.
    pub fn fail(
        conn: &mut DbConn,
        key: &str,
        now: NaiveDateTime,
        cap: Duration,
    ) -> QueryResult<()> {
        let row: Option<(i32, NaiveDateTime)> = login_throttle::table
            .find(key)
            .select((login_throttle::failures, login_throttle::first_failure_at))
            .first(conn)
            .optional()?;
        let failures = match row {
            Some((n, first)) if first > now - WINDOW => n + 1,
            _ => 1,
        };
        let first = match row {
            Some((_, first)) if first > now - WINDOW => first,
            _ => now,
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

    pub fn clear(conn: &mut DbConn, key: &str) -> QueryResult<usize> {
        diesel::delete(login_throttle::table.find(key)).execute(conn)
    }
}
