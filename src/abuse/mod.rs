//! Defence that costs people nothing: quotas per client, throwaway mail domains, floods from
//! one network, and the bot traps of the sign form.

mod client;
mod floods;
mod limit;
mod quota;
mod stamp;

use std::collections::HashSet;
use std::net::IpAddr;
use std::sync::LazyLock;

pub use client::{canonical, client_ip, parse_networks, rate_key};
pub use floods::Floods;
pub use limit::{Limiter, Rate};
pub use quota::{SharedSpend, SignQuota, retry_after};
pub use stamp::{FormStamp, StampVerdict, TOO_FAST};

use crate::keys::SecretKey;

/// More signatures than this from one network within an hour are flagged for moderators.
/// Generous: a hospital or university network puts hundreds of people behind one address.
pub const NETWORK_HOURLY_LIMIT: i64 = 50;

/// Throwaway mail services: the mailchecker project's maintained list, as a set built once.
static DISPOSABLE: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| mailchecker::blacklist().into_iter().collect());

/// True when the address's domain, or a parent of it, is a throwaway mail service.
pub fn is_disposable(email: &str) -> bool {
    let Some((_, domain)) = email.rsplit_once('@') else {
        return false;
    };
    let domain = domain.trim_end_matches('.').to_ascii_lowercase();
    let mut candidate = domain.as_str();
    loop {
        if DISPOSABLE.contains(candidate) {
            return true;
        }
        match candidate.split_once('.') {
            Some((_, parent)) if parent.contains('.') => candidate = parent,
            _ => return false,
        }
    }
}

/// A keyed hash of the client's network (/24 for IPv4, /64 for IPv6): enough to see many
/// signatures from one place, useless to anyone without the key. The address is not stored.
pub fn network_key(secret: &SecretKey, ip: IpAddr) -> String {
    let network = match canonical(ip) {
        IpAddr::V4(v4) => {
            let [a, b, c, _] = v4.octets();
            format!("{a}.{b}.{c}.0/24")
        }
        IpAddr::V6(v6) => {
            let s = v6.segments();
            format!("{:x}:{:x}:{:x}:{:x}::/64", s[0], s[1], s[2], s[3])
        }
    };
    secret.keyed_hash("network", &network)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn disposable_domains() {
        assert!(is_disposable("x@mailinator.com"));
        assert!(is_disposable("x@eu.Mailinator.com"));
        assert!(!is_disposable("x@nhs.net"));
        assert!(!is_disposable("x@example.org"));
        assert!(is_disposable("x@yopmail.com") && is_disposable("x@guerrillamail.com"));
        assert!(
            !is_disposable("x@gmail.com")
                && !is_disposable("x@nhs.net")
                && !is_disposable("nonsense")
        );
    }

    #[test]
    fn networks_group_neighbours() {
        let key = SecretKey::new("k".repeat(32).into());
        let ip = |s: &str| s.parse::<IpAddr>().unwrap();
        assert_eq!(
            network_key(&key, ip("10.1.2.3")),
            network_key(&key, ip("10.1.2.200"))
        );
        assert_ne!(
            network_key(&key, ip("10.1.2.3")),
            network_key(&key, ip("10.1.3.3"))
        );
        assert_eq!(
            network_key(&key, ip("2001:db8:1:2::1")),
            network_key(&key, ip("2001:db8:1:2:ffff::9"))
        );
        // An IPv4 client of a dual-stack listener is keyed by its /24, not by ::ffff:0:0/64.
        assert_eq!(
            network_key(&key, ip("::ffff:10.1.2.3")),
            network_key(&key, ip("10.1.2.3"))
        );
        assert_ne!(
            network_key(&key, ip("::ffff:10.1.2.3")),
            network_key(&key, ip("::ffff:10.9.2.3"))
        );
    }
}
