use actix_web::http::StatusCode;
use actix_web::http::header::{HeaderValue, RETRY_AFTER};
use actix_web::{HttpResponse, ResponseError};
use askama::Template;

use crate::failure::Failure;

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
    pub heading: &'a str,
    pub message: &'a str,
}

impl ErrorPage<'_> {
    pub fn respond(&self, status: StatusCode) -> HttpResponse {
        let body = self.render().unwrap_or_else(|_| self.message.to_owned());
        HttpResponse::build(status)
            .content_type("text/html; charset=utf-8")
            .body(body)
    }
}

/// The HTML page for a failure, on the public site and the admin pages alike.
pub fn failure_page(failure: &Failure) -> HttpResponse {
    failure_response(failure, |status| {
        let (heading, message) = match failure {
            Failure::NotFound => ("Not found", "There is no page here."),
            Failure::Unavailable(_) => (
                "Please try again in a moment",
                "The service is briefly unavailable. Nothing you sent was lost or recorded; \
                 please send it again in a few seconds.",
            ),
            Failure::Internal(_) => (
                "Something went wrong",
                "The error was on our side and has been logged. Please try again shortly.",
            ),
        };
        ErrorPage { heading, message }.respond(status)
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
        let page = |heading: &str, message: &str| ErrorPage { heading, message }.respond(status);
        match self {
            PageError::LetterClosed => page(
                "This letter is closed",
                "The letter no longer takes signatures. Thank you for your support.",
            ),
            PageError::UnsubscribeInvalid => page(
                "This link stops no news",
                "It may be cut short or mistyped. If the signature it belonged to was withdrawn, \
                 no more mail goes to it anyway. Your signatures here and what we keep: /my.",
            ),
            PageError::LinkInvalid => page(
                "This link no longer works",
                "It may have been used already, or it has expired. Sign again with the same \
                 address to receive a fresh link.",
            ),
            PageError::OrcidRefused => page(
                "ORCID did not accept this sign-in",
                "It may have been used already (a page reloaded), or it took too long. Go back to \
                 the letter and sign in with ORCID again, or type your iD instead.",
            ),
            PageError::OrcidUnreachable => page(
                "ORCID did not answer",
                "We could not reach ORCID to check your iD. Please try again in a moment, or type \
                 your iD instead.",
            ),
            PageError::Body(e) => page("We could not read that", e.message()),
            PageError::TooMany(seconds) => {
                let minutes = seconds.div_ceil(60);
                let message = format!(
                    "Many signatures have come from your network in the last few minutes (a \
                     hospital or university network can do that). Please try again in about \
                     {minutes} minute{}.",
                    if minutes == 1 { "" } else { "s" }
                );
                retry_after(page("Please wait a moment", &message), *seconds)
            }
            PageError::Quota(seconds) => retry_after(
                page(
                    "Please wait a moment",
                    &format!(
                        "Many searches or downloads have come from your network in the last few \
                         minutes. Please try again in about {} minute{}.",
                        seconds.div_ceil(60),
                        if seconds.div_ceil(60) == 1 { "" } else { "s" }
                    ),
                ),
                *seconds,
            ),
            PageError::Busy(seconds) => retry_after(
                page(
                    "Please try again in a moment",
                    "Many downloads are being prepared right now. Please try again in a few \
                     seconds.",
                ),
                *seconds,
            ),
            PageError::Failure(f) => failure_page(f),
        }
    }
}

/// The answer for every path that no route takes.
pub async fn not_found() -> HttpResponse {
    failure_page(&Failure::NotFound)
}
