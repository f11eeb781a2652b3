//! Whom a request came from. Behind a reverse proxy the TCP peer is the
//! proxy, and every person would share one rate-limit allowance; the proxy
//! says who the client was in `Forwarded` or `X-Forwarded-For`, but anyone
//! can send those headers, so they are believed only from the proxies the
//! operator lists in `ASKEL_TRUSTED_PROXIES`, and only the one header the
//! operator names in `ASKEL_PROXY_HEADER`: a proxy that sets one passes a
//! client's own copy of the other along unchanged.

use std::net::IpAddr;

use axum::http::{HeaderMap, HeaderName, header};
use ipnet::IpNet;

/// The header the trusted proxies write the client's address into.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum ProxyHeader {
    /// `X-Forwarded-For` (nginx, HAProxy, most load balancers).
    #[default]
    XForwardedFor,
    /// `Forwarded` (RFC 7239).
    Forwarded,
}

impl ProxyHeader {
    /// `ASKEL_PROXY_HEADER`: `x-forwarded-for` or `forwarded`, any case.
    pub fn parse(text: &str) -> Option<Self> {
        match text.to_ascii_lowercase().as_str() {
            "x-forwarded-for" => Some(ProxyHeader::XForwardedFor),
            "forwarded" => Some(ProxyHeader::Forwarded),
            _ => None,
        }
    }
}

/// The client's address: the TCP peer, unless the peer is a trusted proxy;
/// then the forwarded chain is walked from the nearest hop back past every
/// trusted proxy, and the first address that is not one is the client. A hop
/// that is not an address ("unknown", an obfuscated name) ends the walk at
/// the last proxy that named it.
pub fn client_ip(
    peer: IpAddr,
    headers: &HeaderMap,
    trusted: &[IpNet],
    proxy_header: ProxyHeader,
) -> IpAddr {
    let is_trusted = |ip: &IpAddr| trusted.iter().any(|net| net.contains(ip));
    let mut client = peer;
    if !is_trusted(&peer) {
        return client;
    }
    for hop in forwarded_chain(headers, proxy_header).into_iter().rev() {
        let Some(hop) = hop else {
            break;
        };
        client = hop;
        if !is_trusted(&hop) {
            break;
        }
    }
    client
}

/// The addresses a request passed, client first, from the one header the
/// proxies write. `None` for a hop that is not an address.
fn forwarded_chain(headers: &HeaderMap, proxy_header: ProxyHeader) -> Vec<Option<IpAddr>> {
    let values = |name: &HeaderName| -> Vec<String> {
        headers
            .get_all(name)
            .iter()
            .map(|value| value.to_str().map(str::to_owned).unwrap_or_default())
            .collect()
    };
    if proxy_header == ProxyHeader::Forwarded {
        return values(&header::FORWARDED)
            .iter()
            .flat_map(|value| value.split(','))
            .map(|element| {
                element
                    .split(';')
                    .find_map(|pair| {
                        let (name, value) = pair.trim().split_once('=')?;
                        name.eq_ignore_ascii_case("for").then_some(value)
                    })
                    .and_then(node_address)
            })
            .collect();
    }
    values(&HeaderName::from_static("x-forwarded-for"))
        .iter()
        .flat_map(|value| value.split(','))
        .map(node_address)
        .collect()
}

/// The address in a node: `192.0.2.1`, `192.0.2.1:443`, `"[2001:db8::1]:80"`
/// or a bare `2001:db8::1`.
fn node_address(node: &str) -> Option<IpAddr> {
    let node = node.trim().trim_matches('"');
    if let Some(rest) = node.strip_prefix('[') {
        return rest.split(']').next()?.parse().ok();
    }
    node.parse().ok().or_else(|| {
        let (ip, _port) = node.rsplit_once(':')?;
        ip.parse::<std::net::Ipv4Addr>().ok().map(IpAddr::V4)
    })
}

