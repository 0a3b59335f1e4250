//! The moderation queue: the dashboard, and what waits or was decided, filtered.

use actix_web::{HttpResponse, get, web};
use askama::Template;
use serde::Deserialize;

use super::{AdminError, CurrentModerator, html};
use crate::app::AppState;
use crate::db::models::{
    DuplicatePair, Flag, Letter, Move, PublicEntry, QueueFilter, Signature, SignatureKind,
    SignatureState,
};
use crate::domain::{Slug, fold_for_search};
use crate::failure::{Doing, Failure};
use crate::web::Fields;

const PAGE: i64 = 100;
/// The queue's filters as they appear in its URL and forms.
#[derive(Debug, Default, Clone, Deserialize)]
#[serde(default)]
pub struct QueueQuery {
    pub(super) state: String,
    pub(super) kind: String,
    pub(super) q: String,
    pub(super) flag: String,
    after: Option<i64>,
}

impl QueueQuery {
    pub(super) fn from_fields(f: &Fields) -> QueueQuery {
        QueueQuery {
            state: f.get("state").to_owned(),
            kind: f.get("kind").to_owned(),
            q: f.get("q").to_owned(),
            flag: f.get("flag").to_owned(),
            after: None,
        }
    }

    /// "" means "awaiting moderation"; "all" means every state.
    pub(super) fn filter(&self) -> Result<QueueFilter, AdminError> {
        let lang = crate::i18n::current();
        let bad = |id: &str| super::invalid(lang, id);
        let states = match self.state.as_str() {
            "" => vec![SignatureState::Pending],
            "all" => Vec::new(),
            s => vec![SignatureState::parse(s).ok_or_else(|| bad("admin-invalid-filter-state"))?],
        };
        let kind = match self.kind.as_str() {
            "" => None,
            k => Some(SignatureKind::parse(k).ok_or_else(|| bad("admin-invalid-filter-kind"))?),
        };
        let flag = match self.flag.as_str() {
            "" => None,
            f => Some(Flag::parse(f).ok_or_else(|| bad("admin-invalid-filter-flag"))?),
        };
        let search = fold_for_search(&self.q.chars().take(100).collect::<String>());
        Ok(QueueFilter {
            states,
            kind,
            search: Some(search),
            flag,
        })
    }

    pub(super) fn state_or_default(&self) -> &str {
        if self.state.is_empty() {
            "pending"
        } else {
            &self.state
        }
    }

    /// The query string that reproduces these filters.
    pub(super) fn to_query(&self) -> String {
        url::form_urlencoded::Serializer::new(String::new())
            .append_pair("state", self.state_or_default())
            .append_pair("kind", &self.kind)
            .append_pair("q", &self.q)
            .append_pair("flag", &self.flag)
            .finish()
    }
}

/// One entry as a moderator sees it.
pub struct QueueRow {
    pub s: Signature,
    pub entry: PublicEntry,
    pub flags: Vec<Flag>,
    /// For organisations: does the email's domain match the website's?
    pub domain_match: Option<bool>,
    /// Which decisions the entry's state allows (the page offers only those).
    pub can_approve: bool,
    pub can_reject: bool,
}

impl From<Signature> for QueueRow {
    fn from(s: Signature) -> Self {
        let domain_match = (s.kind() == SignatureKind::Organisation).then(|| {
            crate::evidence::at_website(
                s.email.as_deref().unwrap_or(""),
                s.website.as_deref().unwrap_or(""),
            )
        });
        let verified = s.verified_at.is_some();
        QueueRow {
            can_approve: Move::Approve.allows(s.state(), verified),
            can_reject: Move::Reject.allows(s.state(), verified),
            entry: PublicEntry::from(&s),
            flags: s.flags.list(),
            domain_match,
            s,
        }
    }
}

/// A letter on the dashboard: entries per state, open duplicate pairs, and entries held out of
/// the public views until their pair is dealt with.
struct LetterSummary {
    letter: Letter,
    counts: Vec<(SignatureState, i64)>,
    pairs: i64,
    held: i64,
}

#[derive(Template)]
#[template(path = "admin/dashboard.html")]
struct Dashboard {
    tr: crate::i18n::Locale,
    me: CurrentModerator,
    letters: Vec<LetterSummary>,
}

impl Dashboard {
    fn count(counts: &[(SignatureState, i64)], state: &str) -> i64 {
        counts
            .iter()
            .find(|(s, _)| s.as_str() == state)
            .map_or(0, |(_, n)| *n)
    }
}

#[get("")]
async fn dashboard(
    state: web::Data<AppState>,
    me: CurrentModerator,
) -> Result<HttpResponse, AdminError> {
    let letters = state
        .read(|conn| {
            Letter::list_all(conn)
                .doing("listing the letters")?
                .into_iter()
                .map(|letter| {
                    let counts = Signature::state_counts(conn, letter.id)?;
                    let pairs = DuplicatePair::count_open(conn, letter.id)?;
                    let held = Signature::count_held(conn, letter.id)?;
                    Ok(LetterSummary {
                        letter,
                        counts,
                        pairs,
                        held,
                    })
                })
                .collect::<diesel::QueryResult<Vec<_>>>()
                .doing("counting the queues")
        })
        .await?;
    html(&Dashboard {
        tr: crate::i18n::Locale::current(),
        me,
        letters,
    })
}

#[derive(Template)]
#[template(path = "admin/queue.html")]
struct QueuePage {
    tr: crate::i18n::Locale,
    me: CurrentModerator,
    letter: Letter,
    counts: Vec<(SignatureState, i64)>,
    query: QueueQuery,
    rows: Vec<QueueRow>,
    matching: i64,
    next_after: Option<i64>,
    return_to: String,
}

impl QueuePage {
    fn count(&self, state: &str) -> i64 {
        Dashboard::count(&self.counts, state)
    }
}

#[get("/letters/{slug}")]
async fn queue(
    state: web::Data<AppState>,
    me: CurrentModerator,
    slug: web::Path<Slug>,
    query: web::Query<QueueQuery>,
) -> Result<HttpResponse, AdminError> {
    let query = query.into_inner();
    let filter = query.filter()?;
    let after = query.after;
    let (letter, counts, signatures, matching) = state
        .read(move |conn| {
            let letter = Letter::find_by_slug(conn, &slug).doing("finding the letter")?;
            let counts = Signature::state_counts(conn, letter.id).doing("counting the queue")?;
            let rows = Signature::queue(conn, letter.id, &filter, after, PAGE + 1)
                .doing("reading the queue")?;
            let matching =
                Signature::count_queue(conn, letter.id, &filter).doing("counting the queue")?;
            Ok::<_, Failure>((letter, counts, rows, matching))
        })
        .await?;
    let more = signatures.len() as i64 > PAGE;
    let rows: Vec<QueueRow> = signatures
        .into_iter()
        .take(PAGE as usize)
        .map(QueueRow::from)
        .collect();
    let next_after = rows.last().map(|r| r.s.id).filter(|_| more);
    let return_to = format!("/admin/letters/{}?{}", letter.slug, query.to_query());
    html(&QueuePage {
        tr: crate::i18n::Locale::current(),
        me,
        letter,
        counts,
        query,
        rows,
        matching,
        next_after,
        return_to,
    })
}

pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.service(dashboard).service(queue);
}
