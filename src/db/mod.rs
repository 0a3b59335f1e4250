//! One database module for both backends: SQLite (embedded default) and PostgreSQL.

pub mod models;
pub mod schema;

use std::path::{Path, PathBuf};
use std::time::Duration;

use diesel::connection::{AnsiTransactionManager, SimpleConnection, TransactionManager};
use diesel::r2d2::{self, ManageConnection};
use diesel::result::{DatabaseErrorKind, Error as DieselError};
use diesel::{Connection, PgConnection, SqliteConnection};
use diesel_migrations::{EmbeddedMigrations, MigrationHarness, embed_migrations};

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
    #[error(transparent)]
    Connection(#[from] diesel::ConnectionError),
    #[error(transparent)]
    Query(#[from] DieselError),
    #[error(transparent)]
    Pool(#[from] r2d2::PoolError),
    #[error("migration failed: {0}")]
    Migration(String),
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
                // Per connection, not per file: these settings do not persist.
                conn.batch_execute(
                    "PRAGMA busy_timeout = 10000; PRAGMA journal_mode = WAL; \
                     PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;",
                )?;
                Ok(DbConn::Sqlite(conn))
            }
            Target::Postgres(url) => Ok(DbConn::Postgres(PgConnection::establish(url)?)),
        }
    }
}

pub struct Manager {
    target: Target,
}

impl ManageConnection for Manager {
    type Connection = DbConn;
    type Error = DbError;

    fn connect(&self) -> Result<DbConn, DbError> {
        self.target.establish()
    }

    fn is_valid(&self, conn: &mut DbConn) -> Result<(), DbError> {
        conn.batch_execute("SELECT 1").map_err(DbError::from)
    }

    fn has_broken(&self, conn: &mut DbConn) -> bool {
        match conn {
            DbConn::Postgres(c) => r2d2::R2D2Connection::is_broken(c),
            DbConn::Sqlite(c) => r2d2::R2D2Connection::is_broken(c),
        }
    }
}

/// Opens a pool. SQLite's parent directory is created so that a fresh checkout just runs.
pub fn connect(url: &str, max_size: u32) -> Result<Pool, DbError> {
    build_pool(Target::parse(url)?, max_size)
}

fn build_pool(target: Target, max_size: u32) -> Result<Pool, DbError> {
    if let Target::Sqlite(path) = &target {
        create_parent(path)?;
    }
    let pool = r2d2::Pool::builder()
        .max_size(max_size)
        .connection_timeout(Duration::from_secs(5))
        .build(Manager { target })?;
    Ok(pool)
}

/// The service's connections: reads from a pool, writes from `writes`. On SQLite that is a pool
/// of one, so writers queue in order here instead of polling SQLite's lock with sleeps (its busy
/// handler backs off up to 100 ms); on PostgreSQL both are the same pool.
#[derive(Clone)]
pub struct Database {
    reads: Pool,
    writes: Pool,
}

impl Database {
    pub fn connect(url: &str, max_size: u32) -> Result<Self, DbError> {
        let target = Target::parse(url)?;
        let reads = build_pool(target.clone(), max_size)?;
        let writes = if target.is_sqlite() {
            build_pool(target, 1)?
        } else {
            reads.clone()
        };
        Ok(Database { reads, writes })
    }

    pub fn reads(&self) -> &Pool {
        &self.reads
    }

    pub fn writes(&self) -> &Pool {
        &self.writes
    }
}

fn create_parent(path: &Path) -> Result<(), DbError> {
    match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => {
            std::fs::create_dir_all(dir).map_err(|e| DbError::CreateDir(dir.to_owned(), e))
        }
        _ => Ok(()),
    }
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
    let nested = <DbConn as Connection>::TransactionManager::transaction_manager_status_mut(conn)
        .transaction_depth()?
        .is_some();
    if nested {
        return conn.transaction(f);
    }
    let DbConn::Sqlite(sqlite) = conn else {
        return conn.transaction(f);
    };
    AnsiTransactionManager::begin_transaction_sql(sqlite, "BEGIN IMMEDIATE")?;
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

pub fn is_unique_violation(e: &DieselError) -> bool {
    matches!(
        e,
        DieselError::DatabaseError(DatabaseErrorKind::UniqueViolation, _)
    )
}
