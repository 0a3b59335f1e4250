//! SQLite's log, copied back into the database file by a thread of its own and started over
//! when it grows long. Left to SQLite, a busy service's log never starts over: it does only
//! once every page is copied back while no reader still reads the log, and with reads and
//! writes always under way that moment never comes. The bench's ten seconds of signing left a
//! log of 1.2 GB, and the writer's every commit past 1,000 pages also copied and synced
//! (`bench/README.md`). Here the copy runs beside the writer (`PASSIVE` takes no lock a writer
//! or a reader waits for), and a log past `RESTART_PAGES` is started over (`RESTART` holds the
//! writer back while the last pages are copied and the readers of the log finish, at most
//! `RESTART_PATIENCE`).

use std::sync::mpsc::{RecvTimeoutError, SyncSender, sync_channel};
use std::time::Duration;

use diesel::connection::SimpleConnection;
use diesel::sql_types::Integer;
use diesel::{QueryResult, QueryableByName, RunQueryDsl};

use super::{DbConn, DbError, Target};

/// How often the log is copied back while it grows. Each copy ends with a sync of the
/// database file, which the writer's own sync of the log waits behind, and a restart holds the
/// writer while it copies what came since the last turn: copied every 100 ms, signing's p99
/// was 40-48 ms, every 25 ms 32-37 ms, on a slow machine (`bench/README.md`).
const BUSY_EVERY: Duration = Duration::from_millis(25);
/// How often an idle log is looked at.
const IDLE_EVERY: Duration = Duration::from_millis(100);
/// The log's length (4 KiB pages, so 16 MiB) past which it is started over.
const RESTART_PAGES: i32 = 4096;
/// How long a restart waits for the log's readers before it tries again at the next turn.
const RESTART_PATIENCE: Duration = Duration::from_millis(20);
/// The log's length at which the writer's own commit copies it back: the thread copies long
/// before, unless it cannot run.
const BACKSTOP_PAGES: i32 = 10_000;
/// The size a log's file started over is cut back to. Under load the log passes 16 MiB for a
/// few turns (a restart fails while the writer is busy), and each cut to 16 MiB held
/// the writer 15–30 ms while the file system freed the blocks, then cost their allocation
/// again: the batches' p99 was 28–33 ms with it, 19–23 ms without (`bench/README.md`).
const LOG_KEPT_BYTES: i64 = 64 << 20;

/// For the writer's connection: it leaves the copy to the thread, and cuts a log started over
/// back to `LOG_KEPT_BYTES` (SQLite does that as the next write begins). Its statement
/// journals (the pages a multi-row statement changes, kept in case it fails midway) stay in
/// memory: by default they spill to a temporary file, opened, written and deleted for
/// nearly every batch, which made more than half the writer's `pwrite` calls.
pub(super) fn writer_pragmas() -> String {
    format!(
        "PRAGMA wal_autocheckpoint = {BACKSTOP_PAGES}; \
         PRAGMA journal_size_limit = {LOG_KEPT_BYTES}; PRAGMA temp_store = MEMORY;"
    )
}

/// What `PRAGMA wal_checkpoint` reports.
#[derive(QueryableByName, Clone, Copy, Debug, PartialEq, Eq)]
struct Copied {
    /// 1 when the copy could not finish: a writer or a reader was in the way.
    #[diesel(sql_type = Integer)]
    busy: i32,
    /// Pages in the log.
    #[diesel(sql_type = Integer)]
    log: i32,
    /// Pages of the log copied back so far.
    #[diesel(sql_type = Integer)]
    checkpointed: i32,
}

/// Copies the log back until dropped.
#[derive(Clone)]
pub(super) struct Checkpointer {
    _stop: SyncSender<()>,
}

impl Checkpointer {
    /// Starts the thread, on a connection of its own to `target`'s file.
    pub(super) fn start(target: &Target) -> Result<Checkpointer, DbError> {
        let mut conn = target.establish()?;
        conn.batch_execute(&format!(
            "PRAGMA busy_timeout = {};",
            RESTART_PATIENCE.as_millis()
        ))?;
        let (stop, stopped) = sync_channel::<()>(0);
        std::thread::Builder::new()
            .name("db-checkpoint".into())
            .spawn(move || {
                let (mut last, mut wait) = (None, IDLE_EVERY);
                while let Err(RecvTimeoutError::Timeout) = stopped.recv_timeout(wait) {
                    let now = copy_back(&mut conn)
                        .inspect_err(|e| {
                            tracing::warn!(error = %e, "copying the SQLite log back failed");
                        })
                        .ok();
                    wait = next_turn(last, now);
                    last = now;
                }
            })
            .map_err(DbError::Thread)?;
        Ok(Checkpointer { _stop: stop })
    }
}

/// How long to wait before the next copy, after one that found `now` where the one before
/// found `last`: the log is busy while what it holds or what was copied of it changes.
fn next_turn(last: Option<Copied>, now: Option<Copied>) -> Duration {
    if now.is_some() && now != last {
        BUSY_EVERY
    } else {
        IDLE_EVERY
    }
}

/// Copies the log back, starts it over if it has grown long, and says what the copy found.
fn copy_back(conn: &mut DbConn) -> QueryResult<Copied> {
    let copied: Copied = diesel::sql_query("PRAGMA wal_checkpoint(PASSIVE)").get_result(conn)?;
    if copied.log > RESTART_PAGES {
        // When readers are still in the way, the next turn tries again.
        let restarted: Copied =
            diesel::sql_query("PRAGMA wal_checkpoint(RESTART)").get_result(conn)?;
        tracing::debug!(
            pages = copied.log,
            busy = restarted.busy,
            "log started over"
        );
    }
    Ok(copied)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(log: i32, checkpointed: i32) -> Option<Copied> {
        Some(Copied {
            busy: 0,
            log,
            checkpointed,
        })
    }

    #[test]
    fn a_log_that_moves_is_copied_sooner_than_an_idle_one() {
        // Written to since the last turn: the log grew, or was started over and written again.
        assert_eq!(next_turn(found(100, 100), found(180, 180)), BUSY_EVERY);
        assert_eq!(next_turn(found(5000, 5000), found(40, 40)), BUSY_EVERY);
        // A copy that could not finish has more to do.
        assert_eq!(next_turn(found(100, 60), found(100, 100)), BUSY_EVERY);
        assert_eq!(next_turn(None, found(10, 10)), BUSY_EVERY);
        // Nothing new: no write since the turn before, or the copy failed.
        assert_eq!(next_turn(found(100, 100), found(100, 100)), IDLE_EVERY);
        assert_eq!(next_turn(found(100, 100), None), IDLE_EVERY);
        assert!(BUSY_EVERY < IDLE_EVERY);
    }
}
