use chrono::{Duration, NaiveDateTime};
use diesel::prelude::*;

use super::Moderator;
use crate::db::DbConn;
use crate::db::schema::{moderators, sessions};

/// A moderator's login. The cookie holds the raw token; `id_hash` is its SHA-256.
#[derive(Clone, Debug, Queryable, Selectable, Insertable)]
#[diesel(table_name = sessions)]
pub struct Session {
    pub id_hash: String,
    pub moderator_id: i64,
    pub csrf_token: String,
    pub created_at: NaiveDateTime,
    pub last_seen_at: NaiveDateTime,
}

/// Idle and absolute lifetimes of a session.
pub const IDLE: Duration = Duration::minutes(30);
pub const ABSOLUTE: Duration = Duration::hours(12);
/// `last_seen_at` is written at most this often, not on every request.
const TOUCH_EVERY: Duration = Duration::minutes(1);

impl Session {
    pub fn insert(conn: &mut DbConn, session: &Session) -> QueryResult<usize> {
        diesel::insert_into(sessions::table)
            .values(session)
            .execute(conn)
    }

    /// The live session with this hash and its enabled moderator. Only reads: a forged
    /// cookie costs no write.
    pub fn find_live(
        conn: &mut DbConn,
        id_hash: &str,
        now: NaiveDateTime,
    ) -> QueryResult<Option<(Session, Moderator)>> {
        sessions::table
            .inner_join(moderators::table)
            .filter(sessions::id_hash.eq(id_hash))
            .filter(sessions::last_seen_at.gt(now - IDLE))
            .filter(sessions::created_at.gt(now - ABSOLUTE))
            .filter(moderators::disabled.eq(false))
            .select((Session::as_select(), Moderator::as_select()))
            .first::<(Session, Moderator)>(conn)
            .optional()
    }

    /// Whether its idle clock is due a refresh (`touch`).
    pub fn needs_touch(&self, now: NaiveDateTime) -> bool {
        self.last_seen_at < now - TOUCH_EVERY
    }

    /// Refreshes the idle clock.
    pub fn touch(conn: &mut DbConn, id_hash: &str, now: NaiveDateTime) -> QueryResult<usize> {
        diesel::update(sessions::table.find(id_hash))
            .set(sessions::last_seen_at.eq(now))
            .execute(conn)
    }

    pub fn delete(conn: &mut DbConn, id_hash: &str) -> QueryResult<usize> {
        diesel::delete(sessions::table.find(id_hash)).execute(conn)
    }

    /// Removes sessions past either limit (called at each login, so the table stays small).
    pub fn delete_expired(conn: &mut DbConn, now: NaiveDateTime) -> QueryResult<usize> {
        diesel::delete(
            sessions::table.filter(
                sessions::last_seen_at
                    .le(now - IDLE)
                    .or(sessions::created_at.le(now - ABSOLUTE)),
            ),
        )
        .execute(conn)
    }
}
