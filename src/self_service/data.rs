//! "Everything we keep about you": the link of the `/my` mail opens a page with one button,
//! whose POST answers a JSON file of every entry the address holds here, with its history and
//! its mails. Moderators' reasons and names stay out (they are the moderators' notes), and so
//! does the network hash, which is only described.

use actix_web::http::header;
use actix_web::{HttpResponse, get, post, web};
use askama::Template;
use askama_web::WebTemplate;
use chrono::{DateTime, NaiveDateTime, Utc};
use serde::Serialize;

use crate::app::AppState;
use crate::db::DbConn;
use crate::db::models::{
    AuditFilter, AuditRow, Flag, Letter, NewsConsent, OutboxMail, Signature, TokenPurpose,
};
use crate::failure::Doing;
use crate::i18n::Lang;
use crate::moderation::SIGNER;
use crate::signing::{NEWS_PROMISE, NEWS_WORDING, open_link};
use crate::web::PageError;

/// The audit entries of one entry read at most.
const HISTORY_LIMIT: i64 = 1000;

#[derive(Serialize)]
struct Held {
    about: &'static str,
    generated_at: DateTime<Utc>,
    email: String,
    signatures: Vec<HeldSignature>,
}

#[derive(Serialize)]
struct HeldSignature {
    letter: String,
    letter_title: String,
    kind: &'static str,
    state: &'static str,
    name: Option<String>,
    title: Option<String>,
    organisation: Option<String>,
    website: Option<String>,
    public: bool,
    email: Option<String>,
    orcid: Option<String>,
    orcid_verified: bool,
    /// You agreed to show the domain you confirmed from.
    show_domain: bool,
    confirmed_domain: Option<String>,
    institution: Option<String>,
    /// Held out of the public list until a moderator has compared it with a similar entry.
    held_as_probable_duplicate: bool,
    checked_by_a_moderator: bool,
    signed_at: DateTime<Utc>,
    confirmed_at: Option<DateTime<Utc>>,
    published_at: Option<DateTime<Utc>>,
    network: Option<&'static str>,
    flags: Vec<&'static str>,
    history: Vec<HeldEvent>,
    mails: Vec<HeldMail>,
    /// You asked for news about the letter.
    news: Option<HeldConsent>,
}

#[derive(Serialize)]
struct HeldConsent {
    consented_at: DateTime<Utc>,
    /// The version of the words you agreed to, and the words while they are current.
    wording: String,
    words: Option<String>,
}

#[derive(Serialize)]
struct HeldEvent {
    at: DateTime<Utc>,
    action: String,
    by: String,
}

#[derive(Serialize)]
struct HeldMail {
    kind: &'static str,
    state: &'static str,
    queued_at: DateTime<Utc>,
    sent_at: Option<DateTime<Utc>>,
}

const ABOUT: &str = "Everything this service keeps about this email address: each signature \
    it made here, what moderators did with it (without their names or notes), and the mails we \
    sent it. Withdrawing a signature erases it.";
const NETWORK: &str = "a keyed hash of the network you signed from (never the IP address), \
    kept to spot floods of signatures";

fn utc(t: NaiveDateTime) -> DateTime<Utc> {
    t.and_utc()
}

/// Who acted, as the signer is told: never a moderator's address.
fn by(actor: &str) -> String {
    match actor {
        SIGNER => "you".to_owned(),
        a if a.contains('@') => "a moderator".to_owned(),
        a => a.to_owned(),
    }
}

fn held_signature(conn: &mut DbConn, s: Signature) -> Result<HeldSignature, PageError> {
    let letter = Letter::find(conn, s.letter_id).doing("reading the letter")?;
    let filter = AuditFilter {
        signature_id: Some(s.id),
        limit: HISTORY_LIMIT,
        ..AuditFilter::default()
    };
    let mut history: Vec<HeldEvent> = AuditRow::list(conn, &filter)
        .doing("reading the history")?
        .into_iter()
        .map(|row| HeldEvent {
            at: utc(row.created_at),
            by: by(&row.actor),
            action: row.action,
        })
        .collect();
    history.reverse();
    let mails = OutboxMail::for_signature(conn, s.id)
        .doing("reading the mails")?
        .into_iter()
        .map(|m| HeldMail {
            kind: m.kind().as_str(),
            state: m.state.as_str(),
            queued_at: utc(m.created_at),
            sent_at: m.sent_at.map(utc),
        })
        .collect();
    let news = NewsConsent::of_signature(conn, s.id)
        .doing("reading the consent to news")?
        .map(|c| HeldConsent {
            consented_at: utc(c.consented_at),
            words: (c.wording == NEWS_WORDING).then(|| Lang::En.t(NEWS_PROMISE)),
            wording: c.wording,
        });
    Ok(HeldSignature {
        news,
        letter: letter.slug,
        letter_title: letter.title,
        kind: s.kind().as_str(),
        state: s.state().as_str(),
        flags: s.flags.list().into_iter().map(Flag::as_str).collect(),
        network: s.network_key.as_ref().map(|_| NETWORK),
        signed_at: utc(s.created_at),
        confirmed_at: s.verified_at.map(utc),
        published_at: s.published_at.map(utc),
        name: s.name,
        title: s.title,
        organisation: s.organisation,
        website: s.website,
        public: s.public,
        email: s.email,
        orcid: s.orcid,
        orcid_verified: s.orcid_verified,
        show_domain: s.show_domain,
        confirmed_domain: s.confirmed_domain,
        institution: s.institution,
        held_as_probable_duplicate: s.held,
        checked_by_a_moderator: s.moderated,
        history,
        mails,
    })
}

/// Every entry of the link's address, as the file holds it.
fn gather(conn: &mut DbConn, token: &str) -> Result<Held, PageError> {
    let (_, anchor) = open_link(conn, token, TokenPurpose::Data)?;
    let (Some(email), Some(key)) = (anchor.email.clone(), anchor.email_key.clone()) else {
        return Err(PageError::LinkInvalid);
    };
    let signatures = Signature::find_by_address(conn, &key)
        .doing("reading the signatures")?
        .into_iter()
        .map(|s| held_signature(conn, s))
        .collect::<Result<Vec<_>, _>>()?;
    Ok(Held {
        about: ABOUT,
        generated_at: Utc::now(),
        email,
        signatures,
    })
}

#[derive(Template, WebTemplate)]
#[template(path = "my/data.html")]
struct DataPage {
    tr: crate::i18n::Locale,
    count: usize,
}

#[get("/data/{token}")]
pub(super) async fn data_page(
    state: web::Data<AppState>,
    token: web::Path<String>,
) -> Result<DataPage, PageError> {
    let token = token.into_inner();
    let held = state.read(move |conn| gather(conn, &token)).await?;
    Ok(DataPage {
        tr: crate::i18n::Locale::current(),
        count: held.signatures.len(),
    })
}

/// The file. The link is not used up: it may be downloaded again until it expires.
#[post("/data/{token}")]
pub(super) async fn download(
    state: web::Data<AppState>,
    token: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let token = token.into_inner();
    let held = state.read(move |conn| gather(conn, &token)).await?;
    let body = serde_json::to_vec_pretty(&held).doing("writing the file")?;
    Ok(HttpResponse::Ok()
        .content_type("application/json")
        .insert_header((
            header::CONTENT_DISPOSITION,
            "attachment; filename=\"undersigned-my-data.json\"",
        ))
        .insert_header((header::CACHE_CONTROL, "no-store"))
        .body(body))
}
