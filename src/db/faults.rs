//! What a database error means to the service: the database cannot be reached (503, retry),
//! a lock conflict was lost (the work runs again), or a unique constraint said no.

use diesel::r2d2;
use diesel::result::{DatabaseErrorKind, Error as DieselError};

use super::{DbError, writer};

/// An error that can tell a lost lock conflict (PostgreSQL's 40P01 deadlock or 40001
/// serialization failure): the work did nothing and may simply run again.
pub trait Conflict {
    fn is_conflict(&self) -> bool;
}

impl Conflict for anyhow::Error {
    fn is_conflict(&self) -> bool {
        self.chain().any(|cause| {
            cause
                .downcast_ref::<DieselError>()
                .is_some_and(lost_conflict)
        })
    }
}

fn lost_conflict(error: &DieselError) -> bool {
    match error {
        DieselError::DatabaseError(DatabaseErrorKind::SerializationFailure, _) => true,
        DieselError::DatabaseError(DatabaseErrorKind::Unknown, info) => {
            info.message().contains("deadlock detected")
        }
        _ => false,
    }
}

pub fn is_unique_violation(e: &DieselError) -> bool {
    matches!(
        e,
        DieselError::DatabaseError(DatabaseErrorKind::UniqueViolation, _)
    )
}

/// Whether an error means the database cannot be reached right now (no connection within the
/// pool's timeout, a connection lost mid-query, a server shutting down, SQLite's lock held too
/// long), as opposed to a fault in the request or the code. Such requests answer 503: the
/// pool reconnects by itself once the database is back.
pub fn is_unavailable(error: &anyhow::Error) -> bool {
    error.chain().any(|cause| {
        if cause.is::<r2d2::PoolError>()
            || cause.is::<diesel::ConnectionError>()
            || writer::batch_unavailable(cause)
        {
            return true;
        }
        match cause.downcast_ref::<DbError>() {
            Some(DbError::Pool(_) | DbError::Connection(_)) => return true,
            Some(DbError::Query(e)) => return lost_connection(e),
            _ => {}
        }
        cause
            .downcast_ref::<DieselError>()
            .is_some_and(lost_connection)
    })
}

pub(super) fn lost_connection(error: &DieselError) -> bool {
    match error {
        DieselError::DatabaseError(
            DatabaseErrorKind::ClosedConnection | DatabaseErrorKind::UnableToSendCommand,
            _,
        ) => true,
        // What diesel answers on a connection whose transaction the server cut off: seen in
        // the PostgreSQL restart test, where counting it as a fault gave 500s.
        DieselError::BrokenTransactionManager => true,
        DieselError::DatabaseError(DatabaseErrorKind::Unknown, info) => {
            let message = info.message();
            [
                "terminating connection",
                "server closed the connection",
                "the database system is",
                "database is locked",
                "no connection to the server",
            ]
            .iter()
            .any(|m| message.contains(m))
        }
        _ => false,
    }
}
