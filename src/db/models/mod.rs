//! Row structs, their `New*` insertables, and the queries that belong to each table.

mod audit;
mod basis;
mod consent;
mod detection;
mod duplicate;
mod entry;
mod erasure;
mod flags;
mod letter;
mod moderator;
mod outbox;
mod published;
mod queue;
mod quota;
mod session;
mod signature;
mod signer;
mod state;
mod throttle;
mod token;
mod translation;
mod update;
mod version;

pub use audit::{AuditFilter, AuditRow, NewAuditEntry};
pub use basis::{Basis, InstitutionCount};
pub use consent::NewsConsent;
pub use duplicate::{DuplicatePair, Named, PairStatus};
pub use entry::PublicEntry;
pub use erasure::UNCONFIRMED_GRACE;
pub use flags::{Flag, Flags};
pub use letter::{
    Category, Event, Institution, Letter, LetterCounts, LetterHead, LetterStatus, Moderation,
    NewLetter,
};
pub use moderator::{Moderator, NewModerator, Role};
pub use outbox::{Audience, MAIL_LOG_KEPT, MailKind, NewOutboxMail, OutboxMail, OutboxState};
pub use published::{Cursor, ListFilter, Page, public_entries};
pub use queue::QueueFilter;
pub use quota::{QuotaSpend, SignQuotaRow};
pub use session::Session;
pub use signature::{Listing, NewSignature, Signature, SignatureEdit, SignatureKind, ToMail};
pub use signer::NewSigner;
pub use state::{Move, SignatureState};
pub use throttle::LoginThrottle;
pub use token::{NewToken, Token, TokenPurpose};
pub use translation::{LetterTranslation, SignatureLanguage};
pub use update::{NewUpdate, Update, UpdateSource};
pub use version::{LetterVersion, NewLetterVersion};

/// Runs `$body` on `$conn`'s own connection, bound to `$backend`: for a statement diesel's
/// `MultiConnection` cannot run itself (an insert of several rows). The body is compiled once
/// for each backend.
macro_rules! per_backend {
    ($conn:expr, |$backend:ident| $body:expr) => {
        match $conn {
            $crate::db::DbConn::Postgres($backend) => $body,
            $crate::db::DbConn::Sqlite($backend) => $body,
        }
    };
}
pub(crate) use per_backend;

/// An enum stored as text, spelt in one place per enum. It is a diesel type of its own on every
/// backend: a column holding an unknown value fails the query instead of reading as a default.
macro_rules! text_enum {
    ($name:ident { $($variant:ident => $text:literal),+ $(,)? }) => {
        #[derive(
            Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize,
            diesel::expression::AsExpression, diesel::deserialize::FromSqlRow,
        )]
        #[diesel(sql_type = diesel::sql_types::Text)]
        #[serde(rename_all = "lowercase")]
        pub enum $name { $($variant),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $text),+ }
            }

            /// The value named `text`, as stored or as typed in a filter.
            pub fn parse(text: &str) -> Option<Self> {
                match text { $($text => Some($name::$variant),)+ _ => None }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        $crate::db::models::text_column!($name);
    };
}
pub(crate) use text_enum;

/// Stores a type in a text column through its `parse` and `as_str`: a value that does not parse
/// fails the query instead of reading as a default.
macro_rules! text_column {
    ($name:ident) => {
        impl<DB> diesel::deserialize::FromSql<diesel::sql_types::Text, DB> for $name
        where
            DB: diesel::backend::Backend,
            String: diesel::deserialize::FromSql<diesel::sql_types::Text, DB>,
        {
            fn from_sql(bytes: DB::RawValue<'_>) -> diesel::deserialize::Result<Self> {
                let text = String::from_sql(bytes)?;
                $name::parse(&text).ok_or_else(|| {
                    format!("{text:?} is not a {} in the database", stringify!($name)).into()
                })
            }
        }

        impl<DB> diesel::serialize::ToSql<diesel::sql_types::Text, DB> for $name
        where
            DB: diesel::backend::Backend,
            str: diesel::serialize::ToSql<diesel::sql_types::Text, DB>,
        {
            fn to_sql<'b>(
                &'b self,
                out: &mut diesel::serialize::Output<'b, '_, DB>,
            ) -> diesel::serialize::Result {
                self.as_str().to_sql(out)
            }
        }
    };
}
pub(crate) use text_column;
