//! Group commit. Writes queued by many requests at once run together in one transaction (a
//! failing write undoes only itself: see `commit_batch`), and each request is answered
//! only after that transaction has committed, so nothing acknowledged is lost when the process
//! dies, nor in a power cut (the commit is on disk first: see `durability`).
//! One commit and one copy of each changed page serve a whole batch instead of one request: on
//! SQLite, where writes take turns on one connection, that is what bounds the signing rate. The
//! signers of a batch are written together, a few statements for a run of them (`NewSigner::insert_all`):
//! on PostgreSQL, where each statement is a round trip, that is what a signature costs most.
//! What the signatures of a batch ask first, their letters open and their quotas, is checked
//! for the whole batch before its transaction (`admission`).

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc::{Receiver, SyncSender, sync_channel};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use diesel::Connection;
use diesel::connection::TransactionManager;
use diesel::result::Error as DieselError;
use tokio::sync::oneshot;

use super::admission::{Admission, Refused, admit};
use super::models::NewSigner;
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
    /// Writes run in them, each in its savepoint (one undone alone, or refused by the batch's
    /// admission, counts too).
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
        F: Fn(&mut DbConn) -> Result<T, E> + Send + 'static,
    {
        let (job, answer) = Queued::new(order, work);
        self.submit(Box::new(job), answer).await
    }

    /// `write` for a signature, once its batch has admitted it (`admission`); returns whether
    /// its mail was queued. A `signer`'s is written together with the other signers of its
    /// batch where it can (`NewSigner::insert_all`), else by `work`; a trapped one's by `work`.
    pub async fn write_admitted<E, F>(
        &self,
        order: String,
        signer: Option<Arc<NewSigner>>,
        admission: Admission,
        work: F,
    ) -> Result<bool, E>
    where
        E: From<anyhow::Error> + From<Refused> + Send + 'static,
        F: Fn(&mut DbConn) -> Result<bool, E> + Send + 'static,
    {
        let (job, answer) = Queued::new(Some(order), work);
        let job = Admitted::new(job, signer, admission);
        self.submit(Box::new(job), answer).await
    }

    async fn submit<T, E>(
        &self,
        job: Box<dyn Job>,
        answer: oneshot::Receiver<Result<T, E>>,
    ) -> Result<T, E>
    where
        E: From<anyhow::Error>,
    {
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

/// How a write ran (see `Job::run`).
enum Ran {
    Done,
    /// The work returned an error.
    Failed,
    /// Its savepoint could not be set or released: the transaction's state is unknown.
    Broken(BatchFailed),
}

trait Job: Send {
    /// Runs the work in the batch's transaction; `alone`, inside a savepoint of its own, so
    /// that its failure undoes only itself. The outcome is kept until `settle`.
    fn run(&mut self, conn: &mut DbConn, alone: bool) -> Ran;
    /// Forgets the outcome of a run whose transaction was rolled back.
    fn forget(&mut self);
    /// Answers the request: its outcome, unless the batch failed (`failed`) after it ran.
    fn settle(self: Box<Self>, failed: Option<&BatchFailed>);
    /// When it was queued.
    fn queued_at(&self) -> Instant;
    /// Where it runs in its batch (see `Writer::write`).
    fn order(&self) -> Option<&str>;
    /// The signer it writes, when a batch may write it together with others.
    fn signer(&self) -> Option<&NewSigner> {
        None
    }
    /// Takes the outcome of its signer written with others: whether its mail was queued.
    fn wrote_together(&mut self, _queued: bool) {}
    /// What it asks before the batch writes (`admission`).
    fn admission(&self) -> Option<&Admission> {
        None
    }
    /// Refuses it: it does not run, and its request is told why.
    fn refuse(&mut self, _why: Refused) {}
    fn refused(&self) -> bool {
        false
    }
}

struct Queued<T, E, F> {
    work: F,
    order: Option<String>,
    reply: oneshot::Sender<Result<T, E>>,
    queued_at: Instant,
    span: tracing::Span,
    outcome: Option<Result<T, E>>,
}

impl<T, E, F> Queued<T, E, F> {
    fn new(order: Option<String>, work: F) -> (Self, oneshot::Receiver<Result<T, E>>) {
        let (reply, answer) = oneshot::channel();
        let job = Queued {
            work,
            order,
            reply,
            queued_at: Instant::now(),
            // What the write logs carries the request's id.
            span: tracing::Span::current(),
            outcome: None,
        };
        (job, answer)
    }
}

/// A signature's write, admitted by its batch first; a signer's runs as its `job` when it runs
/// alone.
struct Admitted<J> {
    job: J,
    signer: Option<Arc<NewSigner>>,
    admission: Admission,
    refused: bool,
}

impl<J> Admitted<J> {
    fn new(job: J, signer: Option<Arc<NewSigner>>, admission: Admission) -> Self {
        Admitted {
            job,
            signer,
            admission,
            refused: false,
        }
    }
}

impl<E, F> Job for Admitted<Queued<bool, E, F>>
where
    E: From<anyhow::Error> + From<Refused> + Send + 'static,
    F: Fn(&mut DbConn) -> Result<bool, E> + Send,
{
    fn run(&mut self, conn: &mut DbConn, alone: bool) -> Ran {
        self.job.run(conn, alone)
    }

    fn forget(&mut self) {
        // A refusal stands: its batch admits once (`commit_batch`).
        if !self.refused {
            self.job.forget();
        }
    }

    fn settle(self: Box<Self>, failed: Option<&BatchFailed>) {
        Box::new(self.job).settle(failed);
    }

    fn queued_at(&self) -> Instant {
        self.job.queued_at
    }

    fn order(&self) -> Option<&str> {
        self.job.order.as_deref()
    }

    fn signer(&self) -> Option<&NewSigner> {
        self.signer.as_deref().filter(|_| !self.refused)
    }

    fn wrote_together(&mut self, queued: bool) {
        self.job.outcome = Some(Ok(queued));
    }

    fn admission(&self) -> Option<&Admission> {
        Some(&self.admission)
    }

    fn refuse(&mut self, why: Refused) {
        self.refused = true;
        self.job.outcome = Some(Err(E::from(why)));
    }

    fn refused(&self) -> bool {
        self.refused
    }
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
    F: Fn(&mut DbConn) -> Result<T, E> + Send,
{
    fn run(&mut self, conn: &mut DbConn, alone: bool) -> Ran {
        let span = self.span.clone();
        let _entered = span.enter();
        if !alone {
            let outcome = (self.work)(conn);
            let ran = if outcome.is_ok() {
                Ran::Done
            } else {
                Ran::Failed
            };
            self.outcome = Some(outcome);
            return ran;
        }
        let mut outcome = None;
        let savepoint = conn.transaction::<(), Undo, _>(|conn| match (self.work)(conn) {
            Ok(value) => {
                outcome = Some(Ok(value));
                Ok(())
            }
            Err(e) => {
                outcome = Some(Err(e));
                Err(Undo::Failed)
            }
        });
        match (savepoint, outcome) {
            (Err(Undo::Database(e)), outcome) => {
                let why = failure(&e);
                self.outcome = Some(match outcome {
                    Some(Err(own)) => Err(own),
                    _ => Err(E::from(anyhow::Error::new(e))),
                });
                Ran::Broken(why)
            }
            (_, Some(Ok(value))) => {
                self.outcome = Some(Ok(value));
                Ran::Done
            }
            (_, outcome) => {
                self.outcome = outcome;
                Ran::Failed
            }
        }
    }

    fn forget(&mut self) {
        self.outcome = None;
    }

    fn settle(self: Box<Self>, failed: Option<&BatchFailed>) {
        let result = match (self.outcome, failed) {
            (Some(Err(e)), _) => Err(e),
            (_, Some(why)) => Err(E::from(anyhow::Error::new(why.clone()))),
            (Some(Ok(value)), None) => Ok(value),
            (None, None) => Err(E::from(anyhow::anyhow!("the write did not run"))),
        };
        let _ = self.reply.send(result);
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
    stale.into_iter().for_each(|job| job.settle(Some(&late)));
    if batch.is_empty() {
        return;
    }
    batch.sort_by(|a, b| a.order().cmp(&b.order()));
    let why = match pool.get() {
        Ok(mut conn) => commit_batch(&mut conn, &mut batch, counters),
        Err(e) => Some(BatchFailed {
            unavailable: true,
            message: e.to_string(),
        }),
    };
    for job in batch {
        job.settle(why.as_ref());
    }
}

/// How a pass runs the batch's writes.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    /// Runs of signers together (`NewSigner::insert_all`), the other writes one by one.
    Together,
    /// Each write by itself.
    Each,
    /// Each write by itself, in a savepoint of its own.
    Alone,
}

/// How one pass over a batch ended.
enum Pass {
    /// Every write ran; the transaction is open.
    Ran,
    /// A signer written together with others had signed already: the transaction holds part of
    /// its run.
    Apart,
    /// A write failed, run without a savepoint: the transaction holds part of it.
    WriteFailed,
    /// Nothing of the batch can be kept.
    Broken(BatchFailed),
}

/// Runs the batch in one transaction and commits it; `None` if it committed, else why not.
/// Its signatures are admitted first, once, before the transaction (`admission`). Then it runs
/// with the signers among it written together, a few statements for a run of them, and
/// without savepoints: a write rarely fails (its input was checked before), and on PostgreSQL
/// every statement is a round trip. If a signer of a run had signed already (its own path reads
/// what is there), the transaction is rolled back and the batch runs again write by write; if
/// a write fails, it runs again with a savepoint for each write, so that a failing write undoes
/// only itself.
fn commit_batch(
    conn: &mut DbConn,
    batch: &mut [Box<dyn Job>],
    counters: &Counters,
) -> Option<BatchFailed> {
    let asks: Vec<Option<&Admission>> = batch.iter().map(|job| job.admission()).collect();
    match admit(conn, &asks) {
        Ok(refusals) => {
            for (job, why) in batch.iter_mut().zip(refusals) {
                if let Some(why) = why {
                    job.refuse(why);
                }
            }
        }
        Err(e) => return Some(failure(&e)),
    }
    let mut mode = Mode::Together;
    loop {
        let next = match pass(conn, batch, mode) {
            Pass::Ran => {
                let committed =
                    <DbConn as Connection>::TransactionManager::commit_transaction(conn);
                return match committed {
                    Ok(()) => {
                        counters.batches.fetch_add(1, Ordering::Relaxed);
                        counters
                            .writes
                            .fetch_add(batch.len() as u64, Ordering::Relaxed);
                        None
                    }
                    Err(e) => {
                        roll_back_all(conn);
                        Some(failure(&e))
                    }
                };
            }
            Pass::Apart => Mode::Each,
            Pass::WriteFailed => Mode::Alone,
            // Keep nothing of the batch rather than commit a write whose request is told it
            // failed.
            Pass::Broken(why) => {
                roll_back_all(conn);
                return Some(why);
            }
        };
        roll_back_all(conn);
        batch.iter_mut().for_each(|job| job.forget());
        mode = next;
    }
}

/// Runs the writes of the batch in a new transaction, until one's savepoint cannot be set or
/// released (usually: the connection was lost) or, without savepoints, one fails.
fn pass(conn: &mut DbConn, batch: &mut [Box<dyn Job>], mode: Mode) -> Pass {
    if let Err(e) = begin_write(conn) {
        return Pass::Broken(failure(&e));
    }
    let ran = catch_unwind(AssertUnwindSafe(|| {
        let mut next = 0;
        while let Some(rest) = batch.get_mut(next..).filter(|rest| !rest.is_empty()) {
            let run = if mode == Mode::Together {
                signers_ahead(rest)
            } else {
                0
            };
            if run > 1 {
                match write_together(conn, &mut rest[..run]) {
                    Pass::Ran => {}
                    other => return other,
                }
                next += run;
                continue;
            }
            if rest[0].refused() {
                next += 1;
                continue;
            }
            match rest[0].run(conn, mode == Mode::Alone) {
                Ran::Done => {}
                Ran::Failed if mode == Mode::Alone => {}
                Ran::Failed => return Pass::WriteFailed,
                Ran::Broken(why) => return Pass::Broken(why),
            }
            next += 1;
        }
        Pass::Ran
    }));
    ran.unwrap_or_else(|_| {
        // A bug in one write: nothing of the batch is kept, and every request is told.
        tracing::error!("a write panicked; its batch was rolled back");
        Pass::Broken(BatchFailed {
            unavailable: false,
            message: "a write in the same batch panicked".into(),
        })
    })
}

/// How many of the first `jobs` make a run of signers with distinct recipients (each
/// recipient's daily count must see the mail queued before it), refused ones among them; 0 if
/// fewer than two. The batch is in the order of the signers' addresses, so a run takes its rows'
/// locks in that order too.
fn signers_ahead(jobs: &[Box<dyn Job>]) -> usize {
    let mut recipients: Vec<&str> = Vec::new();
    let mut run = 0;
    for job in jobs {
        match job.signer() {
            _ if job.refused() => {}
            Some(s) if !recipients.contains(&s.recipient_key.as_str()) => {
                recipients.push(&s.recipient_key)
            }
            _ => break,
        }
        run += 1;
    }
    if recipients.len() > 1 { run } else { 0 }
}

/// Writes a run of signers together (see `signers_ahead`), leaving out the refused.
fn write_together(conn: &mut DbConn, run: &mut [Box<dyn Job>]) -> Pass {
    let signers: Vec<&NewSigner> = run.iter().filter_map(|job| job.signer()).collect();
    match NewSigner::insert_all(conn, &signers) {
        Ok(Some(queued)) => {
            run.iter_mut()
                .filter(|job| !job.refused())
                .zip(queued)
                .for_each(|(job, queued)| job.wrote_together(queued));
            Pass::Ran
        }
        Ok(None) => Pass::Apart,
        // Written alone, each will meet its own error (or the lost connection) again.
        Err(e) => {
            tracing::warn!(error = %e, "signers written together failed; writing each alone");
            Pass::WriteFailed
        }
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
