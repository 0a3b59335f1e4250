//! Who the client is: the TCP peer, unless the peer is a trusted proxy; then the rightmost
//! `X-Forwarded-For` hop that is not trusted. Never the leftmost hop, which the client writes.

use std::net::IpAddr;

use ipnet::IpNet;

/// An IPv4 client on a dual-stack listener (`[::]:8080`) arrives as `::ffff:a.b.c.d`; every
/// address is compared, keyed and counted as the plain IPv4 one, or IPv4 proxies never match
/// and every IPv4 client shares one /64.
pub fn canonical(ip: IpAddr) -> IpAddr {
    ip.to_canonical()
}

pub fn client_ip(peer: IpAddr, forwarded_for: &[&str], trusted: &[IpNet]) -> IpAddr {
    let is_trusted = |ip: &IpAddr| trusted.iter().any(|net| net.contains(ip));
    let peer = canonical(peer);
    if !is_trusted(&peer) {
        return peer;
    }
    let hops = forwarded_for
        .iter()
        .flat_map(|h| h.split(','))
        .map(str::trim);
    let mut nearest = peer;
    for hop in hops.collect::<Vec<_>>().into_iter().rev() {
        match parse_hop(hop) {
            Some(ip) if is_trusted(&ip) => nearest = ip,
            Some(ip) => return ip,
            // A hop we cannot read: the chain is broken here; stop at the last one we trust.
            None => return nearest,
        }
    }
    nearest
}

/// `1.2.3.4`, `1.2.3.4:5678`, `2001:db8::1` or `[2001:db8::1]:5678`.
fn parse_hop(hop: &str) -> Option<IpAddr> {
    hop.parse::<IpAddr>()
        .ok()
        .or_else(|| hop.parse::<std::net::SocketAddr>().ok().map(|s| s.ip()))
        .map(canonical)
}

/// The key a client is counted under: the address, or its /64 for IPv6 (one home or phone
/// gets a whole /64).
pub fn rate_key(ip: IpAddr) -> IpAddr {
    let ip = canonical(ip);
    match ip {
        IpAddr::V4(_) => ip,
        IpAddr::V6(v6) => {
            let bits = u128::from(v6) & !((1u128 << 64) - 1);
            IpAddr::V6(bits.into())
        }
    }
}

pub fn parse_networks(text: &str) -> Result<Vec<IpNet>, String> {
    text.split([',', ' '])
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(|s| {
            s.parse::<IpNet>()
                .or_else(|_| s.parse::<IpAddr>().map(IpNet::from))
                .map_err(|_| format!("{s} is not a CIDR such as 10.0.0.0/8"))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ip(s: &str) -> IpAddr {
        s.parse().unwrap()
    }

    #[test]
    fn the_rightmost_untrusted_hop_is_the_client() {
        let trusted = parse_networks("10.0.0.0/8, 192.168.1.1").unwrap();
        // Untrusted peer: its own address, whatever it claims.
        assert_eq!(
            client_ip(ip("203.0.113.9"), &["1.1.1.1"], &trusted),
            ip("203.0.113.9")
        );
        // Through our proxies: the first hop from the right that is not ours.
        let xff = ["6.6.6.6, 198.51.100.7, 10.1.1.1"];
        assert_eq!(
            client_ip(ip("10.0.0.2"), &xff, &trusted),
            ip("198.51.100.7")
        );
        // Several headers count as one list.
        assert_eq!(
            client_ip(ip("10.0.0.2"), &["6.6.6.6", "198.51.100.7:443"], &trusted),
            ip("198.51.100.7")
        );
        // Garbage stops the walk at the nearest trusted hop.
        assert_eq!(
            client_ip(ip("10.0.0.2"), &["198.51.100.7, junk, 10.1.1.1"], &trusted),
            ip("10.1.1.1")
        );
        assert_eq!(client_ip(ip("10.0.0.2"), &[], &trusted), ip("10.0.0.2"));
    }

    #[test]
    fn ipv6_clients_share_their_64() {
        assert_eq!(
            rate_key(ip("2001:db8:1:2:aaaa::1")),
            rate_key(ip("2001:db8:1:2:bbbb::2"))
        );
        assert_ne!(
            rate_key(ip("2001:db8:1:2::1")),
            rate_key(ip("2001:db8:1:3::1"))
        );
        assert_eq!(rate_key(ip("192.0.2.1")), ip("192.0.2.1"));
        assert!(parse_networks("10.0.0.0/33").is_err());
    }

    #[test]
    fn ipv4_mapped_clients_count_as_ipv4() {
        // Two IPv4 clients of a dual-stack listener, in different /24s: two quotas, not one /64.
        assert_ne!(
            rate_key(ip("::ffff:198.51.100.7")),
            rate_key(ip("::ffff:203.0.113.9"))
        );
        assert_eq!(rate_key(ip("::ffff:198.51.100.7")), ip("198.51.100.7"));
        // An IPv4 proxy reached through the dual-stack listener is still trusted, and so are
        // mapped hops in X-Forwarded-For.
        let trusted = parse_networks("10.0.0.0/8").unwrap();
        assert_eq!(
            client_ip(ip("::ffff:10.0.0.2"), &["198.51.100.7"], &trusted),
            ip("198.51.100.7")
        );
        assert_eq!(
            client_ip(
                ip("10.0.0.2"),
                &["::ffff:198.51.100.7, ::ffff:10.1.1.1"],
                &trusted
            ),
            ip("198.51.100.7")
        );
        // An untrusted mapped peer is its IPv4 address.
        assert_eq!(
            client_ip(ip("::ffff:203.0.113.9"), &["1.1.1.1"], &trusted),
            ip("203.0.113.9")
        );
    }
}
