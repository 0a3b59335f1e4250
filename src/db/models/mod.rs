//! Row structs, their `New*` insertables, and the queries that belong to each table.

mod letter;
mod outbox;
mod signature;
mod token;

pub use letter::{Letter, LetterCounts, LetterStatus, Moderation, NewLetter};
pub use outbox::{MailKind, NewOutboxMail, OutboxMail, OutboxState};
pub use signature::{ListFilter, NewSignature, Page, Signature, SignatureKind, SignatureState};
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
