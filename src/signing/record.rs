use chrono::NaiveDateTime;
use diesel::QueryResult;

use super::Submission;
use crate::abuse::NETWORK_HOURLY_LIMIT;
use crate::db::models::{
    Flag, Letter, MailKind, NewOutboxMail, OutboxMail, Signature, SignatureState, Token,
};
use crate::db::{DbConn, is_unique_violation, write_transaction};
use crate::keys::SecretKey;

/// Where a submission came from, as far as abuse defence is concerned.
#[derive(Debug, Default)]
pub struct Origin {
    /// Keyed hash of the client's network.
    pub network: Option<String>,
    /// The form's bot trap tripped (honeypot or timestamp).
    pub trapped: bool,
}

/// Records a signature and queues its mail in one transaction, so that no answered signature
/// is without its mail. A new address gets a verification mail; a pending one gets it again
/// (with the details corrected); a confirmed one gets an "already signed" mail. The caller
/// answers all three alike. Returns whether a mail was queued (false once the address has
/// reached the daily cap). A network that signed more than `abuse::NETWORK_HOURLY_LIMIT` times
/// in the last hour is flagged; a trapped submission is stored flagged and never mailed.
pub fn record_signature(
    conn: &mut DbConn,
    letter: &Letter,
    submission: &Submission,
    secret: &SecretKey,
    daily_cap: i64,
    origin: &Origin,
    now: NaiveDateTime,
) -> QueryResult<bool> {
    let Origin { network, trapped } = origin;
    let (network, trapped) = (network.clone(), *trapped);
    let mut row = submission.to_row(letter.id, now);
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
    if let Some(network) = &network
        && Signature::network_reached(conn, network, now, NETWORK_HOURLY_LIMIT)?
    {
        row.flags = row.flags.with(Flag::Network);
    }
    row.network_key = network;
    let canonical = submission.email.canonical();
    let recipient_key = secret.keyed_hash("mail-recipient", &canonical);
    let mut attempt = 0;
    loop {
        let result = write_transaction(conn, |conn| {
            let (signature_id, kind) =
                match Signature::find_by_email_key(conn, letter.id, &canonical)? {
                    None => (Signature::insert(conn, &row)?, MailKind::Verify),
                    Some(existing) if existing.state() == SignatureState::Unverified => {
                        // The links already sent would confirm these new details: revoked.
                        Signature::resubmit(conn, existing.id, &row)?;
                        Token::delete_for_signature(conn, existing.id)?;
                        (existing.id, MailKind::Verify)
                    }
                    Some(existing) => (existing.id, MailKind::AlreadySigned),
                };
            let mail = NewOutboxMail::new(signature_id, kind, recipient_key.clone(), now);
            OutboxMail::enqueue_capped(conn, &mail, daily_cap)
        });
        // Two first signatures from one address raced; the loser reads the winner's row.
        match result {
            Err(e) if is_unique_violation(&e) && attempt < 2 => attempt += 1,
            other => return other,
        }
    }
}
