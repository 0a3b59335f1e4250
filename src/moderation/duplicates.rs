//! Probable duplicates, side by side: merge (keep one) or "not a duplicate".

use actix_web::{HttpRequest, HttpResponse, get, post, web};
use askama::Template;
use chrono::Utc;

use super::audit::{Actor, record_change};
use super::queue::QueueRow;
use super::{AdminError, CurrentModerator, back_to, html};
use crate::db::models::{
    DuplicatePair, Letter, NewAuditEntry, PairStatus, Signature, SignatureState,
};
use crate::db::write_transaction;
use crate::domain::Slug;
use crate::web::AppState;

const PAGE: i64 = 100;
/// The states an entry can leave for `duplicate`.
const MERGEABLE: [SignatureState; 4] = [
    SignatureState::Unverified,
    SignatureState::Pending,
    SignatureState::Published,
    SignatureState::Rejected,
];

#[derive(Template)]
#[template(path = "admin/duplicates.html")]
struct DuplicatesPage {
    me: CurrentModerator,
    letter: Letter,
    pairs: Vec<(DuplicatePair, QueueRow, QueueRow)>,
    open: i64,
}

#[get("/letters/{slug}/duplicates")]
async fn duplicates(
    state: web::Data<AppState>,
    me: CurrentModerator,
    slug: web::Path<Slug>,
) -> Result<HttpResponse, AdminError> {
    let (letter, pairs, open) = state
        .read(move |conn| {
            let letter = Letter::find_by_slug(conn, &slug)?;
            let pairs = DuplicatePair::list_open(conn, letter.id, PAGE)?
                .into_iter()
                .map(|p| {
                    let first = Signature::find(conn, p.first_id)?;
                    let second = Signature::find(conn, p.second_id)?;
                    Ok((p, QueueRow::from(first), QueueRow::from(second)))
                })
                .collect::<Result<Vec<_>, AdminError>>()?;
            let open = DuplicatePair::count_open(conn, letter.id)?;
            Ok::<_, AdminError>((letter, pairs, open))
        })
        .await?;
    html(&DuplicatesPage {
        me,
        letter,
        pairs,
        open,
    })
}

/// Keeps one entry of the pair; the other becomes `duplicate` and leaves the public list.
#[post("/duplicates/{id}/merge")]
async fn merge(
    state: web::Data<AppState>,
    me: CurrentModerator,
    id: web::Path<i64>,
    req: HttpRequest,
    payload: web::Payload,
) -> Result<HttpResponse, AdminError> {
    let fields = me.form(&req, payload).await?;
    let keep_first = match fields.get("keep") {
        "first" => true,
        "second" => false,
        _ => return Err(AdminError::Invalid("Choose which entry to keep.".into())),
    };
    let (actor, pair_id, moderator) = (Actor::from(&me), id.into_inner(), me.moderator.id);
    let slug = state
        .write(move |conn| {
            write_transaction(conn, |conn| {
                let pair = DuplicatePair::find(conn, pair_id)?;
                let now = Utc::now().naive_utc();
                if !DuplicatePair::resolve(conn, pair_id, PairStatus::Merged, moderator, now)? {
                    return Err(AdminError::Invalid(
                        "This pair was already dealt with.".into(),
                    ));
                }
                let dropped = if keep_first {
                    pair.second_id
                } else {
                    pair.first_id
                };
                let before = Signature::find(conn, dropped)?;
                Signature::set_state(
                    conn,
                    dropped,
                    &MERGEABLE,
                    SignatureState::Duplicate,
                    None,
                    now,
                )?;
                record_change(conn, &actor, "merge duplicate", &before, now)?;
                Ok(Letter::find(conn, pair.letter_id)?.slug)
            })
        })
        .await?;
    Ok(back_to(&format!("/admin/letters/{slug}/duplicates")))
}

/// "Not a duplicate": the pair is closed and never raised again.
#[post("/duplicates/{id}/dismiss")]
async fn dismiss(
    state: web::Data<AppState>,
    me: CurrentModerator,
    id: web::Path<i64>,
    req: HttpRequest,
    payload: web::Payload,
) -> Result<HttpResponse, AdminError> {
    me.form(&req, payload).await?;
    let (actor, pair_id, moderator) = (Actor::from(&me), id.into_inner(), me.moderator.id);
    let slug = state
        .write(move |conn| {
            write_transaction(conn, |conn| {
                let pair = DuplicatePair::find(conn, pair_id)?;
                let now = Utc::now().naive_utc();
                if !DuplicatePair::resolve(conn, pair_id, PairStatus::Dismissed, moderator, now)? {
                    return Err(AdminError::Invalid(
                        "This pair was already dealt with.".into(),
                    ));
                }
                NewAuditEntry {
                    letter_id: Some(pair.letter_id),
                    signature_id: Some(pair.first_id),
                    after_state: Some(format!("{{\"not_duplicate_of\":{}}}", pair.second_id)),
                    ..actor.entry("not a duplicate", now)
                }
                .insert(conn)?;
                Ok(Letter::find(conn, pair.letter_id)?.slug)
            })
        })
        .await?;
    Ok(back_to(&format!("/admin/letters/{slug}/duplicates")))
}

pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.service(duplicates).service(merge).service(dismiss);
}
