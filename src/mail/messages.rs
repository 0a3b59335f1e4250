use askama::Template;

use crate::i18n::Locale;

/// A rendered message: subject, plain text and HTML alternatives.
pub struct MailContent {
    pub subject: String,
    pub text: String,
    pub html: String,
    /// News only: the one-click unsubscribe address (RFC 8058 headers).
    pub unsubscribe: Option<String>,
}

/// What the verification mail says about the signature it confirms.
pub struct VerifyMail<'a> {
    /// The signer's language.
    pub tr: Locale,
    pub letter_title: &'a str,
    pub letter_url: &'a str,
    /// The entry as it will be published ("Dr Jay Watts, Consultant Psychiatrist.").
    pub entry: &'a str,
    pub organisation: bool,
    /// The form asked for news about the letter: the words agreed to, to be confirmed too.
    pub news: Option<&'a str>,
    pub verify_url: &'a str,
    pub withdraw_url: &'a str,
    pub expires: &'a str,
    pub site_url: &'a str,
}

/// Sent instead when the address has already confirmed a signature on this letter.
pub struct AlreadySignedMail<'a> {
    /// The signer's language.
    pub tr: Locale,
    pub letter_title: &'a str,
    pub letter_url: &'a str,
    pub withdraw_url: &'a str,
    pub expires: &'a str,
    pub site_url: &'a str,
}

/// The one mail asking a signer of an earlier version to sign the new one.
pub struct ReconfirmMail<'a> {
    /// The signer's language.
    pub tr: Locale,
    pub letter_title: &'a str,
    pub version: i32,
    pub note: Option<&'a str>,
    pub history_url: &'a str,
    pub reconfirm_url: &'a str,
    pub withdraw_url: &'a str,
    pub expires: &'a str,
    pub site_url: &'a str,
}

/// An update mailed to a signer who asked for news about the letter.
pub struct NewsMail<'a> {
    /// The signer's language.
    pub tr: Locale,
    pub letter_title: &'a str,
    pub update_title: &'a str,
    /// `YYYY-MM-DD`.
    pub date: &'a str,
    /// The update on the letter page.
    pub update_url: &'a str,
    /// Rendered and sanitised Markdown.
    pub body_html: &'a str,
    /// The Markdown as written.
    pub body_text: &'a str,
    pub unsubscribe_url: &'a str,
    pub site_url: &'a str,
}

/// The self-service mail (`/my`): every letter the address signed here, each with its links.
pub struct SignedMail<'a> {
    /// The signer's language.
    pub tr: Locale,
    pub entries: &'a [SignedEntry],
    /// Everything held about the address, as JSON.
    pub data_url: &'a str,
    pub expires: &'a str,
    pub site_url: &'a str,
}

/// One letter in `SignedMail`. A link is there when its action is possible.
pub struct SignedEntry {
    pub letter_title: String,
    pub letter_url: String,
    /// As published, or as it would be.
    pub entry: String,
    pub status: String,
    pub verify_url: Option<String>,
    pub correct_url: Option<String>,
    pub withdraw_url: String,
}

macro_rules! message {
    ($ctx:ident, $subject:literal, $text:literal, $html:literal) => {
        impl $ctx<'_> {
            pub fn render(&self) -> askama::Result<MailContent> {
                #[derive(Template)]
                #[template(path = $subject)]
                struct Subject<'b, 'c> {
                    m: &'b $ctx<'c>,
                }
                #[derive(Template)]
                #[template(path = $text)]
                struct Text<'b, 'c> {
                    m: &'b $ctx<'c>,
                }
                #[derive(Template)]
                #[template(path = $html)]
                struct Html<'b, 'c> {
                    m: &'b $ctx<'c>,
                }
                Ok(MailContent {
                    subject: Subject { m: self }.render()?.trim().to_owned(),
                    text: Text { m: self }.render()?,
                    html: Html { m: self }.render()?,
                    unsubscribe: None,
                })
            }
        }
    };
}

message!(
    VerifyMail,
    "email/verify/subject.txt",
    "email/verify/body.txt",
    "email/verify/body.html"
);
message!(
    AlreadySignedMail,
    "email/already_signed/subject.txt",
    "email/already_signed/body.txt",
    "email/already_signed/body.html"
);
message!(
    SignedMail,
    "email/signed/subject.txt",
    "email/signed/body.txt",
    "email/signed/body.html"
);
message!(
    NewsMail,
    "email/news/subject.txt",
    "email/news/body.txt",
    "email/news/body.html"
);
message!(
    ReconfirmMail,
    "email/reconfirm/subject.txt",
    "email/reconfirm/body.txt",
    "email/reconfirm/body.html"
);
