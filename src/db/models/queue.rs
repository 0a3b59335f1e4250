//! The moderators' view of signatures: filtered queues, counts, and state changes.

use chrono::{Duration, NaiveDateTime};
use diesel::prelude::*;

use super::{Flag, Named, Signature, SignatureKind, SignatureState};
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

/// A moderator's correction of the published fields.
#[derive(Debug, AsChangeset)]
#[diesel(table_name = signatures, treat_none_as_null = true)]
pub struct SignatureEdit {
    pub name: Option<String>,
    pub title: Option<String>,
    pub organisation: Option<String>,
    pub search_key: String,
    pub name_key: String,
    pub name_first: String,
    pub name_last: String,
}

fn filtered(letter_id: i64, f: &QueueFilter) -> signatures::BoxedQuery<'static, Backend> {
    let mut query = signatures::table
        .filter(signatures::letter_id.eq(letter_id))
        .into_boxed();
    if !f.states.is_empty() {
        let states: Vec<&'static str> = f.states.iter().map(|s| s.as_str()).collect();
        query = query.filter(signatures::state.eq_any(states));
    }
    if let Some(kind) = f.kind {
        query = query.filter(signatures::kind.eq(kind.as_str()));
    }
    if let Some(flag) = f.flag {
        query = query.filter(signatures::flags.like(format!("%,{flag},%")));
    }
    if let Some(search) = f.search.as_deref().filter(|s| !s.is_empty()) {
        let pattern = format!("%{}%", super::signature::escape_like(search));
        query = query.filter(
            signatures::name_key
                .like(pattern.clone())
                .escape('\\')
                .or(signatures::search_key.like(pattern).escape('\\')),
        );
    }
    query
}

/// States whose entries count as signers for duplicate detection.
const LIVE: [&str; 2] = ["pending", "published"];

enum NameBlock {
    Full,
    First,
    Last,
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
    pub fn state_counts(conn: &mut DbConn, letter_id: i64) -> QueryResult<Vec<(String, i64)>> {
        signatures::table
            .filter(signatures::letter_id.eq(letter_id))
            .group_by(signatures::state)
            .select((signatures::state, diesel::dsl::count_star()))
            .load(conn)
    }

    /// Moves the entry to `to` if it is in one of `from`. False if it was not.
    pub fn set_state(
        conn: &mut DbConn,
        id: i64,
        from: &[SignatureState],
        to: SignatureState,
        reason: Option<&str>,
        now: NaiveDateTime,
    ) -> QueryResult<bool> {
        let from: Vec<&str> = from.iter().map(|s| s.as_str()).collect();
        let published_at = (to == SignatureState::Published).then_some(now);
        let updated = diesel::update(signatures::table.find(id))
            .filter(signatures::state.eq_any(from))
            .set((
                signatures::state.eq(to.as_str()),
                signatures::published_at.eq(published_at),
                signatures::reject_reason.eq(reason),
            ))
            .execute(conn)?;
        Ok(updated == 1)
    }

    /// `set_state` for many entries at once; returns the ids it changed.
    pub fn set_states(
        conn: &mut DbConn,
        ids: &[i64],
        from: &[SignatureState],
        to: SignatureState,
        reason: Option<&str>,
        now: NaiveDateTime,
    ) -> QueryResult<Vec<i64>> {
        let from: Vec<&str> = from.iter().map(|s| s.as_str()).collect();
        let published_at = (to == SignatureState::Published).then_some(now);
        let mut changed = Vec::new();
        for chunk in ids.chunks(500) {
            changed.extend(
                diesel::update(signatures::table)
                    .filter(signatures::id.eq_any(chunk))
                    .filter(signatures::state.eq_any(&from))
                    .set((
                        signatures::state.eq(to.as_str()),
                        signatures::published_at.eq(published_at),
                        signatures::reject_reason.eq(reason),
                    ))
                    .returning(signatures::id)
                    .get_results::<i64>(conn)?,
            );
        }
        Ok(changed)
    }

