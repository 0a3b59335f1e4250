//! What can go wrong that is not the request's fault, classified once, where the cause is
//! converted: a missing row, an unreachable database, or a fault of ours. Every error type of a
//! capability or a front end carries one of these instead of classifying causes again.

use anyhow::Context;

#[derive(Debug, thiserror::Error)]
pub enum Failure {
    /// A row the request named does not exist (diesel's `NotFound`).
    #[error("not found")]
    NotFound,
    /// The database cannot be reached now; the client may retry (503).
    #[error("database unavailable")]
    Unavailable(#[source] anyhow::Error),
    /// A fault of ours (500): logged with its cause chain, never shown.
    #[error("internal error")]
    Internal(#[source] anyhow::Error),
}

impl From<anyhow::Error> for Failure {
    fn from(cause: anyhow::Error) -> Self {
        if crate::db::is_unavailable(&cause) {
            return Failure::Unavailable(cause);
        }
        let missing = cause.chain().any(|c| {
            matches!(
                c.downcast_ref::<diesel::result::Error>(),
                Some(diesel::result::Error::NotFound)
            )
        });
        if missing {
            Failure::NotFound
        } else {
            Failure::Internal(cause)
        }
    }
}

impl From<diesel::result::Error> for Failure {
    fn from(e: diesel::result::Error) -> Self {
        Failure::from(anyhow::Error::new(e))
    }
}

impl crate::db::Conflict for Failure {
    fn is_conflict(&self) -> bool {
        match self {
            Failure::Internal(cause) | Failure::Unavailable(cause) => cause.is_conflict(),
            Failure::NotFound => false,
        }
    }
}

impl Failure {
    /// Logs what the operator needs: an outage as a warning, a fault with its whole chain.
    pub fn log(&self) {
        match self {
            Failure::NotFound => {}
            Failure::Unavailable(cause) => tracing::warn!(error = %cause, "database unavailable"),
            Failure::Internal(cause) => tracing::error!(error = ?cause, "request failed"),
        }
    }
}

/// `.doing("reading the letter")` on any fallible step: the cause keeps its classification and
/// gains what was being done, which is what a 500's log line then says.
pub trait Doing<T> {
    fn doing(self, what: &'static str) -> Result<T, Failure>;
}

impl<T, E> Doing<T> for Result<T, E>
where
    E: std::error::Error + Send + Sync + 'static,
{
    fn doing(self, what: &'static str) -> Result<T, Failure> {
        self.context(what).map_err(Failure::from)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classified_once_with_context_kept() {
        let missing: Result<(), _> = Err(diesel::result::Error::NotFound);
        assert!(matches!(missing.doing("reading"), Err(Failure::NotFound)));
        let broken: Result<(), _> = Err(diesel::result::Error::RollbackTransaction);
        match broken.doing("recording the signature") {
            Err(Failure::Internal(cause)) => {
                assert_eq!(cause.to_string(), "recording the signature");
            }
            other => panic!("{other:?}"),
        }
    }
}
