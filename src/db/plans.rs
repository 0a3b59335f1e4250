//! Statements PostgreSQL plans at each run.
//!
//! After five runs of a kept (prepared) statement, PostgreSQL keeps one plan for every later
//! run if it costs no more than those it made for each run, until an `ANALYZE` of its tables
//! drops it. A plan made while a table was small scans it whole; in a burst the outbox grows by
//! thousands of rows before autovacuum's next `ANALYZE` (up to a minute away), and such a plan
//! then scans them all at every run.

use diesel::pg::Pg;
use diesel::query_builder::{AstPass, Query, QueryFragment, QueryId};
use diesel::{PgConnection, QueryResult, RunQueryDsl};

/// `Q`, sent unkept: PostgreSQL plans it at each run, for its bound values and the tables as
/// they are. Parsing and planning again costs a fraction of a millisecond; for a statement on
/// a table that grows fast, that is cheaper than the scans of a stale plan.
pub struct Replanned<Q>(pub Q);

impl<Q: Query> Query for Replanned<Q> {
    type SqlType = Q::SqlType;
}

impl<Q> QueryId for Replanned<Q> {
    type QueryId = ();
    const HAS_STATIC_QUERY_ID: bool = false;
}

impl<Q> RunQueryDsl<PgConnection> for Replanned<Q> {}

impl<Q: QueryFragment<Pg>> QueryFragment<Pg> for Replanned<Q> {
    fn walk_ast<'b>(&'b self, mut out: AstPass<'_, 'b, Pg>) -> QueryResult<()> {
        out.unsafe_to_cache_prepared();
        self.0.walk_ast(out.reborrow())
    }
}
