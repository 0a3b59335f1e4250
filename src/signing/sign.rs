//! Signing, whatever the front end: the HTML form and the JSON API parse their input into a
//! `Submission` and call `sign`; everything from there to the row and its mail is here.

use actix_web::HttpRequest;
use chrono::Utc;

use super::{FieldErrors, Origin, Record, Submission, prepare, record_signer};
use crate::abuse::{self, NETWORK_HOURLY_LIMIT, SharedSpend};
use crate::app::AppState;
use crate::db::models::{LetterStatus, Signature};
use crate::db::{Admission, Conflict, Refused};
use crate::domain::Slug;
use crate::failure::{Doing, Failure};

#[derive(Debug, thiserror::Error)]
pub enum SignError {
    /// The client's signing quota is spent: the seconds to wait.
    #[error("too many signatures from this network")]
    TooMany(u64),
    #[error("letter closed")]
    Closed,
    #[error("invalid fields")]
    Invalid(FieldErrors),
    #[error(transparent)]
    Failure(#[from] Failure),
}

impl From<anyhow::Error> for SignError {
    fn from(e: anyhow::Error) -> Self {
        SignError::Failure(e.into())
    }
}

impl From<Refused> for SignError {
    fn from(why: Refused) -> Self {
        match why {
            Refused::Closed => SignError::Closed,
            Refused::Quota(micros) => {
                let retry_after = abuse::retry_after(micros);
                tracing::info!(retry_after, "signing quota spent");
                SignError::TooMany(retry_after)
            }
        }
    }
}

impl Conflict for SignError {
    fn is_conflict(&self) -> bool {
        matches!(self, SignError::Failure(f) if f.is_conflict())
    }
}

/// What the request says about its sender, taken before its body is read: the signing quota
/// kept in memory is spent here, so that a flood costs one check per request (the quota kept in
/// the database is spent by the signature's batch, `db::Admission`).
pub struct Sender {
    network: Option<String>,
    quota: Option<SharedSpend>,
}

impl Sender {
    /// Err holds the seconds to wait.
    pub fn admit(state: &AppState, req: &HttpRequest) -> Result<Sender, u64> {
        let ip = state.client_ip(req);
        let quota = state.sign_quota.admit(ip).inspect_err(|retry_after| {
            tracing::info!(retry_after, "signing quota spent");
        })?;
        let network = ip.map(|ip| abuse::network_key(&state.secret, ip));
        Ok(Sender { network, quota })
    }
}

/// Records a signature of the letter `slug` and queues its mail. `submission` is what the
/// front end parsed (or the fields it could not); `trapped` says a bot trap tripped.
///
/// Nothing is read from the database for a signature in the common case: its letter is the
/// one kept for a second (`AppState::letter_head`), its network's hour the one last counted
/// (`abuse::Floods`), and its batch checks that the letter is still open and spends the quota
/// kept in the database (`db::Admission`) before writing it.
pub async fn sign(
    state: &AppState,
    slug: Slug,
    submission: Result<Submission, FieldErrors>,
    sender: Sender,
    trapped: bool,
) -> Result<(), SignError> {
    let letter = state.letter_head(&slug).await?;
    if letter.status() != LetterStatus::Open {
        return Err(SignError::Closed);
    }
    // Whether the network signed more than its hourly share is a flag for moderators, read
    // before the write so that SQLite's one writer does less; one signature more or less in it
    // changes nothing. A trapped submission is flagged a bot already: its network is not
    // counted.
    let network = sender.network.as_deref().filter(|_| !trapped);
    let flood = match network.map(|n| (n, state.floods.reached(n))) {
        Some((network, None)) => {
            let key = network.to_owned();
            let counted = state
                .read(move |conn| {
                    let now = Utc::now().naive_utc();
                    Signature::hourly_from(conn, &key, now, NETWORK_HOURLY_LIMIT)
                        .doing("counting the network's signatures")
                })
                .await?;
            state.floods.counted(network, counted)
        }
        Some((_, Some(reached))) => reached,
        None => false,
    };
    let submission = submission
        .and_then(|s| s.for_letter(letter.refuse_disposable))
        .map_err(SignError::Invalid)?;
    let origin = Origin {
        network: sender.network,
        trapped,
        flood,
    };
    let admission = Admission {
        letter_id: letter.id,
        spend: sender.quota.as_ref().map(SharedSpend::now),
    };
    let cap = state.settings.mail.daily_cap_per_address;
    // Signing locks the signer's signature and recipient rows, in the order of their addresses
    // across batches. Nothing public changes until the signature is confirmed.
    let now = Utc::now().naive_utc();
    match prepare(&letter, &submission, &state.secret, cap, &origin, now) {
        Record::Signer(signer) => {
            state
                .sign_unseen(signer, admission, |conn, signer| {
                    record_signer(conn, signer)
                        .doing("recording the signature")
                        .map_err(SignError::from)
                })
                .await?;
            state.mail_wakeup.notify_one();
        }
        Record::Trapped(row) => {
            let person = submission.email.canonical();
            state
                .db
                .write_admitted(person, None, admission, move |conn| {
                    Signature::insert(conn, &row).doing("recording a trapped signature")?;
                    // No mail for it.
                    Ok::<_, SignError>(false)
                })
                .await?;
        }
    }
    if let Some(network) = &origin.network {
        state.floods.wrote(network);
    }
    Ok(())
}
