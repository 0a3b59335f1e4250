//! The links in our mails. Opening one shows a page with one button; only the button's POST
//! acts, because mail scanners open links.

use actix_web::{get, post, web};
use askama::Template;
use askama_web::WebTemplate;
use chrono::Utc;

use crate::app::AppState;
use crate::db::models::{
    Letter, LetterStatus, Moderation, NewsConsent, OutboxMail, PublicEntry, Signature,
    SignatureKind, SignatureState, Token, TokenPurpose,
};
use crate::db::{DbConn, write_transaction};
use crate::domain::RawToken;
use crate::duplicates;
use crate::evidence::{self, Evidence};
use crate::failure::Doing;
use crate::i18n::Locale;
use crate::web::PageError;

#[derive(Template, WebTemplate)]
#[template(path = "letter/confirm.html")]
pub struct ConfirmPage {
    tr: Locale,
    withdraw: bool,
    letter: Letter,
    entry: PublicEntry,
    already_confirmed: bool,
    /// The words of the consent to news the form gave, confirmed with the signature.
    news: Option<&'static str>,
}

/// What happened, for the page that follows the button.
pub enum Outcome {
    Published,
    AwaitingModeration,
    AlreadyConfirmed,
    Withdrawn,
}

#[derive(Template, WebTemplate)]
#[template(path = "letter/done.html")]
pub struct DonePage {
    tr: Locale,
    letter: Letter,
    outcome: Outcome,
}

/// The live token of a mailed link (`/{purpose}/{token}`) and its signature; anything else
/// is "link not valid".
pub fn open_link(
    conn: &mut DbConn,
    token: &str,
    purpose: TokenPurpose,
) -> Result<(Token, Signature), PageError> {
    let raw = RawToken::parse(token).ok_or(PageError::LinkInvalid)?;
    let now = Utc::now().naive_utc();
    let token = Token::find_usable(conn, &raw.hash(), purpose, now)
        .doing("finding the link")?
        .ok_or(PageError::LinkInvalid)?;
    let signature = Signature::find(conn, token.signature_id).doing("reading the signature")?;
    Ok((token, signature))
}

fn find(
    conn: &mut DbConn,
    token: &str,
    purpose: TokenPurpose,
) -> Result<(Token, Signature, Letter), PageError> {
    let (token, signature) = open_link(conn, token, purpose)?;
    let letter = Letter::find(conn, signature.letter_id).doing("reading the letter")?;
    // A closed letter takes no more signatures, confirmed ones included; a signer may always
    // withdraw.
    if purpose == TokenPurpose::Verify && letter.status() != LetterStatus::Open {
        return Err(PageError::LetterClosed);
    }
    Ok((token, signature, letter))
}

/// Checks a link with a read, so that links naming nothing never reach the writer.
async fn check(state: &AppState, token: &str, purpose: TokenPurpose) -> Result<(), PageError> {
    let token = token.to_owned();
    state
        .read(move |conn| find(conn, &token, purpose).map(drop))
        .await
}

async fn show(
    state: web::Data<AppState>,
    tr: Locale,
    token: String,
    purpose: TokenPurpose,
) -> Result<ConfirmPage, PageError> {
    let (signature, letter, news) = state
        .read(move |conn| {
            let (_, signature, letter) = find(conn, &token, purpose)?;
            let news = NewsConsent::of_signature(conn, signature.id)
                .doing("reading the consent to news")?;
            Ok::<_, PageError>((signature, letter, news))
        })
        .await?;
    Ok(ConfirmPage {
        tr,
        news: news.map(|c| super::news_words(&c.wording)),
        withdraw: purpose == TokenPurpose::Withdraw,
        already_confirmed: signature.state() != SignatureState::Unverified,
        entry: PublicEntry::from(&signature),
        letter,
    })
}

#[get("/verify/{token}")]
pub async fn verify_page(
    state: web::Data<AppState>,
    tr: Locale,
    token: web::Path<String>,
) -> Result<ConfirmPage, PageError> {
    show(state, tr, token.into_inner(), TokenPurpose::Verify).await
}

