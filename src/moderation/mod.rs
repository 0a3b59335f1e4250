//! Moderation: moderator accounts and sessions, the queue, duplicates, moderators' management,
//! the audit log, and importing existing lists.

mod audit;
mod auth;
mod duplicates;
pub mod import;
mod moderators;
pub mod password;
mod queue;

use actix_web::http::{StatusCode, header};
use actix_web::{HttpResponse, ResponseError, web};
use askama::Template;

pub use audit::{Actor, Snapshot};
pub use auth::CurrentModerator;
pub use moderators::add_moderator;

use crate::web::{BodyError, ErrorPage, unavailable};

/// Admin forms are small; bulk selections of a few thousand ids fit.
const ADMIN_FORM_LIMIT: usize = 256 * 1024;

#[derive(Debug, thiserror::Error)]
pub enum AdminError {
    #[error("login required")]
    LoginRequired,
    #[error("forbidden: {0}")]
    Forbidden(&'static str),
    #[error("admins only")]
    AdminsOnly,
    #[error("not found")]
    NotFound,
    #[error("too many attempts")]
    TooManyAttempts(u64),
    #[error(transparent)]
    Body(#[from] BodyError),
    #[error("{0}")]
    Invalid(String),
    #[error("unexpected")]
    Unexpected(#[from] anyhow::Error),
}

impl From<diesel::result::Error> for AdminError {
    fn from(e: diesel::result::Error) -> Self {
        match e {
            diesel::result::Error::NotFound => AdminError::NotFound,
            other => AdminError::Unexpected(other.into()),
        }
    }
}

impl ResponseError for AdminError {
    fn status_code(&self) -> StatusCode {
        match self {
            AdminError::LoginRequired => StatusCode::SEE_OTHER,
            AdminError::Forbidden(_) | AdminError::AdminsOnly => StatusCode::FORBIDDEN,
            AdminError::NotFound => StatusCode::NOT_FOUND,
            AdminError::TooManyAttempts(_) => StatusCode::TOO_MANY_REQUESTS,
            AdminError::Body(e) => e.status_code(),
            AdminError::Invalid(_) => StatusCode::UNPROCESSABLE_ENTITY,
            AdminError::Unexpected(cause) if crate::db::is_unavailable(cause) => {
                StatusCode::SERVICE_UNAVAILABLE
            }
            AdminError::Unexpected(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    fn error_response(&self) -> HttpResponse {
        let status = self.status_code();
        let (heading, message): (&str, String) = match self {
            AdminError::LoginRequired => {
                return HttpResponse::SeeOther()
                    .insert_header((header::LOCATION, "/admin/login"))
                    .finish();
            }
            AdminError::Forbidden(why) => (
                "Refused",
                format!("The request was refused: {why}. Reload the page and try again."),
            ),
            AdminError::AdminsOnly => ("Admins only", "Only an admin can do this.".into()),
            AdminError::NotFound => ("Not found", "There is nothing here.".into()),
            AdminError::TooManyAttempts(secs) => {
                let page = ErrorPage {
                    heading: "Too many attempts",
                    message: &format!("Please wait {secs} seconds before trying again."),
                }
                .respond(status);
                let mut page = page;
                page.headers_mut()
                    .insert(header::RETRY_AFTER, header::HeaderValue::from(*secs));
                return page;
            }
            AdminError::Body(e) => ("We could not read that", e.message().into()),
            AdminError::Invalid(why) => ("That did not work", why.clone()),
            AdminError::Unexpected(cause) if crate::db::is_unavailable(cause) => {
                return unavailable(cause, |status| {
                    ErrorPage {
                        heading: "Please try again in a moment",
                        message: "The database is briefly unavailable; nothing was changed. \
                                  Please try again in a few seconds.",
                    }
                    .respond(status)
                });
            }
            AdminError::Unexpected(cause) => {
                tracing::error!(error = ?cause, "admin request failed");
                (
                    "Something went wrong",
                    "The error was on our side and has been logged.".into(),
                )
            }
        };
        ErrorPage {
            heading,
            message: &message,
        }
        .respond(status)
    }
}

fn html(page: &impl Template) -> Result<HttpResponse, AdminError> {
    let body = page.render().map_err(anyhow::Error::new)?;
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
            .app_data(web::PathConfig::default().error_handler(|_, _| AdminError::NotFound.into()))
            .configure(auth::routes)
            .configure(queue::routes)
            .configure(duplicates::routes)
            .configure(audit::routes)
            .configure(moderators::routes),
    );
}
