use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::text_enum;
use crate::db::DbConn;
use crate::db::schema::signatures;

text_enum!(SignatureKind { Individual => "individual", Organisation => "organisation" });
text_enum!(SignatureState {
    Unverified => "unverified",
    Pending => "pending",
    Published => "published",
    Rejected => "rejected",
    Withdrawn => "withdrawn",
    Duplicate => "duplicate",
});

#[derive(Clone, Debug, Queryable, Selectable, Identifiable)]
#[diesel(table_name = signatures)]
pub struct Signature {
    pub id: i64,
    pub letter_id: i64,
    kind: String,
    state: String,
    pub name: Option<String>,
    pub title: Option<String>,
    pub organisation: Option<String>,
    pub website: Option<String>,
    pub email: Option<String>,
    pub email_key: Option<String>,
    pub public: bool,
    pub search_key: String,
    pub created_at: NaiveDateTime,
    pub verified_at: Option<NaiveDateTime>,
    pub published_at: Option<NaiveDateTime>,
    pub withdrawn_at: Option<NaiveDateTime>,
}

/// What a signer submits; also what a pending signer may correct by signing again.
#[derive(Debug, Insertable, AsChangeset)]
#[diesel(table_name = signatures, treat_none_as_null = true)]
pub struct NewSignature {
    pub letter_id: i64,
    pub kind: String,
    pub state: String,
    pub name: Option<String>,
    pub title: Option<String>,
    pub organisation: Option<String>,
    pub website: Option<String>,
    pub email: Option<String>,
    pub email_key: Option<String>,
    pub public: bool,
    pub search_key: String,
    pub created_at: NaiveDateTime,
}

/// Which part of a letter's public list to read.
#[derive(Debug, Default)]
pub struct ListFilter {
    pub kind: Option<SignatureKind>,
    /// Already folded with `domain::fold_for_search`.
    pub search: Option<String>,
    pub after: Option<i64>,
    pub before: Option<i64>,
    pub limit: i64,
}

#[derive(Debug)]
pub struct Page {
    pub items: Vec<Signature>,
    /// Cursor for the page after this one.
    pub next_after: Option<i64>,
    /// Cursor for the page before this one.
    pub prev_before: Option<i64>,
}

impl Signature {
    pub fn kind(&self) -> SignatureKind {
        SignatureKind::from_db(&self.kind).unwrap_or(SignatureKind::Individual)
    }

    pub fn state(&self) -> SignatureState {
        SignatureState::from_db(&self.state).unwrap_or(SignatureState::Rejected)
    }

    pub fn find(conn: &mut DbConn, id: i64) -> QueryResult<Signature> {
        signatures::table
            .find(id)
            .select(Signature::as_select())
            .first(conn)
    }

    pub fn find_by_email_key(
        conn: &mut DbConn,
        letter_id: i64,
        key: &str,
    ) -> QueryResult<Option<Signature>> {
        signatures::table
            .filter(signatures::letter_id.eq(letter_id))
            .filter(signatures::email_key.eq(key))
            .select(Signature::as_select())
            .first(conn)
            .optional()
    }

    pub fn insert(conn: &mut DbConn, new: &NewSignature) -> QueryResult<i64> {
        diesel::insert_into(signatures::table)
            .values(new)
            .returning(signatures::id)
            .get_result(conn)
    }

    /// Replaces the details of a signature that is still unverified.
    pub fn resubmit(conn: &mut DbConn, id: i64, new: &NewSignature) -> QueryResult<usize> {
        diesel::update(signatures::table.find(id))
            .filter(signatures::state.eq(SignatureState::Unverified.as_str()))
            .set(new)
            .execute(conn)
    }

    /// Moves an unverified signature to `state`. Returns false if it was not unverified.
    pub fn confirm(
        conn: &mut DbConn,
        id: i64,
        state: SignatureState,
        now: NaiveDateTime,
    ) -> QueryResult<bool> {
        let published_at = (state == SignatureState::Published).then_some(now);
        let updated = diesel::update(signatures::table.find(id))
            .filter(signatures::state.eq(SignatureState::Unverified.as_str()))
            .set((
                signatures::state.eq(state.as_str()),
                signatures::verified_at.eq(now),
                signatures::published_at.eq(published_at),
            ))
            .execute(conn)?;
        Ok(updated == 1)
    }

    /// Withdraws the signature and erases every personal field; the bare row stays for the figures.
    pub fn withdraw(conn: &mut DbConn, id: i64, now: NaiveDateTime) -> QueryResult<usize> {
        diesel::update(signatures::table.find(id))
            .set((
                signatures::state.eq(SignatureState::Withdrawn.as_str()),
                signatures::name.eq(None::<String>),
                signatures::title.eq(None::<String>),
                signatures::organisation.eq(None::<String>),
                signatures::website.eq(None::<String>),
                signatures::email.eq(None::<String>),
                signatures::email_key.eq(None::<String>),
                signatures::search_key.eq(""),
                signatures::withdrawn_at.eq(now),
            ))
            .execute(conn)
    }

    /// The newest published entries of a letter, both kinds.
    pub fn recent(conn: &mut DbConn, letter_id: i64, limit: i64) -> QueryResult<Vec<Signature>> {
        signatures::table
            .filter(signatures::letter_id.eq(letter_id))
            .filter(signatures::state.eq(SignatureState::Published.as_str()))
            .order(signatures::id.desc())
            .limit(limit)
            .select(Signature::as_select())
            .load(conn)
    }

    /// One page of the published list, in signing order, by keyset on `id`.
    pub fn list_published(
        conn: &mut DbConn,
        letter_id: i64,
        filter: &ListFilter,
    ) -> QueryResult<Page> {
        let mut query = signatures::table
            .filter(signatures::letter_id.eq(letter_id))
            .filter(signatures::state.eq(SignatureState::Published.as_str()))
            .select(Signature::as_select())
            .limit(filter.limit + 1)
            .into_boxed();
        if let Some(kind) = filter.kind {
            query = query.filter(signatures::kind.eq(kind.as_str()));
        }
        if let Some(search) = filter.search.as_deref().filter(|s| !s.is_empty()) {
            query = query.filter(
                signatures::search_key
                    .like(format!("%{}%", escape_like(search)))
                    .escape('\\'),
            );
        }
        let backwards = filter.before.is_some() && filter.after.is_none();
        query = match (filter.after, filter.before) {
            (Some(after), _) => query
                .filter(signatures::id.gt(after))
                .order(signatures::id.asc()),
            (None, Some(before)) => query
                .filter(signatures::id.lt(before))
                .order(signatures::id.desc()),
            (None, None) => query.order(signatures::id.asc()),
        };
        let mut items = query.load(conn)?;
        let more = items.len() as i64 > filter.limit;
        items.truncate(filter.limit.max(0) as usize);
        if backwards {
            items.reverse();
        }
        let first = items.first().map(|s| s.id);
        let last = items.last().map(|s| s.id);
        let (next_after, prev_before) = if backwards {
            (last, if more { first } else { None })
        } else {
            (
                if more { last } else { None },
                first.filter(|_| filter.after.is_some()),
            )
        };
        Ok(Page {
            items,
            next_after,
            prev_before,
        })
    }
}

fn escape_like(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if matches!(c, '%' | '_' | '\\') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}
