//! What the black-box tests share, by concern. Test files take it all with
//! `use crate::helpers::*`.

mod admin;
mod app;
mod db;
mod forms;
mod orcid;
mod smtp;

pub use admin::*;
pub use app::*;
pub use db::*;
pub use forms::*;
pub use orcid::*;
pub use smtp::*;
