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
pub use form::{FieldErrors, SignForm, Submission};
pub use list::Searches;
pub use orcid::OrcidSignIn;
pub use pages::FormState;
pub use pages::LetterPages;
use record::{Origin, record_signature};
pub use sign::{Sender, SignError, sign};

/// Signature forms are small; anything near this is not a person signing.
pub const FORM_LIMIT: usize = 16 * 1024;

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
