//! Which networks signed their hourly share (`NETWORK_HOURLY_LIMIT`), as this instance last
//! counted them. A hospital signing at once would otherwise count its hour again for each
//! signature, in a read of its own before the signature's write: that read, with the letter's
//! and the quota's, was a third to a half of what a signature cost on PostgreSQL
//! (`bench/README.md`, twelfth pass).

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use super::NETWORK_HOURLY_LIMIT;

/// A count is used this long at most: other instances sign too.
const FRESH: Duration = Duration::from_secs(1);
/// Networks kept at most; past it, a network is counted at each signature, as without this.
const MOST: usize = 10_000;

#[derive(Default)]
pub struct Floods {
    known: Mutex<HashMap<String, Known>>,
}

struct Known {
    /// Its signatures in the hour, when counted (at most the limit).
    counted: i64,
    /// Written by this instance since.
    since: i64,
    at: Instant,
}

impl Floods {
    /// Whether `network` signed its hourly share, when that is known without counting again:
    /// it had when counted, or it had so few that this instance's signatures since cannot
    /// have taken it there.
    pub fn reached(&self, network: &str) -> Option<bool> {
        let known = self.known.lock().ok()?;
        let known = known.get(network).filter(|k| k.at.elapsed() < FRESH)?;
        if known.counted >= NETWORK_HOURLY_LIMIT {
            Some(true)
        } else {
            (known.counted + known.since < NETWORK_HOURLY_LIMIT).then_some(false)
        }
    }

    /// Keeps `counted`, the network's signatures in the hour just read (up to the limit), and
    /// says whether it reached the limit.
    pub fn counted(&self, network: &str, counted: i64) -> bool {
        if let Ok(mut known) = self.known.lock() {
            if known.len() >= MOST && !known.contains_key(network) {
                known.retain(|_, k| k.at.elapsed() < FRESH);
            }
            if known.len() < MOST || known.contains_key(network) {
                let at = Instant::now();
                let entry = Known {
                    counted,
                    since: 0,
                    at,
                };
                known.insert(network.to_owned(), entry);
            }
        }
        counted >= NETWORK_HOURLY_LIMIT
    }

    /// A signature from `network` was written.
    pub fn wrote(&self, network: &str) {
        if let Ok(mut known) = self.known.lock()
            && let Some(known) = known.get_mut(network)
        {
            known.since += 1;
        }
    }

    /// Forgets the counts too old to use; run periodically.
    pub fn prune(&self) {
        if let Ok(mut known) = self.known.lock() {
            known.retain(|_, k| k.at.elapsed() < FRESH);
            known.shrink_to_fit();
        }
    }

    #[cfg(test)]
    fn len(&self) -> usize {
        self.known.lock().map_or(0, |k| k.len())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_count_serves_until_the_signatures_since_could_reach_the_limit() {
        let floods = Floods::default();
        assert_eq!(floods.reached("net"), None, "never counted");
        assert!(!floods.counted("net", 47));
        for _ in 0..2 {
            assert_eq!(floods.reached("net"), Some(false));
            floods.wrote("net");
        }
        // 49 in the hour: the next is the 50th, not yet past the share.
        assert_eq!(floods.reached("net"), Some(false));
        floods.wrote("net");
        assert_eq!(
            floods.reached("net"),
            None,
            "50 may be in the hour: count again"
        );
        assert!(floods.counted("net", NETWORK_HOURLY_LIMIT));
        assert_eq!(floods.reached("net"), Some(true));
        assert_eq!(floods.reached("other"), None, "each network its own");
    }

    #[test]
    fn a_count_grows_stale_and_is_forgotten() {
        let floods = Floods::default();
        floods.counted("busy", NETWORK_HOURLY_LIMIT);
        floods.counted("quiet", 0);
        std::thread::sleep(FRESH + Duration::from_millis(50));
        assert_eq!(
            floods.reached("busy"),
            None,
            "another instance's may have left the hour"
        );
        assert_eq!(
            floods.reached("quiet"),
            None,
            "another instance's may have come in"
        );
        floods.prune();
        assert_eq!(floods.len(), 0);
    }

    #[test]
    fn past_the_most_kept_a_network_is_counted_each_time() {
        let floods = Floods::default();
        for n in 0..MOST {
            floods.counted(&n.to_string(), 1);
        }
        assert!(floods.counted("one more", NETWORK_HOURLY_LIMIT));
        assert_eq!(floods.reached("one more"), None);
        assert_eq!(floods.len(), MOST);
        assert_eq!(floods.reached("0"), Some(false), "the fresh ones are kept");
    }
}
