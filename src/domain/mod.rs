//! Values that have been parsed from untrusted input. Once built, they are known to be valid.

mod duration;
mod email;
mod name_key;
mod orcid;
mod slug;
mod text;
mod token;
mod website;

pub use duration::{in_largest_unit, parse_duration};
pub use email::{EmailAddress, EmailError};
pub use name_key::NameKey;
pub use orcid::{Orcid, OrcidError};
pub use slug::Slug;
pub use text::{
    Caption, OrganisationName, PersonName, Quote, Reason, TextError, Title, UpdateText,
    fold_for_search, without_forbidden,
};
pub use token::{RawToken, constant_time_eq};
pub use website::{Website, WebsiteError};
