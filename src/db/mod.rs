//! One database module for both backends: SQLite (embedded default) and PostgreSQL.

mod admission;
mod checkpoint;
mod durability;
mod faults;
pub mod models;
mod plans;
pub mod schema;
mod writer;

pub use admission::{Admission, Refused};
pub use durability::exposed as exposed_to_power_cuts;
pub use faults::{Conflict, is_unavailable, is_unique_violation};
pub use plans::Replanned;
pub use writer::{BatchFailed, WriteStats, Writer};

use checkpoint::Checkpointer;

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

use diesel::connection::{
    AnsiTransactionManager, Instrumentation, InstrumentationEvent, SimpleConnection,
    TransactionManager,
};
use diesel::r2d2::{self, ManageConnection};
use diesel::result::Error as DieselError;
use diesel::{Connection, PgConnection, SqliteConnection};
use diesel_migrations::{EmbeddedMigrations, MigrationHarness, embed_migrations};

use models::NewSigner;

const SQLITE_MIGRATIONS: EmbeddedMigrations = embed_migrations!("migrations/sqlite");
const POSTGRES_MIGRATIONS: EmbeddedMigrations = embed_migrations!("migrations/postgres");

#[derive(diesel::MultiConnection)]
pub enum DbConn {
    Postgres(PgConnection),
    Sqlite(SqliteConnection),
}

pub type Pool = r2d2::Pool<Manager>;
pub type PooledConn = r2d2::PooledConnection<Manager>;

/// Where the data lives, decided once from the URL scheme (never by trial and error).
#[derive(Clone, Debug)]
pub enum Target {
    Sqlite(PathBuf),
    Postgres(String),
}

