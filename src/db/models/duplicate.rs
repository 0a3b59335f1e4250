use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::text_enum;
use crate::db::DbConn;
use crate::db::schema::duplicate_pairs;

text_enum!(PairStatus { Open => "open", Merged => "merged", Dismissed => "dismissed" });

/// Two entries of one letter that probably name the same signer; `first_id < second_id`.
#[derive(Clone, Debug, Queryable, Selectable, Identifiable)]
#[diesel(table_name = duplicate_pairs)]
pub struct DuplicatePair {
    pub id: i64,
    pub letter_id: i64,
    pub first_id: i64,
    pub second_id: i64,
    pub reason: String,
    status: PairStatus,
    pub created_at: NaiveDateTime,
    pub resolved_by: Option<i64>,
    pub resolved_at: Option<NaiveDateTime>,
}

impl DuplicatePair {
    pub fn status(&self) -> PairStatus {
        self.status
    }

    /// Records the pair unless it is known already (open, merged or dismissed: a pair that a
    /// moderator called "not a duplicate" is never raised again). Returns whether it was new.
    pub fn insert_if_new(
        conn: &mut DbConn,
        letter_id: i64,
        a: i64,
        b: i64,
        reason: &str,
        now: NaiveDateTime,
    ) -> QueryResult<bool> {
        let (first, second) = (a.min(b), a.max(b));
        let row = (
            duplicate_pairs::letter_id.eq(letter_id),
            duplicate_pairs::first_id.eq(first),
            duplicate_pairs::second_id.eq(second),
            duplicate_pairs::reason.eq(reason),
            duplicate_pairs::status.eq(PairStatus::Open),
            duplicate_pairs::created_at.eq(now),
        );
        // One statement where a statement is a round trip (the pair is unique).
        if let DbConn::Postgres(pg) = conn {
            return Ok(diesel::insert_into(duplicate_pairs::table)
                .values(row)
                .on_conflict_do_nothing()
                .execute(pg)?
                == 1);
        }
        let known: i64 = duplicate_pairs::table
            .filter(duplicate_pairs::first_id.eq(first))
            .filter(duplicate_pairs::second_id.eq(second))
            .count()
            .get_result(conn)?;
        if known > 0 {
            return Ok(false);
        }
        diesel::insert_into(duplicate_pairs::table)
            .values(row)
            .execute(conn)?;
        Ok(true)
    }

    pub fn find(conn: &mut DbConn, id: i64) -> QueryResult<DuplicatePair> {
        duplicate_pairs::table
            .find(id)
            .select(DuplicatePair::as_select())
            .first(conn)
    }

    pub fn list_open(
        conn: &mut DbConn,
        letter_id: i64,
        limit: i64,
    ) -> QueryResult<Vec<DuplicatePair>> {
        duplicate_pairs::table
            .filter(duplicate_pairs::letter_id.eq(letter_id))
            .filter(duplicate_pairs::status.eq(PairStatus::Open))
            .order(duplicate_pairs::id.asc())
            .limit(limit)
            .select(DuplicatePair::as_select())
            .load(conn)
    }

    pub fn count_open(conn: &mut DbConn, letter_id: i64) -> QueryResult<i64> {
        duplicate_pairs::table
            .filter(duplicate_pairs::letter_id.eq(letter_id))
            .filter(duplicate_pairs::status.eq(PairStatus::Open))
            .count()
            .get_result(conn)
    }

    /// Closes an open pair. False if someone closed it first.
    pub fn resolve(
        conn: &mut DbConn,
        id: i64,
        status: PairStatus,
        moderator: i64,
        now: NaiveDateTime,
    ) -> QueryResult<bool> {
        let updated = diesel::update(duplicate_pairs::table.find(id))
            .filter(duplicate_pairs::status.eq(PairStatus::Open))
            .set((
                duplicate_pairs::status.eq(status),
                duplicate_pairs::resolved_by.eq(moderator),
                duplicate_pairs::resolved_at.eq(now),
            ))
            .execute(conn)?;
        Ok(updated == 1)
    }
}

/// An entry as detection sees it: its id, name key and title.
#[derive(Clone, Debug, Queryable)]
pub struct Named {
    pub id: i64,
    pub key: String,
    pub title: Option<String>,
}

impl From<&super::Signature> for Named {
    fn from(s: &super::Signature) -> Self {
        Named {
            id: s.id,
            key: s.name_key.clone(),
            title: s.title.clone(),
        }
    }
}
