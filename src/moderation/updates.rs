//! A letter's updates in the admin pages (admins only): write one, preview its mail, send a
//! test to oneself, see how many signers asked for news, then send.

use actix_web::{HttpResponse, get, post, web};
use askama::Template;
use chrono::Utc;

use super::audit::Actor;
use super::{AdminError, AdminForm, CurrentModerator, back_to, html};
use crate::app::AppState;
use crate::db::models::{
    Audience, Letter, LetterVersion, NewUpdate, OutboxMail, Update, UpdateSource,
};
use crate::domain::{Caption, Slug, UpdateText};
use crate::failure::{Doing, Failure};
use crate::letters::{render_markdown, update_date};
use crate::mail::{MailContent, Mailer, SendError, news_mail, redacted};
use crate::updates::sending::{self, MONTH_DAYS, MOST_PER_MONTH};

/// An update with how its mails are going (while the outbox keeps them).
pub struct UpdateRow {
    pub update: Update,
    pub delivered: i64,
    pub waiting: i64,
}

#[derive(Template)]
#[template(path = "admin/updates.html")]
struct UpdatesPage {
    tr: crate::i18n::Locale,
    me: CurrentModerator,
    letter: Letter,
    updates: Vec<UpdateRow>,
    /// Signers an update would go to now.
    audience: i64,
    /// Updates sent in the last 30 days, and the most allowed.
    recent: usize,
    most: usize,
    today: String,
    /// The text's current version and the confirmed signers of earlier ones.
    version: LetterVersion,
    earlier: i64,
}

#[derive(Template)]
#[template(path = "admin/update.html")]
struct PreviewPage {
    tr: crate::i18n::Locale,
    me: CurrentModerator,
    letter: Letter,
    row: UpdateRow,
    mail: MailContent,
    audience: i64,
    /// A test mail just went to the admin.
    tested: bool,
}

fn read_letter(conn: &mut crate::db::DbConn, slug: &Slug) -> Result<Letter, Failure> {
    Letter::find_by_slug(conn, slug).doing("finding the letter")
}

fn row(conn: &mut crate::db::DbConn, update: Update) -> Result<UpdateRow, Failure> {
    let (delivered, waiting) =
        OutboxMail::news_progress(conn, update.id).doing("counting the update's mails")?;
    Ok(UpdateRow {
        update,
        delivered,
        waiting,
    })
}

#[get("/letters/{slug}/updates")]
async fn list(
    state: web::Data<AppState>,
    me: CurrentModerator,
    slug: web::Path<Slug>,
) -> Result<HttpResponse, AdminError> {
    me.require_admin()?;
    let now = Utc::now().naive_utc();
    let (letter, updates, audience, recent, version, earlier) = state
        .read(move |conn| {
            let letter = read_letter(conn, &slug)?;
            let updates = Update::all_of_letter(conn, letter.id)
                .doing("reading the updates")?
                .into_iter()
                .map(|u| row(conn, u))
                .collect::<Result<Vec<_>, _>>()?;
            let audience = OutboxMail::audience_size(conn, letter.id, Audience::News)
                .doing("counting the recipients")?;
            let version = LetterVersion::find(conn, letter.id, letter.version)
                .doing("reading the version")?;
            let earlier = OutboxMail::audience_size(
                conn,
                letter.id,
                Audience::Earlier {
                    version: letter.version,
                },
            )
            .doing("counting the earlier signers")?;
            let recent =
                Update::sent_since(conn, letter.id, now - chrono::Duration::days(MONTH_DAYS))
                    .doing("reading the updates sent")?
                    .len();
            Ok::<_, Failure>((letter, updates, audience, recent, version, earlier))
        })
        .await?;
    html(&UpdatesPage {
        tr: crate::i18n::Locale::current(),
        me,
        letter,
        updates,
        audience,
        recent,
        most: MOST_PER_MONTH,
        today: now.format("%Y-%m-%d").to_string(),
        version,
        earlier,
    })
}

