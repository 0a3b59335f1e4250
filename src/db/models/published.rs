//! The published list of a letter: the newest entries, and keyset pages in published order.

use diesel::prelude::*;

use super::entry::Published;
use super::{PublicEntry, Signature, SignatureKind, SignatureState};
use crate::db::DbConn;
use crate::db::schema::signatures;

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

    fn of(s: &Published) -> Cursor {
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
    pub items: Vec<PublicEntry>,
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

/// A letter's entries as the public sees them: published, and not held as a probable duplicate.
/// Every public list, count and figure starts here.
#[diesel::dsl::auto_type]
pub fn public_entries(letter_id: i64) -> _ {
    let published: SignatureState = SignatureState::Published;
    signatures::table
        .filter(signatures::letter_id.eq(letter_id))
        .filter(signatures::state.eq(published))
        .filter(signatures::held.eq(false))
}

impl Signature {
    /// The newest published entries of a letter, both kinds.
    pub fn recent(conn: &mut DbConn, letter_id: i64, limit: i64) -> QueryResult<Vec<PublicEntry>> {
        let rows: Vec<Published> = public_entries(letter_id)
            .order(signatures::id.desc())
            .limit(limit)
            .select(Published::as_select())
            .load(conn)?;
        Ok(rows.into_iter().map(PublicEntry::from).collect())
    }

    /// Published entries of one pinned-ness, from a bound, in index order.
    fn published_run(
        conn: &mut DbConn,
        letter_id: i64,
        filter: &ListFilter,
        pinned: bool,
        direction: Direction,
        limit: i64,
    ) -> QueryResult<Vec<Published>> {
        let mut query = public_entries(letter_id)
            .filter(signatures::pinned.eq(pinned))
            .select(Published::as_select())
            .limit(limit)
            .into_boxed();
        if let Some(kind) = filter.kind {
            query = query.filter(signatures::kind.eq(kind));
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
        // One more than wanted from a run, topped up from the next run when it falls short.
        let mut fill = |first: (bool, Direction), then: Option<(bool, Direction)>| {
            let (pinned, direction) = first;
            let mut items =
                Self::published_run(conn, letter_id, filter, pinned, direction, want + 1)?;
            if let Some((pinned, direction)) = then
                && (items.len() as i64) <= want
            {
                let left = want + 1 - items.len() as i64;
                items.extend(Self::published_run(
                    conn, letter_id, filter, pinned, direction, left,
                )?);
            }
            QueryResult::Ok(items)
        };
        if let (Some(before), None) = (filter.before, filter.after) {
            let from = (before.pinned, Direction::Down(Some(before.id)));
            let mut items = fill(
                from,
                (!before.pinned).then_some((true, Direction::Down(None))),
            )?;
            let more = items.len() as i64 > want;
            items.truncate(want as usize);
            items.reverse();
            return Ok(Page {
                next_after: items.last().map(Cursor::of),
                prev_before: items.first().map(Cursor::of).filter(|_| more),
                items: items.into_iter().map(PublicEntry::from).collect(),
            });
        }
        let after = filter.after;
        let mut items = match after {
            Some(c) if !c.pinned => fill((false, Direction::Up(Some(c.id))), None)?,
            _ => fill(
                (true, Direction::Up(after.map(|c| c.id))),
                Some((false, Direction::Up(None))),
            )?,
        };
        let more = items.len() as i64 > want;
        items.truncate(want as usize);
        Ok(Page {
            next_after: items.last().map(Cursor::of).filter(|_| more),
            prev_before: items.first().map(Cursor::of).filter(|_| after.is_some()),
            items: items.into_iter().map(PublicEntry::from).collect(),
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
