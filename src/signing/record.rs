use chrono::NaiveDateTime;
use diesel::QueryResult;

use super::{NEWS_WORDING, Submission};
use crate::db::DbConn;
use crate::db::models::{
    Flag, Letter, MailKind, NewOutboxMail, NewsConsent, OutboxMail, Signature, SignatureLanguage,
    SignatureState, Token,
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

/// Records a signature and queues its mail in the caller's transaction (the writer's batch), so
/// that no answered signature is without its mail. A new address gets a verification mail; a pending one gets it again
/// (with the details corrected); a confirmed one gets an "already signed" mail. The caller
/// answers all three alike. Returns whether a mail was queued (false once the address has
/// reached the daily cap). A signature from a flooding network is flagged; a trapped submission
/// is stored flagged and never mailed.
pub fn record_signature(
    conn: &mut DbConn,
    letter: &Letter,
    submission: &Submission,
    secret: &SecretKey,
    daily_cap: i64,
    origin: &Origin,
    now: NaiveDateTime,
) -> QueryResult<bool> {
    let Origin {
        network,
        trapped,
        flood,
    } = origin;
    let (network, trapped) = (network.clone(), *trapped);
    let mut row = submission.to_row(letter.id, now);
    row.version = letter.version;
    if trapped {
        // Kept for moderators, flagged, never mailed; no claim on the address, whose owner
        // may still sign.
        row.flags = row.flags.with(Flag::Bot);
        // Never mailed: its address is of no use to anyone, and is not kept.
        row.email = None;
        row.email_key = None;
        row.network_key = network;
        Signature::insert(conn, &row)?;
        return Ok(false);
    }
    if *flood {
        row.flags = row.flags.with(Flag::Network);
    }
    row.network_key = network;
    let canonical = submission.email.canonical();
    let recipient_key = secret.keyed_hash("mail-recipient", &canonical);
    // Most signers sign once: the insert comes first, and only an address already on the
    // letter (a pending signer signing again, or a confirmed one) is then read.
    let existing = match Signature::insert_first(conn, &row)? {
        Some(id) => {
            SignatureLanguage::record(conn, id, submission.lang)?;
            // A new row holds no consent yet: nothing to take back.
            if submission.news {
                give_consent(conn, id, now)?;
            }
            let mail = NewOutboxMail::new(id, MailKind::Verify, recipient_key, now);
            return OutboxMail::enqueue_capped(conn, &mail, daily_cap);
        }
        None => Signature::find_by_email_key(conn, letter.id, &canonical)?
            .ok_or(diesel::result::Error::NotFound)?,
    };
    let (signature_id, kind) = if existing.state() == SignatureState::Unverified {
        // The links already sent would confirm these new details: revoked.
        Signature::resubmit(conn, existing.id, &row)?;
        Token::delete_for_signature(conn, existing.id)?;
        SignatureLanguage::set(conn, existing.id, submission.lang)?;
        // The latest form decides.
        if submission.news {
            give_consent(conn, existing.id, now)?;
        } else {
            NewsConsent::erase(conn, &[existing.id])?;
        }
        (existing.id, MailKind::Verify)
    } else {
        // Confirmed: a new form with this address proves nothing of its owner, so it changes
        // nothing, the consent to news included.
        (existing.id, MailKind::AlreadySigned)
    };
    let mail = NewOutboxMail::new(signature_id, kind, recipient_key, now);
    OutboxMail::enqueue_capped(conn, &mail, daily_cap)
}

/// Records the consent to news with the wording's version. It counts only once the signature
/// is confirmed, by the address's owner.
fn give_consent(conn: &mut DbConn, signature_id: i64, now: NaiveDateTime) -> QueryResult<()> {
    NewsConsent::give(
        conn,
        &NewsConsent {
            signature_id,
            wording: NEWS_WORDING.to_owned(),
            consented_at: now,
        },
    )
}
