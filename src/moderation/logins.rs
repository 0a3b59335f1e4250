//! What logins share: the bounds on logins at once and the memory their password checks use.

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use secrecy::SecretString;
use tokio::sync::Semaphore;

use super::password;

pub struct Logins {
    /// What unknown addresses are checked against, so that they cost what a wrong password does.
    dummy_hash: String,
    /// Logins under way (backoff, waiting for or running a verification); more are refused at
    /// once rather than queued.
    pub(super) admitted: Semaphore,
    /// Verifications running: each needs 19 MiB (argon2's memory), so one per core.
    pub(super) verifying: Arc<Semaphore>,
    /// That memory, kept for the next verification: never more than `verifying`'s permits.
    memory: std::sync::Mutex<Vec<password::Memory>>,
    /// The backoff's check and record, one login at a time: PostgreSQL's writers run batches in
    /// parallel, and two concurrent guesses must not both pass the check.
    pub(super) recording: tokio::sync::Mutex<()>,
    verifications: AtomicU64,
}

impl Logins {
    pub fn new() -> anyhow::Result<Self> {
        let cores = std::thread::available_parallelism().map_or(1, usize::from);
        Ok(Logins {
            dummy_hash: password::dummy_hash()?,
            admitted: Semaphore::new(cores * 4),
            verifying: Arc::new(Semaphore::new(cores)),
            memory: std::sync::Mutex::new(Vec::new()),
            recording: tokio::sync::Mutex::new(()),
            verifications: AtomicU64::new(0),
        })
    }

    /// Checks a password in kept memory (the caller holds a `verifying` permit).
    pub(super) fn verify(&self, candidate: &SecretString, hash: Option<&str>) -> bool {
        let kept = self.memory.lock().ok().and_then(|mut kept| kept.pop());
        let mut memory = kept.unwrap_or_default();
        self.verifications.fetch_add(1, Ordering::Relaxed);
        let ok = password::verify(candidate, hash, &self.dummy_hash, &mut memory);
        if let Ok(mut kept) = self.memory.lock() {
            kept.push(memory);
        }
        ok
    }

    /// Password verifications run so far (for `/metrics`).
    pub fn verifications(&self) -> u64 {
        self.verifications.load(Ordering::Relaxed)
    }
}
