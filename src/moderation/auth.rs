//! Logging in and out, the session cookie, and the checks every admin form passes.

use std::future::Future;
use std::pin::Pin;

use actix_web::cookie::{Cookie, SameSite, time::Duration as CookieDuration};
use actix_web::http::header;
use actix_web::{FromRequest, HttpRequest, HttpResponse, get, post, web};
use askama::Template;
use chrono::Utc;
use secrecy::SecretString;

use super::{ADMIN_FORM_LIMIT, AdminError, Logins};
use crate::abuse::rate_key;
use crate::app::AppState;
use crate::db::models::{LoginThrottle, Moderator, Session};
use crate::domain::{RawToken, constant_time_eq};
use crate::failure::Doing;
use crate::web::{Fields, read_body};

/// Login backoff caps: a client address can be slowed for long, an account only briefly, so
/// that an attacker cannot keep the real moderator out. Per address (IPv6: per /64), not per
/// network: one guessing machine must not lock out a hospital's or a university's moderators.
const ADDRESS_CAP: chrono::Duration = chrono::Duration::minutes(15);
const ACCOUNT_CAP: chrono::Duration = chrono::Duration::minutes(1);
const LOGIN_CSRF_COOKIE: &str = "undersigned_login_csrf";

fn session_cookie_name(secure: bool) -> &'static str {
    if secure {
        "__Host-undersigned_session"
    } else {
        "undersigned_session"
    }
}

fn cookie<'c>(name: &'c str, value: String, secure: bool) -> Cookie<'c> {
    Cookie::build(name, value)
        .path("/")
        .http_only(true)
        .secure(secure)
        .same_site(SameSite::Lax)
        .finish()
}

/// The logged-in moderator of this request, from a live session.
pub struct CurrentModerator {
    pub moderator: Moderator,
    pub csrf_token: String,
    session_hash: String,
}

impl FromRequest for CurrentModerator {
    type Error = AdminError;
    type Future = Pin<Box<dyn Future<Output = Result<Self, AdminError>>>>;

    fn from_request(req: &HttpRequest, _: &mut actix_web::dev::Payload) -> Self::Future {
        let state = req.app_data::<web::Data<AppState>>().cloned();
        let token = state.as_ref().and_then(|s| {
            req.cookie(session_cookie_name(s.secure_cookies()))
                .map(|c| c.value().to_owned())
        });
        Box::pin(async move {
            let state = state.ok_or_else(|| anyhow::anyhow!("no application state"))?;
            let raw = token
                .as_deref()
                .and_then(RawToken::parse)
                .ok_or(AdminError::LoginRequired)?;
            let hash = raw.hash();
            let now = Utc::now().naive_utc();
            let found = state
                .read(move |conn| Session::find_live(conn, &hash, now).doing("reading the session"))
                .await?;
            let (session, moderator) = found.ok_or(AdminError::LoginRequired)?;
            if session.needs_touch(now) {
                let hash = session.id_hash.clone();
                state
                    .write(move |conn| {
                        Session::touch(conn, &hash, now).doing("refreshing the session")
                    })
                    .await?;
            }
            Ok(CurrentModerator {
                moderator,
                csrf_token: session.csrf_token,
                session_hash: session.id_hash,
            })
        })
    }
}

/// A state-changing form from a logged-in moderator: its `csrf_token` is this session's, and it
/// came from our own pages (Origin check). Every admin handler that changes anything takes one.
pub struct AdminForm {
    pub me: CurrentModerator,
    pub fields: Fields,
}

impl FromRequest for AdminForm {
    type Error = AdminError;
    type Future = Pin<Box<dyn Future<Output = Result<Self, AdminError>>>>;

    fn from_request(req: &HttpRequest, payload: &mut actix_web::dev::Payload) -> Self::Future {
        let me = CurrentModerator::from_request(req, payload);
        let body = web::Payload::from_request(req, payload);
        let req = req.clone();
        Box::pin(async move {
            let me = me.await?;
            check_origin(&req)?;
            let payload = body
                .await
                .map_err(|e| anyhow::anyhow!("reading the form: {e}"))?;
            let body = read_body(
                &req,
                payload,
                "application/x-www-form-urlencoded",
                ADMIN_FORM_LIMIT,
            )
            .await?;
            let fields = Fields::parse(&body)?;
            if !constant_time_eq(fields.get("csrf_token"), &me.csrf_token) {
                return Err(AdminError::Forbidden("admin-why-stale-token"));
            }
            Ok(AdminForm { me, fields })
        })
    }
}

