//! A signer's form as the group commit writes it: the signature with its language, its consent
//! to news and its verification mail. Signers in one batch are written together, a few
//! statements for a whole run of them instead of a few each (`NewSigner::insert_all`).

use std::collections::HashMap;

use diesel::prelude::*;

use super::{
    MailKind, NewOutboxMail, NewSignature, NewsConsent, OutboxMail, Signature, SignatureLanguage,
};
use crate::db::DbConn;
use crate::i18n::Lang;

/// A signer's form, checked, with the keys it is stored and mailed under.
#[derive(Debug)]
pub struct NewSigner {
    /// The signature, unverified, with its address and the time of the form.
    pub row: NewSignature,
    /// The address, canonical: the signature's `email_key`.
    pub canonical: String,
    /// The language to write to the signer in.
    pub lang: Lang,
    /// The wording of the consent to news the form gave, if it did.
    pub news: Option<&'static str>,
    /// The recipient of its mail, as the daily cap counts it.
    pub recipient_key: String,
    /// Mails a recipient may be sent in 24 hours.
    pub daily_cap: i64,
}

impl NewSigner {
    /// Writes the first signatures of `run` (signers of distinct recipients, in the batch's
    /// order), their languages and consents, and queues their verification mails under the
    /// daily cap. Returns whether each mail was queued, or `None` (with part of the run
    /// written, for the caller to roll back) when a signer's address is on the letter already:
    /// that one needs `record_signer`'s path, which reads what is there.
    pub fn insert_all(conn: &mut DbConn, run: &[&NewSigner]) -> QueryResult<Option<Vec<bool>>> {
        let inserted = Signature::insert_firsts(conn, run.iter().map(|s| &s.row).collect())?;
        // A row comes back for each signature inserted, in no promised order.
        let ids: HashMap<(i64, &str), i64> = inserted
            .iter()
            .filter_map(|(id, letter, key)| Some(((*letter, key.as_deref()?), *id)))
            .collect();
        let Some(ids) = run
            .iter()
            .map(|s| ids.get(&(s.row.letter_id, s.canonical.as_str())).copied())
            .collect::<Option<Vec<i64>>>()
        else {
            return Ok(None);
        };
        let langs: Vec<(i64, Lang)> = run.iter().zip(&ids).map(|(s, id)| (*id, s.lang)).collect();
        SignatureLanguage::record_all(conn, &langs)?;
        let consents: Vec<NewsConsent> = run
            .iter()
            .zip(&ids)
            .filter_map(|(s, id)| {
                Some(NewsConsent {
                    signature_id: *id,
                    wording: s.news?.to_owned(),
                    consented_at: s.row.created_at,
                })
            })
            .collect();
        NewsConsent::give_first(conn, &consents)?;
        let mails: Vec<(NewOutboxMail, i64)> = run
            .iter()
            .zip(&ids)
            .map(|(s, id)| {
                let key = s.recipient_key.clone();
                let mail = NewOutboxMail::new(*id, MailKind::Verify, key, s.row.created_at);
                (mail, s.daily_cap)
            })
            .collect();
        OutboxMail::enqueue_all_capped(conn, &mails).map(Some)
    }
}
