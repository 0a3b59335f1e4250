//! Signing a letter: the letter page and its forms, email confirmation and withdrawal, and the
//! published list.

mod confirm;
mod entry;
mod form;
mod list;
mod pages;
mod record;

use actix_web::web;

pub use entry::PublicEntry;
pub use form::{FieldErrors, SignForm, Submission, search_key};
pub use pages::PageData;
pub use record::{Origin, record_signature};

/// Signature forms are small; anything near this is not a person signing.
pub const FORM_LIMIT: usize = 16 * 1024;

pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.service(pages::letter_page)
        .service(pages::sign)
        .service(pages::check_email)
        .service(list::signatories)
        .service(list::count)
        .service(confirm::verify_page)
        .service(confirm::verify)
        .service(confirm::withdraw_page)
        .service(confirm::withdraw);
}
