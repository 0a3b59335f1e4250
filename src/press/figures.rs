//! The numbers a journalist asks for first: how many, what kind of professionals, since when.

use chrono::NaiveDateTime;
use diesel::prelude::*;
use diesel::sql_types::{BigInt, Text};

use crate::db::DbConn;
use crate::db::models::{Letter, LetterCounts, SignatureKind, SignatureState};
use crate::db::schema::signatures;
use crate::domain::fold_for_search;

pub struct Figures {
    pub counts: LetterCounts,
    /// Individuals per category, in the letter's order, then "Other".
    pub categories: Vec<(String, i64)>,
    /// Published entries per day, oldest first.
    pub days: Vec<(String, i64)>,
    pub as_of: NaiveDateTime,
}

#[derive(QueryableByName)]
struct Day {
    #[diesel(sql_type = Text)]
    day: String,
    #[diesel(sql_type = BigInt)]
    n: i64,
}

impl Figures {
    pub fn of(conn: &mut DbConn, letter: &Letter, now: NaiveDateTime) -> QueryResult<Figures> {
        let counts = letter.counts(conn)?;
        // Few distinct titles even on a long list: group in SQL, classify here.
        let titles: Vec<(Option<String>, i64)> = signatures::table
            .filter(signatures::letter_id.eq(letter.id))
            .filter(signatures::state.eq(SignatureState::Published))
            .filter(signatures::kind.eq(SignatureKind::Individual))
            .group_by(signatures::title)
            .select((signatures::title, diesel::dsl::count_star()))
            .load(conn)?;
        let rules = letter.categories();
        let mut categories: Vec<(String, i64)> =
            rules.iter().map(|c| (c.name.clone(), 0)).collect();
        let mut other = 0;
        for (title, n) in titles {
            let folded = fold_for_search(title.as_deref().unwrap_or(""));
            match rules
                .iter()
                .position(|c| c.patterns.iter().any(|p| folded.contains(p.as_str())))
            {
                Some(i) => categories[i].1 += n,
                None => other += n,
            }
        }
        if !rules.is_empty() {
            categories.push(("Other".to_owned(), other));
        }
        // DATE() exists in both SQLite and PostgreSQL; the id is ours, not the client's.
        let days = diesel::sql_query(format!(
            "SELECT CAST(DATE(created_at) AS TEXT) AS day, COUNT(*) AS n FROM signatures \
             WHERE letter_id = {} AND state = 'published' GROUP BY DATE(created_at) ORDER BY day",
            letter.id
        ))
        .load::<Day>(conn)?
        .into_iter()
        .map(|d| (d.day, d.n))
        .collect();
        Ok(Figures {
            counts,
            categories,
            days,
            as_of: now,
        })
    }
}
