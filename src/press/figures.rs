//! The numbers a journalist asks for first: how many, what kind of professionals, since when,
//! and what they rest on; on the press page and as `figures.json`.

use actix_web::http::header;
use actix_web::{HttpRequest, HttpResponse, get, web};
use chrono::{NaiveDateTime, Utc};
use diesel::prelude::*;
use diesel::sql_types::{BigInt, Text};
use serde::Serialize;

use crate::app::AppState;

use crate::db::DbConn;
use crate::db::models::{Basis, Letter, LetterCounts, SignatureKind, public_entries};
use crate::db::schema::signatures;
use crate::domain::{Slug, fold_for_search};
use crate::failure::Doing;
use crate::web::{PageError, cached};

pub struct Figures {
    pub counts: LetterCounts,
    /// What the counts rest on.
    pub basis: Basis,
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
        let basis = Basis::of(conn, letter.id, &counts)?;
        // Few distinct titles even on a long list: group in SQL, classify here.
        let titles: Vec<(Option<String>, i64)> = public_entries(letter.id)
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
             WHERE letter_id = {} AND state = 'published' AND NOT held GROUP BY DATE(created_at) ORDER BY day",
            letter.id
        ))
        .load::<Day>(conn)?
        .into_iter()
        .map(|d| (d.day, d.n))
        .collect();
        Ok(Figures {
            counts,
            basis,
            categories,
            days,
            as_of: now,
        })
    }
}

/// The basis in words, in English (as `figures.json` gives it).
pub fn statement(basis: &Basis, counts: &LetterCounts) -> Vec<String> {
    statement_in(crate::i18n::Lang::En, basis, counts)
}

/// The basis in words, a clause at a time, e.g. "all 376 people confirmed their signature by
/// email", "212 from an institutional address: NHS 150, universities 62".
pub fn statement_in(lang: crate::i18n::Lang, basis: &Basis, counts: &LetterCounts) -> Vec<String> {
    let mut clauses = Vec::new();
    if counts.individuals > 0 {
        clauses.push(match (basis.confirmed_by_email, basis.imported) {
            (n, 0) => lang.t1("press-basis-confirmed-all", "n", n),
            (0, m) => lang.t1("press-basis-imported-all", "n", m),
            (n, m) => lang.t2("press-basis-confirmed-imported", "n", n, "m", m),
        });
    }
    if basis.institutional > 0 {
        let parts: Vec<String> = basis
            .by_institution
            .iter()
            .map(|i| {
                // The shipped list's name is a word of the interface; a letter's are as written.
                let name = match i.name.as_str() {
                    crate::evidence::UNIVERSITIES => lang.t("press-universities"),
                    name => name.to_owned(),
                };
                format!("{name} {}", lang.number(i.individuals))
            })
            .collect();
        clauses.push(lang.t2(
            "press-basis-institutional",
            "n",
            basis.institutional,
            "list",
            lang.list(&parts),
        ));
    }
    if basis.orcid_verified > 0 {
        clauses.push(lang.t1("press-basis-orcid", "n", basis.orcid_verified));
    }
    if basis.moderated > 0 {
        clauses.push(lang.t1("press-basis-moderated", "n", basis.moderated));
    }
    match (counts.organisations, basis.organisations_moderated) {
        (0, _) => {}
        (n, m) if n == m => {
            clauses.push(lang.t1("press-basis-organisations-all-moderated", "n", n))
        }
        (n, m) => clauses.push(lang.t2("press-basis-organisations-moderated", "n", n, "m", m)),
    }
    clauses
}

/// The press figures as data, for a newsroom's own charts.
#[derive(Serialize)]
struct FiguresJson<'a> {
    #[serde(flatten)]
    counts: LetterCounts,
    basis: &'a Basis,
    /// The basis in words, as the press page says it.
    statement: Vec<String>,
    categories: Vec<Named<'a>>,
    days: Vec<DayJson<'a>>,
    as_of: String,
}

#[derive(Serialize)]
struct Named<'a> {
    name: &'a str,
    individuals: i64,
}

#[derive(Serialize)]
struct DayJson<'a> {
    day: &'a str,
    published: i64,
}

/// `figures.json`: the press page's figures, the same numbers.
#[get("/letters/{slug}/figures.json")]
pub async fn figures_json(
    state: web::Data<AppState>,
    slug: web::Path<Slug>,
    req: HttpRequest,
) -> Result<HttpResponse, PageError> {
    let figures = state
        .read(move |conn| {
            let letter = Letter::find_public(conn, &slug).doing("finding the letter")?;
            Figures::of(conn, &letter, Utc::now().naive_utc()).doing("computing the figures")
        })
        .await?;
    let json = FiguresJson {
        counts: figures.counts,
        basis: &figures.basis,
        statement: statement(&figures.basis, &figures.counts),
        categories: figures
            .categories
            .iter()
            .map(|(name, individuals)| Named {
                name,
                individuals: *individuals,
            })
            .collect(),
        days: figures
            .days
            .iter()
            .map(|(day, published)| DayJson {
                day,
                published: *published,
            })
            .collect(),
        as_of: figures.as_of.format("%Y-%m-%dT%H:%M:%SZ").to_string(),
    };
    let body = serde_json::to_vec(&json).doing("writing JSON")?;
    let mut res = cached(&req, "application/json", body);
    res.headers_mut().insert(
        header::ACCESS_CONTROL_ALLOW_ORIGIN,
        header::HeaderValue::from_static("*"),
    );
    Ok(res)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_basis_reads_as_a_sentence() {
        let counts = LetterCounts {
            individuals: 1,
            organisations: 1,
        };
        let basis = Basis {
            confirmed_by_email: 1,
            moderated: 1,
            organisations_moderated: 1,
            ..Basis::default()
        };
        assert_eq!(
            statement(&basis, &counts),
            [
                "the one person listed confirmed their signature by email",
                "1 person checked by a moderator",
                "1 organisation, checked by a moderator"
            ]
        );
        let counts = LetterCounts {
            individuals: 5,
            organisations: 3,
        };
        let basis = Basis {
            confirmed_by_email: 4,
            imported: 1,
            organisations_moderated: 2,
            ..Basis::default()
        };
        assert_eq!(
            statement(&basis, &counts),
            [
                "4 people confirmed their signature by email and 1 was added by the organisers \
                 from their own list",
                "3 organisations, 2 checked by a moderator"
            ]
        );
    }
}
