//! What a signature's write checks first, in its batch (`writer`): that its letter is still
//! open, and, with the quota kept in the database (PostgreSQL), that its client's quota allows
//! it. The signers of a batch behind one address spend their quota with one statement, where
//! each request used to spend it alone before its write, waiting for the row lock of the one
//! before. That statement commits on its own, before the batch's transaction, as a spend alone
//! does (`SignQuotaRow::spend`): in the transaction, the key's row stayed locked until the batch
//! had committed, and one address's batches waited for each other (`bench/README.md`). A batch
//! that then fails has spent its quota all the same, which only makes it stricter.

use std::collections::{BTreeMap, HashSet};

use chrono::Utc;
use diesel::QueryResult;

use super::DbConn;
use super::models::{Letter, QuotaSpend, SignQuotaRow};

/// What a signature's write asks of its batch.
#[derive(Clone, Debug)]
pub struct Admission {
    pub letter_id: i64,
    /// The client's quota, where the database keeps it; its time is the batch's.
    pub spend: Option<QuotaSpend>,
}

/// Why a signature was not written.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum Refused {
    #[error("the letter is not open")]
    Closed,
    /// The microseconds to wait.
    #[error("the signing quota is spent")]
    Quota(i64),
}

/// Checks the admissions of a batch's writes (`None` for a write that asks none), in the
/// batch's order: the refusals, in that order.
pub fn admit(conn: &mut DbConn, asks: &[Option<&Admission>]) -> QueryResult<Vec<Option<Refused>>> {
    let mut refused = vec![None; asks.len()];
    let letters: HashSet<i64> = asks.iter().flatten().map(|a| a.letter_id).collect();
    if letters.is_empty() {
        return Ok(refused);
    }
    let letters: Vec<i64> = letters.into_iter().collect();
    let open: HashSet<i64> = Letter::open_among(conn, &letters)?.into_iter().collect();
    let mut spenders: BTreeMap<&str, Vec<(usize, &QuotaSpend)>> = BTreeMap::new();
    for (n, ask) in asks.iter().enumerate() {
        let Some(ask) = ask else { continue };
        if !open.contains(&ask.letter_id) {
            refused[n] = Some(Refused::Closed);
        } else if let Some(spend) = &ask.spend {
            spenders.entry(&spend.key).or_default().push((n, spend));
        }
    }
    let now_us = Utc::now().timestamp_micros();
    for spenders in spenders.values() {
        let Some((_, first)) = spenders.first() else {
            continue;
        };
        let all = QuotaSpend {
            now_us,
            ..(*first).clone()
        };
        let count = i64::try_from(spenders.len()).unwrap_or(i64::MAX);
        if SignQuotaRow::spend_several(conn, &all, count)? {
            continue;
        }
        // Not all of them: one by one, in order, until one is refused, and every later one
        // with it.
        for (k, (_, spend)) in spenders.iter().enumerate() {
            let (interval, burst) = (spend.interval_us, spend.burst_us);
            if let Err(wait) = SignQuotaRow::spend(conn, &spend.key, now_us, interval, burst)? {
                for (later, _) in &spenders[k..] {
                    refused[*later] = Some(Refused::Quota(wait));
                }
                break;
            }
        }
    }
    Ok(refused)
}
