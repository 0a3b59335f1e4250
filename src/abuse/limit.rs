//! Per-client quotas (signing, searches, downloads), in memory per instance (governor's GCRA),
//! pruned every minute so that the limiters' memory stays bounded.

use std::net::IpAddr;
use std::num::NonZeroU32;
use std::sync::Arc;
use std::time::Duration;

use governor::clock::{Clock, DefaultClock};
use governor::{DefaultKeyedRateLimiter, Quota};

/// `count` requests per `period`, e.g. 30 per 10 minutes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rate {
    pub count: u32,
    pub period: Duration,
}

impl Rate {
    /// "30/10m", "100/1h", "5/30s".
    pub fn parse(text: &str) -> Option<Rate> {
        let (count, period) = text.trim().split_once('/')?;
        let count: u32 = count.trim().parse().ok().filter(|n| *n > 0)?;
        Some(Rate {
            count,
            period: crate::domain::parse_duration(period)?,
        })
    }
}

#[derive(Clone)]
pub struct Limiter {
    inner: Arc<DefaultKeyedRateLimiter<IpAddr>>,
}

impl Limiter {
    pub fn new(rate: Rate) -> Limiter {
        let count = NonZeroU32::new(rate.count).unwrap_or(NonZeroU32::MIN);
        let quota = Quota::with_period(rate.period / rate.count.max(1))
            .unwrap_or_else(|| Quota::per_second(count))
            .allow_burst(count);
        Limiter {
            inner: Arc::new(DefaultKeyedRateLimiter::keyed(quota)),
        }
    }

    /// Ok, or how long the client must wait.
    pub fn check(&self, key: IpAddr) -> Result<(), Duration> {
        self.inner
            .check_key(&key)
            .map_err(|not_until| not_until.wait_time_from(DefaultClock::default().now()))
    }

    /// Spends one from the quota of `ip`'s key (`rate_key`: its /64 for IPv6); Err holds the
    /// whole seconds to wait. A client without an address (no TCP peer) is not counted.
    pub fn spend(&self, ip: Option<IpAddr>) -> Result<(), u64> {
        let Some(ip) = ip else {
            return Ok(());
        };
        self.check(super::rate_key(ip))
            .map_err(|wait| wait.as_secs() + 1)
    }

    /// Forgets clients whose quota has refilled; run periodically.
    pub fn prune(&self) {
        self.inner.retain_recent();
        self.inner.shrink_to_fit();
    }

    pub fn len(&self) -> usize {
        self.inner.len()
    }

    pub fn is_empty(&self) -> bool {
        self.inner.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quota_and_parsing() {
        assert_eq!(
            Rate::parse("30/10m"),
            Some(Rate {
                count: 30,
                period: Duration::from_secs(600)
            })
        );
        assert_eq!(Rate::parse("0/10m"), None);
        assert_eq!(Rate::parse("ten/10m"), None);
        let limiter = Limiter::new(Rate::parse("3/1h").unwrap());
        let a: IpAddr = "192.0.2.1".parse().unwrap();
        let b: IpAddr = "192.0.2.2".parse().unwrap();
        for _ in 0..3 {
            assert!(limiter.check(a).is_ok());
        }
        let wait = limiter.check(a).unwrap_err();
        assert!(
            wait > Duration::from_secs(60 * 19) && wait <= Duration::from_secs(20 * 60),
            "{wait:?}"
        );
        assert!(limiter.check(b).is_ok());
        assert_eq!(limiter.len(), 2);
    }
}

#[cfg(test)]
mod pruning {
    use super::*;

    #[test]
    fn refilled_clients_are_forgotten() {
        let limiter = Limiter::new(Rate {
            count: 1,
            period: Duration::from_millis(200),
        });
        for i in 0..50u8 {
            assert!(limiter.check(IpAddr::from([192, 0, 2, i])).is_ok());
        }
        assert_eq!(limiter.len(), 50);
        // A key is forgotten once its state is a full period older than fresh.
        std::thread::sleep(Duration::from_millis(500));
        limiter.prune();
        assert!(limiter.is_empty());
    }
}
