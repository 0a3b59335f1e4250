//! What moderators decide about entries: approve, reject, or drop as a duplicate. Every way of
//! deciding (one entry, a ticked selection, everything matching a filter, a merge) goes through
//! `decide`, which moves entries by `Move` and writes their audit entries in one transaction.

use std::collections::HashSet;

use actix_web::{HttpResponse, post, web};
use askama::Template;
use chrono::{NaiveDateTime, Utc};

use super::audit::{Actor, record_change, transition_entry};
use super::queue::QueueQuery;
use super::{AdminError, AdminForm, CurrentModerator, back_to, html};
use crate::app::AppState;
use crate::db::models::{Letter, Move, NewAuditEntry, Signature};
use crate::db::{DbConn, write_transaction};
use crate::domain::{Reason, Slug};
use crate::failure::{Doing, Failure};
use crate::web::Fields;

/// A moderator's decision about one or more entries.
#[derive(Debug, Clone)]
pub enum Decision {
    Approve,
    Reject(Reason),
    /// The dropped side of a duplicate pair.
    MarkDuplicate,
}

impl Decision {
    pub fn to_move(&self) -> Move {
        match self {
            Decision::Approve => Move::Approve,
            Decision::Reject(_) => Move::Reject,
            Decision::MarkDuplicate => Move::MarkDuplicate,
        }
    }

    fn reason(&self) -> Option<&str> {
        match self {
            Decision::Reject(reason) => Some(reason.as_ref()),
            Decision::Approve | Decision::MarkDuplicate => None,
        }
    }
}

/// Applies `decision` to the entries `ids` (all of the letter `letter_id`, when given) with
/// their audit entries, in one transaction. An entry whose state does not allow the move is
/// left as it is; returns the ids that changed. An id that names no entry (or one of another
/// letter) changes nothing and is `NotFound`.
pub fn decide(
    conn: &mut DbConn,
    actor: &Actor,
    letter_id: Option<i64>,
    ids: &[i64],
    decision: &Decision,
    now: NaiveDateTime,
) -> Result<Vec<i64>, Failure> {
    let mut ids = ids.to_vec();
    ids.sort_unstable();
    ids.dedup();
    let (mv, reason) = (decision.to_move(), decision.reason());
    write_transaction(conn, |conn| {
        let entries = Signature::find_many(conn, &ids).doing("reading the entries")?;
        let foreign = letter_id.is_some_and(|l| entries.iter().any(|e| e.letter_id != l));
        if entries.len() != ids.len() || foreign {
            return Err(Failure::NotFound);
        }
        let changed = Signature::apply(conn, &ids, mv, reason, now).doing("moving the entries")?;
        let changed_set: HashSet<i64> = changed.iter().copied().collect();
        let audit: Vec<NewAuditEntry> = entries
            .iter()
            .filter(|e| changed_set.contains(&e.id))
            .map(|before| {
                let after = before.after(mv.to(), reason, now);
                transition_entry(actor, mv.action(), before, &after, now)
            })
            .collect();
        NewAuditEntry::insert_all(conn, &audit).doing("writing the audit log")?;
        Ok(changed)
    })
}

/// The decision a form asks for: `action` approve or reject (with its `reason`).
fn decision(fields: &Fields, action: &str) -> Result<Decision, AdminError> {
    let lang = crate::i18n::current();
    match action {
        "approve" => Ok(Decision::Approve),
        "reject" => Reason::parse(fields.get("reason"))
            .map(Decision::Reject)
            .map_err(|e| {
                AdminError::Invalid(super::field_error(lang, "admin-invalid-reason-field", e))
            }),
        _ => Err(super::invalid(lang, "admin-invalid-choose-action")),
    }
}

