//! The pages around the letters: the home page, the language switch, the stylesheet and the
//! health check.

use actix_web::cookie::{Cookie, SameSite, time::Duration as CookieDuration};
use actix_web::{HttpResponse, get, http::header, web};
use askama::Template;
use serde::Deserialize;

use crate::app::AppState;
use crate::db::models::{Letter, LetterCounts};
use crate::failure::{Doing, Failure};
use crate::i18n::{LANG_COOKIE, Lang, Locale};
use crate::web::PageError;

#[derive(Template)]
#[template(path = "home.html")]
struct HomePage {
    tr: Locale,
    letters: Vec<(Letter, LetterCounts)>,
}

/// The open letters, or straight to the only one.
#[get("/")]
async fn home(state: web::Data<AppState>, tr: Locale) -> Result<HttpResponse, PageError> {
    let letters = state
        .read(|conn| {
            Letter::list_public(conn)
                .and_then(|letters| {
                    letters
                        .into_iter()
                        .map(|l| l.counts(conn).map(|c| (l, c)))
                        .collect::<Result<Vec<_>, _>>()
                })
                .doing("listing the letters")
        })
        .await?;
    if let [(only, _)] = letters.as_slice() {
        return Ok(HttpResponse::SeeOther()
            .insert_header((header::LOCATION, format!("/letters/{}", only.slug)))
            .finish());
    }
    let body = HomePage { tr, letters }
        .render()
        .doing("rendering the home page")?;
    Ok(HttpResponse::Ok()
        .content_type("text/html; charset=utf-8")
        .body(body))
}

#[get("/static/style.css")]
async fn stylesheet() -> HttpResponse {
    HttpResponse::Ok()
        .content_type("text/css; charset=utf-8")
        .insert_header((header::CACHE_CONTROL, "public, max-age=3600"))
        .body(include_str!("../static/style.css"))
}

/// 200 when the database answers, 503 when it does not.
#[get("/healthz")]
async fn healthz(state: web::Data<AppState>) -> HttpResponse {
    let answered = state
        .read(|conn| {
            use diesel::connection::SimpleConnection;
            conn.batch_execute("SELECT 1")
                .doing("checking the database")
        })
        .await;
    match answered {
        Ok(()) => HttpResponse::Ok().content_type("text/plain").body("ok"),
        Err(e) => {
            if let Failure::Unavailable(cause) | Failure::Internal(cause) = &e {
                tracing::warn!(error = ?cause, "health check: database unavailable");
            }
            HttpResponse::ServiceUnavailable()
                .content_type("text/plain")
                .body("database unavailable")
        }
    }
}

#[derive(Deserialize)]
struct Back {
    next: Option<String>,
}

/// The language switch: remembers the choice for a year and goes back to the page it was
/// made on (only an address on this site).
#[get("/language/{tag}")]
async fn switch_language(
    state: web::Data<AppState>,
    tag: web::Path<String>,
    back: web::Query<Back>,
) -> HttpResponse {
    let Some(lang) = Lang::from_tag(&tag) else {
        return HttpResponse::NotFound().finish();
    };
    let next = back
        .next
        .as_deref()
        .filter(|n| n.starts_with('/') && !n.starts_with("//") && !n.contains(['\\', '\r', '\n']))
        .unwrap_or("/");
    let cookie = Cookie::build(LANG_COOKIE, lang.tag())
        .path("/")
        .max_age(CookieDuration::days(365))
        .same_site(SameSite::Lax)
        .http_only(true)
        .secure(state.secure_cookies())
        .finish();
    HttpResponse::SeeOther()
        .insert_header((header::LOCATION, next.to_owned()))
        .insert_header((header::CACHE_CONTROL, "no-store"))
        .cookie(cookie)
        .finish()
}

pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.service(home)
        .service(stylesheet)
        .service(healthz)
        .service(switch_language);
}
