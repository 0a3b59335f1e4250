use actix_web::http::StatusCode;
use actix_web::{HttpResponse, ResponseError};
use askama::Template;

/// The failures an HTML page can end in. A 500 logs its cause and shows none of it.
#[derive(Debug, thiserror::Error)]
pub enum PageError {
    #[error("not found")]
    NotFound,
    #[error("letter closed")]
    LetterClosed,
    #[error("link not valid")]
    LinkInvalid,
    #[error("too many requests")]
    TooMany(u64),
    #[error(transparent)]
    Body(#[from] super::BodyError),
    #[error("unexpected")]
    Unexpected(#[from] anyhow::Error),
}

impl From<diesel::result::Error> for PageError {
    fn from(e: diesel::result::Error) -> Self {
        match e {
            diesel::result::Error::NotFound => PageError::NotFound,
            other => PageError::Unexpected(other.into()),
        }
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

impl ResponseError for PageError {
    fn status_code(&self) -> StatusCode {
        match self {
            PageError::NotFound | PageError::LinkInvalid => StatusCode::NOT_FOUND,
            PageError::LetterClosed => StatusCode::FORBIDDEN,
            PageError::TooMany(_) => StatusCode::TOO_MANY_REQUESTS,
            PageError::Body(e) => e.status_code(),
            PageError::Unexpected(cause) if crate::db::is_unavailable(cause) => {
                StatusCode::SERVICE_UNAVAILABLE
            }
            PageError::Unexpected(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    fn error_response(&self) -> HttpResponse {
        let (heading, message) = match self {
            PageError::NotFound => ("Not found", "There is no page here."),
            PageError::LetterClosed => (
                "This letter is closed",
                "The letter no longer takes signatures. Thank you for your support.",
            ),
            PageError::LinkInvalid => (
                "This link no longer works",
                "It may have been used already, or it has expired. Sign again with the same \
                 address to receive a fresh link.",
            ),
            PageError::Body(e) => ("We could not read that", e.message()),
            PageError::TooMany(seconds) => {
                let minutes = seconds.div_ceil(60);
                let message = format!(
                    "Many signatures have come from your network in the last few minutes (a \
                     hospital or university network can do that). Please try again in about \
                     {minutes} minute{}.",
                    if minutes == 1 { "" } else { "s" }
                );
                let mut res = ErrorPage {
                    heading: "Please wait a moment",
                    message: &message,
                }
                .respond(self.status_code());
                res.headers_mut().insert(
                    actix_web::http::header::RETRY_AFTER,
                    actix_web::http::header::HeaderValue::from(*seconds),
                );
                return res;
            }
            PageError::Unexpected(cause) if crate::db::is_unavailable(cause) => {
                return unavailable(cause, |res| {
                    ErrorPage {
                        heading: "Please try again in a moment",
                        message: "The service is briefly unavailable. Nothing you sent was lost \
                                  or recorded; please send it again in a few seconds.",
                    }
                    .respond(res)
                });
            }
            PageError::Unexpected(cause) => {
                tracing::error!(error = ?cause, "request failed");
                (
                    "Something went wrong",
                    "The error was on our side and has been logged. Please try again shortly.",
                )
            }
        };
        ErrorPage { heading, message }.respond(self.status_code())
    }
}

/// Seconds a client is asked to wait while the database is unreachable.
const RETRY_UNAVAILABLE: u64 = 5;

/// A 503 with `Retry-After`, built by `respond`, for a request that failed because the database
/// could not be reached. Logged as a warning: it is an outage, not a bug.
pub fn unavailable(
    cause: &anyhow::Error,
    respond: impl FnOnce(StatusCode) -> HttpResponse,
) -> HttpResponse {
    tracing::warn!(error = %cause, "database unavailable");
    let mut res = respond(StatusCode::SERVICE_UNAVAILABLE);
    res.headers_mut().insert(
        actix_web::http::header::RETRY_AFTER,
        actix_web::http::header::HeaderValue::from(RETRY_UNAVAILABLE),
    );
    res
}

/// The answer for every path that no route takes.
pub async fn not_found() -> HttpResponse {
    PageError::NotFound.error_response()
}