#[derive(Debug, thiserror::Error)]
pub enum DbError {
    #[error("DATABASE_URL must start with sqlite:// or postgres://")]
    UnknownScheme,
    #[error("cannot create the directory for the SQLite file {0}")]
    CreateDir(PathBuf, #[source] std::io::Error),
    #[error("cannot create the SQLite file {0}")]
    CreateFile(PathBuf, #[source] std::io::Error),
    #[error(transparent)]
    Connection(#[from] diesel::ConnectionError),
    #[error(transparent)]
    Query(#[from] DieselError),
    #[error(transparent)]
    Pool(#[from] r2d2::PoolError),
    #[error("migration failed: {0}")]
    Migration(String),
    #[error("cannot start a database thread")]
    Thread(#[source] std::io::Error),
}

impl Target {
    pub fn parse(url: &str) -> Result<Self, DbError> {
        if let Some(path) = url.strip_prefix("sqlite://") {
            Ok(Target::Sqlite(PathBuf::from(path)))
        } else if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            Ok(Target::Postgres(url.to_owned()))
        } else {
            Err(DbError::UnknownScheme)
        }
    }

    pub fn is_sqlite(&self) -> bool {
        matches!(self, Target::Sqlite(_))
    }

    fn establish(&self) -> Result<DbConn, DbError> {
        match self {
            Target::Sqlite(path) => {
                let mut conn = SqliteConnection::establish(&path.to_string_lossy())?;
                // Per connection, not per file: these settings do not persist. (WAL does, and
                // is set once by `build_pool`: switching takes a lock the pool's connections,
                // opened together, would contend for.) FULL syncs the WAL at every commit, so
                // that an answered signature survives a power cut (see `durability`).
                conn.batch_execute(
                    "PRAGMA busy_timeout = 10000; PRAGMA synchronous = FULL; \
                     PRAGMA foreign_keys = ON;",
                )?;
                Ok(DbConn::Sqlite(conn))
            }
            Target::Postgres(url) => Ok(DbConn::Postgres(PgConnection::establish(url)?)),
        }
    }
}

pub struct Manager {
    target: Target,
    /// SQLite: a thread of its own copies the log back (`checkpoint`), not the commits of
    /// these connections.
    checkpointed: bool,
}

/// A connection back in the pool for less than this was proven by its last query; one idle
/// longer is tested before use, as a database restart may have cut it meanwhile.
const PROVEN_FOR: Duration = Duration::from_secs(1);

/// When a PostgreSQL connection last came back to the pool. It spares a busy connection the
/// `SELECT 1` round trip at every checkout (about one statement in six of a signature). It is
/// kept in the connection's instrumentation, the one place diesel lets a pool attach state to
/// a connection; it records no events. A connection a query found cut is closed on its return
/// anyway: diesel then reports it broken (`has_broken`).
#[derive(Default)]
struct Returned(Option<Instant>);

impl Instrumentation for Returned {
    fn on_connection_event(&mut self, _: InstrumentationEvent<'_>) {}
}

fn returned(conn: &mut PgConnection) -> Option<&mut Returned> {
    conn.instrumentation().downcast_mut::<Returned>()
}

impl ManageConnection for Manager {
    type Connection = DbConn;
    type Error = DbError;

    fn connect(&self) -> Result<DbConn, DbError> {
        let mut conn = self.target.establish()?;
        match &mut conn {
            DbConn::Postgres(pg) => pg.set_instrumentation(Returned::default()),
            DbConn::Sqlite(sqlite) if self.checkpointed => {
                sqlite.batch_execute(&checkpoint::writer_pragmas())?
            }
            DbConn::Sqlite(_) => {}
        }
        Ok(conn)
    }

    /// At checkout. SQLite's file cannot drop a connection; a PostgreSQL connection is asked
    /// `SELECT 1` unless it answered a query within `PROVEN_FOR`.
    fn is_valid(&self, conn: &mut DbConn) -> Result<(), DbError> {
        match conn {
            DbConn::Sqlite(_) => Ok(()),
            DbConn::Postgres(pg) => {
                let proven = returned(pg)
                    .and_then(|r| r.0)
                    .is_some_and(|at| at.elapsed() < PROVEN_FOR);
                if proven {
                    return Ok(());
                }
                pg.batch_execute("SELECT 1").map_err(DbError::from)
            }
        }
    }

    /// At return: a connection diesel found cut, or left in a transaction, is closed.
    fn has_broken(&self, conn: &mut DbConn) -> bool {
        match conn {
            DbConn::Postgres(c) => {
                if let Some(r) = returned(c) {
                    r.0 = Some(Instant::now());
                }
                r2d2::R2D2Connection::is_broken(c)
            }
            DbConn::Sqlite(c) => r2d2::R2D2Connection::is_broken(c),
        }
    }
}

/// Opens a pool. SQLite's parent directory is created so that a fresh checkout just runs.
pub fn connect(url: &str, max_size: u32) -> Result<Pool, DbError> {
    build_pool(Target::parse(url)?, max_size, false)
}

fn build_pool(target: Target, max_size: u32, checkpointed: bool) -> Result<Pool, DbError> {
    if let Target::Sqlite(path) = &target {
        create_parent(path)?;
        target
            .establish()?
            .batch_execute("PRAGMA journal_mode = WAL;")?;
    }
    let pool = r2d2::Pool::builder()
        .max_size(max_size)
        // Short: while the database is down, requests answer 503 soon instead of hanging.
        .connection_timeout(Duration::from_secs(3))
        .build(Manager {
            target,
            checkpointed,
        })?;
    Ok(pool)
}

/// The service's connections: reads from a pool, writes from `writes`. On SQLite that is a pool
/// of one, so writers queue in order here instead of polling SQLite's lock with sleeps (its busy
/// handler backs off up to 100 ms); on PostgreSQL both are the same pool.
#[derive(Clone)]
pub struct Database {
    reads: Pool,
    writes: Pool,
    /// Reads and writes use one pool (PostgreSQL).
    shared: bool,
    writer: Writer,
    /// SQLite: copies the log back beside the writer.
    _checkpointer: Option<Checkpointer>,
}

impl Database {
    pub fn connect(url: &str, max_size: u32) -> Result<Self, DbError> {
        let target = Target::parse(url)?;
        let reads = build_pool(target.clone(), max_size, false)?;
        let shared = !target.is_sqlite();
        let (writes, checkpointer) = if shared {
            (reads.clone(), None)
        } else {
            let writes = build_pool(target.clone(), 1, true)?;
            let checkpointer = Checkpointer::start(&target)?;
            (writes, Some(checkpointer))
        };
        // SQLite writes one transaction at a time. PostgreSQL takes several at once, but fewer
        // writers make larger batches, whose signers are written together (2 of the default 8
        // connections: 6% less CPU per signature than 4 in `bench/README.md`); a second one
        // keeps a long batch from holding up every other write.
        let threads = if shared { (max_size / 4).max(1) } else { 1 };
        let writer = Writer::start(writes.clone(), threads as usize).map_err(DbError::Thread)?;
        Ok(Database {
            reads,
            writes,
            shared,
            writer,
            _checkpointer: checkpointer,
        })
    }

    pub fn reads(&self) -> &Pool {
        &self.reads
    }

    pub fn writes(&self) -> &Pool {
        &self.writes
    }

    /// Runs blocking reads on the blocking threads, from the read pool. The caller's span goes
    /// along, so that what the closure logs carries the request id.
    pub async fn read<T, E, F>(&self, f: F) -> Result<T, E>
    where
        T: Send + 'static,
        E: From<anyhow::Error> + Send + 'static,
        F: FnOnce(&mut DbConn) -> Result<T, E> + Send + 'static,
    {
        let (pool, span) = (self.reads.clone(), tracing::Span::current());
        tokio::task::spawn_blocking(move || {
            let _entered = span.enter();
            let mut conn = pool.get().map_err(|e| E::from(anyhow::Error::new(e)))?;
            f(&mut conn)
        })
        .await
        .map_err(|e| E::from(anyhow::Error::new(e)))?
    }

    /// Runs `work` in the next group commit (see `writer`).
    pub async fn write<T, E, F>(&self, work: F) -> Result<T, E>
    where
        T: Send + 'static,
        E: From<anyhow::Error> + Conflict + Send + 'static,
        F: Fn(&mut DbConn) -> Result<T, E> + Send + Sync + 'static,
    {
        self.write_ordered(None, work).await
    }

    /// `write` for a long write that would hold up the other writes of its batch (a mail
    /// batch's links, its claim): on PostgreSQL it commits alone, on a connection of the pool,
    /// and runs again if it lost a lock conflict, as in a batch; SQLite writes one transaction
    /// at a time, so there it joins the next batch.
    pub async fn write_alone<T, E, F>(&self, work: F) -> Result<T, E>
    where
        T: Send + 'static,
        E: From<anyhow::Error> + From<DieselError> + Conflict + Send + 'static,
        F: Fn(&mut DbConn) -> Result<T, E> + Send + Sync + 'static,
    {
        if !self.shared {
            return self.write(work).await;
        }
        let work = Arc::new(work);
        retried(|| {
            let attempt = work.clone();
            self.read(move |conn| write_transaction(conn, |conn| attempt(conn)))
        })
        .await
    }

    /// `write` for work that locks one person's rows, keyed by that person (see
    /// `Writer::write`). Work that lost a lock conflict anyway (a deadlock, a serialization
    /// failure) undid only itself, in its savepoint: it runs again in a later batch.
    pub async fn write_ordered<T, E, F>(&self, order: Option<String>, work: F) -> Result<T, E>
    where
        T: Send + 'static,
        E: From<anyhow::Error> + Conflict + Send + 'static,
        F: Fn(&mut DbConn) -> Result<T, E> + Send + Sync + 'static,
    {
        let work = Arc::new(work);
        retried(|| {
            let attempt = work.clone();
            self.writer.write(order.clone(), move |conn| attempt(conn))
        })
        .await
    }

    /// Writes a signer once its batch admitted it, by `work` unless its batch writes it with
    /// other signers (see `Writer::write_admitted`), ordered by its address; returns whether
    /// its mail was queued.
    pub async fn sign<E, F>(
        &self,
        signer: NewSigner,
        admission: Admission,
        work: F,
    ) -> Result<bool, E>
    where
        E: From<anyhow::Error> + From<Refused> + Conflict + Send + 'static,
        F: Fn(&mut DbConn, &NewSigner) -> Result<bool, E> + Send + Sync + 'static,
    {
        let person = signer.canonical.clone();
        let signer = Arc::new(signer);
        let own = signer.clone();
        let work = move |conn: &mut DbConn| work(conn, &own);
        self.write_admitted(person, Some(signer), admission, work)
            .await
    }

    /// `write_ordered` for a signature (a `signer`'s, or a trapped one's), once its batch
    /// admitted it (`Writer::write_admitted`). Retried as `write_ordered` is, and admitted
    /// again: a retried signer spends its quota twice.
    pub async fn write_admitted<E, F>(
        &self,
        person: String,
        signer: Option<Arc<NewSigner>>,
        admission: Admission,
        work: F,
    ) -> Result<bool, E>
    where
        E: From<anyhow::Error> + From<Refused> + Conflict + Send + 'static,
        F: Fn(&mut DbConn) -> Result<bool, E> + Send + Sync + 'static,
    {
        let work = Arc::new(work);
        retried(|| {
            let attempt = work.clone();
            let (person, signer, admission) = (person.clone(), signer.clone(), admission.clone());
            self.writer
                .write_admitted(person, signer, admission, move |conn| attempt(conn))
        })
        .await
    }

    /// What the group commit has committed so far (see `writer`).
    pub fn write_stats(&self) -> WriteStats {
        self.writer.stats()
    }

    /// PostgreSQL, where several instances may share the database.
    pub fn is_shared(&self) -> bool {
        self.shared
    }

    /// Each distinct pool with its name, for metrics.
    pub fn pools(&self) -> Vec<(&'static str, &Pool)> {
        if self.shared {
            vec![("main", &self.reads)]
        } else {
            vec![("reads", &self.reads), ("writes", &self.writes)]
        }
    }
}

/// Creates the SQLite file's directory, and the file itself readable by the service's user
/// alone (SQLite gives its journal files the same mode), so that a fresh checkout just runs.
fn create_parent(path: &Path) -> Result<(), DbError> {
    match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => {
            std::fs::create_dir_all(dir).map_err(|e| DbError::CreateDir(dir.to_owned(), e))?
        }
        _ => {}
    }
    if path.as_os_str() == ":memory:" {
        return Ok(());
    }
    create_private(path).map_err(|e| DbError::CreateFile(path.to_owned(), e))
}

#[cfg(unix)]
fn create_private(path: &Path) -> std::io::Result<()> {
    use std::os::unix::fs::OpenOptionsExt;
    match std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(path)
    {
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Ok(()),
        other => other.map(drop),
    }
}

#[cfg(not(unix))]
fn create_private(_: &Path) -> std::io::Result<()> {
    Ok(())
}

pub fn run_migrations(conn: &mut DbConn) -> Result<(), DbError> {
    let result = match conn {
        DbConn::Sqlite(c) => c.run_pending_migrations(SQLITE_MIGRATIONS).map(|_| ()),
        DbConn::Postgres(c) => c.run_pending_migrations(POSTGRES_MIGRATIONS).map(|_| ()),
    };
    result.map_err(|e| DbError::Migration(e.to_string()))
}

/// A transaction that writes. On SQLite it starts with `BEGIN IMMEDIATE`, so that two writers
/// queue on the busy timeout instead of failing when a read lock cannot be upgraded. Inside
/// another transaction it is a savepoint.
pub fn write_transaction<T, E, F>(conn: &mut DbConn, f: F) -> Result<T, E>
where
    F: FnOnce(&mut DbConn) -> Result<T, E>,
    E: From<DieselError>,
{
    if in_transaction(conn)? {
        return conn.transaction(f);
    }
    begin_write(conn)?;
    match f(conn) {
        Ok(value) => {
            <DbConn as Connection>::TransactionManager::commit_transaction(conn)?;
            Ok(value)
        }
        Err(e) => {
            <DbConn as Connection>::TransactionManager::rollback_transaction(conn)?;
            Err(e)
        }
    }
}

/// Whether `conn` is inside a transaction (diesel's, or a savepoint in one).
pub fn in_transaction(conn: &mut DbConn) -> Result<bool, DieselError> {
    Ok(
        <DbConn as Connection>::TransactionManager::transaction_manager_status_mut(conn)
            .transaction_depth()?
            .is_some(),
    )
}

/// Begins a transaction that writes: `BEGIN IMMEDIATE` on SQLite (see `write_transaction`).
fn begin_write(conn: &mut DbConn) -> Result<(), DieselError> {
    match conn {
        DbConn::Sqlite(sqlite) => {
            AnsiTransactionManager::begin_transaction_sql(sqlite, "BEGIN IMMEDIATE")
        }
        DbConn::Postgres(_) => <DbConn as Connection>::TransactionManager::begin_transaction(conn),
    }
}

/// How many times a write that keeps losing lock conflicts is run before its error stands.
const CONFLICT_TRIES: u32 = 4;

/// Runs `attempt` again while it lost a lock conflict, up to `CONFLICT_TRIES` times.
async fn retried<T, E, A>(mut attempt: impl FnMut() -> A) -> Result<T, E>
where
    E: Conflict,
    A: Future<Output = Result<T, E>>,
{
    let mut tries = 1;
    loop {
        match attempt().await {
            Err(e) if e.is_conflict() && tries < CONFLICT_TRIES => {
                tracing::info!(tries, "a write lost a lock conflict; running it again");
                tries += 1;
            }
            done => return done,
        }
    }
}
