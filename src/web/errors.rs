use actix_web::http::StatusCode;
use actix_web::http::header::{HeaderValue, RETRY_AFTER};
use actix_web::{HttpResponse, ResponseError};
use askama::Template;

use crate::failure::Failure;
use crate::i18n::Locale;

/// Seconds a client is asked to wait while the database is unreachable.
const RETRY_UNAVAILABLE: u64 = 5;

/// The status of a failure, for every front end.
pub fn failure_status(failure: &Failure) -> StatusCode {
    match failure {
        Failure::NotFound => StatusCode::NOT_FOUND,
        Failure::Unavailable(_) => StatusCode::SERVICE_UNAVAILABLE,
        Failure::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
    }
}

/// Answers a failure with `body` (built for its status), logged once, with `Retry-After`
/// while the database is unreachable.
pub fn failure_response(
    failure: &Failure,
    body: impl FnOnce(StatusCode) -> HttpResponse,
) -> HttpResponse {
    failure.log();
    let mut res = body(failure_status(failure));
    if matches!(failure, Failure::Unavailable(_)) {
        res.headers_mut()
            .insert(RETRY_AFTER, HeaderValue::from(RETRY_UNAVAILABLE));
    }
    res
}

/// Adds `Retry-After: seconds` to an answer.
pub fn retry_after(mut res: HttpResponse, seconds: u64) -> HttpResponse {
    res.headers_mut()
        .insert(RETRY_AFTER, HeaderValue::from(seconds));
    res
}

/// The failures an HTML page can end in. A 500 logs its cause and shows none of it.
#[derive(Debug, thiserror::Error)]
pub enum PageError {
    #[error("letter closed")]
    LetterClosed,
    #[error("link not valid")]
    LinkInvalid,
    /// A stop-news link that names no signature of ours.
    #[error("unsubscribe link not valid")]
    UnsubscribeInvalid,
    /// ORCID refused the sign-in's code (used already, or expired): 400.
    #[error("ORCID refused the sign-in")]
    OrcidRefused,
    /// ORCID did not answer, or not as it should: 502.
    #[error("ORCID did not answer")]
    OrcidUnreachable,
    #[error("too many requests")]
    TooMany(u64),
    /// A read quota (searches, downloads) spent: 429, with the seconds to wait.
    #[error("read quota spent")]
    Quota(u64),
    /// Every place for this kind of work is taken: 503, with the seconds to wait.
    #[error("busy")]
    Busy(u64),
    #[error(transparent)]
    Body(#[from] super::BodyError),
    #[error(transparent)]
    Failure(#[from] Failure),
}

impl crate::db::Conflict for PageError {
    fn is_conflict(&self) -> bool {
        matches!(self, PageError::Failure(f) if f.is_conflict())
    }
}

impl From<anyhow::Error> for PageError {
    fn from(e: anyhow::Error) -> Self {
        PageError::Failure(e.into())
    }
}

impl From<diesel::result::Error> for PageError {
    fn from(e: diesel::result::Error) -> Self {
        PageError::Failure(e.into())
    }
}

#[derive(Template)]
#[template(path = "error.html")]
pub struct ErrorPage<'a> {
    tr: Locale,
    heading: &'a str,
    message: &'a str,
}

impl<'a> ErrorPage<'a> {
    /// A page in the language of the request being answered.
    pub fn new(heading: &'a str, message: &'a str) -> Self {
        ErrorPage {
            tr: Locale::plain(crate::i18n::current()),
            heading,
            message,
        }
    }

    pub fn respond(&self, status: StatusCode) -> HttpResponse {
        let body = self.render().unwrap_or_else(|_| self.message.to_owned());
        HttpResponse::build(status)
            .content_type("text/html; charset=utf-8")
            .body(body)
    }
}

/// An error page of two messages (`locales/*/site.ftl`), in the request's language.
fn page_of(status: StatusCode, heading: &str, message: &str) -> HttpResponse {
    let lang = crate::i18n::current();
    ErrorPage::new(&lang.t(heading), &lang.t(message)).respond(status)
}

/// The HTML page for a failure, on the public site and the admin pages alike.
pub fn failure_page(failure: &Failure) -> HttpResponse {
    failure_response(failure, |status| {
        let (heading, message) = match failure {
            Failure::NotFound => ("err-not-found", "err-not-found-text"),
            Failure::Unavailable(_) => ("err-try-again", "err-unavailable-text"),
            Failure::Internal(_) => ("err-internal", "err-internal-text"),
        };
        page_of(status, heading, message)
    })
}

impl ResponseError for PageError {
    fn status_code(&self) -> StatusCode {
        match self {
            PageError::LinkInvalid | PageError::UnsubscribeInvalid => StatusCode::NOT_FOUND,
            PageError::OrcidRefused => StatusCode::BAD_REQUEST,
            PageError::OrcidUnreachable => StatusCode::BAD_GATEWAY,
            PageError::LetterClosed => StatusCode::FORBIDDEN,
            PageError::TooMany(_) | PageError::Quota(_) => StatusCode::TOO_MANY_REQUESTS,
            PageError::Busy(_) => StatusCode::SERVICE_UNAVAILABLE,
            PageError::Body(e) => e.status_code(),
            PageError::Failure(f) => failure_status(f),
        }
    }

    fn error_response(&self) -> HttpResponse {
        let status = self.status_code();
        let lang = crate::i18n::current();
        let page = |heading: &str, message: &str| page_of(status, heading, message);
        match self {
            PageError::LetterClosed => page("closed-heading", "err-closed-text"),
            PageError::UnsubscribeInvalid => page("err-unsubscribe", "err-unsubscribe-text"),
            PageError::LinkInvalid => page("err-link", "err-link-text"),
            PageError::OrcidRefused => page("err-orcid-refused", "err-orcid-refused-text"),
            PageError::OrcidUnreachable => page("err-orcid-down", "err-orcid-down-text"),
            PageError::Body(e) => {
                ErrorPage::new(&lang.t("err-unreadable"), &e.message(lang)).respond(status)
            }
            PageError::TooMany(seconds) => {
                let message = lang.t1("err-too-many-signatures", "minutes", seconds.div_ceil(60));
                let res = ErrorPage::new(&lang.t("err-wait"), &message).respond(status);
                retry_after(res, *seconds)
            }
            PageError::Quota(seconds) => {
                let message = lang.t1("err-too-many-reads", "minutes", seconds.div_ceil(60));
                let res = ErrorPage::new(&lang.t("err-wait"), &message).respond(status);
                retry_after(res, *seconds)
            }
            PageError::Busy(seconds) => {
                retry_after(page("err-try-again", "err-busy-text"), *seconds)
            }
            PageError::Failure(f) => failure_page(f),
        }
    }
}

/// The answer for every path that no route takes.
pub async fn not_found() -> HttpResponse {
    failure_page(&Failure::NotFound)
}
