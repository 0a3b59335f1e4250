//! The signing quota: in memory where one instance serves (SQLite), in the database where
//! several share it (PostgreSQL), so that instances behind a balancer allow it once, not once
//! each.

use std::net::IpAddr;

use chrono::Utc;

use super::{Limiter, Rate, rate_key};
use crate::db::Database;
use crate::db::models::SignQuotaRow;
use crate::failure::{Doing, Failure};
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

    /// Spends one signature of `ip`'s quota (its /64 for IPv6): Ok(Err(seconds to wait)) once
    /// it is spent. A client without an address (no TCP peer) is not counted.
    pub async fn spend(&self, ip: Option<IpAddr>) -> Result<Result<(), u64>, Failure> {
        let (db, rate, secret) = match self {
            SignQuota::Memory(limiter) => return Ok(limiter.spend(ip)),
            SignQuota::Shared { db, rate, secret } => (db, rate, secret),
        };
        let Some(ip) = ip else {
            return Ok(Ok(()));
        };
        let key = secret.keyed_hash("sign-quota", &rate_key(ip).to_string());
        let period = i64::try_from(rate.period.as_micros()).unwrap_or(i64::MAX);
        let interval = period / i64::from(rate.count.max(1));
        let spent = db
            .read(move |conn| {
                let now = Utc::now().timestamp_micros();
                SignQuotaRow::spend(conn, &key, now, interval, period - interval)
                    .doing("spending the signing quota")
            })
            .await?;
        Ok(spent.map_err(|micros| u64::try_from(micros / 1_000_000).unwrap_or(0) + 1))
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
