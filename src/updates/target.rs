//! The update a letter sends itself when it reaches its target (`target_update` in
//! `letter.toml`): checked as often as the mail worker looks for work, sent once like any
//! other, and shown only from then on.

use std::sync::Arc;
use std::time::Duration;

use chrono::Utc;
use tokio::sync::{Notify, watch};

use super::sending::{self, Refusal};
use crate::db::Database;
use crate::db::models::{Letter, Update};
use crate::moderation::Actor;

/// Sends the target updates whose letters reached their targets; returns how many went.
fn send_reached(conn: &mut crate::db::DbConn) -> anyhow::Result<usize> {
    let mut sent = 0;
    for update in Update::waiting_for_target(conn)? {
        let letter = Letter::find(conn, update.letter_id)?;
        let signed = letter.counts(conn)?.total();
        if letter.target.is_none_or(|target| signed < target) {
            continue;
        }
        let actor = Actor {
            id: None,
            name: "target reached".to_owned(),
        };
        match sending::send(conn, &letter, update.id, &actor, Utc::now().naive_utc())? {
            Ok(recipients) => {
                tracing::info!(
                    update = update.id,
                    recipients,
                    "target reached: update queued"
                );
                sent += 1;
            }
            // Tried again on the next check, once the month allows it.
            Err(refusal @ Refusal::TooSoon { .. }) => {
                tracing::warn!(update = update.id, %refusal, "target reached, update waits")
            }
            Err(Refusal::AlreadySent { .. }) => {}
        }
    }
    Ok(sent)
}

pub async fn watch(
    db: Database,
    every: Duration,
    mail_wakeup: Arc<Notify>,
    mut shutdown: watch::Receiver<bool>,
) {
    loop {
        // A read first: most checks find nothing waiting and need not queue for the writer.
        let waiting = db
            .read(|conn| Ok::<_, anyhow::Error>(!Update::waiting_for_target(conn)?.is_empty()))
            .await;
        let checked = match waiting {
            Ok(true) => db.write(send_reached).await,
            Ok(false) => Ok(0),
            Err(e) => Err(e),
        };
        match checked {
            Ok(0) => {}
            Ok(_) => mail_wakeup.notify_one(),
            Err(e) => tracing::error!(error = ?e, "cannot check the letters' targets"),
        }
        tokio::select! {
            _ = tokio::time::sleep(every) => {}
            _ = shutdown.changed() => return,
        }
    }
}
