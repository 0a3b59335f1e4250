//! The signing quota kept in the database, so that every instance on it shares one count: GCRA,
//! each client key holding the theoretical arrival time of its next request.

use diesel::pg::{Pg, PgConnection};
use diesel::prelude::*;
use diesel::query_builder::{AstPass, Query, QueryFragment, QueryId};
use diesel::query_dsl::LoadQuery;
use diesel::sql_types::{BigInt, Bool, Text};

use crate::db::schema::sign_quota;
use crate::db::{DbConn, in_transaction};

/// GCRA, for both backends and both statements that spend: `$2` is now, `$3` the interval and
/// `$4` the burst, in microseconds, the row `sign_quota` the key's.
const RULE: &str = "ON CONFLICT (client_key) DO UPDATE \
    SET tat_us = CASE WHEN sign_quota.tat_us > $2 THEN sign_quota.tat_us ELSE $2 END + $3 \
    WHERE CASE WHEN sign_quota.tat_us > $2 THEN sign_quota.tat_us ELSE $2 END - $2 <= $4";

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
        let alone = !in_transaction(conn)?;
        let values = match conn {
            DbConn::Postgres(_) if alone => {
                "SELECT $1, $2 + $3 FROM (SELECT set_config('synchronous_commit', 'off', true)) AS s"
            }
            _ => "VALUES ($1, $2 + $3)",
        };
        let spent = diesel::sql_query(format!(
            "INSERT INTO sign_quota (client_key, tat_us) {values} {RULE}"
        ))
        .bind::<Text, _>(key)
        .bind::<BigInt, _>(now_us)
        .bind::<BigInt, _>(interval_us)
        .bind::<BigInt, _>(burst_us)
        .execute(conn)?;
        if spent == 1 {
            return Ok(Ok(()));
        }
        Self::wait(conn, key, now_us, burst_us).map(Err)
    }

    /// `query`'s first row, with the outcome of `spend` (as `spend` gives it). On PostgreSQL,
    /// outside a transaction, both are one statement, the spend a writable `WITH` (`Spending`):
    /// a signature's read costs one round trip, not two. Its commit does not wait for the disk,
    /// as `spend`'s alone does not. Elsewhere the spend comes first, then the query.
    pub fn spend_with<'q, Q, U>(
        conn: &mut DbConn,
        spend: &QuotaSpend,
        query: Q,
    ) -> QueryResult<(U, Result<(), i64>)>
    where
        Q: LoadQuery<'q, DbConn, U>,
        Spending<Q>: LoadQuery<'q, PgConnection, (U, bool)>,
    {
        if !in_transaction(conn)?
            && let DbConn::Postgres(pg) = &mut *conn
        {
            let (row, spent) = Spending {
                spend: spend.clone(),
                query,
            }
            .get_result::<(U, bool)>(pg)?;
            let spent = match spent {
                true => Ok(()),
                false => Err(Self::wait(conn, &spend.key, spend.now_us, spend.burst_us)?),
            };
            return Ok((row, spent));
        }
        let QuotaSpend {
            key,
            now_us,
            interval_us,
            burst_us,
        } = spend;
        let spent = Self::spend(conn, key, *now_us, *interval_us, *burst_us)?;
        Ok((query.get_result(conn)?, spent))
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

/// `query` run by the statement that spends `spend` first (PostgreSQL): its rows, each followed
/// by whether the spend was allowed.
pub struct Spending<Q> {
    spend: QuotaSpend,
    query: Q,
}

impl<Q: Query> Query for Spending<Q> {
    type SqlType = (Q::SqlType, Bool);
}

impl<Q> QueryId for Spending<Q> {
    type QueryId = ();
    const HAS_STATIC_QUERY_ID: bool = false;
}

impl<Q> RunQueryDsl<PgConnection> for Spending<Q> {}

impl<Q: QueryFragment<Pg>> QueryFragment<Pg> for Spending<Q> {
    fn walk_ast<'b>(&'b self, mut out: AstPass<'_, 'b, Pg>) -> QueryResult<()> {
        let spend = &self.spend;
        // The four values are bound first, so `RULE`'s `$2` to `$4` are theirs.
        out.push_sql("WITH spend AS (INSERT INTO sign_quota (client_key, tat_us) SELECT k, n + i FROM (VALUES (");
        out.push_bind_param::<Text, _>(&spend.key)?;
        out.push_sql(", ");
        out.push_bind_param::<BigInt, _>(&spend.now_us)?;
        out.push_sql(", ");
        out.push_bind_param::<BigInt, _>(&spend.interval_us)?;
        out.push_sql(", ");
        out.push_bind_param::<BigInt, _>(&spend.burst_us)?;
        out.push_sql(
            ")) AS v (k, n, i, b), (SELECT set_config('synchronous_commit', 'off', true)) AS s ",
        );
        out.push_sql(RULE);
        out.push_sql(" RETURNING 1) SELECT q.*, EXISTS (SELECT 1 FROM spend) FROM (");
        self.query.walk_ast(out.reborrow())?;
        out.push_sql(") AS q");
        Ok(())
    }
}
