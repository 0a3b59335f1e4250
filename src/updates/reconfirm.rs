//! Signing a new version: the link in the one mail an organiser may send to the signers of
//! earlier versions. Opening it shows the version and a button; only the POST acts. Whoever
//! does not press it stays listed under the version they signed.

use actix_web::{get, post, web};
use askama::Template;
use askama_web::WebTemplate;
use chrono::Utc;
use diesel::prelude::*;

use crate::app::AppState;
use crate::db::models::{Letter, LetterVersion, Signature, SignatureState, Token, TokenPurpose};
use crate::db::schema::signatures;
use crate::db::{DbConn, write_transaction};
use crate::failure::Doing;
use crate::moderation::{Actor, record_change};
use crate::signing::open_link;
use crate::web::PageError;

#[derive(Template, WebTemplate)]
#[template(path = "letter/reconfirm.html")]
pub struct ReconfirmPage {
    tr: crate::i18n::Locale,
    letter: Letter,
    version: LetterVersion,
    /// The version the signature now stands under.
    signed: i32,
    done: bool,
}

fn find(conn: &mut DbConn, token: &str) -> Result<(Token, Signature, Letter), PageError> {
    let (token, signature) = open_link(conn, token, TokenPurpose::Reconfirm)?;
    let confirmed = matches!(
        signature.state(),
        SignatureState::Pending | SignatureState::Published
    );
    if !confirmed {
        return Err(PageError::LinkInvalid);
    }
    let letter = Letter::find(conn, signature.letter_id).doing("reading the letter")?;
    Ok((token, signature, letter))
}

#[get("/reconfirm/{token}")]
async fn page(
    state: web::Data<AppState>,
    token: web::Path<String>,
) -> Result<ReconfirmPage, PageError> {
    state
        .read(move |conn| {
            let (_, signature, letter) = find(conn, &token)?;
            let version = LetterVersion::find(conn, letter.id, letter.version)
                .doing("reading the version")?;
            Ok(ReconfirmPage {
                tr: crate::i18n::Locale::current(),
                signed: signature.version,
                done: false,
                letter,
                version,
            })
        })
        .await
}

/// Moves the signature to the letter's current version, recorded in the audit log.
#[post("/reconfirm/{token}")]
async fn reconfirm(
    state: web::Data<AppState>,
    token: web::Path<String>,
) -> Result<ReconfirmPage, PageError> {
    state
        .write(move |conn| {
            write_transaction(conn, |conn| {
                let (token, signature, letter) = find(conn, &token)?;
                let now = Utc::now().naive_utc();
                if !Token::consume(conn, token.id, now).doing("using the link")? {
                    return Err(PageError::LinkInvalid);
                }
                diesel::update(signatures::table.find(signature.id))
                    .set(signatures::version.eq(letter.version))
                    .execute(conn)
                    .doing("recording the version")?;
                record_change(conn, &Actor::signer(), "sign new version", &signature, now)
                    .doing("recording the change")?;
                let version = LetterVersion::find(conn, letter.id, letter.version)
                    .doing("reading the version")?;
                Ok(ReconfirmPage {
                    tr: crate::i18n::Locale::current(),
                    signed: letter.version,
                    done: true,
                    letter,
                    version,
                })
            })
        })
        .await
}

pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.service(page).service(reconfirm);
}
