use chrono::NaiveDateTime;
use diesel::QueryResult;

use super::{NEWS_WORDING, Submission};
use crate::db::DbConn;
use crate::db::models::{
    Flag, LetterHead, MailKind, NewOutboxMail, NewSignature, NewSigner, NewsConsent, OutboxMail,
    Signature, SignatureLanguage, SignatureState, Token,
};
use crate::keys::SecretKey;

/// Where a submission came from, as far as abuse defence is concerned.
#[derive(Debug, Default)]
pub struct Origin {
    /// Keyed hash of the client's network.
    pub network: Option<String>,
    /// The form's bot trap tripped (honeypot or timestamp).
    pub trapped: bool,
    /// The network signed more than `abuse::NETWORK_HOURLY_LIMIT` times in the last hour.
    pub flood: bool,
}

/// What a submission writes.
#[derive(Debug)]
pub enum Record {
    /// A signature with its verification mail (`record_signer`).
    Signer(NewSigner),
    /// A trapped submission: stored flagged for moderators, never mailed, and without its
    /// address, so that it makes no claim on it (its owner may still sign).
    Trapped(NewSignature),
}

/// What `submission` of `letter` writes, with the time of the form `now`. A signature from a
/// flooding network is flagged.
pub fn prepare(
    letter: &LetterHead,
    submission: &Submission,
    secret: &SecretKey,
    daily_cap: i64,
    origin: &Origin,
    now: NaiveDateTime,
) -> Record {
    let mut row = submission.to_row(letter.id, now);
    row.version = letter.version;
    row.network_key = origin.network.clone();
    if origin.trapped {
        row.flags = row.flags.with(Flag::Bot);
        // Never mailed: its address is of no use to anyone, and is not kept.
        row.email = None;
        row.email_key = None;
        return Record::Trapped(row);
    }
    if origin.flood {
        row.flags = row.flags.with(Flag::Network);
    }
    let canonical = submission.email.canonical();
    Record::Signer(NewSigner {
        recipient_key: secret.keyed_hash("mail-recipient", &canonical),
        canonical,
        row,
        lang: submission.lang,
        news: submission.news.then_some(NEWS_WORDING),
        daily_cap,
    })
}

/// Records a signer and queues its mail in the caller's transaction (the writer's batch), so
/// that no answered signature is without its mail; `NewSigner::insert_all` does the same for
/// a run of new addresses. A new address gets a verification mail; a pending one gets it again
/// (with the details corrected); a confirmed one gets an "already signed" mail. The caller
/// answers all three alike. Returns whether a mail was queued (false once the address has
/// reached the daily cap).
pub fn record_signer(conn: &mut DbConn, signer: &NewSigner) -> QueryResult<bool> {
    let NewSigner {
        row,
        canonical,
        lang,
        news,
        recipient_key,
        daily_cap,
    } = signer;
    let now = row.created_at;
    // Most signers sign once: the insert comes first, and only an address already on the
    // letter (a pending signer signing again, or a confirmed one) is then read.
    let existing = match Signature::insert_first(conn, row)? {
        Some(id) => {
            SignatureLanguage::record(conn, id, *lang)?;
            // A new row holds no consent yet: nothing to take back.
            if let Some(wording) = news {
                give_consent(conn, id, wording, now)?;
            }
            let mail = NewOutboxMail::new(id, MailKind::Verify, recipient_key.clone(), now);
            return OutboxMail::enqueue_capped(conn, &mail, *daily_cap);
        }
        None => Signature::find_by_email_key(conn, row.letter_id, canonical)?
            .ok_or(diesel::result::Error::NotFound)?,
    };
    let (signature_id, kind) = if existing.state() == SignatureState::Unverified {
        // The links already sent would confirm these new details: revoked.
        Signature::resubmit(conn, existing.id, row)?;
        Token::delete_for_signature(conn, existing.id)?;
        SignatureLanguage::set(conn, existing.id, *lang)?;
        // The latest form decides.
        match news {
            Some(wording) => give_consent(conn, existing.id, wording, now)?,
            None => NewsConsent::erase(conn, &[existing.id]).map(drop)?,
        }
        (existing.id, MailKind::Verify)
    } else {
        // Confirmed: a new form with this address proves nothing of its owner, so it changes
        // nothing, the consent to news included.
        (existing.id, MailKind::AlreadySigned)
    };
    let mail = NewOutboxMail::new(signature_id, kind, recipient_key.clone(), now);
    OutboxMail::enqueue_capped(conn, &mail, *daily_cap)
}

/// Records the consent to news with the wording's version. It counts only once the signature
/// is confirmed, by the address's owner.
fn give_consent(
    conn: &mut DbConn,
    signature_id: i64,
    wording: &str,
    now: NaiveDateTime,
) -> QueryResult<()> {
    NewsConsent::give(
        conn,
        &NewsConsent {
            signature_id,
            wording: wording.to_owned(),
            consented_at: now,
        },
    )
}
