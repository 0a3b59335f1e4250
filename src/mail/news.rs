//! A news mail: an update to a signer who asked for news, with the link that stops them. It
//! is dropped if the signer took the consent back, withdrew, or is no longer confirmed.

use super::MailContent;
use super::messages::NewsMail;
use super::worker::{Prepared, Worker};
use crate::db::models::{LetterHead, Signature, SignatureState, Update};
use crate::i18n::{Lang, Locale};

/// The mail of `update`, with `unsubscribe_url` in its text and its headers.
pub fn news_mail(
    base_url: &str,
    letter: &LetterHead,
    update: &Update,
    unsubscribe_url: &str,
    lang: Lang,
) -> askama::Result<MailContent> {
    let tr = Locale::plain(lang);
    let mut content = NewsMail {
        letter_title: &letter.title,
        update_title: &update.title,
        date: &tr.iso_date(&update.date()),
        update_url: &format!("{base_url}/letters/{}#update-{}", letter.slug, update.name),
        body_html: &update.body_html,
        body_text: &update.body_md,
        unsubscribe_url,
        site_url: base_url,
        tr,
    }
    .render()?;
    content.unsubscribe = Some(unsubscribe_url.to_owned());
    Ok(content)
}

impl Worker {
    pub(super) async fn prepare_news(
        &self,
        signature_id: i64,
        update_id: i64,
    ) -> anyhow::Result<Prepared> {
        let (signature, letter, consent, update, lang) = self
            .db
            .read(move |conn| -> anyhow::Result<_> {
                let (signature, letter, consent, lang) =
                    Signature::find_with_letter(conn, signature_id)?;
                Ok((
                    signature,
                    letter,
                    consent,
                    Update::find(conn, update_id)?,
                    lang,
                ))
            })
            .await?;
        let confirmed = matches!(
            signature.state(),
            SignatureState::Pending | SignatureState::Published
        );
        let (Some(to), Some(_), true) = (signature.email, consent, confirmed) else {
            return Ok(Prepared::Drop);
        };
        let content = news_mail(
            &self.base_url,
            &letter,
            &update,
            &self.unsubscribe_url(signature_id),
            lang,
        )?;
        Ok(Prepared::Send {
            to,
            content,
            tokens: Vec::new(),
            verify_link: None,
        })
    }

    fn unsubscribe_url(&self, signature_id: i64) -> String {
        format!(
            "{}/unsubscribe/{}",
            self.base_url,
            crate::updates::unsubscribe_token(&self.secret, signature_id)
        )
    }
}