/// Approves or rejects one entry.
#[post("/signatures/{id}/{action:approve|reject}")]
async fn decide_one(
    state: web::Data<AppState>,
    form: AdminForm,
    path: web::Path<(i64, String)>,
) -> Result<HttpResponse, AdminError> {
    let (id, action) = path.into_inner();
    let AdminForm { me, fields } = form;
    let decision = decision(&fields, &action)?;
    let refused = match decision {
        Decision::Approve => "admin-invalid-cannot-approve",
        _ => "admin-invalid-cannot-reject",
    };
    let actor = Actor::from(&me);
    let changed = state
        .write(move |conn| decide(conn, &actor, None, &[id], &decision, Utc::now().naive_utc()))
        .await?;
    if changed.is_empty() {
        return Err(super::invalid(crate::i18n::current(), refused));
    }
    Ok(back_to(fields.get("return_to")))
}

/// Approves or rejects the ticked entries of one letter.
#[post("/letters/{slug}/bulk")]
async fn bulk(
    state: web::Data<AppState>,
    form: AdminForm,
    slug: web::Path<Slug>,
) -> Result<HttpResponse, AdminError> {
    let AdminForm { me, fields } = form;
    let ids: Vec<i64> = fields
        .all("ids")
        .map(|i| {
            i.parse()
                .map_err(|_| super::invalid(crate::i18n::current(), "admin-invalid-selection"))
        })
        .collect::<Result<_, _>>()?;
    let decision = decision(&fields, fields.get("action"))?;
    let actor = Actor::from(&me);
    state
        .write(move |conn| {
            let letter = Letter::find_by_slug(conn, &slug).doing("finding the letter")?;
            let now = Utc::now().naive_utc();
            decide(conn, &actor, Some(letter.id), &ids, &decision, now)
        })
        .await?;
    Ok(back_to(fields.get("return_to")))
}

#[derive(Template)]
#[template(path = "admin/reject_matching.html")]
struct RejectMatching {
    tr: crate::i18n::Locale,
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
    form: AdminForm,
    slug: web::Path<Slug>,
) -> Result<HttpResponse, AdminError> {
    let AdminForm { me, fields } = form;
    let query = QueueQuery::from_fields(&fields);
    let mut filter = query.filter()?;
    let rejectable = Move::Reject.from();
    filter.states = if filter.states.is_empty() {
        rejectable.to_vec()
    } else {
        filter
            .states
            .into_iter()
            .filter(|s| rejectable.contains(s))
            .collect()
    };
    let decision = decision(&fields, "reject")?;
    let confirmed = fields.get("confirm") == "yes";
    let actor = Actor::from(&me);
    let (letter, count) = state
        .write(move |conn| {
            let letter = Letter::find_by_slug(conn, &slug).doing("finding the letter")?;
            if filter.states.is_empty() {
                return Ok::<_, Failure>((letter, 0));
            }
            let ids = Signature::ids_in_queue(conn, letter.id, &filter)
                .doing("selecting the matching entries")?;
            if !confirmed {
                return Ok((letter, ids.len()));
            }
            let now = Utc::now().naive_utc();
            let rejected = decide(conn, &actor, Some(letter.id), &ids, &decision, now)?;
            Ok((letter, rejected.len()))
        })
        .await?;
    if confirmed {
        return Ok(back_to(&format!(
            "/admin/letters/{}?state=rejected",
            letter.slug
        )));
    }
    html(&RejectMatching {
        tr: crate::i18n::Locale::current(),
        me,
        letter,
        query,
        reason: fields.get("reason").to_owned(),
        count,
    })
}

#[post("/signatures/{id}/pin")]
async fn pin(
    state: web::Data<AppState>,
    form: AdminForm,
    id: web::Path<i64>,
) -> Result<HttpResponse, AdminError> {
    let AdminForm { me, fields } = form;
    let pinned = fields.get("pinned") == "true";
    let (actor, id) = (Actor::from(&me), id.into_inner());
    state
        .write(move |conn| {
            write_transaction(conn, |conn| {
                let before = Signature::find(conn, id).doing("reading the entry")?;
                Signature::set_pinned(conn, id, pinned).doing("pinning")?;
                let action = if pinned { "pin" } else { "unpin" };
                record_change(conn, &actor, action, &before, Utc::now().naive_utc())
                    .doing("writing the audit log")
            })
        })
        .await?;
    Ok(back_to(fields.get("return_to")))
}

pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.service(pin)
        .service(decide_one)
        .service(bulk)
        .service(reject_matching);
}
