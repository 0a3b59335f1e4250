//! The moderation queue: what waits, what was decided, and the actions on entries.

use std::collections::HashSet;

use actix_web::{HttpRequest, HttpResponse, get, post, web};
use askama::Template;
use chrono::{NaiveDateTime, Utc};
use diesel::QueryResult;
use serde::Deserialize;

use super::audit::{Actor, record_change, record_transition, transition_entry};
use super::{AdminError, CurrentModerator, back_to, html};
use crate::db::models::{
    DuplicatePair, Flag, Letter, NewAuditEntry, QueueFilter, Signature, SignatureEdit,
    SignatureKind, SignatureState,
};
use crate::db::{DbConn, write_transaction};
use crate::domain::{OrganisationName, PersonName, Reason, Slug, Title, fold_for_search};
use crate::duplicates::NameKey;
use crate::signing::{PublicEntry, search_key};
use crate::web::{AppState, Fields};

const PAGE: i64 = 100;
/// States an entry can be approved from, and rejected from.
const APPROVABLE: [SignatureState; 3] = [
    SignatureState::Pending,
    SignatureState::Rejected,
    SignatureState::Duplicate,
];
const REJECTABLE: [SignatureState; 3] = [
    SignatureState::Unverified,
    SignatureState::Pending,
    SignatureState::Published,
];

/// The queue's filters as they appear in its URL and forms.
#[derive(Debug, Default, Clone, Deserialize)]
#[serde(default)]
pub struct QueueQuery {
    state: String,
    kind: String,
    q: String,
    flag: String,
    after: Option<i64>,
}

impl QueueQuery {
    fn from_fields(f: &Fields) -> QueueQuery {
        QueueQuery {
            state: f.get("state").to_owned(),
            kind: f.get("kind").to_owned(),
            q: f.get("q").to_owned(),
            flag: f.get("flag").to_owned(),
            after: None,
        }
    }

    /// "" means "awaiting moderation"; "all" means every state.
    fn filter(&self) -> Result<QueueFilter, AdminError> {
        let bad = |what: &str| AdminError::Invalid(format!("Unknown {what} in the filter."));
        let states = match self.state.as_str() {
            "" => vec![SignatureState::Pending],
            "all" => Vec::new(),
            s => vec![SignatureState::from_db(s).ok_or_else(|| bad("state"))?],
        };
        let kind = match self.kind.as_str() {
            "" => None,
            k => Some(SignatureKind::from_db(k).ok_or_else(|| bad("kind"))?),
        };
        let flag = match self.flag.as_str() {
            "" => None,
            f => Some(Flag::from_db(f).ok_or_else(|| bad("flag"))?),
        };
        let search = fold_for_search(&self.q.chars().take(100).collect::<String>());
        Ok(QueueFilter {
            states,
            kind,
            search: Some(search),
            flag,
        })
    }

    fn state_or_default(&self) -> &str {
        if self.state.is_empty() {
            "pending"
        } else {
            &self.state
        }
    }

    /// The query string that reproduces these filters.
    fn to_query(&self) -> String {
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
}

impl From<Signature> for QueueRow {
    fn from(s: Signature) -> Self {
        let domain_match = (s.kind() == SignatureKind::Organisation).then(|| {
            domain_matches(
                s.email.as_deref().unwrap_or(""),
                s.website.as_deref().unwrap_or(""),
            )
        });
        QueueRow {
            entry: PublicEntry::from(&s),
            flags: s.flag_list(),
            domain_match,
            s,
        }
    }
}

fn domain_matches(email: &str, website: &str) -> bool {
    let email_domain = email
        .rsplit_once('@')
        .map_or("", |(_, d)| d)
        .to_ascii_lowercase();
    let host = url::Url::parse(website)
        .ok()
        .and_then(|u| {
            u.host_str()
                .map(|h| h.trim_start_matches("www.").to_ascii_lowercase())
        })
        .unwrap_or_default();
    !host.is_empty() && (email_domain == host || email_domain.ends_with(&format!(".{host}")))
}

/// A letter on the dashboard: entries per state and open duplicate pairs.
struct LetterSummary {
    letter: Letter,
    counts: Vec<(String, i64)>,
    pairs: i64,
}

#[derive(Template)]
#[template(path = "admin/dashboard.html")]
struct Dashboard {
    me: CurrentModerator,
    letters: Vec<LetterSummary>,
}

impl Dashboard {
    fn count(counts: &[(String, i64)], state: &str) -> i64 {
        counts
            .iter()
            .find(|(s, _)| s == state)
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
            Letter::list_all(conn)?
                .into_iter()
                .map(|letter| {
                    let counts = Signature::state_counts(conn, letter.id)?;
                    let pairs = DuplicatePair::count_open(conn, letter.id)?;
                    Ok(LetterSummary {
                        letter,
                        counts,
                        pairs,
                    })
                })
                .collect::<Result<Vec<_>, AdminError>>()
        })
        .await?;
    html(&Dashboard { me, letters })
}

