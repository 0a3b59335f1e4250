//! Request and response plumbing that every page shares: reading bodies, caching answers,
//! and error pages.

mod body;
mod cache;
mod errors;

pub use body::{BodyError, Fields, parse_form, read_body, read_form};
pub use cache::{PUBLIC, Recent, StampedPage, cached};
pub use errors::{
    ErrorPage, PageError, failure_page, failure_response, failure_status, not_found, retry_after,
};

/// A rendered page with its status (a 422 form with its errors, or a page that must not be
/// cached).
pub fn html_page(
    status: actix_web::http::StatusCode,
    page: &impl askama::Template,
) -> Result<actix_web::HttpResponse, crate::failure::Failure> {
    use crate::failure::Doing;
    let body = page.render().doing("rendering the page")?;
    Ok(actix_web::HttpResponse::build(status)
        .content_type("text/html; charset=utf-8")
        .insert_header((actix_web::http::header::CACHE_CONTROL, "no-store"))
        .body(body))
}
