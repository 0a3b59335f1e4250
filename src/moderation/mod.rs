//! Moderation: moderator accounts and sessions, the queue, duplicates, moderators' management,
//! the audit log, and importing existing lists.

mod audit;
mod auth;
mod decisions;
mod duplicates;
mod edit;
pub mod import;
mod logins;
mod moderators;
pub mod password;
mod queue;
mod updates;

use actix_web::http::{StatusCode, header};
use actix_web::{HttpResponse, ResponseError, web};
use askama::Template;

pub use audit::{Actor, SIGNER, Snapshot, record_change};
pub use auth::{AdminForm, CurrentModerator};
pub use decisions::{Decision, decide};
pub use logins::Logins;
pub use moderators::add_moderator;

use crate::failure::{Doing, Failure};
use crate::web::{BodyError, ErrorPage, failure_page, failure_status, retry_after};

/// Admin forms are small; bulk selections of a few thousand ids fit.
const ADMIN_FORM_LIMIT: usize = 256 * 1024;

#[derive(Debug, thiserror::Error)]
pub enum AdminError {
    #[error("login required")]
    LoginRequired,
    /// Why, as a message id (`admin-why-…`).
    #[error("forbidden: {0}")]
    Forbidden(&'static str),
    #[error("admins only")]
    AdminsOnly,
    #[error("too many attempts")]
    TooManyAttempts(u64),
    /// As many logins as the server checks at once are under way.
    #[error("too many logins at once")]
    Busy,
    #[error(transparent)]
    Body(#[from] BodyError),
    /// Why, in the request's language.
    #[error("{0}")]
    Invalid(String),
    #[error(transparent)]
    Failure(#[from] Failure),
}

impl crate::db::Conflict for AdminError {
    fn is_conflict(&self) -> bool {
        matches!(self, AdminError::Failure(f) if crate::db::Conflict::is_conflict(f))
    }
}

impl From<anyhow::Error> for AdminError {
    fn from(e: anyhow::Error) -> Self {
        AdminError::Failure(e.into())
    }
}

impl From<diesel::result::Error> for AdminError {
    fn from(e: diesel::result::Error) -> Self {
        AdminError::Failure(e.into())
    }
}

impl ResponseError for AdminError {
    fn status_code(&self) -> StatusCode {
        match self {
            AdminError::LoginRequired => StatusCode::SEE_OTHER,
            AdminError::Forbidden(_) | AdminError::AdminsOnly => StatusCode::FORBIDDEN,
            AdminError::TooManyAttempts(_) => StatusCode::TOO_MANY_REQUESTS,
            AdminError::Busy => StatusCode::SERVICE_UNAVAILABLE,
            AdminError::Body(e) => e.status_code(),
            AdminError::Invalid(_) => StatusCode::UNPROCESSABLE_ENTITY,
            AdminError::Failure(f) => failure_status(f),
        }
    }

    fn error_response(&self) -> HttpResponse {
        let status = self.status_code();
        let lang = crate::i18n::current();
        let page = |heading: &str, message: &str| {
            ErrorPage::new(&lang.t(heading), message).respond(status)
        };
        match self {
            AdminError::LoginRequired => HttpResponse::SeeOther()
                .insert_header((header::LOCATION, "/admin/login"))
                .finish(),
            AdminError::Forbidden(why) => page(
                "admin-err-refused",
                &lang.t1("admin-err-refused-text", "why", lang.t(why)),
            ),
            AdminError::AdminsOnly => page(
                "admin-err-admins-only",
                &lang.t("admin-err-admins-only-text"),
            ),
            AdminError::TooManyAttempts(secs) => retry_after(
                page(
                    "admin-err-too-many",
                    &lang.t1("admin-err-too-many-text", "seconds", secs),
                ),
                *secs,
            ),
            AdminError::Busy => {
                retry_after(page("admin-err-busy", &lang.t("admin-err-busy-text")), 1)
            }
            AdminError::Body(e) => page("admin-err-unreadable", &e.message(lang)),
            AdminError::Invalid(why) => page("admin-err-invalid", why),
            AdminError::Failure(f) => failure_page(f),
        }
    }
}

/// A field's error on an admin form, in `lang`: "Name: This field is required." `field` is the
/// message naming the field.
fn field_error(lang: crate::i18n::Lang, field: &str, e: crate::domain::TextError) -> String {
    let error = crate::signing::FieldError::from(e).in_lang(lang);
    lang.t2(
        "admin-invalid-field",
        "field",
        lang.t(field),
        "error",
        error,
    )
}

/// A request that cannot be done, for the reason `id` names (`locales/*/admin.ftl`), in `lang`.
fn invalid(lang: crate::i18n::Lang, id: &str) -> AdminError {
    AdminError::Invalid(lang.t(id))
}

/// The message naming a stored value on the admin pages: `admin-state-pending`,
/// `admin-kind-individual`, `admin-flag-bot`, `admin-letter-open` (`locales/*/admin.ftl`).
fn word(lang: crate::i18n::Lang, group: &str, value: &str) -> String {
    lang.t(&format!("admin-{group}-{value}"))
}

fn html(page: &impl Template) -> Result<HttpResponse, AdminError> {
    let body = page.render().doing("rendering the page")?;
    Ok(HttpResponse::Ok()
        .content_type("text/html; charset=utf-8")
        .insert_header((header::CACHE_CONTROL, "no-store"))
        .body(body))
}

/// 303 back to an admin page: `to` if it is one of ours, else the dashboard.
fn back_to(to: &str) -> HttpResponse {
    let safe =
        to.starts_with("/admin") && !to.starts_with("//") && !to.contains(['\r', '\n', '\\']);
    HttpResponse::SeeOther()
        .insert_header((header::LOCATION, if safe { to } else { "/admin" }))
        .finish()
}

pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.service(
        web::scope("/admin")
            .app_data(
                web::PathConfig::default()
                    .error_handler(|_, _| AdminError::Failure(Failure::NotFound).into()),
            )
            .configure(auth::routes)
            .configure(queue::routes)
            .configure(decisions::routes)
            .configure(edit::routes)
            .configure(duplicates::routes)
            .configure(audit::routes)
            .configure(moderators::routes)
            .configure(updates::routes),
    );
}
