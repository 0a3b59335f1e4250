//! Probable duplicates, side by side: merge (keep one) or "not a duplicate".

use actix_web::{HttpResponse, get, post, web};
use askama::Template;
use chrono::{NaiveDateTime, Utc};

use super::audit::Actor;
use super::decisions::{Decision, decide};
use super::queue::QueueRow;
use super::{AdminError, AdminForm, CurrentModerator, back_to, html};
use crate::app::AppState;
use crate::db::models::{
    DuplicatePair, Letter, NewAuditEntry, PairStatus, Signature, SignatureState,
};
use crate::db::{DbConn, write_transaction};
use crate::domain::Slug;
use crate::failure::{Doing, Failure};

const PAGE: i64 = 100;

#[derive(Template)]
#[template(path = "admin/duplicates.html")]
struct DuplicatesPage {
    tr: crate::i18n::Locale,
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
            let letter = Letter::find_by_slug(conn, &slug).doing("finding the letter")?;
            let pairs = DuplicatePair::list_open(conn, letter.id, PAGE)
                .and_then(|pairs| {
                    pairs
                        .into_iter()
                        .map(|p| {
                            let first = Signature::find(conn, p.first_id)?;
                            let second = Signature::find(conn, p.second_id)?;
                            Ok((p, QueueRow::from(first), QueueRow::from(second)))
                        })
                        .collect::<diesel::QueryResult<Vec<_>>>()
                })
                .doing("reading the pairs")?;
            let open = DuplicatePair::count_open(conn, letter.id).doing("counting the pairs")?;
            Ok::<_, Failure>((letter, pairs, open))
        })
        .await?;
    html(&DuplicatesPage {
        tr: crate::i18n::Locale::current(),
        me,
        letter,
        pairs,
        open,
    })
}

/// Closes an open pair as `status`, and lists its held entries that wait on no other pair; a
/// pair already dealt with changes nothing (and says so in `lang`).
fn resolve(
    lang: crate::i18n::Lang,
    conn: &mut DbConn,
    pair_id: i64,
    status: PairStatus,
    moderator: i64,
    now: NaiveDateTime,
) -> Result<DuplicatePair, AdminError> {
    let pair = DuplicatePair::find(conn, pair_id).doing("reading the pair")?;
    let resolved = DuplicatePair::resolve(conn, pair_id, status, moderator, now)
        .doing("resolving the pair")?;
    if !resolved {
        return Err(super::invalid(lang, "admin-invalid-pair-done"));
    }
    // A held entry is listed once no pair waits on it.
    Signature::release_if_clear(conn, &[pair.first_id, pair.second_id])
        .doing("releasing held entries")?;
    Ok(pair)
}

/// Keeps one entry of the pair; the other becomes `duplicate` and leaves the public list. The
/// kept entry must be live (awaiting moderation or published), and the dropped one must be able
/// to move, or nothing changes.
#[post("/duplicates/{id}/merge")]
async fn merge(
    state: web::Data<AppState>,
    form: AdminForm,
    id: web::Path<i64>,
) -> Result<HttpResponse, AdminError> {
    let AdminForm { me, fields } = form;
    let lang = crate::i18n::current();
    let keep_first = match fields.get("keep") {
        "first" => true,
        "second" => false,
        _ => return Err(super::invalid(lang, "admin-invalid-choose-keep")),
    };
    let (actor, pair_id, moderator) = (Actor::from(&me), id.into_inner(), me.moderator.id);
    let slug = state
        .write(move |conn| {
            write_transaction(conn, |conn| {
                let now = Utc::now().naive_utc();
                let pair = resolve(lang, conn, pair_id, PairStatus::Merged, moderator, now)?;
                let (kept, dropped) = if keep_first {
                    (pair.first_id, pair.second_id)
                } else {
                    (pair.second_id, pair.first_id)
                };
                let kept = Signature::find(conn, kept).doing("reading the kept entry")?;
                let live = [SignatureState::Pending, SignatureState::Published];
                let merged = live.contains(&kept.state())
                    && !decide(
                        conn,
                        &actor,
                        Some(pair.letter_id),
                        &[dropped],
                        &Decision::MarkDuplicate,
                        now,
                    )?
                    .is_empty();
                if !merged {
                    return Err(super::invalid(lang, "admin-invalid-pair-changed"));
                }
                Ok::<_, AdminError>(
                    Letter::find(conn, pair.letter_id)
                        .doing("reading the letter")?
                        .slug,
                )
            })
        })
        .await?;
    Ok(back_to(&format!("/admin/letters/{slug}/duplicates")))
}

/// "Not a duplicate": the pair is closed and never raised again.
#[post("/duplicates/{id}/dismiss")]
async fn dismiss(
    state: web::Data<AppState>,
    form: AdminForm,
    id: web::Path<i64>,
) -> Result<HttpResponse, AdminError> {
    let me = form.me;
    let lang = crate::i18n::current();
    let (actor, pair_id, moderator) = (Actor::from(&me), id.into_inner(), me.moderator.id);
    let slug = state
        .write(move |conn| {
            write_transaction(conn, |conn| {
                let now = Utc::now().naive_utc();
                let pair = resolve(lang, conn, pair_id, PairStatus::Dismissed, moderator, now)?;
                NewAuditEntry {
                    letter_id: Some(pair.letter_id),
                    signature_id: Some(pair.first_id),
                    after_state: Some(format!("{{\"not_duplicate_of\":{}}}", pair.second_id)),
                    ..actor.entry("not a duplicate", now)
                }
                .insert(conn)
                .doing("writing the audit log")?;
                Ok::<_, AdminError>(
                    Letter::find(conn, pair.letter_id)
                        .doing("reading the letter")?
                        .slug,
                )
            })
        })
        .await?;
    Ok(back_to(&format!("/admin/letters/{slug}/duplicates")))
}

pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.service(duplicates).service(merge).service(dismiss);
}