/// Writes a new update: it shows on the letter page at once; mailing it is a separate step.
#[post("/letters/{slug}/updates")]
async fn create(
    state: web::Data<AppState>,
    form: AdminForm,
    slug: web::Path<Slug>,
) -> Result<HttpResponse, AdminError> {
    let AdminForm { me, fields } = form;
    me.require_admin()?;
    let lang = crate::i18n::current();
    let invalid = |field: &str, e| AdminError::Invalid(super::field_error(lang, field, e));
    let words = fields.get("name").trim().to_lowercase().replace(' ', "-");
    let name = format!("{}-{words}", fields.get("date").trim());
    let published_on =
        update_date(&name).ok_or_else(|| super::invalid(lang, "admin-invalid-update-name"))?;
    let title = Caption::parse(fields.get("title"))
        .map_err(|e| invalid("admin-invalid-update-title", e))?;
    let body = UpdateText::parse(fields.get("body"))
        .map_err(|e| invalid("admin-invalid-update-text", e))?;
    let slug = slug.into_inner();
    let actor = Actor::from(&me);
    let to = format!("/admin/letters/{slug}/updates/{name}");
    let now = Utc::now().naive_utc();
    state
        .write(move |conn| {
            let letter = read_letter(conn, &slug)?;
            let new = NewUpdate {
                letter_id: letter.id,
                name: name.clone(),
                published_on: published_on.format("%Y-%m-%d").to_string(),
                title: title.as_ref().to_owned(),
                body_html: render_markdown(body.as_ref()),
                body_md: body.as_ref().to_owned(),
                source: UpdateSource::Admin,
                on_target: false,
                loaded_at: now,
            };
            crate::db::write_transaction(conn, |conn| {
                if !Update::insert(conn, &new)? {
                    return Ok(Err(()));
                }
                crate::db::models::NewAuditEntry {
                    letter_id: Some(letter.id),
                    after_state: Some(serde_json::json!({ "update": new.name }).to_string()),
                    ..actor.entry("write update", now)
                }
                .insert(conn)?;
                Ok::<_, diesel::result::Error>(Ok(()))
            })
            .doing("writing the update")?
            .map_err(|()| super::invalid(lang, "admin-invalid-update-exists"))
        })
        .await?;
    Ok(back_to(&to))
}

#[derive(serde::Deserialize)]
struct PreviewQuery {
    #[serde(default)]
    tested: bool,
}

#[get("/letters/{slug}/updates/{name}")]
async fn preview(
    state: web::Data<AppState>,
    me: CurrentModerator,
    path: web::Path<(Slug, String)>,
    query: web::Query<PreviewQuery>,
) -> Result<HttpResponse, AdminError> {
    me.require_admin()?;
    let (slug, name) = path.into_inner();
    let (letter, row, audience) = state
        .read(move |conn| {
            let (letter, update) = letter_and_update(conn, &slug, &name)?;
            let audience = OutboxMail::audience_size(conn, letter.id, Audience::News)
                .doing("counting the recipients")?;
            Ok::<_, Failure>((letter, row(conn, update)?, audience))
        })
        .await?;
    let base = &state.settings.base_url;
    let mail = news_mail(
        base,
        &letter.head(),
        &row.update,
        &sample_unsubscribe(base),
        crate::i18n::current(),
    )
    .doing("rendering the mail")?;
    html(&PreviewPage {
        tr: crate::i18n::Locale::current(),
        me,
        letter,
        row,
        mail,
        audience,
        tested: query.tested,
    })
}

/// The test mail's stop link: each signer's mail has their own.
fn sample_unsubscribe(base: &str) -> String {
    format!("{base}/unsubscribe/example")
}

/// The letter and its update named in the path; 404 when either is missing.
fn letter_and_update(
    conn: &mut crate::db::DbConn,
    slug: &Slug,
    name: &str,
) -> Result<(Letter, Update), Failure> {
    let letter = read_letter(conn, slug)?;
    let update = Update::find_by_name(conn, letter.id, name)
        .doing("reading the update")?
        .ok_or(Failure::NotFound)?;
    Ok((letter, update))
}

async fn find_update(
    state: &AppState,
    slug: Slug,
    name: String,
) -> Result<(Letter, Update), AdminError> {
    Ok(state
        .read(move |conn| letter_and_update(conn, &slug, &name))
        .await?)
}

