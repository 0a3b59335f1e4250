use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::text_enum;
use crate::db::DbConn;
use crate::db::schema::updates;

// Loading a letter replaces its file updates; those written in the admin pages stay.
text_enum!(UpdateSource { File => "file", Admin => "admin" });

/// An organiser's dated update of a letter, kept by its name.
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
    /// The Markdown as written: the text part of its mail.
    pub body_md: String,
    pub source: UpdateSource,
    /// Sends itself when the letter reaches its target, and stays hidden until then.
    pub on_target: bool,
    pub sent_at: Option<NaiveDateTime>,
    /// How many signers it was queued for.
    pub recipients: Option<i64>,
}

#[derive(Debug, Insertable, AsChangeset)]
#[diesel(table_name = updates)]
pub struct NewUpdate {
    pub letter_id: i64,
    pub name: String,
    pub published_on: String,
    pub title: String,
    pub body_html: String,
    pub body_md: String,
    pub source: UpdateSource,
    pub on_target: bool,
    pub loaded_at: NaiveDateTime,
}

impl Update {
    /// The day it is dated: a target's update, the day it went out; any other, its name's.
    pub fn date(&self) -> String {
        match (self.on_target, self.sent_at) {
            (true, Some(sent)) => sent.format("%Y-%m-%d").to_string(),
            _ => self.published_on.clone(),
        }
    }

    /// A letter's updates as the public sees them, newest first: a target's update only once
    /// it went out.
    pub fn of_letter(conn: &mut DbConn, letter_id: i64) -> QueryResult<Vec<Update>> {
        updates::table
            .filter(updates::letter_id.eq(letter_id))
            .filter(
                updates::on_target
                    .eq(false)
                    .or(updates::sent_at.is_not_null()),
            )
            .order((updates::published_on.desc(), updates::name.desc()))
            .select(Update::as_select())
            .load(conn)
    }

    /// Every update of a letter, hidden ones too, newest first.
    pub fn all_of_letter(conn: &mut DbConn, letter_id: i64) -> QueryResult<Vec<Update>> {
        updates::table
            .filter(updates::letter_id.eq(letter_id))
            .order((updates::published_on.desc(), updates::name.desc()))
            .select(Update::as_select())
            .load(conn)
    }

    pub fn find_by_name(
        conn: &mut DbConn,
        letter_id: i64,
        name: &str,
    ) -> QueryResult<Option<Update>> {
        updates::table
            .filter(updates::letter_id.eq(letter_id))
            .filter(updates::name.eq(name))
            .select(Update::as_select())
            .first(conn)
            .optional()
    }

    pub fn find(conn: &mut DbConn, id: i64) -> QueryResult<Update> {
        updates::table
            .find(id)
            .select(Update::as_select())
            .first(conn)
    }

    /// The letter's updates sent since `since`, newest first.
    pub fn sent_since(
        conn: &mut DbConn,
        letter_id: i64,
        since: NaiveDateTime,
    ) -> QueryResult<Vec<Update>> {
        updates::table
            .filter(updates::letter_id.eq(letter_id))
            .filter(updates::sent_at.gt(since))
            .order(updates::sent_at.desc())
            .select(Update::as_select())
            .load(conn)
    }

    /// Target updates not sent yet.
    pub fn waiting_for_target(conn: &mut DbConn) -> QueryResult<Vec<Update>> {
        updates::table
            .filter(updates::on_target.eq(true))
            .filter(updates::sent_at.is_null())
            .select(Update::as_select())
            .load(conn)
    }

    /// Marks the update sent now. Only once: false if it was already (on PostgreSQL, a
    /// concurrent send waits on the row and then finds it sent).
    pub fn start_sending(conn: &mut DbConn, id: i64, now: NaiveDateTime) -> QueryResult<bool> {
        diesel::update(updates::table.find(id).filter(updates::sent_at.is_null()))
            .set(updates::sent_at.eq(now))
            .execute(conn)
            .map(|n| n == 1)
    }

    pub fn set_recipients(conn: &mut DbConn, id: i64, recipients: i64) -> QueryResult<usize> {
        diesel::update(updates::table.find(id))
            .set(updates::recipients.eq(recipients))
            .execute(conn)
    }

    /// Writes an update from the admin pages. False if the letter has one by this name.
    pub fn insert(conn: &mut DbConn, new: &NewUpdate) -> QueryResult<bool> {
        if Self::find_by_name(conn, new.letter_id, &new.name)?.is_some() {
            return Ok(false);
        }
        diesel::insert_into(updates::table)
            .values(new)
            .execute(conn)
            .map(|n| n == 1)
    }

    /// The sent file updates of a letter that are not among `names`: loading must not remove
    /// what signers were mailed.
    pub fn sent_files_missing(
        conn: &mut DbConn,
        letter_id: i64,
        names: &[&str],
    ) -> QueryResult<Vec<Update>> {
        updates::table
            .filter(updates::letter_id.eq(letter_id))
            .filter(updates::source.eq(UpdateSource::File))
            .filter(updates::sent_at.is_not_null())
            .filter(updates::name.ne_all(names))
            .select(Update::as_select())
            .load(conn)
    }

    /// Makes a letter's file updates those of `files`: each kept by its name (so that its id
    /// and its sending stay when its text changes), and those whose file is gone removed.
    /// Updates written in the admin pages stay.
    pub fn replace_all(conn: &mut DbConn, letter_id: i64, files: &[NewUpdate]) -> QueryResult<()> {
        let names: Vec<&str> = files.iter().map(|f| f.name.as_str()).collect();
        diesel::delete(
            updates::table
                .filter(updates::letter_id.eq(letter_id))
                .filter(updates::source.eq(UpdateSource::File))
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
