//! The self-service mail (`/my`): every letter an address signed here, each with the links
//! that apply to it, and one link to everything we hold about the address.

use super::messages::{SignedEntry, SignedMail};
use super::worker::{Prepared, Worker};
use crate::db::models::{
    Letter, LetterStatus, PublicEntry, Signature, SignatureLanguage, SignatureState, TokenPurpose,
};
use crate::i18n::{Lang, Locale};

/// What the signer may do with one entry: (confirm, correct). Withdrawal is always possible.
fn actions(signature: &Signature, letter: &Letter) -> (bool, bool) {
    if letter.status() != LetterStatus::Open {
        return (false, false);
    }
    match signature.state() {
        SignatureState::Unverified => (true, false),
        SignatureState::Pending | SignatureState::Published => (false, true),
        _ => (false, false),
    }
}

fn status(signature: &Signature, letter: &Letter, lang: Lang) -> String {
    let state = lang.t(match signature.state() {
        SignatureState::Unverified => "signed-status-unverified",
        SignatureState::Pending => "signed-status-pending",
        SignatureState::Published if signature.held => "signed-status-held",
        SignatureState::Published => "signed-status-published",
        SignatureState::Duplicate => "signed-status-duplicate",
        SignatureState::Rejected | SignatureState::Withdrawn => "signed-status-not-published",
    });
    match letter.status() {
        LetterStatus::Open => state,
        _ => lang.t1("signed-status-closed", "status", state),
    }
}

impl Worker {
    /// `anchor` is the entry the request was queued under; the mail lists every entry of its
    /// address. Dropped if the address is no longer held.
    pub(super) async fn prepare_signed(&self, anchor: i64) -> anyhow::Result<Prepared> {
        let (entries, lang) = self
            .db
            .read(move |conn| -> anyhow::Result<_> {
                let lang = SignatureLanguage::of(conn, anchor)?;
                let anchor = Signature::find(conn, anchor)?;
                let Some(key) = anchor.email_key.filter(|_| anchor.email.is_some()) else {
                    return Ok((Vec::new(), lang));
                };
                let entries = Signature::find_by_address(conn, &key)?
                    .into_iter()
                    .map(|s| Ok((Letter::find(conn, s.letter_id)?, s)))
                    .collect::<anyhow::Result<Vec<_>>>()?;
                Ok((entries, lang))
            })
            .await?;
        let Some(to) = entries.iter().find(|(_, s)| s.id == anchor) else {
            return Ok(Prepared::Drop);
        };
        let to = to.1.email.clone().unwrap_or_default();
        let mut wanted = vec![(anchor, TokenPurpose::Data)];
        for (letter, signature) in &entries {
            let (confirm, correct) = actions(signature, letter);
            let id = signature.id;
            wanted.push((id, TokenPurpose::Withdraw));
            if confirm {
                wanted.push((id, TokenPurpose::Verify));
            }
            if correct {
                wanted.push((id, TokenPurpose::Correct));
            }
        }
        let links = self.issue(wanted).await?;
        let listed: Vec<SignedEntry> = entries
            .iter()
            .map(|(letter, signature)| SignedEntry {
                letter_title: letter.title.clone(),
                letter_url: format!("{}/letters/{}", self.base_url, letter.slug),
                entry: PublicEntry::from(signature).line(),
                status: status(signature, letter, lang),
                verify_url: links.get(signature.id, TokenPurpose::Verify),
                correct_url: links.get(signature.id, TokenPurpose::Correct),
                withdraw_url: links.url(signature.id, TokenPurpose::Withdraw),
            })
            .collect();
        let content = SignedMail {
            tr: Locale::plain(lang),
            entries: &listed,
            data_url: &links.url(anchor, TokenPurpose::Data),
            expires: &links.expires(lang),
            site_url: &self.base_url,
        }
        .render()?;
        Ok(Prepared::Send {
            to,
            content,
            tokens: links.hashes(),
            verify_link: None,
        })
    }
}
