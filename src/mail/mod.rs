//! Outgoing mail: a transport chosen by configuration, the messages, and the outbox worker.

mod links;
mod marks;
mod messages;
mod news;
mod signed;
mod to_signers;
mod worker;

use std::path::PathBuf;

use lettre::message::header::{Header, HeaderName, HeaderValue};
use lettre::message::{Mailbox, MultiPart};
use lettre::transport::smtp::Error as SmtpError;
use lettre::transport::smtp::PoolConfig;
use lettre::{AsyncFileTransport, AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};

pub use messages::MailContent;
pub use news::news_mail;
pub use worker::{Worker, redacted};

use crate::config::Settings;

#[derive(Clone)]
pub enum Transport {
    Smtp(AsyncSmtpTransport<Tokio1Executor>),
    /// Each mail becomes a `.eml` file: the whole flow can be tried without a mail server.
    File(AsyncFileTransport<Tokio1Executor>, PathBuf),
}

#[derive(Clone)]
pub struct Mailer {
    transport: Transport,
    from: Mailbox,
}

#[derive(Debug, thiserror::Error)]
pub enum MailerError {
    #[error("UNDERSIGNED_SMTP_URL is not a valid SMTP URL")]
    SmtpUrl(#[source] SmtpError),
    #[error("UNDERSIGNED_MAIL_FROM is not a valid mailbox")]
    From,
    #[error("cannot create the mail directory {0}")]
    Dir(PathBuf, #[source] std::io::Error),
}

/// Why a mail was not delivered: worth retrying, or never going to work.
#[derive(Debug, thiserror::Error)]
pub enum SendError {
    #[error("transient: {0}")]
    Transient(String),
    #[error("permanent: {0}")]
    Permanent(String),
}

impl Mailer {
    pub fn from_settings(settings: &Settings) -> Result<Self, MailerError> {
        let from = settings.mail_from.parse().map_err(|_| MailerError::From)?;
        let transport = match settings.smtp_url() {
            Some(url) => Transport::Smtp(
                AsyncSmtpTransport::<Tokio1Executor>::from_url(url)
                    .map_err(MailerError::SmtpUrl)?
                    .timeout(Some(std::time::Duration::from_secs(20)))
                    .pool_config(PoolConfig::new().max_size(worker::CONCURRENT_SENDS as u32))
                    .build(),
            ),
            None => {
                let dir = settings.data_dir.join("mail");
                private_dir(&dir).map_err(|e| MailerError::Dir(dir.clone(), e))?;
                Transport::File(AsyncFileTransport::new(&dir), dir)
            }
        };
        Ok(Mailer { transport, from })
    }

    pub fn writes_files(&self) -> bool {
        matches!(self.transport, Transport::File(..))
    }

    pub async fn send(&self, to: &str, content: &MailContent) -> Result<(), SendError> {
        let to: Mailbox = to
            .parse()
            .map_err(|e| SendError::Permanent(format!("recipient: {e}")))?;
        let mut builder = Message::builder()
            .from(self.from.clone())
            .to(to)
            .subject(&content.subject);
        if let Some(url) = &content.unsubscribe {
            builder = builder
                .header(ListUnsubscribe(url.clone()))
                .header(ListUnsubscribePost);
        }
        let message = builder
            .multipart(MultiPart::alternative_plain_html(
                content.text.clone(),
                content.html.clone(),
            ))
            .map_err(|e| SendError::Permanent(format!("building the message: {e}")))?;
        match &self.transport {
            Transport::Smtp(smtp) => smtp.send(message).await.map(|_| ()).map_err(|e| {
                if e.is_permanent() {
                    SendError::Permanent(e.to_string())
                } else {
                    SendError::Transient(e.to_string())
                }
            }),
            Transport::File(file, dir) => {
                let written = |e: &dyn std::fmt::Display| {
                    SendError::Transient(format!("writing to {}: {e}", dir.display()))
                };
                let id = file.send(message).await.map_err(|e| written(&e))?;
                // A mail holds an address and working links: readable by the service alone.
                private_file(&dir.join(format!("{id}.eml")))
                    .await
                    .map_err(|e| written(&e))
            }
        }
    }
}

/// `List-Unsubscribe: <url>` (RFC 2369): mail programs show their own "unsubscribe" button.
#[derive(Clone)]
struct ListUnsubscribe(String);

impl Header for ListUnsubscribe {
    fn name() -> HeaderName {
        HeaderName::new_from_ascii_str("List-Unsubscribe")
    }

    fn parse(s: &str) -> Result<Self, Box<dyn std::error::Error + Send + Sync>> {
        Ok(ListUnsubscribe(
            s.trim()
                .trim_start_matches('<')
                .trim_end_matches('>')
                .to_owned(),
        ))
    }

    fn display(&self) -> HeaderValue {
        HeaderValue::new(Self::name(), format!("<{}>", self.0))
    }
}

/// `List-Unsubscribe-Post: List-Unsubscribe=One-Click` (RFC 8058): that button posts to the
/// address without a visit to the page.
#[derive(Clone)]
struct ListUnsubscribePost;

impl Header for ListUnsubscribePost {
    fn name() -> HeaderName {
        HeaderName::new_from_ascii_str("List-Unsubscribe-Post")
    }

    fn parse(_: &str) -> Result<Self, Box<dyn std::error::Error + Send + Sync>> {
        Ok(ListUnsubscribePost)
    }

    fn display(&self) -> HeaderValue {
        HeaderValue::new(Self::name(), "List-Unsubscribe=One-Click".to_owned())
    }
}

/// Creates `dir` (and its parents) readable by the service's user alone.
#[cfg(unix)]
fn private_dir(dir: &std::path::Path) -> std::io::Result<()> {
    use std::os::unix::fs::{DirBuilderExt, PermissionsExt};
    std::fs::DirBuilder::new()
        .recursive(true)
        .mode(0o700)
        .create(dir)?;
    std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700))
}

#[cfg(not(unix))]
fn private_dir(dir: &std::path::Path) -> std::io::Result<()> {
    std::fs::create_dir_all(dir)
}

#[cfg(unix)]
async fn private_file(path: &std::path::Path) -> std::io::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    tokio::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600)).await
}

#[cfg(not(unix))]
async fn private_file(_: &std::path::Path) -> std::io::Result<()> {
    Ok(())
}