#[get("/withdraw/{token}")]
pub async fn withdraw_page(
    state: web::Data<AppState>,
    tr: Locale,
    token: web::Path<String>,
) -> Result<ConfirmPage, PageError> {
    show(state, tr, token.into_inner(), TokenPurpose::Withdraw).await
}

#[post("/verify/{token}")]
pub async fn verify(
    state: web::Data<AppState>,
    tr: Locale,
    token: web::Path<String>,
) -> Result<DonePage, PageError> {
    let token = token.into_inner();
    check(&state, &token, TokenPurpose::Verify).await?;
    let (letter, outcome, id) = state
        .write(move |conn| {
            write_transaction(conn, |conn| {
                let (token, signature, letter) = find(conn, &token, TokenPurpose::Verify)?;
                let now = Utc::now().naive_utc();
                if !Token::consume(conn, token.id, now).doing("using the link")? {
                    return Err(PageError::LinkInvalid);
                }
                let publish_now = signature.kind() == SignatureKind::Individual
                    && letter.moderation() == Moderation::Post;
                let confirmed = Signature::confirm(conn, signature.id, publish_now, now)
                    .doing("confirming the signature")?;
                if confirmed && let Some(found) = evidence_of(&signature, &letter) {
                    let (domain, institution) = (&found.domain, &found.institution);
                    Signature::set_evidence(conn, signature.id, Some(domain), Some(institution))
                        .doing("recording the evidence")?;
                }
                let outcome = match confirmed {
                    false => Outcome::AlreadyConfirmed,
                    true if publish_now => Outcome::Published,
                    true => Outcome::AwaitingModeration,
                };
                Ok((letter, outcome, signature.id))
            })
        })
        .await?;
    if !matches!(outcome, Outcome::AlreadyConfirmed) {
        find_duplicates(&state, id).await;
    }
    Ok(DonePage {
        tr,
        letter,
        outcome,
    })
}

/// What the address just confirmed shows of an affiliation: an organisation's own domain, or,
/// for a person who agreed to show it, an institution's or a university's.
pub fn evidence_of(signature: &Signature, letter: &Letter) -> Option<Evidence> {
    let email = signature.email.as_deref()?;
    match signature.kind() {
        SignatureKind::Organisation => {
            evidence::of_organisation(email, signature.website.as_deref()?)
        }
        SignatureKind::Individual if signature.show_domain => {
            evidence::of_person(email, letter.institutions())
        }
        SignatureKind::Individual => None,
    }
}

/// A confirmed signature enters the moderators' view: compare it with the letter's entries.
/// Done after the confirmation commits; a failure here is logged and costs the signer nothing.
pub(crate) async fn find_duplicates(state: &AppState, id: i64) {
    let found = state
        .write(move |conn| {
            let signature = Signature::find(conn, id).doing("reading the signature")?;
            duplicates::detect(conn, &signature, Utc::now().naive_utc())
                .doing("looking for duplicates")
        })
        .await;
    if let Err(e) = found {
        tracing::error!(error = ?e, signature = id, "duplicate detection failed");
    }
}

/// Withdraws the signature and erases its personal data; any mail still queued is dropped.
#[post("/withdraw/{token}")]
pub async fn withdraw(
    state: web::Data<AppState>,
    tr: Locale,
    token: web::Path<String>,
) -> Result<DonePage, PageError> {
    let token = token.into_inner();
    check(&state, &token, TokenPurpose::Withdraw).await?;
    let letter = state
        .write(move |conn| {
            write_transaction(conn, |conn| {
                let (token, signature, letter) = find(conn, &token, TokenPurpose::Withdraw)?;
                let now = Utc::now().naive_utc();
                if !Token::consume(conn, token.id, now).doing("using the link")? {
                    return Err(PageError::LinkInvalid);
                }
                Signature::withdraw(conn, signature.id, now).doing("withdrawing")?;
                Token::delete_for_signature(conn, signature.id).doing("deleting links")?;
                OutboxMail::delete_for(conn, signature.id).doing("deleting its mail")?;
                Ok(letter)
            })
        })
        .await?;
    Ok(DonePage {
        tr,
        letter,
        outcome: Outcome::Withdrawn,
    })
}
