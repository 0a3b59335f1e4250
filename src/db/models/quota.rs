//! The signing quota kept in the database, so that every instance on it shares one count: GCRA,
//! each client key holding the theoretical arrival time of its next request.

use diesel::prelude::*;
use diesel::sql_types::{BigInt, Text};

use crate::db::schema::sign_quota;
use crate::db::{DbConn, in_transaction};

pub struct SignQuotaRow;

impl SignQuotaRow {
    /// Spends one request of `key`'s quota at `now_us`: a request every `interval_us`, with
    /// `burst_us` of credit. Ok, or the microseconds to wait. Decided and recorded by one
    /// statement, so that instances spending at once cannot both pass.
    ///
    /// On PostgreSQL, outside a transaction, its commit does not wait for the disk
    /// (`synchronous_commit` off for that transaction alone). Every signer behind one address
    /// (a hospital's network) spends the same row, and each waits for the row lock of the one
    /// before: waiting for a flush too held them all to 2,470 spends a second in the bench
    /// (`bench/README.md`). A power cut may forget the last spends, which only lets a client
    /// sign a little sooner. Inside a caller's transaction it would make the whole transaction's
    /// commit unsafe, so there it is left alone.
    pub fn spend(
        conn: &mut DbConn,
        key: &str,
        now_us: i64,
        interval_us: i64,
        burst_us: i64,
    ) -> QueryResult<Result<(), i64>> {
        // Written once for both backends: SQLite reads `$n` as the n-th bound value too.
        let later = "CASE WHEN sign_quota.tat_us > $2 THEN sign_quota.tat_us ELSE $2 END";
        let alone = !in_transaction(conn)?;
        let values = match conn {
            DbConn::Postgres(_) if alone => {
                "SELECT $1, $2 + $3 FROM (SELECT set_config('synchronous_commit', 'off', true)) AS s"
            }
            _ => "VALUES ($1, $2 + $3)",
        };
        let spent = diesel::sql_query(format!(
            "INSERT INTO sign_quota (client_key, tat_us) {values} \
             ON CONFLICT (client_key) DO UPDATE SET tat_us = {later} + $3 \
             WHERE {later} - $2 <= $4"
        ))
        .bind::<Text, _>(key)
        .bind::<BigInt, _>(now_us)
        .bind::<BigInt, _>(interval_us)
        .bind::<BigInt, _>(burst_us)
        .execute(conn)?;
        if spent == 1 {
            return Ok(Ok(()));
        }
        let tat: i64 = sign_quota::table
            .find(key)
            .select(sign_quota::tat_us)
            .first(conn)?;
        Ok(Err((tat - now_us - burst_us).max(1)))
    }

    /// Forgets keys whose quota has refilled.
    pub fn prune(conn: &mut DbConn, now_us: i64) -> QueryResult<usize> {
        diesel::delete(sign_quota::table.filter(sign_quota::tat_us.lt(now_us))).execute(conn)
    }
}
