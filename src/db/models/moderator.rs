use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::text_enum;
use crate::db::DbConn;
use crate::db::schema::{moderators, sessions};

text_enum!(Role { Admin => "admin", Moderator => "moderator" });

#[derive(Clone, Debug, Queryable, Selectable, Identifiable)]
#[diesel(table_name = moderators)]
pub struct Moderator {
    pub id: i64,
    pub email: String,
    pub password_hash: String,
    role: Role,
    pub disabled: bool,
    pub created_at: NaiveDateTime,
}

#[derive(Debug, Insertable)]
#[diesel(table_name = moderators)]
pub struct NewModerator {
    pub email: String,
    pub password_hash: String,
    pub role: Role,
    pub disabled: bool,
    pub created_at: NaiveDateTime,
}

impl Moderator {
    pub fn role(&self) -> Role {
        self.role
    }

    pub fn is_admin(&self) -> bool {
        self.role() == Role::Admin
    }

    pub fn find(conn: &mut DbConn, id: i64) -> QueryResult<Moderator> {
        moderators::table
            .find(id)
            .select(Moderator::as_select())
            .first(conn)
    }

    /// `email` is compared in lower case, as stored.
    pub fn find_by_email(conn: &mut DbConn, email: &str) -> QueryResult<Option<Moderator>> {
        moderators::table
            .filter(moderators::email.eq(email.to_lowercase()))
            .select(Moderator::as_select())
            .first(conn)
            .optional()
    }

    pub fn list(conn: &mut DbConn) -> QueryResult<Vec<Moderator>> {
        moderators::table
            .order(moderators::email.asc())
            .select(Moderator::as_select())
            .load(conn)
    }

    pub fn insert(conn: &mut DbConn, new: &NewModerator) -> QueryResult<i64> {
        diesel::insert_into(moderators::table)
            .values(new)
            .returning(moderators::id)
            .get_result(conn)
    }

    /// Disabling also ends every session of the moderator at once.
    pub fn set_disabled(conn: &mut DbConn, id: i64, disabled: bool) -> QueryResult<usize> {
        if disabled {
            diesel::delete(sessions::table.filter(sessions::moderator_id.eq(id))).execute(conn)?;
        }
        diesel::update(moderators::table.find(id))
            .set(moderators::disabled.eq(disabled))
            .execute(conn)
    }

    /// A new password ends the moderator's sessions too.
    pub fn set_password(conn: &mut DbConn, id: i64, hash: &str) -> QueryResult<usize> {
        diesel::delete(sessions::table.filter(sessions::moderator_id.eq(id))).execute(conn)?;
        diesel::update(moderators::table.find(id))
            .set(moderators::password_hash.eq(hash))
            .execute(conn)
    }
}
