use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::{per_backend, text_enum};
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

    /// Records the pairs `(a, b, reason)` of `letter_id` not known already (open, merged or
    /// dismissed: a pair that a moderator called "not a duplicate" is never raised again), 500
    /// to a statement. Returns the pairs recorded, as `(first, second)`.
    pub fn insert_new(
        conn: &mut DbConn,
        letter_id: i64,
        pairs: &[(i64, i64, &str)],
        now: NaiveDateTime,
    ) -> QueryResult<Vec<(i64, i64)>> {
        let mut recorded = Vec::new();
        for chunk in pairs.chunks(500) {
            let rows: Vec<_> = chunk
                .iter()
                .map(|&(a, b, reason)| {
                    (
                        duplicate_pairs::letter_id.eq(letter_id),
                        duplicate_pairs::first_id.eq(a.min(b)),
                        duplicate_pairs::second_id.eq(a.max(b)),
                        duplicate_pairs::reason.eq(reason),
                        duplicate_pairs::status.eq(PairStatus::Open),
                        duplicate_pairs::created_at.eq(now),
                    )
                })
                .collect();
            // The pair is unique: one statement for many, known ones left as they are.
            let insert = diesel::insert_into(duplicate_pairs::table)
                .values(rows)
                .on_conflict_do_nothing()
                .returning((duplicate_pairs::first_id, duplicate_pairs::second_id));
            recorded.extend(per_backend!(&mut *conn, |c| insert.get_results::<(i64, i64)>(c))?);
        }
        Ok(recorded)
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
