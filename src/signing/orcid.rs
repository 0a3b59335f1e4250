//! "Sign in with ORCID": proves that an ORCID iD belongs to the signer (OAuth 2.0 authorization
//! code flow, scope `/authenticate`). The callback answers the letter page with the iD filled
//! in and a signed proof in the form; a signature carrying a valid proof for its iD is marked
//! `orcid_verified`.

use std::sync::Arc;
use std::time::Duration;

use actix_web::cookie::{Cookie, SameSite};
use actix_web::http::header;
use actix_web::{HttpRequest, HttpResponse, get, web};
use anyhow::Context;
use bytes::Bytes;
use chrono::Utc;
use http_body_util::{BodyExt, Full, Limited};
use hyper_util::client::legacy::Client;
use hyper_util::client::legacy::connect::HttpConnector;
use hyper_util::rt::TokioExecutor;
use secrecy::ExposeSecret;
use serde::Deserialize;

use super::pages::{LetterPages, verified_orcid_page};
use crate::app::AppState;
use crate::config::OrcidSettings;
use crate::db::models::{Letter, LetterStatus};
use crate::domain::{Orcid, RawToken, Slug, constant_time_eq};
use crate::failure::{Doing, Failure};
use crate::keys::SecretKey;
use crate::web::PageError;

const STATE_COOKIE: &str = "undersigned_orcid";
/// How long a sign-in may take at ORCID.
const STATE_TTL: i64 = 600;
/// How long a proven iD stays usable in the form.
const PROOF_TTL: i64 = 3600;
/// ORCID's answer to the token request, in time and size.
const ORCID_TIMEOUT: Duration = Duration::from_secs(15);
const ANSWER_LIMIT: usize = 64 * 1024;

type Https = hyper_rustls::HttpsConnector<HttpConnector>;

/// The ORCID client, when the operator configured one.
pub struct OrcidSignIn(Option<(OrcidSettings, Client<Https, Full<Bytes>>)>);

impl OrcidSignIn {
    pub fn new(settings: Option<&OrcidSettings>) -> anyhow::Result<Self> {
        let Some(settings) = settings else {
            return Ok(OrcidSignIn(None));
        };
        let roots = rustls::RootCertStore {
            roots: webpki_roots::TLS_SERVER_ROOTS.to_vec(),
        };
        let tls = rustls::ClientConfig::builder_with_provider(Arc::new(
            rustls::crypto::ring::default_provider(),
        ))
        .with_safe_default_protocol_versions()
        .context("configuring TLS for ORCID")?
        .with_root_certificates(roots)
        .with_no_client_auth();
        let connector = hyper_rustls::HttpsConnectorBuilder::new()
            .with_tls_config(tls)
            .https_or_http()
            .enable_http1()
            .build();
        let client = Client::builder(TokioExecutor::new()).build(connector);
        Ok(OrcidSignIn(Some((settings.clone(), client))))
    }

    pub fn enabled(&self) -> bool {
        self.0.is_some()
    }
}

/// Why the token request gave no iD.
enum TokenError {
    /// ORCID answered 4xx: the code was used already or expired.
    Refused(http::StatusCode),
    Unreachable(anyhow::Error),
}

impl<E: Into<anyhow::Error>> From<E> for TokenError {
    fn from(e: E) -> Self {
        TokenError::Unreachable(e.into())
    }
}

/// Trades the authorization code for the iD and name on the record (ORCID's token endpoint).
async fn ask_token(
    settings: &OrcidSettings,
    client: &Client<Https, Full<Bytes>>,
    code: &str,
    redirect_uri: &str,
) -> Result<TokenAnswer, TokenError> {
    let form = serde_urlencoded::to_string([
        ("client_id", settings.client_id.as_str()),
        ("client_secret", settings.client_secret.expose_secret()),
        ("grant_type", "authorization_code"),
        ("code", code),
        ("redirect_uri", redirect_uri),
    ])?;
    let request = http::Request::post(format!("{}/oauth/token", settings.url))
        .header(
            http::header::CONTENT_TYPE,
            "application/x-www-form-urlencoded",
        )
        .header(http::header::ACCEPT, "application/json")
        .body(Full::new(Bytes::from(form)))?;
    let response = tokio::time::timeout(ORCID_TIMEOUT, client.request(request))
        .await
        .context("ORCID took too long")??;
    let status = response.status();
    if status.is_client_error() {
        return Err(TokenError::Refused(status));
    }
    let body = tokio::time::timeout(
        ORCID_TIMEOUT,
        Limited::new(response.into_body(), ANSWER_LIMIT).collect(),
    )
    .await
    .context("ORCID took too long")?
    .map_err(|e| anyhow::anyhow!("reading ORCID's answer: {e}"))?
    .to_bytes();
    if !status.is_success() {
        return Err(anyhow::anyhow!("ORCID answered {status}").into());
    }
    let answer: TokenAnswer = serde_json::from_slice(&body)?;
    Ok(answer)
}

/// `{expiry}.{mac}`: the service saw `orcid` proven by ORCID, usable until the expiry.
pub fn proof(secret: &SecretKey, orcid: &Orcid, now: i64) -> String {
    let expires = now + PROOF_TTL;
    format!("{expires}.{}", proof_mac(secret, orcid, expires))
}

fn proof_mac(secret: &SecretKey, orcid: &Orcid, expires: i64) -> String {
    secret.keyed_hash("orcid-proof", &format!("{}|{expires}", orcid.as_ref()))
}

