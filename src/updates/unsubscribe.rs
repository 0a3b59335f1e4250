//! Stopping news: the link in every news mail, and the one-click POST that mail programs send
//! for `List-Unsubscribe-Post` (RFC 8058). No login: the link itself is the proof. Opening it
//! shows a button; only the POST acts, because mail scanners open links.

use actix_web::{get, post, web};
use askama::Template;
use askama_web::WebTemplate;
use diesel::OptionalExtension;

use crate::app::AppState;
use crate::db::models::{Letter, NewsConsent, Signature};
use crate::db::{DbConn, write_transaction};
use crate::domain::constant_time_eq;
use crate::failure::Doing;
use crate::keys::SecretKey;
use crate::web::PageError;

const PURPOSE: &str = "unsubscribe";
/// Hex digits of the keyed hash kept in the link: 128 bits.
const DIGITS: usize = 32;

/// The link's token for a signature: its id and a keyed hash of it. It needs no row of its
/// own, so it works as long as the signature exists (ids are never reused).
pub fn token(secret: &SecretKey, signature_id: i64) -> String {
    let hash = secret.keyed_hash(PURPOSE, &signature_id.to_string());
    format!("{signature_id}-{}", &hash[..DIGITS])
}

/// The signature a token names, if the token is one of ours.
fn signature_of(secret: &SecretKey, token: &str) -> Option<i64> {
    let (id, hash) = token.split_once('-')?;
    let id: i64 = id.parse().ok()?;
    let expected = secret.keyed_hash(PURPOSE, &id.to_string());
    constant_time_eq(hash, &expected[..DIGITS]).then_some(id)
}

#[derive(Template, WebTemplate)]
#[template(path = "updates/unsubscribe.html")]
pub struct UnsubscribePage {
    tr: crate::i18n::Locale,
    letter: Letter,
    /// The signer gets news now (the page offers the button), or no longer.
    subscribed: bool,
    /// The page that follows the button.
    done: bool,
}

fn find(
    conn: &mut DbConn,
    secret: &SecretKey,
    token: &str,
) -> Result<(i64, Letter, bool), PageError> {
    let id = signature_of(secret, token).ok_or(PageError::UnsubscribeInvalid)?;
    let signature = Signature::find(conn, id)
        .optional()
        .doing("reading the signature")?
        .ok_or(PageError::UnsubscribeInvalid)?;
    let letter = Letter::find(conn, signature.letter_id).doing("reading the letter")?;
    let consent = NewsConsent::of_signature(conn, id).doing("reading the consent to news")?;
    Ok((id, letter, consent.is_some()))
}

#[get("/unsubscribe/{token}")]
async fn page(
    state: web::Data<AppState>,
    token: web::Path<String>,
) -> Result<UnsubscribePage, PageError> {
    let secret = state.secret.clone();
    let (_, letter, subscribed) = state.read(move |conn| find(conn, &secret, &token)).await?;
    Ok(UnsubscribePage {
        tr: crate::i18n::Locale::current(),
        letter,
        subscribed,
        done: false,
    })
}

/// Forgets the consent: no later update goes to this signer, and queued ones are dropped when
/// their turn comes. The same answer however often it is posted.
#[post("/unsubscribe/{token}")]
async fn unsubscribe(
    state: web::Data<AppState>,
    token: web::Path<String>,
) -> Result<UnsubscribePage, PageError> {
    let secret = state.secret.clone();
    let (id, letter, subscribed) = state.read(move |conn| find(conn, &secret, &token)).await?;
    if subscribed {
        state
            .write(move |conn| {
                write_transaction(conn, |conn| NewsConsent::erase(conn, &[id]))
                    .doing("forgetting the consent to news")
            })
            .await?;
        tracing::info!(signature = id, "news stopped by its link");
    }
    Ok(UnsubscribePage {
        tr: crate::i18n::Locale::current(),
        letter,
        subscribed: false,
        done: true,
    })
}

pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.service(page).service(unsubscribe);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_name_their_signature_and_nothing_else() {
        let secret = SecretKey::new("k".repeat(32).into());
        let t = token(&secret, 42);
        assert_eq!(signature_of(&secret, &t), Some(42));
        let other = SecretKey::new("j".repeat(32).into());
        assert_eq!(signature_of(&other, &t), None);
        let forged = t.replacen("42-", "43-", 1);
        assert_eq!(signature_of(&secret, &forged), None);
        assert_eq!(signature_of(&secret, &t[..t.len() - 1]), None);
        assert_eq!(signature_of(&secret, "42"), None);
        assert_eq!(signature_of(&secret, "x-y"), None);
    }
}
