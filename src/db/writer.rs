//! Group commit. Writes queued by many requests at once run together in one transaction, each
//! in a savepoint of its own (a failing write undoes only itself), and each request is answered
//! only after that transaction has committed, so nothing acknowledged is lost when the process
//! dies (an operating-system crash may lose SQLite's last commits: `synchronous = NORMAL`).
//! One commit and one copy of each changed page serve a whole batch instead of one request: on
//! SQLite, where writes take turns on one connection, that is what bounds the signing rate.

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc::{Receiver, SyncSender, sync_channel};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use diesel::Connection;
use diesel::connection::TransactionManager;
use diesel::result::Error as DieselError;
use tokio::sync::oneshot;

use super::{DbConn, Pool, begin_write};

/// Most writes one transaction takes.
const BATCH: usize = 64;
/// Writes that may wait for a writer before new ones are refused.
const QUEUE: usize = 4096;
/// A write still waiting this long is answered as unavailable instead of run late.
const PATIENCE: Duration = Duration::from_secs(5);

/// Why a write was not done, when the cause was its batch rather than the write itself.
#[derive(Clone, Debug, thiserror::Error)]
#[error("{message}")]
pub struct BatchFailed {
    /// The database could not be reached (the request may answer 503).
    pub unavailable: bool,
    message: String,
}

/// Hands writes to the writer threads.
#[derive(Clone)]
pub struct Writer {
    queue: SyncSender<Box<dyn Job>>,
    counters: Arc<Counters>,
}

/// What the writers have committed since they started.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct WriteStats {
    /// Transactions committed.
    pub batches: u64,
    /// Writes run in them, each in its savepoint (one undone alone counts too).
    pub writes: u64,
}

#[derive(Default)]
struct Counters {
    batches: AtomicU64,
    writes: AtomicU64,
}

impl Writer {
    /// Starts `threads` writers, each taking a connection from `pool` for a batch at a time.
    pub fn start(pool: Pool, threads: usize) -> std::io::Result<Self> {
        let (queue, jobs) = sync_channel::<Box<dyn Job>>(QUEUE);
        let jobs = Arc::new(Mutex::new(jobs));
        let counters = Arc::new(Counters::default());
        for n in 0..threads.max(1) {
            let (pool, jobs, counters) = (pool.clone(), jobs.clone(), counters.clone());
            std::thread::Builder::new()
                .name(format!("db-writer-{n}"))
                .spawn(move || serve(&pool, &jobs, &counters))?;
        }
        Ok(Writer { queue, counters })
    }

    /// What has been committed so far.
    pub fn stats(&self) -> WriteStats {
        WriteStats {
            batches: self.counters.batches.load(Ordering::Relaxed),
            writes: self.counters.writes.load(Ordering::Relaxed),
        }
    }

    /// Runs `work` in the next batch; returns its result once the batch has committed. A batch
    /// runs its writes in the order of `order` (those without first): writes that lock the rows
    /// of one person (a signature, a recipient) give that person's key, so that two batches
    /// running at once on PostgreSQL take those locks in one order and cannot deadlock.
    pub async fn write<T, E, F>(&self, order: Option<String>, work: F) -> Result<T, E>
    where
        T: Send + 'static,
        E: From<anyhow::Error> + Send + 'static,
        F: FnOnce(&mut DbConn) -> Result<T, E> + Send + 'static,
    {
        let (reply, answer) = oneshot::channel();
        let job = Box::new(Queued {
            work,
            order,
            reply,
            queued_at: Instant::now(),
            // What the write logs carries the request's id.
            span: tracing::Span::current(),
        });
        if self.queue.try_send(job).is_err() {
            return Err(E::from(anyhow::Error::new(BatchFailed {
                unavailable: true,
                message: "too many writes waiting".into(),
            })));
        }
        answer
            .await
            .map_err(|_| E::from(anyhow::anyhow!("the writer stopped before answering")))?
    }
}

