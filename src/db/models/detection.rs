//! What detection asks of the signatures: likely duplicates by name, rows already imported,
//! and busy networks.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::{Named, PairStatus, Signature, SignatureKind, SignatureState};
use crate::db::DbConn;
use crate::db::schema::{duplicate_pairs, signatures};

/// States whose entries count as signers for duplicate detection.
const LIVE: [SignatureState; 2] = [SignatureState::Pending, SignatureState::Published];

enum NameBlock {
    Full,
    First,
    Last,
}

impl Signature {
    /// How many signatures came from `network` (a keyed hash) in the hour before `now`,
    /// counting up to `limit`: it reads at most `limit` entries of the index on
    /// (network_key, created_at), however busy the network is. Ordered as that index is, so that
    /// a plan PostgreSQL kept while the signatures were few still reads the index as they grow,
    /// instead of every signature.
    pub fn hourly_from(
        conn: &mut DbConn,
        network: &str,
        now: NaiveDateTime,
        limit: i64,
    ) -> QueryResult<i64> {
        let hour: Vec<NaiveDateTime> = signatures::table
            .filter(signatures::network_key.eq(network))
            .filter(signatures::created_at.gt(now - chrono::Duration::hours(1)))
            .order(signatures::created_at.desc())
            .select(signatures::created_at)
            .limit(limit)
            .load(conn)?;
        Ok(i64::try_from(hour.len()).unwrap_or(i64::MAX))
    }

    /// Holds entries found to be probable duplicates: out of every public view. 500 to a
    /// statement (a round trip each on PostgreSQL).
    pub fn hold(conn: &mut DbConn, ids: &[i64]) -> QueryResult<usize> {
        ids.chunks(500).try_fold(0, |n, chunk| {
            Ok(
                n + diesel::update(signatures::table.filter(signatures::id.eq_any(chunk)))
                    .set(signatures::held.eq(true))
                    .execute(conn)?,
            )
        })
    }

    /// How many live entries of a letter are held.
    pub fn count_held(conn: &mut DbConn, letter_id: i64) -> QueryResult<i64> {
        signatures::table
            .filter(signatures::letter_id.eq(letter_id))
            .filter(signatures::state.eq_any(LIVE))
            .filter(signatures::held.eq(true))
            .count()
            .get_result(conn)
    }

    /// Releases those of `ids` that are held and in no open pair any more.
    pub fn release_if_clear(conn: &mut DbConn, ids: &[i64]) -> QueryResult<usize> {
        let mut released = 0;
        for &id in ids {
            let open = PairStatus::Open;
            let paired: i64 = duplicate_pairs::table
                .filter(duplicate_pairs::status.eq(open))
                .filter(
                    duplicate_pairs::first_id
                        .eq(id)
                        .or(duplicate_pairs::second_id.eq(id)),
                )
                .count()
                .get_result(conn)?;
            if paired == 0 {
                released += diesel::update(signatures::table.find(id))
                    .filter(signatures::held.eq(true))
                    .set(signatures::held.eq(false))
                    .execute(conn)?;
            }
        }
        Ok(released)
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
                .filter(signatures::kind.eq(s.kind()))
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
            .filter(signatures::kind.eq(kind))
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
}