#[derive(Template)]
#[template(path = "admin/queue.html")]
struct QueuePage {
    me: CurrentModerator,
    letter: Letter,
    counts: Vec<(String, i64)>,
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
            let letter = Letter::find_by_slug(conn, &slug)?;
            let counts = Signature::state_counts(conn, letter.id)?;
            let rows = Signature::queue(conn, letter.id, &filter, after, PAGE + 1)?;
            let matching = Signature::count_queue(conn, letter.id, &filter)?;
            Ok::<_, AdminError>((letter, counts, rows, matching))
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

/// Changes one entry's state, with its audit entry, in one transaction.
fn change_state(
    conn: &mut DbConn,
    actor: &Actor,
    id: i64,
    letter_id: Option<i64>,
    to: SignatureState,
    reason: Option<&Reason>,
) -> Result<bool, AdminError> {
    write_transaction(conn, |conn| {
        let before = Signature::find(conn, id)?;
        if letter_id.is_some_and(|l| l != before.letter_id) {
            return Err(AdminError::NotFound);
        }
        Ok(apply_state(
            conn,
            actor,
            &before,
            to,
            reason,
            Utc::now().naive_utc(),
        )?)
    })
}

/// The states an entry may move to `to` from, and the audit log's name for the move.
fn transition(to: SignatureState) -> (&'static [SignatureState], &'static str) {
    match to {
        SignatureState::Published => (&APPROVABLE, "approve"),
        _ => (&REJECTABLE, "reject"),
    }
}

/// Moves `before` to `to` if its state allows, and logs the change. Must run in a transaction.
fn apply_state(
    conn: &mut DbConn,
    actor: &Actor,
    before: &Signature,
    to: SignatureState,
    reason: Option<&Reason>,
    now: NaiveDateTime,
) -> QueryResult<bool> {
    let (from, action) = transition(to);
    let reason = reason.map(AsRef::as_ref);
    let changed = Signature::set_state(conn, before.id, from, to, reason, now)?;
    if changed {
        let after = before.with_state(to, reason, now);
        record_transition(conn, actor, action, before, &after, now)?;
    }
    Ok(changed)
}

fn reason(fields: &Fields) -> Result<Reason, AdminError> {
    Reason::parse(fields.get("reason")).map_err(|e| AdminError::Invalid(format!("Reason: {e}")))
}

#[post("/signatures/{id}/approve")]
async fn approve(
    state: web::Data<AppState>,
    me: CurrentModerator,
    id: web::Path<i64>,
    req: HttpRequest,
    payload: web::Payload,
) -> Result<HttpResponse, AdminError> {
    let fields = me.form(&req, payload).await?;
    let (actor, id) = (Actor::from(&me), id.into_inner());
    let changed = state
        .write(move |conn| change_state(conn, &actor, id, None, SignatureState::Published, None))
        .await?;
    if !changed {
        return Err(AdminError::Invalid(
            "Only entries awaiting moderation, rejected or marked duplicate can be approved."
                .into(),
        ));
    }
    Ok(back_to(fields.get("return_to")))
}

#[post("/signatures/{id}/reject")]
async fn reject(
    state: web::Data<AppState>,
    me: CurrentModerator,
    id: web::Path<i64>,
    req: HttpRequest,
    payload: web::Payload,
) -> Result<HttpResponse, AdminError> {
    let fields = me.form(&req, payload).await?;
    let reason = reason(&fields)?;
    let (actor, id) = (Actor::from(&me), id.into_inner());
    let changed = state
        .write(move |conn| {
            change_state(
                conn,
                &actor,
                id,
                None,
                SignatureState::Rejected,
                Some(&reason),
            )
        })
        .await?;
    if !changed {
        return Err(AdminError::Invalid(
            "This entry cannot be rejected in its present state.".into(),
        ));
    }
    Ok(back_to(fields.get("return_to")))
}

#[post("/signatures/{id}/pin")]
async fn pin(
    state: web::Data<AppState>,
    me: CurrentModerator,
    id: web::Path<i64>,
    req: HttpRequest,
    payload: web::Payload,
) -> Result<HttpResponse, AdminError> {
    let fields = me.form(&req, payload).await?;
    let pinned = fields.get("pinned") == "true";
    let (actor, id) = (Actor::from(&me), id.into_inner());
    state
        .write(move |conn| {
            write_transaction(conn, |conn| {
                let before = Signature::find(conn, id)?;
                Signature::set_pinned(conn, id, pinned)?;
                let now = Utc::now().naive_utc();
                record_change(
                    conn,
                    &actor,
                    if pinned { "pin" } else { "unpin" },
                    &before,
                    now,
                )
                .map_err(AdminError::from)
            })
        })
        .await?;
    Ok(back_to(fields.get("return_to")))
}

/// Approves or rejects the ticked entries of one letter.
#[post("/letters/{slug}/bulk")]
async fn bulk(
    state: web::Data<AppState>,
    me: CurrentModerator,
    slug: web::Path<Slug>,
    req: HttpRequest,
    payload: web::Payload,
) -> Result<HttpResponse, AdminError> {
    let fields = me.form(&req, payload).await?;
    let mut ids: Vec<i64> = fields
        .all("ids")
        .map(|i| {
            i.parse()
                .map_err(|_| AdminError::Invalid("The selection was not understood.".into()))
        })
        .collect::<Result<_, _>>()?;
    ids.sort_unstable();
    ids.dedup();
    let (to, reason) = match fields.get("action") {
        "approve" => (SignatureState::Published, None),
        "reject" => (SignatureState::Rejected, Some(reason(&fields)?)),
        _ => return Err(AdminError::Invalid("Choose approve or reject.".into())),
    };
    let actor = Actor::from(&me);
    state
        .write(move |conn| {
            let letter = Letter::find_by_slug(conn, &slug)?;
            // Read, changed and logged a chunk to a statement, in one transaction: per-entry
            // round trips made 10,000 entries take 2.9 s on PostgreSQL.
            write_transaction(conn, |conn| {
                let entries = Signature::find_many(conn, &ids)?;
                if entries.len() != ids.len() || entries.iter().any(|e| e.letter_id != letter.id) {
                    return Err(AdminError::NotFound);
                }
                let now = Utc::now().naive_utc();
                let (from, action) = transition(to);
                let reason = reason.as_ref().map(AsRef::as_ref);
                let changed: HashSet<i64> =
                    Signature::set_states(conn, &ids, from, to, reason, now)?
                        .into_iter()
                        .collect();
                let audit: Vec<NewAuditEntry> = entries
                    .iter()
                    .filter(|e| changed.contains(&e.id))
                    .map(|before| {
                        let after = before.with_state(to, reason, now);
                        transition_entry(&actor, action, before, &after, now)
                    })
                    .collect();
                NewAuditEntry::insert_all(conn, &audit)?;
                Ok::<_, AdminError>(())
            })
        })
        .await?;
    Ok(back_to(fields.get("return_to")))
}

#[derive(Template)]
#[template(path = "admin/reject_matching.html")]
struct RejectMatching {
    me: CurrentModerator,
    letter: Letter,
    query: QueueQuery,
    reason: String,
    count: usize,
}

/// Rejects every entry matching the queue's filter, for spam waves. Without `confirm=yes` it
/// changes nothing and shows how many entries it would reject.
#[post("/letters/{slug}/reject-matching")]
async fn reject_matching(
    state: web::Data<AppState>,
    me: CurrentModerator,
    slug: web::Path<Slug>,
    req: HttpRequest,
    payload: web::Payload,
) -> Result<HttpResponse, AdminError> {
    let fields = me.form(&req, payload).await?;
    let query = QueueQuery::from_fields(&fields);
    let mut filter = query.filter()?;
    filter.states = if filter.states.is_empty() {
        REJECTABLE.to_vec()
    } else {
        filter
            .states
            .into_iter()
            .filter(|s| REJECTABLE.contains(s))
            .collect()
    };
    let reason = reason(&fields)?;
    let confirmed = fields.get("confirm") == "yes";
    let actor = Actor::from(&me);
    let (letter, count) = state
        .write(move |conn| {
            let letter = Letter::find_by_slug(conn, &slug)?;
            if filter.states.is_empty() {
                return Ok::<_, AdminError>((letter, 0));
            }
            let ids = Signature::ids_in_queue(conn, letter.id, &filter)?;
            if !confirmed {
                return Ok((letter, ids.len()));
            }
            let rejected = write_transaction(conn, |conn| {
                let mut rejected = 0;
                for id in &ids {
                    let to = SignatureState::Rejected;
                    if change_state(conn, &actor, *id, Some(letter.id), to, Some(&reason))? {
                        rejected += 1;
                    }
                }
                Ok::<_, AdminError>(rejected)
            })?;
            Ok((letter, rejected))
        })
        .await?;
    if confirmed {
        return Ok(back_to(&format!(
            "/admin/letters/{}?state=rejected",
            letter.slug
        )));
    }
    html(&RejectMatching {
        me,
        letter,
        query,
        reason: fields.get("reason").to_owned(),
        count,
    })
}

#[derive(Template)]
#[template(path = "admin/edit.html")]
struct EditPage {
    me: CurrentModerator,
    s: Signature,
    name: String,
    title: String,
    organisation: String,
    error: Option<String>,
}

#[get("/signatures/{id}/edit")]
async fn edit_form(
    state: web::Data<AppState>,
    me: CurrentModerator,
    id: web::Path<i64>,
) -> Result<HttpResponse, AdminError> {
    let id = id.into_inner();
    let s = state
        .read(move |conn| Signature::find(conn, id).map_err(AdminError::from))
        .await?;
    let text = |v: &Option<String>| v.clone().unwrap_or_default();
    let (name, title, organisation) = (text(&s.name), text(&s.title), text(&s.organisation));
    html(&EditPage {
        me,
        s,
        name,
        title,
        organisation,
        error: None,
    })
}

/// The corrected fields, parsed like a signature's; the original stays in the audit log.
fn parse_edit(s: &Signature, f: &Fields) -> Result<SignatureEdit, String> {
    let kind = s.kind();
    let name = PersonName::parse(f.get("name")).map_err(|e| format!("Name: {e}"))?;
    let organisation = match kind {
        SignatureKind::Organisation => Some(
            OrganisationName::parse(f.get("organisation"))
                .map_err(|e| format!("Organisation: {e}"))?,
        ),
        SignatureKind::Individual => OrganisationName::parse_optional(f.get("organisation"))
            .map_err(|e| format!("Organisation: {e}"))?,
    };
    let title = Title::parse_optional(f.get("title")).map_err(|e| format!("Title: {e}"))?;
    let key = NameKey::of(match (kind, &organisation) {
        (SignatureKind::Organisation, Some(org)) => org.as_ref(),
        _ => name.as_ref(),
    });
    let organisation: Option<String> = organisation.map(String::from);
    let title: Option<String> = title.map(String::from);
    Ok(SignatureEdit {
        search_key: search_key(
            kind,
            s.public,
            Some(name.as_ref()),
            title.as_deref(),
            organisation.as_deref(),
        ),
        name: Some(name.into()),
        title,
        organisation,
        name_key: key.full,
        name_first: key.first,
        name_last: key.last,
    })
}

#[post("/signatures/{id}/edit")]
async fn edit(
    state: web::Data<AppState>,
    me: CurrentModerator,
    id: web::Path<i64>,
    req: HttpRequest,
    payload: web::Payload,
) -> Result<HttpResponse, AdminError> {
    let fields = me.form(&req, payload).await?;
    let id = id.into_inner();
    let actor = Actor::from(&me);
    let values = (
        fields.get("name").to_owned(),
        fields.get("title").to_owned(),
        fields.get("organisation").to_owned(),
    );
    let outcome = state
        .write(move |conn| {
            write_transaction(conn, |conn| {
                let before = Signature::find(conn, id)?;
                match parse_edit(&before, &fields) {
                    Err(message) => Ok::<_, AdminError>((before, Some(message))),
                    Ok(edit) => {
                        Signature::edit(conn, id, &edit)?;
                        record_change(conn, &actor, "edit", &before, Utc::now().naive_utc())?;
                        Ok((before, None))
                    }
                }
            })
        })
        .await?;
    match outcome {
        (s, None) => {
            let letter = state
                .read(move |conn| Letter::find(conn, s.letter_id).map_err(AdminError::from))
                .await?;
            Ok(back_to(&format!(
                "/admin/letters/{}?state=all",
                letter.slug
            )))
        }
        (s, Some(error)) => {
            let (name, title, organisation) = values;
            let page = EditPage {
                me,
                s,
                name,
                title,
                organisation,
                error: Some(error),
            };
            let body = page.render().map_err(anyhow::Error::new)?;
            Ok(HttpResponse::UnprocessableEntity()
                .content_type("text/html; charset=utf-8")
                .body(body))
        }
    }
}

pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.service(dashboard)
        .service(queue)
        .service(approve)
        .service(reject)
        .service(pin)
        .service(bulk)
        .service(reject_matching)
        .service(edit_form)
        .service(edit);
}

#[cfg(test)]
mod tests {
    use super::domain_matches;

    #[test]
    fn email_domain_against_website() {
        assert!(domain_matches(
            "ceo@mind.org.uk",
            "https://www.mind.org.uk/"
        ));
        assert!(domain_matches(
            "ceo@mail.mind.org.uk",
            "https://mind.org.uk/"
        ));
        assert!(!domain_matches("ceo@gmail.com", "https://mind.org.uk/"));
        assert!(!domain_matches(
            "ceo@notmind.org.uk",
            "https://mind.org.uk/"
        ));
    }
}
