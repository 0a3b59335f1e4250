//! The self-service mail (`/my`): every letter an address signed here, each with the links
//! that apply to it, and one link to everything we hold about the address.

use super::messages::{SignedEntry, SignedMail};
use super::worker::{Prepared, Worker};
use crate::db::models::{
    Letter, LetterStatus, PublicEntry, Signature, SignatureState, TokenPurpose,
};

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

fn status(signature: &Signature, letter: &Letter) -> String {
    let state = match signature.state() {
        SignatureState::Unverified => "not confirmed yet",
        SignatureState::Pending => "confirmed, waiting for a moderator",
        SignatureState::Published if signature.held => {
            "confirmed, waiting for a moderator: it looks like another entry"
        }
        SignatureState::Published => "published",
        SignatureState::Duplicate => "not published: listed once under another entry",
        SignatureState::Rejected | SignatureState::Withdrawn => "not published",
    };
    match letter.status() {
        LetterStatus::Open => state.to_owned(),
        _ => format!("{state}; the letter is closed"),
    }
}

impl Worker {
    /// `anchor` is the entry the request was queued under; the mail lists every entry of its
    /// address. Dropped if the address is no longer held.
    pub(super) async fn prepare_signed(&self, anchor: i64) -> anyhow::Result<Prepared> {
        let entries = self
            .db
            .read(move |conn| -> anyhow::Result<_> {
                let anchor = Signature::find(conn, anchor)?;
                let Some(key) = anchor.email_key.filter(|_| anchor.email.is_some()) else {
                    return Ok(Vec::new());
                };
                Signature::find_by_address(conn, &key)?
                    .into_iter()
                    .map(|s| Ok((Letter::find(conn, s.letter_id)?, s)))
                    .collect()
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
                status: status(signature, letter),
                verify_url: links.get(signature.id, TokenPurpose::Verify),
                correct_url: links.get(signature.id, TokenPurpose::Correct),
                withdraw_url: links.url(signature.id, TokenPurpose::Withdraw),
            })
            .collect();
        let content = SignedMail {
            entries: &listed,
            data_url: &links.url(anchor, TokenPurpose::Data),
            expires: &links.expires(),
            site_url: &self.base_url,
        }
        .render()?;
        Ok(Prepared::Send {
            to,
            content,
            tokens: links.ids,
            verify_link: None,
        })
    }
}