/// Whether `error` (or one of its causes) is a batch that could not reach the database.
pub fn batch_unavailable(error: &(dyn std::error::Error + 'static)) -> bool {
    error
        .downcast_ref::<BatchFailed>()
        .is_some_and(|b| b.unavailable)
}

/// What to do once the batch's outcome is known: `None` committed, else why not.
type Settle = Box<dyn FnOnce(Option<&BatchFailed>) + Send>;

trait Job: Send {
    /// Runs in the batch's transaction, inside its own savepoint. Also returns why the
    /// savepoint itself failed, if it did: the transaction's state is then unknown.
    fn run(self: Box<Self>, conn: &mut DbConn) -> (Settle, Option<BatchFailed>);
    /// The job never ran.
    fn fail(self: Box<Self>, why: &BatchFailed);
    /// When it was queued.
    fn queued_at(&self) -> Instant;
    /// Where it runs in its batch (see `Writer::write`).
    fn order(&self) -> Option<&str>;
}

struct Queued<T, E, F> {
    work: F,
    order: Option<String>,
    reply: oneshot::Sender<Result<T, E>>,
    queued_at: Instant,
    span: tracing::Span,
}

/// Ends a job's savepoint: the work failed (its own error is kept), or the database did.
enum Undo {
    Failed,
    Database(DieselError),
}

impl From<DieselError> for Undo {
    fn from(e: DieselError) -> Self {
        Undo::Database(e)
    }
}

impl<T, E, F> Job for Queued<T, E, F>
where
    T: Send + 'static,
    E: From<anyhow::Error> + Send + 'static,
    F: FnOnce(&mut DbConn) -> Result<T, E> + Send,
{
    fn run(self: Box<Self>, conn: &mut DbConn) -> (Settle, Option<BatchFailed>) {
        let Queued {
            work, reply, span, ..
        } = *self;
        let _entered = span.enter();
        let mut outcome = None;
        let savepoint = conn.transaction::<(), Undo, _>(|conn| match work(conn) {
            Ok(value) => {
                outcome = Some(Ok(value));
                Ok(())
            }
            Err(e) => {
                outcome = Some(Err(e));
                Err(Undo::Failed)
            }
        });
        let broken = match &savepoint {
            Err(Undo::Database(e)) => Some(failure(e)),
            _ => None,
        };
        let settle: Settle = Box::new(move |failed| {
            let result = match (outcome, savepoint, failed) {
                (Some(Err(e)), _, _) => Err(e),
                (_, Err(Undo::Database(e)), _) => Err(E::from(anyhow::Error::new(e))),
                (_, _, Some(why)) => Err(E::from(anyhow::Error::new(why.clone()))),
                (Some(Ok(value)), _, None) => Ok(value),
                (None, _, None) => Err(E::from(anyhow::anyhow!("the write did not run"))),
            };
            let _ = reply.send(result);
        });
        (settle, broken)
    }

    fn fail(self: Box<Self>, why: &BatchFailed) {
        let _ = self
            .reply
            .send(Err(E::from(anyhow::Error::new(why.clone()))));
    }

    fn queued_at(&self) -> Instant {
        self.queued_at
    }

    fn order(&self) -> Option<&str> {
        self.order.as_deref()
    }
}

fn serve(pool: &Pool, jobs: &Mutex<Receiver<Box<dyn Job>>>, counters: &Counters) {
    loop {
        let batch = {
            let Ok(jobs) = jobs.lock() else { return };
            // Every sender gone: the service has stopped.
            let Ok(first) = jobs.recv() else { return };
            let mut batch = vec![first];
            while batch.len() < BATCH {
                match jobs.try_recv() {
                    Ok(job) => batch.push(job),
                    Err(_) => break,
                }
            }
            batch
        };
        run_batch(pool, batch, counters);
    }
}

fn run_batch(pool: &Pool, batch: Vec<Box<dyn Job>>, counters: &Counters) {
    let (mut batch, stale): (Vec<_>, Vec<_>) = batch
        .into_iter()
        .partition(|job| job.queued_at().elapsed() < PATIENCE);
    let late = BatchFailed {
        unavailable: true,
        message: "the write waited too long for the database".into(),
    };
    stale.into_iter().for_each(|job| job.fail(&late));
    if batch.is_empty() {
        return;
    }
    batch.sort_by(|a, b| a.order().cmp(&b.order()));
    let mut conn = match pool.get() {
        Ok(conn) => conn,
        Err(e) => {
            let why = BatchFailed {
                unavailable: true,
                message: e.to_string(),
            };
            batch.into_iter().for_each(|job| job.fail(&why));
            return;
        }
    };
    if let Err(e) = begin_write(&mut conn) {
        let why = failure(&e);
        batch.into_iter().for_each(|job| job.fail(&why));
        return;
    }
    // Jobs run until one's savepoint cannot be set or released (usually: the connection was
    // lost); the rest are not tried on that connection.
    let ran = catch_unwind(AssertUnwindSafe(|| {
        let mut settles: Vec<Settle> = Vec::new();
        let mut broken: Option<BatchFailed> = None;
        let mut untried: Vec<Box<dyn Job>> = Vec::new();
        for job in batch {
            if broken.is_some() {
                untried.push(job);
                continue;
            }
            let (settle, why) = job.run(&mut conn);
            settles.push(settle);
            broken = why;
        }
        (settles, broken, untried)
    }));
    let Ok((settles, broken, untried)) = ran else {
        // A bug in one write: nothing of the batch is kept. The others' answer channels were
        // dropped with it, so they learn that their write failed.
        tracing::error!("a write panicked; its batch was rolled back");
        roll_back_all(&mut conn);
        return;
    };
    let why = if let Some(broken) = broken {
        // Keep nothing of the batch rather than commit a write whose request is told it failed.
        roll_back_all(&mut conn);
        untried.into_iter().for_each(|job| job.fail(&broken));
        Some(broken)
    } else {
        let committed = <DbConn as Connection>::TransactionManager::commit_transaction(&mut conn);
        let why = committed.as_ref().err().map(failure);
        if why.is_some() {
            roll_back_all(&mut conn);
        } else {
            counters.batches.fetch_add(1, Ordering::Relaxed);
            counters
                .writes
                .fetch_add(settles.len() as u64, Ordering::Relaxed);
        }
        why
    };
    for settle in settles {
        settle(why.as_ref());
    }
}

fn failure(e: &DieselError) -> BatchFailed {
    BatchFailed {
        unavailable: super::faults::lost_connection(e),
        message: e.to_string(),
    }
}

/// Leaves no transaction open on a connection going back to the pool.
fn roll_back_all(conn: &mut DbConn) {
    while <DbConn as Connection>::TransactionManager::transaction_manager_status_mut(conn)
        .transaction_depth()
        .is_ok_and(|depth| depth.is_some())
    {
        if <DbConn as Connection>::TransactionManager::rollback_transaction(conn).is_err() {
            return;
        }
    }
}
