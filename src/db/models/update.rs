use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::DbConn;
use crate::db::schema::updates;

/// An organiser's dated update of a letter, kept by its file name.
#[derive(Clone, Debug, Queryable, Selectable)]
#[diesel(table_name = updates)]
pub struct Update {
    pub id: i64,
    pub letter_id: i64,
    /// The file name without `.md`: `2026-12-01-delivered`.
    pub name: String,
    /// `YYYY-MM-DD`, from the name.
    pub published_on: String,
    pub title: String,
    pub body_html: String,
    pub loaded_at: NaiveDateTime,
}

#[derive(Debug, Insertable, AsChangeset)]
#[diesel(table_name = updates)]
pub struct NewUpdate {
    pub letter_id: i64,
    pub name: String,
    pub published_on: String,
    pub title: String,
    pub body_html: String,
    pub loaded_at: NaiveDateTime,
}

impl Update {
    /// A letter's updates, newest first.
    pub fn of_letter(conn: &mut DbConn, letter_id: i64) -> QueryResult<Vec<Update>> {
        updates::table
            .filter(updates::letter_id.eq(letter_id))
            .order((updates::published_on.desc(), updates::name.desc()))
            .select(Update::as_select())
            .load(conn)
    }

    /// Makes a letter's updates those of `files`: each kept by its name (so that its id stays
    /// the same when its text changes), and those whose file is gone removed.
    pub fn replace_all(conn: &mut DbConn, letter_id: i64, files: &[NewUpdate]) -> QueryResult<()> {
        let names: Vec<&str> = files.iter().map(|f| f.name.as_str()).collect();
        diesel::delete(
            updates::table
                .filter(updates::letter_id.eq(letter_id))
                .filter(updates::name.ne_all(&names)),
        )
        .execute(conn)?;
        for file in files {
            let changed = diesel::update(
                updates::table
                    .filter(updates::letter_id.eq(letter_id))
                    .filter(updates::name.eq(&file.name)),
            )
            .set(file)
            .execute(conn)?;
            if changed == 0 {
                diesel::insert_into(updates::table)
                    .values(file)
                    .execute(conn)?;
            }
        }
        Ok(())
    }
}
