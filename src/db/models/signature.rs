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
text_enum!(Flag { Disposable => "disposable", Network => "network", Bot => "bot" });

impl Flag {
    pub const ALL: [Flag; 3] = [Flag::Disposable, Flag::Network, Flag::Bot];

    /// The `flags` column: `,a,b,` so that one flag is found with `LIKE '%,a,%'`.
    pub fn column(flags: &[Flag]) -> String {
        if flags.is_empty() {
            return String::new();
        }
        let names: Vec<&str> = flags.iter().map(|f| f.as_str()).collect();
        format!(",{},", names.join(","))
    }
}

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
    pub pinned: bool,
    pub name_key: String,
    pub name_first: String,
    pub name_last: String,
    pub flags: String,
    pub network_key: Option<String>,
    pub import_key: Option<String>,
    pub reject_reason: Option<String>,
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
    pub published_at: Option<NaiveDateTime>,
    pub name_key: String,
    pub name_first: String,
    pub name_last: String,
    /// `,flag,flag,` (see `Flag`), or empty.
    pub flags: String,
    pub network_key: Option<String>,
    pub import_key: Option<String>,
}

/// A position in the published order: pinned entries first, then by id. Written `p42` for
/// pinned entry 42, `42` otherwise.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Cursor {
    pub pinned: bool,
    pub id: i64,
}

impl Cursor {
    pub fn parse(text: &str) -> Option<Cursor> {
        let (pinned, digits) = match text.strip_prefix('p') {
            Some(rest) => (true, rest),
            None => (false, text),
        };
        let id = digits.parse().ok().filter(|id: &i64| *id > 0)?;
        Some(Cursor { pinned, id })
    }

    fn of(s: &Signature) -> Cursor {
        Cursor {
            pinned: s.pinned,
            id: s.id,
        }
    }
}

impl std::fmt::Display for Cursor {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.pinned {
            write!(f, "p{}", self.id)
        } else {
            write!(f, "{}", self.id)
        }
    }
}

impl NewSignature {
    pub fn flag_list(&self) -> Vec<Flag> {
        self.flags.split(',').filter_map(Flag::from_db).collect()
    }
}

/// Which part of a letter's public list to read.
#[derive(Debug, Default)]
pub struct ListFilter {
    pub kind: Option<SignatureKind>,
    /// Already folded with `domain::fold_for_search`.
    pub search: Option<String>,
    pub after: Option<Cursor>,
    pub before: Option<Cursor>,
    pub limit: i64,
}

#[derive(Debug)]
pub struct Page {
    pub items: Vec<Signature>,
    /// Cursor for the page after this one.
    pub next_after: Option<Cursor>,
    /// Cursor for the page before this one.
    pub prev_before: Option<Cursor>,
}

#[derive(Clone, Copy)]
enum Direction {
    /// Ids above the bound, ascending.
    Up(Option<i64>),
    /// Ids below the bound, descending.
    Down(Option<i64>),
}

impl Signature {
    pub fn kind(&self) -> SignatureKind {
        SignatureKind::from_db(&self.kind).unwrap_or(SignatureKind::Individual)
    }

    pub fn flag_list(&self) -> Vec<Flag> {
        self.flags.split(',').filter_map(Flag::from_db).collect()
    }

    pub fn state(&self) -> SignatureState {
        SignatureState::from_db(&self.state).unwrap_or(SignatureState::Rejected)
    }

    /// This entry as `set_state` (in `queue`) leaves it (for the audit log, without reading it again).
    pub fn with_state(
        &self,
        to: SignatureState,
        reason: Option<&str>,
        now: NaiveDateTime,
    ) -> Signature {
        let mut after = self.clone();
        after.state = to.as_str().to_owned();
        after.published_at = (to == SignatureState::Published).then_some(now);
        after.reject_reason = reason.map(str::to_owned);
        after
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

    /// Published entries of one pinned-ness, from a bound, in index order.
    fn published_run(
        conn: &mut DbConn,
        letter_id: i64,
        filter: &ListFilter,
        pinned: bool,
        direction: Direction,
        limit: i64,
    ) -> QueryResult<Vec<Signature>> {
        let mut query = signatures::table
            .filter(signatures::letter_id.eq(letter_id))
            .filter(signatures::state.eq(SignatureState::Published.as_str()))
            .filter(signatures::pinned.eq(pinned))
            .select(Signature::as_select())
            .limit(limit)
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
        query = match direction {
            Direction::Up(bound) => query
                .filter(signatures::id.gt(bound.unwrap_or(0)))
                .order(signatures::id.asc()),
            Direction::Down(bound) => query
                .filter(signatures::id.lt(bound.unwrap_or(i64::MAX)))
                .order(signatures::id.desc()),
        };
        query.load(conn)
    }

    /// One page of the published list: pinned entries first, then in signing order. Keyset
    /// paging on (pinned, id), read as two index-ordered runs so no page sorts the whole list.
    pub fn list_published(
        conn: &mut DbConn,
        letter_id: i64,
        filter: &ListFilter,
    ) -> QueryResult<Page> {
        let want = filter.limit.max(1);
        let mut run = |pinned, direction, n| {
            Self::published_run(conn, letter_id, filter, pinned, direction, n)
        };
        if let (Some(before), None) = (filter.before, filter.after) {
            let mut items = if before.pinned {
                run(true, Direction::Down(Some(before.id)), want + 1)?
            } else {
                let mut items = run(false, Direction::Down(Some(before.id)), want + 1)?;
                if (items.len() as i64) <= want {
                    let left = want + 1 - items.len() as i64;
                    items.extend(run(true, Direction::Down(None), left)?);
                }
                items
            };
            let more = items.len() as i64 > want;
            items.truncate(want as usize);
            items.reverse();
            return Ok(Page {
                next_after: items.last().map(Cursor::of),
                prev_before: items.first().map(Cursor::of).filter(|_| more),
                items,
            });
        }
        let after = filter.after;
        let mut items = match after {
            Some(c) if !c.pinned => run(false, Direction::Up(Some(c.id)), want + 1)?,
            _ => {
                let mut items = run(true, Direction::Up(after.map(|c| c.id)), want + 1)?;
                if (items.len() as i64) <= want {
                    let left = want + 1 - items.len() as i64;
                    items.extend(run(false, Direction::Up(None), left)?);
                }
                items
            }
        };
        let more = items.len() as i64 > want;
        items.truncate(want as usize);
        Ok(Page {
            next_after: items.last().map(Cursor::of).filter(|_| more),
            prev_before: items.first().map(Cursor::of).filter(|_| after.is_some()),
            items,
        })
    }
}

pub(super) fn escape_like(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if matches!(c, '%' | '_' | '\\') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}
