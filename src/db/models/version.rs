use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::DbConn;
use crate::db::schema::letter_versions;

/// A version of a letter's text, as the organiser marked it (`version = N` in letter.toml).
#[derive(Clone, Debug, Queryable, Selectable)]
#[diesel(table_name = letter_versions)]
pub struct LetterVersion {
    pub letter_id: i64,
    pub version: i32,
    /// What changed, in the organiser's words (`version_note`).
    pub note: Option<String>,
    /// The Markdown, as last loaded under this version.
    pub body_md: String,
    /// When this version was first loaded.
    pub published_at: NaiveDateTime,
    /// When the signers of earlier versions were asked to re-confirm on this one.
    pub reconfirm_asked_at: Option<NaiveDateTime>,
}

/// A version's text as loaded.
#[derive(Debug, Insertable)]
#[diesel(table_name = letter_versions)]
pub struct NewLetterVersion {
    pub letter_id: i64,
    pub version: i32,
    pub note: Option<String>,
    pub body_md: String,
    pub published_at: NaiveDateTime,
}

impl LetterVersion {
    /// A letter's versions, oldest first.
    pub fn of_letter(conn: &mut DbConn, letter_id: i64) -> QueryResult<Vec<LetterVersion>> {
        letter_versions::table
            .filter(letter_versions::letter_id.eq(letter_id))
            .order(letter_versions::version.asc())
            .select(LetterVersion::as_select())
            .load(conn)
    }

    /// Keeps the text of `new`: a new row for a new version, or the same version's row
    /// corrected (a typo fixed without a new version keeps its date).
    pub fn record(conn: &mut DbConn, new: &NewLetterVersion) -> QueryResult<()> {
        let kept = diesel::update(
            letter_versions::table
                .filter(letter_versions::letter_id.eq(new.letter_id))
                .filter(letter_versions::version.eq(new.version)),
        )
        .set((
            letter_versions::note.eq(&new.note),
            letter_versions::body_md.eq(&new.body_md),
        ))
        .execute(conn)?;
        if kept == 0 {
            diesel::insert_into(letter_versions::table)
                .values(new)
                .execute(conn)?;
        }
        Ok(())
    }

    pub fn find(conn: &mut DbConn, letter_id: i64, version: i32) -> QueryResult<LetterVersion> {
        letter_versions::table
            .find((letter_id, version))
            .select(LetterVersion::as_select())
            .first(conn)
    }

    /// Marks the re-confirmation asked, once: false if it was already.
    pub fn ask_reconfirm(
        conn: &mut DbConn,
        letter_id: i64,
        version: i32,
        now: NaiveDateTime,
    ) -> QueryResult<bool> {
        diesel::update(
            letter_versions::table
                .find((letter_id, version))
                .filter(letter_versions::reconfirm_asked_at.is_null()),
        )
        .set(letter_versions::reconfirm_asked_at.eq(now))
        .execute(conn)
        .map(|n| n == 1)
    }
}
