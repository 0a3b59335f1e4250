//! The moderators' view of signatures: filtered queues, counts, corrections and pins.

use diesel::prelude::*;

use super::{Flag, Signature, SignatureEdit, SignatureKind, SignatureState};
use crate::db::DbConn;
use crate::db::schema::signatures;

type Backend = <DbConn as Connection>::Backend;

/// What a moderator filters the queue by. `search` is folded with `domain::fold_for_search`.
#[derive(Debug, Default, Clone)]
pub struct QueueFilter {
    /// Empty: every state.
    pub states: Vec<SignatureState>,
    pub kind: Option<SignatureKind>,
    pub search: Option<String>,
    pub flag: Option<Flag>,
}

fn filtered(letter_id: i64, f: &QueueFilter) -> signatures::BoxedQuery<'static, Backend> {
    let mut query = signatures::table
        .filter(signatures::letter_id.eq(letter_id))
        .into_boxed();
    if !f.states.is_empty() {
        query = query.filter(signatures::state.eq_any(f.states.clone()));
    }
    if let Some(kind) = f.kind {
        query = query.filter(signatures::kind.eq(kind));
    }
    if let Some(flag) = f.flag {
        query = query.filter(signatures::flags.like(format!("%,{flag},%")));
    }
    if let Some(search) = f.search.as_deref().filter(|s| !s.is_empty()) {
        let pattern = format!("%{}%", super::published::escape_like(search));
        query = query.filter(
            signatures::name_key
                .like(pattern.clone())
                .escape('\\')
                .or(signatures::search_key.like(pattern).escape('\\')),
        );
    }
    query
}

impl Signature {
    /// One page of a letter's queue, oldest first, by keyset on the id.
    pub fn queue(
        conn: &mut DbConn,
        letter_id: i64,
        filter: &QueueFilter,
        after: Option<i64>,
        limit: i64,
    ) -> QueryResult<Vec<Signature>> {
        filtered(letter_id, filter)
            .filter(signatures::id.gt(after.unwrap_or(0)))
            .order(signatures::id.asc())
            .limit(limit)
            .select(Signature::as_select())
            .load(conn)
    }

    pub fn count_queue(
        conn: &mut DbConn,
        letter_id: i64,
        filter: &QueueFilter,
    ) -> QueryResult<i64> {
        filtered(letter_id, filter).count().get_result(conn)
    }

    pub fn ids_in_queue(
        conn: &mut DbConn,
        letter_id: i64,
        filter: &QueueFilter,
    ) -> QueryResult<Vec<i64>> {
        filtered(letter_id, filter)
            .order(signatures::id.asc())
            .select(signatures::id)
            .load(conn)
    }

    /// How many entries of the letter are in each state.
    pub fn state_counts(
        conn: &mut DbConn,
        letter_id: i64,
    ) -> QueryResult<Vec<(SignatureState, i64)>> {
        signatures::table
            .filter(signatures::letter_id.eq(letter_id))
            .group_by(signatures::state)
            .select((signatures::state, diesel::dsl::count_star()))
            .load(conn)
    }

    pub fn edit(conn: &mut DbConn, id: i64, edit: &SignatureEdit) -> QueryResult<usize> {
        diesel::update(signatures::table.find(id))
            .set(edit)
            .execute(conn)
    }

    pub fn set_pinned(conn: &mut DbConn, id: i64, pinned: bool) -> QueryResult<usize> {
        diesel::update(signatures::table.find(id))
            .set(signatures::pinned.eq(pinned))
            .execute(conn)
    }
}