impl CurrentModerator {
    pub fn require_admin(&self) -> Result<(), AdminError> {
        if self.moderator.is_admin() {
            Ok(())
        } else {
            Err(AdminError::AdminsOnly)
        }
    }
}

/// The request's Origin (or, without one, its Referer) must be this site: the Host it was sent
/// to, or the configured base URL.
fn check_origin(req: &HttpRequest) -> Result<(), AdminError> {
    let headers = req.headers();
    let source = headers
        .get(header::ORIGIN)
        .or_else(|| headers.get(header::REFERER))
        .and_then(|v| v.to_str().ok())
        .and_then(|v| url::Url::parse(v).ok());
    let Some(source) = source else {
        return Err(AdminError::Forbidden("admin-why-no-origin"));
    };
    let authority = match (source.host_str(), source.port()) {
        (Some(host), Some(port)) => format!("{host}:{port}"),
        (Some(host), None) => host.to_owned(),
        _ => String::new(),
    };
    let host = headers
        .get(header::HOST)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    let base = req
        .app_data::<web::Data<AppState>>()
        .and_then(|s| url::Url::parse(&s.settings.base_url).ok())
        .map(|u| u.origin());
    if (!authority.is_empty() && authority == host) || base == Some(source.origin()) {
        Ok(())
    } else {
        Err(AdminError::Forbidden("admin-why-other-site"))
    }
}

#[derive(Template)]
#[template(path = "admin/login.html")]
struct LoginPage<'a> {
    tr: crate::i18n::Locale,
    csrf_token: &'a str,
    email: &'a str,
    error: Option<&'a str>,
}

fn login_page(
    state: &AppState,
    email: &str,
    error: Option<&str>,
    status: u16,
) -> Result<HttpResponse, AdminError> {
    let token = RawToken::generate();
    let body = LoginPage {
        tr: crate::i18n::Locale::current(),
        csrf_token: token.expose(),
        email,
        error,
    }
    .render()
    .doing("rendering the login page")?;
    Ok(
        HttpResponse::build(actix_web::http::StatusCode::from_u16(status).unwrap_or_default())
            .content_type("text/html; charset=utf-8")
            .insert_header((header::CACHE_CONTROL, "no-store"))
            .cookie(cookie(
                LOGIN_CSRF_COOKIE,
                token.expose().to_owned(),
                state.secure_cookies(),
            ))
            .body(body),
    )
}

#[get("/login")]
async fn login_form(state: web::Data<AppState>) -> Result<HttpResponse, AdminError> {
    login_page(&state, "", None, 200)
}

