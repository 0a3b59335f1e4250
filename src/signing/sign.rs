//! Signing, whatever the front end: the HTML form and the JSON API parse their input into a
//! `Submission` and call `sign`; everything from there to the row and its mail is here.

use actix_web::HttpRequest;
use chrono::Utc;

use super::{FieldErrors, Origin, Record, Submission, prepare, record_signer};
use crate::abuse::{self, NETWORK_HOURLY_LIMIT, SharedSpend};
use crate::app::AppState;
use crate::db::models::{Letter, LetterStatus, Signature, ToSign};
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

/// What the request says about its sender, taken before its body is read: the signing quota
/// kept in memory is spent here, so that a flood costs one check per request (the quota kept in
/// the database is spent with the first read of `sign`).
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
pub async fn sign(
    state: &AppState,
    slug: Slug,
    submission: Result<Submission, FieldErrors>,
    sender: Sender,
    trapped: bool,
) -> Result<(), SignError> {
    let (quota, network) = (sender.quota, sender.network.clone());
    // Read before the write, so that SQLite's one writer does less: whether the network signed
    // more than its hourly share is a flag for moderators, and one signature more or less in
    // the count changes nothing.
    let (letter, flood) = state
        .read(move |conn| {
            // A trapped submission is flagged a bot already: its network is not counted.
            let network = network.as_deref().filter(|_| !trapped);
            let now = Utc::now().naive_utc();
            let spend = quota.as_ref().map(SharedSpend::now);
            let ToSign {
                letter,
                flood,
                spent,
            } = Letter::find_to_sign(
                conn,
                &slug,
                network,
                now,
                NETWORK_HOURLY_LIMIT,
                spend.as_ref(),
            )
            .doing("finding the letter")?;
            spent.map_err(|micros| {
                let retry_after = abuse::retry_after(micros);
                tracing::info!(retry_after, "signing quota spent");
                SignError::TooMany(retry_after)
            })?;
            Ok::<_, SignError>((letter, flood))
        })
        .await?;
    if letter.status() != LetterStatus::Open {
        return Err(SignError::Closed);
    }
    let submission = submission
        .and_then(|s| s.for_letter(letter.refuse_disposable))
        .map_err(SignError::Invalid)?;
    let origin = Origin {
        network: sender.network,
        trapped,
        flood,
    };
    let cap = state.settings.mail.daily_cap_per_address;
    // Signing locks the signer's signature and recipient rows, in the order of their addresses
    // across batches. Nothing public changes until the signature is confirmed.
    let now = Utc::now().naive_utc();
    match prepare(&letter, &submission, &state.secret, cap, &origin, now) {
        Record::Signer(signer) => {
            state
                .sign_unseen(signer, |conn, signer| {
                    record_signer(conn, signer).doing("recording the signature")
                })
                .await?;
            state.mail_wakeup.notify_one();
        }
        Record::Trapped(row) => {
            state
                .write_unseen(submission.email.canonical(), move |conn| {
                    Signature::insert(conn, &row).doing("recording a trapped signature")
                })
                .await?;
        }
    }
    Ok(())
}
