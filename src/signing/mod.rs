//! Signing a letter: the letter page and its forms, email confirmation and withdrawal, and the
//! published list. `sign::sign` is the one path from any front end to a recorded signature.

mod confirm;
mod form;
mod list;
mod orcid;
mod pages;
mod record;
mod sign;

use actix_web::web;

pub(crate) use confirm::find_duplicates;
pub use confirm::{evidence_of, open_link};
pub use form::{FieldError, FieldErrors, SignForm, Submission};
pub use list::Searches;
pub use orcid::OrcidSignIn;
pub use pages::FormState;
pub use pages::LetterPages;
use record::{Origin, Record, prepare, record_signer};
pub use sign::{Sender, SignError, sign};

/// Signature forms are small; anything near this is not a person signing.
pub const FORM_LIMIT: usize = 16 * 1024;

/// The news checkbox's words, a message of `locales/*/signing.ftl`: what a signer agrees to,
/// how often at most, how to stop.
pub const NEWS_PROMISE: &str = "news-promise";

/// The version of `NEWS_PROMISE`, kept with each consent so that what a signer agreed to can
/// be shown: change it with the words.
pub const NEWS_WORDING: &str = "2026-11-30";

/// The message of a consent to news of version `wording`, as the signer is reminded of it
/// before confirming.
pub fn news_words(wording: &str) -> &'static str {
    if wording == NEWS_WORDING {
        NEWS_PROMISE
    } else {
        "news-promise-old"
    }
}

pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.service(pages::letter_page)
        .service(pages::sign_form)
        .service(pages::check_email)
        .service(list::signatories)
        .service(list::count)
        .service(confirm::verify_page)
        .service(confirm::verify)
        .service(confirm::withdraw_page)
        .service(confirm::withdraw)
        .configure(orcid::routes);
}
