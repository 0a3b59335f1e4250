//! Marking mails sent. Each send waits until its mail is marked, so that a crash after the
//! mark cannot send it again; the marks of sends that end meanwhile (up to 64 go at once) are
//! written together, in one statement, instead of one each.

use tokio::sync::{mpsc, oneshot};

use super::worker::write;
use crate::db::Database;
use crate::db::models::OutboxMail;

/// Hands sent mails to `marking`.
pub(super) struct Marks {
    queue: mpsc::UnboundedSender<(i64, oneshot::Sender<bool>)>,
}

/// Marks and the loop that writes them; the loop ends once `Marks` is dropped.
pub(super) fn channel(db: Database) -> (Marks, impl Future<Output = ()>) {
    let (queue, waiting) = mpsc::unbounded_channel();
    (Marks { queue }, marking(db, waiting))
}

impl Marks {
    /// Marks the mail `id` sent; returns once that is committed.
    pub async fn sent(&self, id: i64) -> anyhow::Result<()> {
        let (reply, marked) = oneshot::channel();
        self.queue
            .send((id, reply))
            .map_err(|_| anyhow::anyhow!("the marking loop has stopped"))?;
        match marked.await {
            Ok(true) => Ok(()),
            _ => Err(anyhow::anyhow!("the mail could not be marked sent")),
        }
    }
}

async fn marking(db: Database, mut waiting: mpsc::UnboundedReceiver<(i64, oneshot::Sender<bool>)>) {
    let mut marks = Vec::new();
    while waiting.recv_many(&mut marks, 500).await > 0 {
        let ids: Vec<i64> = marks.iter().map(|(id, _)| *id).collect();
        let marked = write(&db, move |conn| {
            let now = chrono::Utc::now().naive_utc();
            Ok(OutboxMail::mark_sent_all(conn, &ids, now)?)
        })
        .await;
        if let Err(e) = &marked {
            tracing::error!(error = %super::redacted(&format!("{e:#}")), mails = marks.len(), "mails sent could not be marked");
        }
        for (_, reply) in marks.drain(..) {
            let _ = reply.send(marked.is_ok());
        }
    }
}
