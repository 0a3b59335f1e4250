use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::{SignatureKind, SignatureState, text_enum};
use crate::db::DbConn;
use crate::db::schema::{letters, signatures};
use crate::domain::Slug;

text_enum!(LetterStatus { Draft => "draft", Open => "open", Closed => "closed" });
text_enum!(Moderation { Pre => "pre", Post => "post" });

#[derive(Clone, Debug, Queryable, Selectable, Identifiable)]
#[diesel(table_name = letters)]
pub struct Letter {
    pub id: i64,
    pub slug: String,
    pub title: String,
    status: String,
    pub published: Option<String>,
    moderation: String,
    pub contact_email: Option<String>,
    pub body_html: String,
    pub press_html: Option<String>,
    pub updated_at: NaiveDateTime,
    pub body_md: String,
    categories: String,
    pub closed_at: Option<NaiveDateTime>,
    pub refuse_disposable: bool,
}

/// A `[[category]]` of a letter: titles containing any of `patterns` (folded) belong to it.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Category {
    pub name: String,
    pub patterns: Vec<String>,
}

#[derive(Debug, Insertable, AsChangeset)]
#[diesel(table_name = letters, treat_none_as_null = true)]
pub struct NewLetter {
    pub slug: String,
    pub title: String,
    pub status: String,
    pub published: Option<String>,
    pub moderation: String,
    pub contact_email: Option<String>,
    pub body_html: String,
    pub press_html: Option<String>,
    pub updated_at: NaiveDateTime,
    pub body_md: String,
    /// JSON of `Vec<Category>`.
    pub categories: String,
    pub refuse_disposable: bool,
}

/// Published signatures of a letter.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize, utoipa::ToSchema)]
pub struct LetterCounts {
    pub individuals: i64,
    pub organisations: i64,
}

impl Letter {
    pub fn status(&self) -> LetterStatus {
        // Only `NewLetter` built from a parsed letter file writes this column.
        LetterStatus::from_db(&self.status).unwrap_or(LetterStatus::Closed)
    }

    pub fn moderation(&self) -> Moderation {
        Moderation::from_db(&self.moderation).unwrap_or(Moderation::Pre)
    }

    pub fn categories(&self) -> Vec<Category> {
        serde_json::from_str(&self.categories).unwrap_or_default()
    }

    pub fn is_public(&self) -> bool {
        self.status() != LetterStatus::Draft
    }

    /// A letter that the public may see (never a draft).
    pub fn find_public(conn: &mut DbConn, slug: &Slug) -> QueryResult<Option<Letter>> {
        let letter = letters::table
            .filter(letters::slug.eq(slug.as_ref()))
            .select(Letter::as_select())
            .first(conn)
            .optional()?;
        Ok(letter.filter(Letter::is_public))
    }

    pub fn find(conn: &mut DbConn, id: i64) -> QueryResult<Letter> {
        letters::table
            .find(id)
            .select(Letter::as_select())
            .first(conn)
    }

    /// Every letter, drafts too (for moderators).
    pub fn list_all(conn: &mut DbConn) -> QueryResult<Vec<Letter>> {
        letters::table
            .order(letters::id.asc())
            .select(Letter::as_select())
            .load(conn)
    }

    pub fn find_by_slug(conn: &mut DbConn, slug: &Slug) -> QueryResult<Letter> {
        letters::table
            .filter(letters::slug.eq(slug.as_ref()))
            .select(Letter::as_select())
            .first(conn)
    }

    pub fn list_public(conn: &mut DbConn) -> QueryResult<Vec<Letter>> {
        letters::table
            .filter(letters::status.ne(LetterStatus::Draft.as_str()))
            .order(letters::id.asc())
            .select(Letter::as_select())
            .load(conn)
    }

    /// Creates the letter, or updates the one with the same slug. Returns its id.
    pub fn upsert(conn: &mut DbConn, new: &NewLetter) -> QueryResult<i64> {
        let existing = letters::table
            .filter(letters::slug.eq(&new.slug))
            .select(letters::id)
            .first::<i64>(conn)
            .optional()?;
        match existing {
            Some(id) => {
                diesel::update(letters::table.find(id))
                    .set(new)
                    .execute(conn)?;
                Ok(id)
            }
            None => diesel::insert_into(letters::table)
                .values(new)
                .returning(letters::id)
                .get_result(conn),
        }
    }

    pub fn counts(&self, conn: &mut DbConn) -> QueryResult<LetterCounts> {
        let count = |conn: &mut DbConn, kind: SignatureKind| {
            signatures::table
                .filter(signatures::letter_id.eq(self.id))
                .filter(signatures::state.eq(SignatureState::Published.as_str()))
                .filter(signatures::kind.eq(kind.as_str()))
                .count()
                .get_result::<i64>(conn)
        };
        Ok(LetterCounts {
            individuals: count(conn, SignatureKind::Individual)?,
            organisations: count(conn, SignatureKind::Organisation)?,
        })
    }
}
