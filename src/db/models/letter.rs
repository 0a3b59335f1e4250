use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::{SignatureKind, text_enum};
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
    status: LetterStatus,
    pub published: Option<String>,
    moderation: Moderation,
    pub contact_email: Option<String>,
    pub body_html: String,
    pub press_html: Option<String>,
    pub updated_at: NaiveDateTime,
    pub body_md: String,
    categories: JsonColumn<Vec<Category>>,
    pub closed_at: Option<NaiveDateTime>,
    pub refuse_disposable: bool,
    institutions: JsonColumn<Vec<Institution>>,
    /// The number of signatures the organiser aims for.
    pub target: Option<i64>,
    events: JsonColumn<Vec<Event>>,
    /// The version of the text now shown (`version` in letter.toml).
    pub version: i32,
    /// The BCP 47 tag of the language the text is written in; translations defer to it.
    pub language: String,
}

/// What signing and its mails need of a letter: not its text, its press section or its JSON
/// columns, which on a real letter are kilobytes (compressed out of line on PostgreSQL) that
/// every signature and every mail would otherwise read, send and parse for nothing.
#[derive(Clone, Debug, Queryable, Selectable)]
#[diesel(table_name = letters)]
pub struct LetterHead {
    pub id: i64,
    pub slug: String,
    pub title: String,
    status: LetterStatus,
    pub refuse_disposable: bool,
    pub version: i32,
}

impl LetterHead {
    pub fn status(&self) -> LetterStatus {
        self.status
    }
}

/// A column of JSON (`categories`, `institutions`, `events`). A value that does not parse fails the query
/// rather than reading as empty.
#[derive(Clone, Debug, diesel::deserialize::FromSqlRow)]
pub struct JsonColumn<T>(T);

impl<DB, T> diesel::deserialize::FromSql<diesel::sql_types::Text, DB> for JsonColumn<T>
where
    DB: diesel::backend::Backend,
    String: diesel::deserialize::FromSql<diesel::sql_types::Text, DB>,
    T: serde::de::DeserializeOwned,
{
    fn from_sql(bytes: DB::RawValue<'_>) -> diesel::deserialize::Result<Self> {
        Ok(JsonColumn(serde_json::from_str(&String::from_sql(bytes)?)?))
    }
}

/// An `[[institution]]` of a letter: mail at one of its `domains` (`nhs.net`: it and its
/// subdomains; `*.nhs.uk`: its subdomains) is evidence of working there.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Institution {
    pub name: String,
    pub domains: Vec<String>,
}

/// What happened to a letter, from its `letter.toml`: its delivery (`[delivery]`) and the
/// responses to it (`[[response]]`). Dates are `YYYY-MM-DD`; a link is http(s).
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(tag = "kind", rename_all = "lowercase")]
pub enum Event {
    Delivery {
        date: String,
        to: String,
        how: Option<String>,
    },
    Response {
        date: String,
        from: String,
        link: Option<String>,
        text: Option<String>,
    },
}

impl Event {
    pub fn date(&self) -> &str {
        match self {
            Event::Delivery { date, .. } | Event::Response { date, .. } => date,
        }
    }
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
    pub status: LetterStatus,
    pub published: Option<String>,
    pub moderation: Moderation,
    pub contact_email: Option<String>,
    pub body_html: String,
    pub press_html: Option<String>,
    pub updated_at: NaiveDateTime,
    pub body_md: String,
    /// JSON of `Vec<Category>`.
    pub categories: String,
    pub refuse_disposable: bool,
    /// JSON of `Vec<Institution>`.
    pub institutions: String,
    pub target: Option<i64>,
    /// JSON of `Vec<Event>`.
    pub events: String,
    pub version: i32,
    pub language: String,
}

/// Published signatures of a letter.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize, utoipa::ToSchema)]
pub struct LetterCounts {
    pub individuals: i64,
    pub organisations: i64,
}

impl LetterCounts {
    /// Every published signature, people and organisations: what a target counts.
    pub fn total(&self) -> i64 {
        self.individuals + self.organisations
    }
}

impl Letter {
    pub fn status(&self) -> LetterStatus {
        self.status
    }

    pub fn head(&self) -> LetterHead {
        LetterHead {
            id: self.id,
            slug: self.slug.clone(),
            title: self.title.clone(),
            status: self.status,
            refuse_disposable: self.refuse_disposable,
            version: self.version,
        }
    }

    pub fn moderation(&self) -> Moderation {
        self.moderation
    }

    pub fn categories(&self) -> &[Category] {
        &self.categories.0
    }

    pub fn institutions(&self) -> &[Institution] {
        &self.institutions.0
    }

    pub fn events(&self) -> &[Event] {
        &self.events.0
    }

    /// A letter that the public may see; a draft is `NotFound` like a letter that does not exist.
    pub fn find_public(conn: &mut DbConn, slug: &Slug) -> QueryResult<Letter> {
        letters::table
            .filter(letters::slug.eq(slug.as_ref()))
            .filter(letters::status.ne(LetterStatus::Draft))
            .select(Letter::as_select())
            .first(conn)
    }

    /// `find_public`'s head: what a signature needs of its letter.
    pub fn find_head(conn: &mut DbConn, slug: &Slug) -> QueryResult<LetterHead> {
        letters::table
            .filter(letters::slug.eq(slug.as_ref()))
            .filter(letters::status.ne(LetterStatus::Draft))
            .select(LetterHead::as_select())
            .first(conn)
    }

    /// Which of `ids` are open for signing now.
    pub fn open_among(conn: &mut DbConn, ids: &[i64]) -> QueryResult<Vec<i64>> {
        letters::table
            .filter(letters::id.eq_any(ids))
            .filter(letters::status.eq(LetterStatus::Open))
            .select(letters::id)
            .load(conn)
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

    /// The letter with this slug, drafts too (for moderators and the letter files).
    pub fn find_by_slug(conn: &mut DbConn, slug: &str) -> QueryResult<Letter> {
        letters::table
            .filter(letters::slug.eq(slug))
            .select(Letter::as_select())
            .first(conn)
    }

    pub fn list_public(conn: &mut DbConn) -> QueryResult<Vec<Letter>> {
        letters::table
            .filter(letters::status.ne(LetterStatus::Draft))
            .order(letters::id.asc())
            .select(Letter::as_select())
            .load(conn)
    }

    /// Records when the letter closed (the retention clock), or that it is open again.
    pub fn set_closed_at(
        conn: &mut DbConn,
        id: i64,
        closed_at: Option<NaiveDateTime>,
    ) -> QueryResult<usize> {
        diesel::update(letters::table.find(id))
            .set(letters::closed_at.eq(closed_at))
            .execute(conn)
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
            super::public_entries(self.id)
                .filter(signatures::kind.eq(kind))
                .count()
                .get_result::<i64>(conn)
        };
        Ok(LetterCounts {
            individuals: count(conn, SignatureKind::Individual)?,
            organisations: count(conn, SignatureKind::Organisation)?,
        })
    }
}
