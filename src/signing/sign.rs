//! Signing, whatever the front end: the HTML form and the JSON API parse their input into a
//! `Submission` and call `sign`; everything from there to the row and its mail is here.

use actix_web::HttpRequest;
use chrono::Utc;

use super::{FieldErrors, Origin, Submission, record_signature};
use crate::abuse;
use crate::app::AppState;
use crate::db::models::{Letter, LetterStatus};
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

/// What the request says about its sender, taken before its body is read: the signing quota is
/// spent here, so that a flood costs one check per request.
pub struct Sender {
    network: Option<String>,
}

impl Sender {
    pub async fn admit(state: &AppState, req: &HttpRequest) -> Result<Sender, SignError> {
        state
            .spend_sign_quota(req)
            .await?
            .map_err(SignError::TooMany)?;
        let network = state
            .client_ip(req)
            .map(|ip| abuse::network_key(&state.secret, ip));
        Ok(Sender { network })
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
    let letter = state
        .read(move |conn| Letter::find_public(conn, &slug).doing("finding the letter"))
        .await?;
    if letter.status() != LetterStatus::Open {
        return Err(SignError::Closed);
    }
    let submission = submission
        .and_then(|s| s.for_letter(letter.refuse_disposable))
        .map_err(SignError::Invalid)?;
    let (secret, cap) = (
        state.secret.clone(),
        state.settings.mail.daily_cap_per_address,
    );
    let origin = Origin {
        network: sender.network,
        trapped,
    };
    // Signing locks the signer's signature and recipient rows: in one order across batches.
    let person = Some(submission.email.canonical());
    state
        .write_ordered(person, move |conn| {
            let now = Utc::now().naive_utc();
            record_signature(conn, &letter, &submission, &secret, cap, &origin, now)
                .doing("recording the signature")
        })
        .await?;
    state.mail_wakeup.notify_one();
    Ok(())
}
