//! The signing quota kept in the database, so that every instance on it shares one count: GCRA,
//! each client key holding the theoretical arrival time of its next request.

use diesel::prelude::*;
use diesel::sql_types::{BigInt, Text};

use crate::db::schema::sign_quota;
use crate::db::{DbConn, in_transaction};

/// GCRA, for both backends: `$2` is now and `$3` the interval, `$4` how many requests are spent
/// at once (all or none), and `$5` the burst, in microseconds; the row `sign_quota` the key's.
const RULE: &str = "ON CONFLICT (client_key) DO UPDATE \
    SET tat_us = CASE WHEN sign_quota.tat_us > $2 THEN sign_quota.tat_us ELSE $2 END + $3 * $4 \
    WHERE CASE WHEN sign_quota.tat_us > $2 THEN sign_quota.tat_us ELSE $2 END - $2 + $3 * ($4 - 1) <= $5";

pub struct SignQuotaRow;

/// One request to spend from `key`'s quota at `now_us`: a request every `interval_us`, with
/// `burst_us` of credit.
#[derive(Clone, Debug)]
pub struct QuotaSpend {
    pub key: String,
    pub now_us: i64,
    pub interval_us: i64,
    pub burst_us: i64,
}

impl SignQuotaRow {
    /// Spends one request of `key`'s quota at `now_us`: a request every `interval_us`, with
    /// `burst_us` of credit. Ok, or the microseconds to wait. Decided and recorded by one
    /// statement, so that instances spending at once cannot both pass.
    ///
    /// On PostgreSQL, outside a transaction, its commit does not wait for the disk
    /// (`synchronous_commit` off for that transaction alone): a power cut may forget the last
    /// spends, which only lets a client sign a little sooner. Inside a caller's transaction it
    /// would make the whole transaction's commit unsafe, so there it is left alone.
    pub fn spend(
        conn: &mut DbConn,
        key: &str,
        now_us: i64,
        interval_us: i64,
        burst_us: i64,
    ) -> QueryResult<Result<(), i64>> {
        let spend = QuotaSpend {
            key: key.to_owned(),
            now_us,
            interval_us,
            burst_us,
        };
        if Self::spend_several(conn, &spend, 1)? {
            return Ok(Ok(()));
        }
        Self::wait(conn, key, now_us, burst_us).map(Err)
    }

    /// Spends `count` requests of `spend`'s key at once, if all of them are allowed: whether
    /// they were. The signers of a batch behind one address spend them with one statement
    /// (`db::writer`), instead of each waiting for the row lock of the one before.
    pub fn spend_several(conn: &mut DbConn, spend: &QuotaSpend, count: i64) -> QueryResult<bool> {
        // Written once for both backends: SQLite numbers `$n` in the order they first appear,
        // which is n's. The SELECT's WHERE refuses a new key more than its burst, and lets
        // SQLite tell its `ON CONFLICT` from a join's `ON`.
        let alone = !in_transaction(conn)?;
        let from = match conn {
            DbConn::Postgres(_) if alone => {
                "FROM (SELECT set_config('synchronous_commit', 'off', true)) AS s"
            }
            _ => "",
        };
        let spent = diesel::sql_query(format!(
            "INSERT INTO sign_quota (client_key, tat_us) SELECT $1, $2 + $3 * $4 {from} \
             WHERE $3 * ($4 - 1) <= $5 {RULE}"
        ))
        .bind::<Text, _>(&spend.key)
        .bind::<BigInt, _>(spend.now_us)
        .bind::<BigInt, _>(spend.interval_us)
        .bind::<BigInt, _>(count)
        .bind::<BigInt, _>(spend.burst_us)
        .execute(conn)?;
        Ok(spent == 1)
    }

    /// The microseconds `key`, refused at `now_us`, has to wait.
    fn wait(conn: &mut DbConn, key: &str, now_us: i64, burst_us: i64) -> QueryResult<i64> {
        let tat: i64 = sign_quota::table
            .find(key)
            .select(sign_quota::tat_us)
            .first(conn)?;
        Ok((tat - now_us - burst_us).max(1))
    }

    /// Forgets keys whose quota has refilled.
    pub fn prune(conn: &mut DbConn, now_us: i64) -> QueryResult<usize> {
        diesel::delete(sign_quota::table.filter(sign_quota::tat_us.lt(now_us))).execute(conn)
    }
}