    /// The entries with these ids (those that exist), read a chunk at a time.
    pub fn find_many(conn: &mut DbConn, ids: &[i64]) -> QueryResult<Vec<Signature>> {
        let mut found = Vec::with_capacity(ids.len());
        for chunk in ids.chunks(500) {
            found.extend(
                signatures::table
                    .filter(signatures::id.eq_any(chunk))
                    .select(Signature::as_select())
                    .load(conn)?,
            );
        }
        Ok(found)
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

    /// Entries of the same letter and kind that share the full name key, the first name or the
    /// last name, among those confirmed or published: the only ones worth comparing. Each
    /// block is read apart, up to `limit` each, newest first.
    pub fn name_candidates(
        conn: &mut DbConn,
        s: &Signature,
        limit: i64,
    ) -> QueryResult<Vec<Named>> {
        let mut found: Vec<Named> = Vec::new();
        for block in [NameBlock::Full, NameBlock::First, NameBlock::Last] {
            let mut query = signatures::table
                .filter(signatures::letter_id.eq(s.letter_id))
                .filter(signatures::kind.eq(s.kind().as_str()))
                .filter(signatures::id.ne(s.id))
                .filter(signatures::state.eq_any(LIVE))
                .order(signatures::id.desc())
                .limit(limit)
                .select((signatures::id, signatures::name_key, signatures::title))
                .into_boxed();
            query = match block {
                NameBlock::Full => query.filter(signatures::name_key.eq(&s.name_key)),
                NameBlock::First => query.filter(signatures::name_first.eq(&s.name_first)),
                NameBlock::Last => query.filter(signatures::name_last.eq(&s.name_last)),
            };
            found.extend(query.load::<Named>(conn)?);
        }
        found.sort_unstable_by_key(|n| n.id);
        found.dedup_by_key(|n| n.id);
        Ok(found)
    }

    /// Every confirmed or published entry of a letter and kind, as detection sees it.
    pub fn live_names(
        conn: &mut DbConn,
        letter_id: i64,
        kind: SignatureKind,
    ) -> QueryResult<Vec<Named>> {
        signatures::table
            .filter(signatures::letter_id.eq(letter_id))
            .filter(signatures::kind.eq(kind.as_str()))
            .filter(signatures::state.eq_any(LIVE))
            .order(signatures::id.asc())
            .select((signatures::id, signatures::name_key, signatures::title))
            .load(conn)
    }

    pub fn import_key_exists(conn: &mut DbConn, letter_id: i64, key: &str) -> QueryResult<bool> {
        let n: i64 = signatures::table
            .filter(signatures::letter_id.eq(letter_id))
            .filter(signatures::import_key.eq(key))
            .count()
            .get_result(conn)?;
        Ok(n > 0)
    }

    /// Erases the emails and network hashes of letters closed before `cutoff`; the published
    /// names stay. Returns how many entries were erased.
    pub fn erase_after_closing(conn: &mut DbConn, cutoff: NaiveDateTime) -> QueryResult<usize> {
        let closed = crate::db::schema::letters::table
            .filter(crate::db::schema::letters::closed_at.lt(cutoff))
            .select(crate::db::schema::letters::id);
        diesel::update(signatures::table)
            .filter(signatures::letter_id.eq_any(closed))
            .filter(
                signatures::email
                    .is_not_null()
                    .or(signatures::network_key.is_not_null()),
            )
            .set((
                signatures::email.eq(None::<String>),
                signatures::email_key.eq(None::<String>),
                signatures::network_key.eq(None::<String>),
            ))
            .execute(conn)
    }

    /// Whether one network signed at least `limit` times in the hour before `now`. Reads at
    /// most `limit` index entries, however busy the network is.
    pub fn network_reached(
        conn: &mut DbConn,
        key: &str,
        now: NaiveDateTime,
        limit: i64,
    ) -> QueryResult<bool> {
        // Only indexed columns: the index on (network_key, created_at) answers it alone.
        let recent: Vec<NaiveDateTime> = signatures::table
            .filter(signatures::network_key.eq(key))
            .filter(signatures::created_at.gt(now - Duration::hours(1)))
            .select(signatures::created_at)
            .limit(limit)
            .load(conn)?;
        Ok(recent.len() as i64 >= limit)
    }
}
