//! Web Push: a notice shown by the phone itself, through the browser's push
//! service, when the person turned it on in that browser (an installed
//! Askel). The notice says what the email's subject says, never what
//! happened in detail: it is read on lock screens.
//!
//! The server sends to a subscription's address, which the browser gave.
//! So that this cannot be turned into a way to make the server post to any
//! address (server-side request forgery), only the push services the
//! operator lists (`ASKEL_PUSH_SERVICES`) are accepted, when a browser
//! subscribes and again when a notice is sent.

use serde::{Deserialize, Serialize};

/// The push services Askel sends to unless the operator says otherwise:
/// those of Chrome and Android, Firefox, Safari and Edge.
pub const KNOWN_SERVICES: &[&str] = &[
    "https://fcm.googleapis.com",
    "https://updates.push.services.mozilla.com",
    "https://web.push.apple.com",
    "https://*.notify.windows.com",
];

/// Most browsers that show one person's notices; turning on another drops
/// the one turned on longest ago.
pub const MOST_DEVICES: i64 = 5;

/// How long a notice is worth sending after it was due: a reminder two
/// hours before a meeting is no use the next day. A push service keeps it
/// no longer either (the request's TTL).
pub const LIFETIME_SECS: i64 = 4 * 3600;

/// The longest subscription address kept (the database checks it too).
pub const MAX_ENDPOINT: usize = 1000;

/// What the server tells pages and server functions about Web Push.
#[derive(Clone, Debug)]
pub struct PushSettings {
    /// The server's VAPID public key (65 bytes, uncompressed P-256 point):
    /// a browser's subscription is made for it.
    pub public_key: Vec<u8>,
    /// Origins of the push services sent to; `https://*.host` for any
    /// subdomain of `host`.
    pub services: std::sync::Arc<[String]>,
}

impl PushSettings {
    /// Whether `endpoint` is an address at one of the listed push services.
    pub fn allows(&self, endpoint: &str) -> bool {
        allowed(&self.services, endpoint)
    }
}

/// Whether `endpoint` is at one of `services`: the same scheme and host (and
/// port), no user name, no spaces; `*.` matches any subdomain.
pub fn allowed(services: &[String], endpoint: &str) -> bool {
    if endpoint.len() > MAX_ENDPOINT || !endpoint.bytes().all(|b| b.is_ascii_graphic()) {
        return false;
    }
    let Some((scheme, rest)) = endpoint.split_once("://") else {
        return false;
    };
    let Some((host, _path)) = rest.split_once('/') else {
        return false;
    };
    if host.is_empty() || host.contains(['@', '\\', '?', '#']) {
        return false;
    }
    let host = host.to_ascii_lowercase();
    services.iter().any(|service| {
        let Some((service_scheme, service_host)) = service.split_once("://") else {
            return false;
        };
        service_scheme.eq_ignore_ascii_case(scheme)
            && match service_host.strip_prefix("*.") {
                Some(domain) => host
                    .strip_suffix(&domain.to_ascii_lowercase())
                    .is_some_and(|sub| sub.len() > 1 && sub.ends_with('.')),
                None => host == service_host.to_ascii_lowercase(),
            }
    })
}

/// What the service worker shows and opens (`public/sw.js`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PushNotice {
    pub title: String,
    pub body: String,
    /// The page the notice opens: a path on this site.
    pub url: String,
    pub lang: String,
    pub dir: String,
    /// When it is no longer worth showing (seconds since 1970): a notice
    /// whose sending failed until then is dropped.
    pub until: i64,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn services() -> Vec<String> {
        KNOWN_SERVICES
            .iter()
            .map(|s| (*s).to_owned())
            .chain(["http://127.0.0.1:3101".to_owned()])
            .collect()
    }

    #[test]
    fn only_the_listed_push_services_are_sent_to() {
        let ok = [
            "https://fcm.googleapis.com/fcm/send/abc:DEF",
            "https://updates.push.services.mozilla.com/wpush/v2/gAAA",
            "https://wns2-par02p.notify.windows.com/w/?token=x",
            "https://WEB.push.apple.com/QGx",
            "http://127.0.0.1:3101/push/1",
        ];
        for endpoint in ok {
            assert!(allowed(&services(), endpoint), "{endpoint}");
        }
        let refused = [
            "https://fcm.googleapis.com.evil.example/x",
            "https://evil.example/fcm.googleapis.com/x",
            "https://user@fcm.googleapis.com/x",
            "http://fcm.googleapis.com/x",
            "https://notify.windows.com/x",
            "https://evilnotify.windows.com/x",
            "http://127.0.0.1:3102/push/1",
            "http://127.0.0.1/push/1",
            "https://fcm.googleapis.com",
            "https://fcm.googleapis.com/a b",
            "javascript:alert(1)",
            "",
        ];
        for endpoint in refused {
            assert!(!allowed(&services(), endpoint), "{endpoint}");
        }
        let long = format!("https://fcm.googleapis.com/{}", "a".repeat(MAX_ENDPOINT));
        assert!(!allowed(&services(), &long));
    }
}
