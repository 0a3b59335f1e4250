//! The signing quota: in memory where one instance serves (SQLite), in the database where
//! several share it (PostgreSQL), so that instances behind a balancer allow it once, not once
//! each.

use std::net::IpAddr;

use chrono::Utc;

use super::{Limiter, Rate, rate_key};
use crate::db::Database;
use crate::db::models::{QuotaSpend, SignQuotaRow};
use crate::failure::Doing;
use crate::keys::SecretKey;

pub enum SignQuota {
    Memory(Limiter),
    Shared {
        db: Database,
        rate: Rate,
        /// Keys the stored client keys: the table holds no address.
        secret: SecretKey,
    },
}

impl SignQuota {
    pub fn new(rate: Rate, db: &Database, secret: &SecretKey) -> SignQuota {
        if db.is_shared() {
            SignQuota::Shared {
                db: db.clone(),
                rate,
                secret: secret.clone(),
            }
        } else {
            SignQuota::Memory(Limiter::new(rate))
        }
    }

    /// Spends one signature of `ip`'s quota (its /64 for IPv6). In memory, at once: Err holds
    /// the seconds to wait. Shared, the spend is made by the batch that writes the signature
    /// (`db::Admission`; what it costs is in `bench/README.md`). A client without an address
    /// (no TCP peer) is not counted.
    pub fn admit(&self, ip: Option<IpAddr>) -> Result<Option<SharedSpend>, u64> {
        match self {
            SignQuota::Memory(limiter) => limiter.spend(ip).map(|()| None),
            SignQuota::Shared { rate, secret, .. } => Ok(ip.map(|ip| {
                let period = i64::try_from(rate.period.as_micros()).unwrap_or(i64::MAX);
                let interval = period / i64::from(rate.count.max(1));
                SharedSpend {
                    key: secret.keyed_hash("sign-quota", &rate_key(ip).to_string()),
                    interval,
                    burst: period - interval,
                }
            })),
        }
    }

    /// Forgets clients whose quota has refilled, in memory or in the database.
    pub async fn prune(&self) {
        match self {
            SignQuota::Memory(limiter) => limiter.prune(),
            SignQuota::Shared { db, .. } => {
                let pruned = db
                    .write(|conn| {
                        SignQuotaRow::prune(conn, Utc::now().timestamp_micros())
                            .doing("pruning the signing quota")
                    })
                    .await;
                if let Err(e) = pruned {
                    e.log();
                }
            }
        }
    }
}

/// One signature to spend from the quota kept in the database.
pub struct SharedSpend {
    key: String,
    interval: i64,
    burst: i64,
}

impl SharedSpend {
    /// The spend, asked now (its batch spends it at its own time: `db::Admission`).
    pub fn now(&self) -> QuotaSpend {
        QuotaSpend {
            key: self.key.clone(),
            now_us: Utc::now().timestamp_micros(),
            interval_us: self.interval,
            burst_us: self.burst,
        }
    }
}

/// The seconds to wait, told to a client refused with `micros` to wait.
pub fn retry_after(micros: i64) -> u64 {
    u64::try_from(micros / 1_000_000).unwrap_or(0) + 1
}
