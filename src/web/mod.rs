//! Request and response plumbing that every page shares: reading bodies, caching answers,
//! and error pages.

mod body;
mod cache;
mod errors;

pub use body::{BodyError, Fields, parse_form, read_body};
pub use cache::{PUBLIC, Recent, cached};
pub use errors::{
    ErrorPage, PageError, failure_page, failure_response, failure_status, not_found, retry_after,
};
