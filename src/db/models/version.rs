use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::DbConn;
use crate::db::schema::letter_versions;

/// A version of a letter's text, as the organiser marked it (`version = N` in letter.toml).
#[derive(Clone, Debug, Queryable, Selectable, Insertable)]
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
    pub fn record(conn: &mut DbConn, new: &LetterVersion) -> QueryResult<()> {
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
}
