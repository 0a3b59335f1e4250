//! The mails a signature itself calls for (confirm, already signed, re-confirm), prepared a
//! claimed batch at a time: one read for all their signatures and letters, one write for all
//! their links. Per mail, that was a read and a write: on PostgreSQL, two of the round trips a
//! signature cost.

use std::collections::{HashMap, HashSet};

use super::links::Links;
use super::messages::{AlreadySignedMail, ReconfirmMail, VerifyMail};
use super::worker::{Prepared, Worker};
use crate::db::models::{
    LetterVersion, MailKind, OutboxMail, PublicEntry, Signature, SignatureKind, SignatureState,
    ToMail, TokenPurpose,
};
use crate::i18n::Locale;
use crate::signing::news_words;

/// Whether a mail of this kind is prepared here, with its batch.
pub(super) fn to_signer(kind: MailKind) -> bool {
    matches!(
        kind,
        MailKind::Verify | MailKind::AlreadySigned | MailKind::Reconfirm
    )
}

/// The links a mail needs, or `None` if it is no longer to be sent: its signature was erased
/// or its address withdrawn, a link to confirm went to a signature confirmed meanwhile, or a
/// re-confirmation to one that is not confirmed or already on the newest version.
fn links_wanted(kind: MailKind, found: Option<&ToMail>) -> Option<&'static [TokenPurpose]> {
    let (signature, letter, ..) = found?;
    signature.email.as_ref()?;
    let confirmed = matches!(
        signature.state(),
        SignatureState::Pending | SignatureState::Published
    );
    match kind {
        MailKind::Verify if signature.state() == SignatureState::Unverified => {
            Some(&[TokenPurpose::Withdraw, TokenPurpose::Verify])
        }
        MailKind::Reconfirm if confirmed && signature.version < letter.version => {
            Some(&[TokenPurpose::Withdraw, TokenPurpose::Reconfirm])
        }
        MailKind::AlreadySigned => Some(&[TokenPurpose::Withdraw]),
        _ => None,
    }
}

impl Worker {
    /// For each mail of `batch`: `Some` of its prepared content if it is a mail to a signer
    /// (`to_signer`), `None` for the others, which are prepared one by one.
    pub(super) async fn prepare_to_signers(
        &self,
        batch: &[OutboxMail],
    ) -> Vec<Option<anyhow::Result<Prepared>>> {
        let mine = |mail: &OutboxMail| to_signer(mail.kind());
        let ids: Vec<i64> = batch
            .iter()
            .filter(|m| mine(m))
            .map(|m| m.signature_id)
            .collect();
        if ids.is_empty() {
            return batch.iter().map(|_| None).collect();
        }
        let reconfirming: HashSet<i64> = batch
            .iter()
            .filter(|m| m.kind() == MailKind::Reconfirm)
            .map(|m| m.signature_id)
            .collect();
        let read = self
            .db
            .read(move |conn| -> anyhow::Result<_> {
                let found = Signature::find_with_letters(conn, &ids)?;
                // The note of each version a re-confirmation asks to sign.
                let mut notes = HashMap::new();
                for (signature, letter, ..) in &found {
                    let key = (letter.id, letter.version);
                    if reconfirming.contains(&signature.id) && !notes.contains_key(&key) {
                        notes.insert(key, LetterVersion::find(conn, key.0, key.1)?.note);
                    }
                }
                Ok((found, notes))
            })
            .await;
        let (found, notes) = match read {
            Ok(read) => read,
            Err(e) => return failed(batch, &e),
        };
        let found: HashMap<i64, ToMail> = found.into_iter().map(|f| (f.0.id, f)).collect();
        let plans: Vec<Option<Option<&[TokenPurpose]>>> = batch
            .iter()
            .map(|m| mine(m).then(|| links_wanted(m.kind(), found.get(&m.signature_id))))
            .collect();
        let wanted = plans
            .iter()
            .zip(batch)
            .filter_map(|(plan, mail)| {
                let purposes = (*plan)??;
                Some(purposes.iter().map(|p| (mail.signature_id, *p)).collect())
            })
            .collect();
        let mut links = match self.issue_each(wanted).await {
            Ok(links) => links.into_iter(),
            Err(e) => return failed(batch, &e),
        };
        plans
            .into_iter()
            .zip(batch)
            .map(|(plan, mail)| {
                let purposes = plan?;
                let (Some(found), Some(_)) = (found.get(&mail.signature_id), purposes) else {
                    return Some(Ok(Prepared::Drop));
                };
                let links = links.next()?;
                let note = notes.get(&(found.1.id, found.1.version)).cloned().flatten();
                Some(self.render(mail.kind(), found, &links, note.as_deref()))
            })
            .collect()
    }

    /// The mail of `kind` to the signature `found`, with its `links`.
    fn render(
        &self,
        kind: MailKind,
        found: &ToMail,
        links: &Links,
        note: Option<&str>,
    ) -> anyhow::Result<Prepared> {
        let (signature, letter, news, lang) = found;
        let (id, lang) = (signature.id, *lang);
        let letter_url = format!("{}/letters/{}", self.base_url, letter.slug);
        let expires = links.expires(lang);
        let withdraw_url = links.url(id, TokenPurpose::Withdraw);
        let (content, verify_link) = match kind {
            MailKind::Verify => {
                let verify_url = links.url(id, TokenPurpose::Verify);
                let entry = PublicEntry::from(signature).line();
                let content = VerifyMail {
                    tr: Locale::plain(lang),
                    letter_title: &letter.title,
                    letter_url: &letter_url,
                    entry: &entry,
                    organisation: signature.kind() == SignatureKind::Organisation,
                    news: news.as_deref().map(news_words),
                    verify_url: &verify_url,
                    withdraw_url: &withdraw_url,
                    expires: &expires,
                    site_url: &self.base_url,
                }
                .render()?;
                (content, Some(verify_url))
            }
            MailKind::Reconfirm => {
                let content = ReconfirmMail {
                    tr: Locale::plain(lang),
                    letter_title: &letter.title,
                    version: letter.version,
                    note,
                    history_url: &format!("{letter_url}/history"),
                    reconfirm_url: &links.url(id, TokenPurpose::Reconfirm),
                    withdraw_url: &withdraw_url,
                    expires: &expires,
                    site_url: &self.base_url,
                }
                .render()?;
                (content, None)
            }
            _ => {
                let content = AlreadySignedMail {
                    tr: Locale::plain(lang),
                    letter_title: &letter.title,
                    letter_url: &letter_url,
                    withdraw_url: &withdraw_url,
                    expires: &expires,
                    site_url: &self.base_url,
                }
                .render()?;
                (content, None)
            }
        };
        Ok(Prepared::Send {
            to: signature.email.clone().unwrap_or_default(),
            content,
            tokens: links.hashes(),
            verify_link,
        })
    }
}

/// Every mail to a signer of `batch` could not be prepared, for the reason `e`.
fn failed(batch: &[OutboxMail], e: &anyhow::Error) -> Vec<Option<anyhow::Result<Prepared>>> {
    batch
        .iter()
        .map(|m| to_signer(m.kind()).then(|| Err(anyhow::anyhow!("{e:#}"))))
        .collect()
}
