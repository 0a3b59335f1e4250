use actix_web::http::header;
use actix_web::{HttpRequest, HttpResponse, get, web};
use askama::Template;
use serde::Deserialize;

use crate::abuse::{Limiter, Rate};
use crate::app::AppState;
use crate::db::models::{
    Basis, Cursor, Letter, LetterCounts, ListFilter, PublicEntry, Signature, SignatureKind,
};
use crate::domain::{Slug, fold_for_search};
use crate::failure::Doing;
use crate::web::{BodyError, PageError, cached};

const PAGE_SIZE: i64 = 50;
const QUERY_MAX: usize = 100;
/// Searches per client address (IPv6: per /64) per instance. A search scans the letter's
/// names (`LIKE '%…%'`) and a random query defeats every cache, so searches are counted;
/// browsing the list is not.
const SEARCH_RATE: Rate = Rate {
    count: 120,
    period: std::time::Duration::from_secs(600),
};

/// The search quota, built once by `startup` and pruned with the others.
#[derive(Clone)]
pub struct Searches(Limiter);

impl Default for Searches {
    fn default() -> Self {
        Searches(Limiter::new(SEARCH_RATE))
    }
}

impl Searches {
    pub fn limiter(&self) -> Limiter {
        self.0.clone()
    }
}

#[derive(Debug, Deserialize)]
pub struct ListQuery {
    kind: Option<SignatureKind>,
    q: Option<String>,
    after: Option<String>,
    before: Option<String>,
}

fn cursor(text: Option<&str>) -> Result<Option<Cursor>, PageError> {
    match text {
        None | Some("") => Ok(None),
        Some(t) => Cursor::parse(t)
            .map(Some)
            .ok_or_else(|| PageError::Body(BodyError::Malformed("cursor".into()))),
    }
}

#[derive(Template)]
#[template(path = "letter/signatories.html")]
pub struct SignatoriesPage {
    tr: crate::i18n::Locale,
    letter: Letter,
    counts: LetterCounts,
    organisations: bool,
    q: String,
    entries: Vec<PublicEntry>,
    next_after: Option<Cursor>,
    prev_before: Option<Cursor>,
}

impl SignatoriesPage {
    fn kind_param(&self) -> &'static str {
        if self.organisations {
            "organisation"
        } else {
            "individual"
        }
    }
}

/// The published list: people and organisations apart, searchable, by keyset pages.
#[get("/letters/{slug}/signatories")]
pub async fn signatories(
    state: web::Data<AppState>,
    searches: web::Data<Searches>,
    slug: web::Path<Slug>,
    query: web::Query<ListQuery>,
    req: HttpRequest,
) -> Result<HttpResponse, PageError> {
    let query = query.into_inner();
    let kind = query.kind.unwrap_or(SignatureKind::Individual);
    let q: String = query
        .q
        .unwrap_or_default()
        .trim()
        .chars()
        .take(QUERY_MAX)
        .collect();
    if !q.is_empty() {
        searches
            .0
            .spend(state.client_ip(&req))
            .map_err(PageError::Quota)?;
    }
    let filter = ListFilter {
        kind: Some(kind),
        search: Some(fold_for_search(&q)),
        after: cursor(query.after.as_deref())?,
        before: cursor(query.before.as_deref())?,
        limit: PAGE_SIZE,
    };
    let (letter, counts, page) = state
        .read(move |conn| {
            let letter = Letter::find_public(conn, &slug).doing("finding the letter")?;
            let counts = letter.counts(conn).doing("counting signatures")?;
            let page =
                Signature::list_published(conn, letter.id, &filter).doing("reading the list")?;
            Ok::<_, PageError>((letter, counts, page))
        })
        .await?;
    let page = SignatoriesPage {
        tr: crate::i18n::Locale::current(),
        letter,
        counts,
        organisations: kind == SignatureKind::Organisation,
        q,
        entries: page.items,
        next_after: page.next_after,
        prev_before: page.prev_before,
    };
    let body = page.render().doing("rendering the page")?;
    Ok(cached(&req, "text/html; charset=utf-8", body))
}

/// The counts and what they rest on.
#[derive(serde::Serialize)]
struct CountJson {
    #[serde(flatten)]
    counts: LetterCounts,
    basis: Basis,
}

/// `{ "individuals": N, "organisations": M, "basis": {…} }`, for widgets on other sites.
#[get("/letters/{slug}/count.json")]
pub async fn count(
    state: web::Data<AppState>,
    slug: web::Path<Slug>,
    req: HttpRequest,
) -> Result<HttpResponse, PageError> {
    let count = state
        .read(move |conn| {
            let letter = Letter::find_public(conn, &slug).doing("finding the letter")?;
            let counts = letter.counts(conn).doing("counting signatures")?;
            let basis = Basis::of(conn, letter.id, &counts).doing("counting the evidence")?;
            Ok::<_, PageError>(CountJson { counts, basis })
        })
        .await?;
    let body = serde_json::to_vec(&count).doing("writing JSON")?;
    let mut res = cached(&req, "application/json", body);
    res.headers_mut().insert(
        header::ACCESS_CONTROL_ALLOW_ORIGIN,
        header::HeaderValue::from_static("*"),
    );
    Ok(res)
}