/// `ASKEL_TRUSTED_PROXIES`: addresses or networks, separated by commas or
/// spaces (`10.0.0.5, 2001:db8::/48`). `Err` names the first that is neither.
pub fn parse_trusted_proxies(text: &str) -> Result<Vec<IpNet>, String> {
    text.split([',', ' '])
        .filter(|item| !item.is_empty())
        .map(|item| {
            item.parse::<IpNet>()
                .or_else(|_| item.parse::<IpAddr>().map(IpNet::from))
                .map_err(|_| item.to_owned())
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(pairs: &[(&'static str, &str)]) -> HeaderMap {
        let mut map = HeaderMap::new();
        for (name, value) in pairs {
            map.append(*name, value.parse().expect("header value"));
        }
        map
    }

    fn ip(text: &str) -> IpAddr {
        text.parse().expect("address")
    }

    #[test]
    fn forwarded_headers_count_only_from_trusted_proxies() {
        use ProxyHeader::{Forwarded, XForwardedFor};
        let trusted = parse_trusted_proxies("10.0.0.5, 2001:db8:ff::/48").expect("valid");
        let proxy = ip("10.0.0.5");
        type Headers<'a> = &'a [(&'a str, &'a str)];
        let cases: [(IpAddr, ProxyHeader, Headers, &str); 12] = [
            // Straight from the client: headers are whatever it typed.
            (
                ip("198.51.100.7"),
                XForwardedFor,
                &[("x-forwarded-for", "1.2.3.4")],
                "198.51.100.7",
            ),
            (
                proxy,
                XForwardedFor,
                &[("x-forwarded-for", "198.51.100.7")],
                "198.51.100.7",
            ),
            // A client's own forged entry stays on the left, unread.
            (
                proxy,
                XForwardedFor,
                &[("x-forwarded-for", "1.2.3.4, 198.51.100.7")],
                "198.51.100.7",
            ),
            (
                proxy,
                XForwardedFor,
                &[
                    ("x-forwarded-for", "1.2.3.4"),
                    ("x-forwarded-for", "198.51.100.7"),
                ],
                "198.51.100.7",
            ),
            // Two trusted proxies in a row are walked past.
            (
                proxy,
                XForwardedFor,
                &[("x-forwarded-for", "198.51.100.7, 2001:db8:ff::2")],
                "198.51.100.7",
            ),
            // A proxy writing X-Forwarded-For passes a client's Forwarded along: unread.
            (
                proxy,
                XForwardedFor,
                &[
                    ("forwarded", "for=1.2.3.4"),
                    ("x-forwarded-for", "198.51.100.7"),
                ],
                "198.51.100.7",
            ),
            (
                proxy,
                Forwarded,
                &[("forwarded", "for=198.51.100.7;proto=https")],
                "198.51.100.7",
            ),
            (
                proxy,
                Forwarded,
                &[("forwarded", "for=\"[2001:db8:1::9]:4711\"")],
                "2001:db8:1::9",
            ),
            (
                proxy,
                Forwarded,
                &[("forwarded", "for=192.0.2.60:443, for=\"[2001:db8:ff::1]\"")],
                "192.0.2.60",
            ),
            (
                proxy,
                Forwarded,
                &[
                    ("forwarded", "for=192.0.2.60"),
                    ("x-forwarded-for", "1.2.3.4"),
                ],
                "192.0.2.60",
            ),
            // Nothing usable: the proxy itself.
            (
                proxy,
                Forwarded,
                &[("forwarded", "for=unknown")],
                "10.0.0.5",
            ),
            (proxy, XForwardedFor, &[], "10.0.0.5"),
        ];
        for (peer, header, pairs, expected) in cases {
            let found = client_ip(peer, &headers(pairs), &trusted, header);
            assert_eq!(found, ip(expected), "{header:?} {pairs:?}");
        }
    }

    #[test]
    fn trusted_proxies_are_addresses_or_networks() {
        assert_eq!(parse_trusted_proxies("").expect("empty"), []);
        assert_eq!(
            parse_trusted_proxies("127.0.0.1 ::1").expect("valid").len(),
            2
        );
        assert_eq!(
            parse_trusted_proxies("10.0.0.0/8,nope"),
            Err("nope".to_owned())
        );
    }
}