/// Is `proof` ours, for this iD, and still usable?
pub fn proven(secret: &SecretKey, proof: &str, orcid: &Orcid, now: i64) -> bool {
    let Some((expires, mac)) = proof.split_once('.') else {
        return false;
    };
    let Ok(expires) = expires.parse::<i64>() else {
        return false;
    };
    now < expires && constant_time_eq(mac, &proof_mac(secret, orcid, expires))
}

fn redirect_uri(state: &AppState) -> String {
    format!("{}/orcid/callback", state.settings.base_url)
}

#[derive(Deserialize)]
struct StartQuery {
    letter: Slug,
}

/// Sends the signer to ORCID, remembering the letter and a random state in a short cookie.
#[get("/orcid/start")]
async fn start(
    state: web::Data<AppState>,
    sign_in: web::Data<OrcidSignIn>,
    query: web::Query<StartQuery>,
) -> Result<HttpResponse, PageError> {
    let Some((settings, _)) = &sign_in.0 else {
        return Err(Failure::NotFound.into());
    };
    let slug = query.into_inner().letter;
    let key = slug.clone();
    let letter = state
        .read(move |conn| Letter::find_public(conn, &key).doing("finding the letter"))
        .await?;
    if letter.status() != LetterStatus::Open {
        return Err(PageError::LetterClosed);
    }
    let nonce = RawToken::generate();
    let mut authorize = url::Url::parse(&format!("{}/oauth/authorize", settings.url))
        .map_err(anyhow::Error::new)?;
    authorize
        .query_pairs_mut()
        .append_pair("client_id", &settings.client_id)
        .append_pair("response_type", "code")
        .append_pair("scope", "/authenticate")
        .append_pair("redirect_uri", &redirect_uri(&state))
        .append_pair("state", nonce.expose());
    let cookie = Cookie::build(STATE_COOKIE, format!("{}|{slug}", nonce.expose()))
        .path("/orcid/")
        .http_only(true)
        .secure(state.secure_cookies())
        .same_site(SameSite::Lax)
        .max_age(actix_web::cookie::time::Duration::seconds(STATE_TTL))
        .finish();
    Ok(HttpResponse::SeeOther()
        .insert_header((header::LOCATION, authorize.to_string()))
        .cookie(cookie)
        .finish())
}

#[derive(Deserialize)]
struct Callback {
    code: Option<String>,
    state: Option<String>,
}

/// ORCID's answer to the token request: the iD and the name on the record.
#[derive(Deserialize)]
struct TokenAnswer {
    orcid: String,
    name: Option<String>,
}

/// Back from ORCID: checks the state, trades the code for the iD, and answers the letter page
/// with the iD and its proof in the individual form. A refusal at ORCID returns to the letter.
#[get("/orcid/callback")]
async fn callback(
    state: web::Data<AppState>,
    pages: web::Data<LetterPages>,
    sign_in: web::Data<OrcidSignIn>,
    query: web::Query<Callback>,
    req: HttpRequest,
) -> Result<HttpResponse, PageError> {
    let Some((settings, client)) = &sign_in.0 else {
        return Err(Failure::NotFound.into());
    };
    let remembered = req
        .cookie(STATE_COOKIE)
        .map(|c| c.value().to_owned())
        .unwrap_or_default();
    let (nonce, slug) = remembered.split_once('|').unwrap_or_default();
    let slug = Slug::parse(slug).ok_or(PageError::LinkInvalid)?;
    let query = query.into_inner();
    let answered = query.state.as_deref().unwrap_or_default();
    if nonce.is_empty() || !constant_time_eq(nonce, answered) {
        return Err(PageError::LinkInvalid);
    }
    let Some(code) = query.code else {
        return Ok(HttpResponse::SeeOther()
            .insert_header((header::LOCATION, format!("/letters/{slug}#sign-individual")))
            .finish());
    };
    let answer = match ask_token(settings, client, &code, &redirect_uri(&state)).await {
        Ok(answer) => answer,
        Err(TokenError::Refused(status)) => {
            tracing::info!(%status, "ORCID refused a sign-in code");
            return Err(PageError::OrcidRefused);
        }
        Err(TokenError::Unreachable(cause)) => {
            tracing::warn!(error = %cause, "ORCID sign-in failed");
            return Err(PageError::OrcidUnreachable);
        }
    };
    let orcid = Orcid::parse(&answer.orcid).map_err(|e| {
        tracing::warn!(error = %e, "ORCID answered an iD we cannot read");
        PageError::OrcidUnreachable
    })?;
    let proof = proof(&state.secret, &orcid, Utc::now().timestamp());
    let tr = crate::i18n::Locale::of(&req);
    let mut page =
        verified_orcid_page(&state, &pages, tr, slug, &orcid, answer.name, proof).await?;
    let mut spent = Cookie::named(STATE_COOKIE);
    spent.set_path("/orcid/");
    page.add_removal_cookie(&spent)
        .map_err(anyhow::Error::new)?;
    Ok(page)
}

pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.service(start).service(callback);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn proofs_hold_for_their_id_and_time_only() {
        let secret = SecretKey::new("k".repeat(32).into());
        let id = Orcid::parse("0000-0002-1825-0097").unwrap();
        let other = Orcid::parse("0000-0002-9079-593X").unwrap();
        let p = proof(&secret, &id, 1000);
        assert!(proven(&secret, &p, &id, 1000));
        assert!(!proven(&secret, &p, &other, 1000));
        assert!(!proven(&secret, &p, &id, 1000 + PROOF_TTL));
        assert!(!proven(&secret, "4000000000.forged", &id, 1000));
        let elsewhere = SecretKey::new("j".repeat(32).into());
        assert!(!proven(&elsewhere, &p, &id, 1000));
    }
}