#[post("/login")]
async fn login(
    state: web::Data<AppState>,
    logins: web::Data<Logins>,
    req: HttpRequest,
    payload: web::Payload,
) -> Result<HttpResponse, AdminError> {
    check_origin(&req)?;
    let body = read_body(&req, payload, "application/x-www-form-urlencoded", 4096).await?;
    let fields = Fields::parse(&body)?;
    let expected = req
        .cookie(LOGIN_CSRF_COOKIE)
        .map(|c| c.value().to_owned())
        .unwrap_or_default();
    if expected.is_empty() || !constant_time_eq(fields.get("csrf_token"), &expected) {
        return Err(AdminError::Forbidden("admin-why-stale-token"));
    }
    let Ok(_admitted) = logins.admitted.try_acquire() else {
        return Err(AdminError::Busy);
    };
    let email = fields.get("email").trim().to_lowercase();
    let candidate = SecretString::from(fields.get("password").to_owned());
    let address_key = match state.client_ip(&req) {
        Some(ip) => format!(
            "addr:{}",
            state
                .secret
                .keyed_hash("login-address", &rate_key(ip).to_string())
        ),
        None => "addr:unknown".to_owned(),
    };
    let account_key = format!("acct:{}", state.secret.keyed_hash("login-account", &email));

    let lookup_email =
        (email.len() <= 254 && !email.chars().any(char::is_control)).then(|| email.clone());
    let moderator = state
        .read(move |conn| match lookup_email {
            // No account has such an address; PostgreSQL would refuse a NUL in a query.
            Some(email) => Moderator::find_by_email(conn, &email).doing("finding the account"),
            None => Ok(None),
        })
        .await?;
    let (addr, acct) = (address_key.clone(), account_key.clone());
    let turn = logins.recording.lock().await;
    let wait = state
        .write(move |conn| {
            let keys = [(addr.as_str(), ADDRESS_CAP), (acct.as_str(), ACCOUNT_CAP)];
            LoginThrottle::attempt(conn, &keys, Utc::now().naive_utc())
                .doing("recording the login attempt")
        })
        .await?;
    drop(turn);
    if let Some(wait) = wait {
        return Err(AdminError::TooManyAttempts(wait.num_seconds().max(1) as u64));
    }
    // Argon2 runs on the blocking pool, holding no database connection; the permit goes with
    // it, so that a request given up on still counts until its verification ends.
    let permit = logins
        .verifying
        .clone()
        .acquire_owned()
        .await
        .doing("waiting to check the password")?;
    let verifier = logins.clone();
    let moderator = web::block(move || {
        let _permit = permit;
        let hash = moderator
            .as_ref()
            .filter(|m| !m.disabled)
            .map(|m| m.password_hash.as_str());
        let ok = verifier.verify(&candidate, hash);
        moderator.filter(|_| ok)
    })
    .await
    .doing("checking the password")?;
    let Some(moderator) = moderator else {
        tracing::info!("login failed");
        return login_page(
            &state,
            &email,
            Some(&crate::i18n::current().t("admin-login-wrong")),
            401,
        );
    };

    // A new session id at every login; the old one, if any, ends.
    let token = RawToken::generate();
    let session = Session {
        id_hash: token.hash(),
        moderator_id: moderator.id,
        csrf_token: RawToken::generate().expose().to_owned(),
        created_at: Utc::now().naive_utc(),
        last_seen_at: Utc::now().naive_utc(),
    };
    let old = req
        .cookie(session_cookie_name(state.secure_cookies()))
        .and_then(|c| RawToken::parse(c.value()))
        .map(|t| t.hash());
    state
        .write(move |conn| {
            LoginThrottle::clear(conn, &account_key).doing("clearing the login backoff")?;
            LoginThrottle::forgive(conn, &address_key).doing("clearing the login backoff")?;
            Session::delete_expired(conn, session.created_at).doing("pruning sessions")?;
            if let Some(old) = &old {
                Session::delete(conn, old).doing("closing the old session")?;
            }
            Session::insert(conn, &session).doing("opening the session")
        })
        .await?;
    tracing::info!(moderator = moderator.id, "login");
    let mut expired = cookie(LOGIN_CSRF_COOKIE, String::new(), state.secure_cookies());
    expired.set_max_age(CookieDuration::ZERO);
    Ok(HttpResponse::SeeOther()
        .insert_header((header::LOCATION, "/admin"))
        .cookie(cookie(
            session_cookie_name(state.secure_cookies()),
            token.expose().to_owned(),
            state.secure_cookies(),
        ))
        .cookie(expired)
        .finish())
}

#[post("/logout")]
async fn logout(state: web::Data<AppState>, form: AdminForm) -> Result<HttpResponse, AdminError> {
    let me = form.me;
    let hash = me.session_hash.clone();
    state
        .write(move |conn| Session::delete(conn, &hash).doing("closing the session"))
        .await?;
    let mut gone = cookie(
        session_cookie_name(state.secure_cookies()),
        String::new(),
        state.secure_cookies(),
    );
    gone.set_max_age(CookieDuration::ZERO);
    Ok(HttpResponse::SeeOther()
        .insert_header((header::LOCATION, "/admin/login"))
        .cookie(gone)
        .finish())
}

pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.service(login_form).service(login).service(logout);
}
