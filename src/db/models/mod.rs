//! Row structs, their `New*` insertables, and the queries that belong to each table.

mod audit;
mod duplicate;
mod letter;
mod moderator;
mod outbox;
mod queue;
mod session;
mod signature;
mod throttle;
mod token;

pub use audit::{AuditFilter, AuditRow, NewAuditEntry};
pub use duplicate::{DuplicatePair, Named, PairStatus};
pub use letter::{Category, Letter, LetterCounts, LetterStatus, Moderation, NewLetter};
pub use moderator::{Moderator, NewModerator, Role};
pub use outbox::{MailKind, NewOutboxMail, OutboxMail, OutboxState};
pub use queue::{QueueFilter, SignatureEdit};
pub use session::Session;
pub use signature::{
    Cursor, Flag, ListFilter, NewSignature, Page, Signature, SignatureKind, SignatureState,
};
pub use throttle::LoginThrottle;
pub use token::{NewToken, Token, TokenPurpose};

/// Text stored in a column for an enum, in one place per enum.
macro_rules! text_enum {
    ($name:ident { $($variant:ident => $text:literal),+ $(,)? }) => {
        #[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
        #[serde(rename_all = "lowercase")]
        pub enum $name { $($variant),+ }

        impl $name {
            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $text),+ }
            }

            pub fn from_db(text: &str) -> Option<Self> {
                match text { $($text => Some($name::$variant),)+ _ => None }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}
pub(crate) use text_enum;
