use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::DbConn;
use crate::db::schema::{audit_log, letters};

/// One thing someone did. Rows are only ever inserted.
#[derive(Debug, Insertable)]
#[diesel(table_name = audit_log)]
pub struct NewAuditEntry {
    pub moderator_id: Option<i64>,
    /// The moderator's email, or `import (cli)` for the command line.
    pub actor: String,
    pub action: String,
    pub letter_id: Option<i64>,
    pub signature_id: Option<i64>,
    /// JSON of the entry before and after.
    pub before_state: Option<String>,
    pub after_state: Option<String>,
    pub created_at: NaiveDateTime,
}

#[derive(Debug, Queryable)]
pub struct AuditRow {
    pub id: i64,
    pub actor: String,
    pub action: String,
    pub letter_slug: Option<String>,
    pub signature_id: Option<i64>,
    pub before_state: Option<String>,
    pub after_state: Option<String>,
    pub created_at: NaiveDateTime,
}

#[derive(Debug, Default)]
pub struct AuditFilter {
    pub moderator_id: Option<i64>,
    pub letter_id: Option<i64>,
    pub signature_id: Option<i64>,
    pub before: Option<i64>,
    pub limit: i64,
}

impl NewAuditEntry {
    pub fn insert(&self, conn: &mut DbConn) -> QueryResult<usize> {
        diesel::insert_into(audit_log::table)
            .values(self)
            .execute(conn)
    }

    /// Inserts many entries. PostgreSQL takes them a thousand to a statement (each statement is
    /// a round trip); SQLite, in process, one by one (MultiConnection has no portable batch
    /// insert, and SQLite would gain little from one).
    pub fn insert_all(conn: &mut DbConn, entries: &[NewAuditEntry]) -> QueryResult<usize> {
        match conn {
            DbConn::Postgres(pg) => entries.chunks(1000).try_fold(0, |n, chunk| {
                Ok(n + diesel::insert_into(audit_log::table)
                    .values(chunk)
                    .execute(pg)?)
            }),
            DbConn::Sqlite(_) => entries.iter().try_fold(0, |n, e| Ok(n + e.insert(conn)?)),
        }
    }
}

impl AuditRow {
    /// Newest first, by keyset on the id.
    pub fn list(conn: &mut DbConn, filter: &AuditFilter) -> QueryResult<Vec<AuditRow>> {
        let mut query = audit_log::table
            .left_join(letters::table)
            .select((
                audit_log::id,
                audit_log::actor,
                audit_log::action,
                letters::slug.nullable(),
                audit_log::signature_id,
                audit_log::before_state,
                audit_log::after_state,
                audit_log::created_at,
            ))
            .order(audit_log::id.desc())
            .limit(filter.limit)
            .into_boxed();
        if let Some(id) = filter.moderator_id {
            query = query.filter(audit_log::moderator_id.eq(id));
        }
        if let Some(id) = filter.letter_id {
            query = query.filter(audit_log::letter_id.eq(id));
        }
        if let Some(id) = filter.signature_id {
            query = query.filter(audit_log::signature_id.eq(id));
        }
        if let Some(before) = filter.before {
            query = query.filter(audit_log::id.lt(before));
        }
        query.load(conn)
    }
}