/// Sends the mail to the admin's own address at once, marked as a test, outside the outbox.
#[post("/letters/{slug}/updates/{name}/test")]
async fn test(
    state: web::Data<AppState>,
    mailer: web::Data<Mailer>,
    form: AdminForm,
    path: web::Path<(Slug, String)>,
) -> Result<HttpResponse, AdminError> {
    let AdminForm { me, .. } = form;
    me.require_admin()?;
    let (slug, name) = path.into_inner();
    let (letter, update) = find_update(&state, slug, name).await?;
    let base = &state.settings.base_url;
    let mut mail = news_mail(
        base,
        &letter.head(),
        &update,
        &sample_unsubscribe(base),
        crate::i18n::current(),
    )
    .doing("rendering the mail")?;
    mail.subject = format!("[Test] {}", mail.subject);
    let sent = tokio::time::timeout(
        std::time::Duration::from_secs(30),
        mailer.send(&me.moderator.email, &mail),
    )
    .await
    .unwrap_or_else(|_| Err(SendError::Transient("timed out".into())));
    if let Err(e) = sent {
        tracing::warn!(error = %redacted(&e.to_string()), "test mail of an update not sent");
        return Err(super::invalid(
            crate::i18n::current(),
            "admin-invalid-test-not-sent",
        ));
    }
    Ok(back_to(&format!(
        "/admin/letters/{}/updates/{}?tested=true",
        letter.slug, update.name
    )))
}

/// Queues the update for every signer who asked for news; the mail worker delivers it.
#[post("/letters/{slug}/updates/{name}/send")]
async fn send(
    state: web::Data<AppState>,
    form: AdminForm,
    path: web::Path<(Slug, String)>,
) -> Result<HttpResponse, AdminError> {
    let AdminForm { me, .. } = form;
    me.require_admin()?;
    let (slug, name) = path.into_inner();
    let (letter, update) = find_update(&state, slug, name).await?;
    let to = format!("/admin/letters/{}/updates/{}", letter.slug, update.name);
    let actor = Actor::from(&me);
    let update_id = update.id;
    let queued = state
        .write(move |conn| {
            sending::send(conn, &letter, update_id, &actor, Utc::now().naive_utc())
                .doing("queueing the update")
        })
        .await?
        .map_err(|refusal| {
            let lang = crate::i18n::current();
            AdminError::Invalid(match refusal {
                sending::Refusal::AlreadySent { title, on } => {
                    lang.t2("admin-refusal-already-sent", "title", title, "on", on)
                }
                sending::Refusal::TooSoon { next } => {
                    lang.t1("admin-refusal-too-soon", "next", next)
                }
            })
        })?;
    tracing::info!(update = update_id, recipients = queued, "update queued");
    state.mail_wakeup.notify_one();
    Ok(back_to(&to))
}

/// Asks the confirmed signers of earlier versions, once per version, to sign the current one:
/// one mail each. Those who do not stay listed under their version.
#[post("/letters/{slug}/reconfirm")]
async fn ask_reconfirm(
    state: web::Data<AppState>,
    form: AdminForm,
    slug: web::Path<Slug>,
) -> Result<HttpResponse, AdminError> {
    let AdminForm { me, .. } = form;
    me.require_admin()?;
    let slug = slug.into_inner();
    let to = format!("/admin/letters/{slug}/updates");
    let actor = Actor::from(&me);
    let lang = crate::i18n::current();
    let queued = state
        .write(move |conn| {
            let letter = read_letter(conn, &slug)?;
            let now = Utc::now().naive_utc();
            crate::db::write_transaction(conn, |conn| {
                if letter.version < 2
                    || !LetterVersion::ask_reconfirm(conn, letter.id, letter.version, now)?
                {
                    return Ok(None);
                }
                let queued = OutboxMail::queue_all(
                    conn,
                    letter.id,
                    Audience::Earlier {
                        version: letter.version,
                    },
                    None,
                    now,
                )?;
                crate::db::models::NewAuditEntry {
                    letter_id: Some(letter.id),
                    after_state: Some(
                        serde_json::json!({ "version": letter.version, "recipients": queued })
                            .to_string(),
                    ),
                    ..actor.entry("ask to sign new version", now)
                }
                .insert(conn)?;
                Ok::<_, diesel::result::Error>(Some(queued))
            })
            .doing("asking to sign the new version")?
            .ok_or_else(|| super::invalid(lang, "admin-invalid-reconfirm-done"))
        })
        .await?;
    tracing::info!(recipients = queued, "signers asked to sign a new version");
    state.mail_wakeup.notify_one();
    Ok(back_to(&to))
}

pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.service(list)
        .service(create)
        .service(preview)
        .service(test)
        .service(send)
        .service(ask_reconfirm);
}
