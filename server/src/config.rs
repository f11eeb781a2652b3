//! Settings from environment variables, checked once at start-up.

use std::net::SocketAddr;

use crate::client_ip;

/// The smallest session key we accept: 64 bytes of secret, as hex or text.
const MIN_SESSION_KEY_LEN: usize = 64;

/// Everything the server needs to start.
#[derive(Clone)]
pub struct Config {
    /// PostgreSQL connection URL (`DATABASE_URL`).
    pub database_url: String,
    /// Where to listen (`ASKEL_ADDR`, default `127.0.0.1:3000`).
    pub addr: SocketAddr,
    /// The folder cargo-leptos built the site into (`ASKEL_SITE_ROOT`).
    pub site_root: String,
    /// Secret for signing session cookies (`ASKEL_SESSION_KEY`); random when unset.
    pub session_key: Vec<u8>,
    /// Whether the key was generated because none was configured.
    pub session_key_generated: bool,
    /// Served over TLS (`ASKEL_TLS=true`): cookies get `Secure`, responses get HSTS.
    pub tls: bool,
    /// Most database connections at once (`ASKEL_DB_MAX_CONNECTIONS`, default 10).
    pub db_max_connections: u32,
    /// A session ends after this many minutes without a request
    /// (`ASKEL_SESSION_IDLE_MINUTES`, default 30).
    pub session_idle_minutes: u32,
    /// A session ends this many hours after sign-in (`ASKEL_SESSION_LIFETIME_HOURS`, default 12).
    pub session_lifetime_hours: u32,
    /// The address people reach Askel at, for links in email (`ASKEL_PUBLIC_URL`).
    pub public_url: String,
    /// SMTP server for outgoing email (`ASKEL_SMTP_URL`, e.g.
    /// `smtps://user:pass@smtp.example.fi`); unset, email goes to `mail_dir`.
    pub smtp_url: Option<String>,
    /// Sender of outgoing email (`ASKEL_MAIL_FROM`).
    pub mail_from: String,
    /// Where email is written as files when no SMTP server is set (`ASKEL_MAIL_DIR`).
    pub mail_dir: String,
    /// A gateway that sends text messages (`ASKEL_SMS_URL`, https): Askel
    /// posts `{"to", "from", "text"}` as JSON with `ASKEL_SMS_TOKEN` as a
    /// bearer token. Unset, text messages go to `sms_dir` as files.
    pub sms_url: Option<String>,
    pub sms_token: Option<String>,
    /// The sender name or number text messages show (`ASKEL_SMS_FROM`, default `Askel`).
    pub sms_from: String,
    /// Where text messages are written as files when no gateway is set (`ASKEL_SMS_DIR`).
    pub sms_dir: String,
    /// The content folder with `modules/` (`ASKEL_CONTENT_DIR`, default `content`);
    /// media it names are looked for in `public/` beside it.
    pub content_dir: String,
    /// Reverse proxies whose `Forwarded` / `X-Forwarded-For` name the client
    /// (`ASKEL_TRUSTED_PROXIES`, addresses or networks; default none).
    pub trusted_proxies: Vec<ipnet::IpNet>,
    /// The header those proxies write the client into (`ASKEL_PROXY_HEADER`,
    /// `x-forwarded-for` or `forwarded`; default `x-forwarded-for`).
    pub proxy_header: client_ip::ProxyHeader,
    /// The VAPID private key Web Push notices are signed with
    /// (`ASKEL_VAPID_PRIVATE_KEY`: 32 bytes, base64url); unset, it is derived
    /// from the session key, so every process with that key signs alike.
    pub vapid_private_key: Option<[u8; 32]>,
    /// Who push services can contact about Askel's notices
    /// (`ASKEL_VAPID_SUBJECT`, a `mailto:` or `https:` address; default the
    /// public address when it is https, else the sender address of email).
    pub vapid_subject: String,
    /// The push services notices are sent to (`ASKEL_PUSH_SERVICES`, origins
    /// separated by commas, `https://*.host` for subdomains; default those of
    /// Chrome, Firefox, Safari and Edge).
    pub push_services: Vec<String>,
    /// Most open HTTP connections at once (`ASKEL_MAX_CONNECTIONS`, default
    /// 1024); more wait in the listen queue.
    pub max_connections: u32,
}

/// A setting that is missing or malformed, named so the operator can fix it.
#[derive(Debug, PartialEq, Eq, thiserror::Error)]
pub enum ConfigError {
    #[error(
        "DATABASE_URL is not set; set it to a PostgreSQL URL such as postgres://user@localhost/askel (`make run` sets it for you)"
    )]
    MissingDatabaseUrl,
    #[error("DATABASE_URL must start with postgres:// or postgresql://")]
    BadDatabaseUrl,
    #[error("ASKEL_ADDR must be an IP address and port such as 127.0.0.1:3000, not {0:?}")]
    BadAddr(String),
    #[error(
        "ASKEL_SESSION_KEY must be at least {MIN_SESSION_KEY_LEN} characters long (it is {0}); generate one with `openssl rand -hex 32`"
    )]
    ShortSessionKey(usize),
    #[error("ASKEL_TLS must be true or false, not {0:?}")]
    BadTls(String),
    #[error("{name} must be a whole number from {min} to {max}, not {value:?}")]
    BadNumber {
        name: &'static str,
        min: u32,
        max: u32,
        value: String,
    },
    #[error("{0} must start with http:// or https://")]
    BadUrl(&'static str),
    #[error("ASKEL_MAIL_FROM must be an email address such as Askel <no-reply@example.fi>")]
    BadMailFrom,
    #[error(
        "ASKEL_TRUSTED_PROXIES must list IP addresses or networks such as 10.0.0.5 or 10.0.0.0/8, not {0:?}"
    )]
    BadTrustedProxy(String),
    #[error("ASKEL_PROXY_HEADER must be x-forwarded-for or forwarded, not {0:?}")]
    BadProxyHeader(String),
    #[error(
        "ASKEL_PUBLIC_URL is https but ASKEL_SESSION_KEY is not set: every restart would sign everyone out and void every code; generate one with `openssl rand -hex 32`"
    )]
    HttpsWithoutSessionKey,
    #[error(
        "ASKEL_PUBLIC_URL is https but ASKEL_TLS is false: cookies would travel without Secure; leave ASKEL_TLS unset or set it to true"
    )]
    HttpsWithoutTls,
    #[error(
        "ASKEL_PUBLIC_URL is https but ASKEL_SMTP_URL is not set: email (reset links, reminders) would only be written to files on this machine"
    )]
    HttpsWithoutSmtp,
    #[error(
        "ASKEL_VAPID_PRIVATE_KEY must be a P-256 private key: 32 bytes in base64url (e.g. `openssl rand 32 | basenc --base64url`)"
    )]
    BadVapidKey,
    #[error("ASKEL_VAPID_SUBJECT must be a mailto: or https: address, not {0:?}")]
    BadVapidSubject(String),
    #[error("ASKEL_PUSH_SERVICES must list origins such as https://fcm.googleapis.com, not {0:?}")]
    BadPushService(String),
}

impl Config {
    /// Reads the configuration from the process environment.
    pub fn from_env() -> Result<Self, ConfigError> {
        Self::from_lookup(|name| std::env::var(name).ok().filter(|value| !value.is_empty()))
    }

    /// Reads the configuration through `get`, which returns a variable's value.
    pub fn from_lookup(get: impl Fn(&str) -> Option<String>) -> Result<Self, ConfigError> {
        let database_url = get("DATABASE_URL").ok_or(ConfigError::MissingDatabaseUrl)?;
        if !(database_url.starts_with("postgres://") || database_url.starts_with("postgresql://")) {
            return Err(ConfigError::BadDatabaseUrl);
        }
        let addr = get("ASKEL_ADDR").unwrap_or_else(|| "127.0.0.1:3000".into());
        let addr = addr.parse().map_err(|_| ConfigError::BadAddr(addr))?;
        let (session_key, session_key_generated) = match get("ASKEL_SESSION_KEY") {
            Some(key) if key.len() < MIN_SESSION_KEY_LEN => {
                return Err(ConfigError::ShortSessionKey(key.len()));
            }
            Some(key) => (key.into_bytes(), false),
            None => (rand::random::<[u8; 64]>().to_vec(), true),
        };
        let public_url = parse_public_url(get("ASKEL_PUBLIC_URL"), addr)?;
        let https = public_url.starts_with("https://");
        let tls = match parse_bool(get("ASKEL_TLS"))? {
            Some(false) if https => return Err(ConfigError::HttpsWithoutTls),
            Some(tls) => tls,
            None => https,
        };
        if https && session_key_generated {
            return Err(ConfigError::HttpsWithoutSessionKey);
        }
        let smtp_url = get("ASKEL_SMTP_URL");
        if https && smtp_url.is_none() {
            return Err(ConfigError::HttpsWithoutSmtp);
        }
        let trusted_proxies =
            client_ip::parse_trusted_proxies(&get("ASKEL_TRUSTED_PROXIES").unwrap_or_default())
                .map_err(ConfigError::BadTrustedProxy)?;
        let proxy_header = match get("ASKEL_PROXY_HEADER") {
            None => client_ip::ProxyHeader::default(),
            Some(text) => {
                client_ip::ProxyHeader::parse(&text).ok_or(ConfigError::BadProxyHeader(text))?
            }
        };
        let vapid_private_key = get("ASKEL_VAPID_PRIVATE_KEY")
            .map(|key| crate::push::parse_private_key(&key).ok_or(ConfigError::BadVapidKey))
            .transpose()?;
        let mail_from = parse_mail_from(get("ASKEL_MAIL_FROM"))?;
        // RFC 8292: a mailto: or an https: address.
        let vapid_subject = get("ASKEL_VAPID_SUBJECT").unwrap_or_else(|| match https {
            true => public_url.clone(),
            false => format!("mailto:{}", address_of(&mail_from)),
        });
        let subject_ok = (vapid_subject.starts_with("mailto:")
            || vapid_subject.starts_with("https://"))
            && !vapid_subject.contains(['"', '\\'])
            && vapid_subject.bytes().all(|b| b.is_ascii_graphic());
        if !subject_ok {
            return Err(ConfigError::BadVapidSubject(vapid_subject));
        }
        let push_services = match get("ASKEL_PUSH_SERVICES") {
            None => app::notifications::push::KNOWN_SERVICES
                .iter()
                .map(|s| (*s).to_owned())
                .collect(),
            Some(list) => parse_push_services(&list)?,
        };
        Ok(Self {
            vapid_private_key,
            vapid_subject,
            push_services,
            database_url,
            addr,
            site_root: get("ASKEL_SITE_ROOT").unwrap_or_else(|| "target/site".into()),
            session_key,
            session_key_generated,
            tls,
            db_max_connections: parse_number(&get, "ASKEL_DB_MAX_CONNECTIONS", 10, 1..=1000)?,
            session_idle_minutes: parse_number(&get, "ASKEL_SESSION_IDLE_MINUTES", 30, 1..=1440)?,
            session_lifetime_hours: parse_number(
                &get,
                "ASKEL_SESSION_LIFETIME_HOURS",
                12,
                1..=720,
            )?,
            public_url,
            smtp_url,
            mail_from,
            mail_dir: get("ASKEL_MAIL_DIR").unwrap_or_else(|| "target/mail".into()),
            sms_url: get("ASKEL_SMS_URL"),
            sms_token: get("ASKEL_SMS_TOKEN"),
            sms_from: get("ASKEL_SMS_FROM").unwrap_or_else(|| "Askel".into()),
            sms_dir: get("ASKEL_SMS_DIR").unwrap_or_else(|| "target/sms".into()),
            content_dir: get("ASKEL_CONTENT_DIR").unwrap_or_else(|| "content".into()),
            trusted_proxies,
            proxy_header,
            max_connections: parse_number(&get, "ASKEL_MAX_CONNECTIONS", 1024, 1..=100_000)?,
        })
    }
}

fn parse_push_services(list: &str) -> Result<Vec<String>, ConfigError> {
    list.split(',')
        .map(str::trim)
        .filter(|origin| !origin.is_empty())
        .map(|origin| {
            let host = origin
                .strip_prefix("https://")
                .or_else(|| origin.strip_prefix("http://"));
            match host {
                Some(host) if !host.is_empty() && !host.contains(['/', '@', '?', '#']) => {
                    Ok(origin.to_owned())
                }
                _ => Err(ConfigError::BadPushService(origin.to_owned())),
            }
        })
        .collect()
}

fn parse_bool(value: Option<String>) -> Result<Option<bool>, ConfigError> {
    match value.as_deref().map(str::to_ascii_lowercase).as_deref() {
        None => Ok(None),
        Some("false" | "0" | "no") => Ok(Some(false)),
        Some("true" | "1" | "yes") => Ok(Some(true)),
        Some(_) => Err(ConfigError::BadTls(value.unwrap_or_default())),
    }
}

fn parse_number(
    get: &impl Fn(&str) -> Option<String>,
    name: &'static str,
    default: u32,
    range: std::ops::RangeInclusive<u32>,
) -> Result<u32, ConfigError> {
    let Some(value) = get(name) else {
        return Ok(default);
    };
    match value.parse::<u32>() {
        Ok(n) if range.contains(&n) => Ok(n),
        _ => Err(ConfigError::BadNumber {
            name,
            min: *range.start(),
            max: *range.end(),
            value,
        }),
    }
}

fn parse_public_url(value: Option<String>, addr: SocketAddr) -> Result<String, ConfigError> {
    let Some(url) = value else {
        return Ok(format!("http://{addr}"));
    };
    if url.starts_with("http://") || url.starts_with("https://") {
        Ok(url.trim_end_matches('/').to_owned())
    } else {
        Err(ConfigError::BadUrl("ASKEL_PUBLIC_URL"))
    }
}

/// The address in a mailbox such as `Askel <no-reply@askel.invalid>`.
fn address_of(mailbox: &str) -> &str {
    mailbox
        .rsplit_once('<')
        .map_or(mailbox, |(_, rest)| rest.trim_end_matches('>'))
        .trim()
}

fn parse_mail_from(value: Option<String>) -> Result<String, ConfigError> {
    let from = value.unwrap_or_else(|| "Askel <no-reply@askel.invalid>".into());
    match from.parse::<lettre::message::Mailbox>() {
        Ok(_) => Ok(from),
        Err(_) => Err(ConfigError::BadMailFrom),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const URL: &str = "postgres://askel@localhost/askel";

    fn config(vars: &[(&str, &str)]) -> Result<Config, ConfigError> {
        Config::from_lookup(|name| {
            vars.iter()
                .find(|(key, _)| *key == name)
                .map(|(_, value)| (*value).to_owned())
        })
    }

    #[test]
    fn bad_settings_are_named() {
        let long_key = "k".repeat(64);
        type Vars<'a> = &'a [(&'a str, &'a str)];
        let cases: [(Vars, Option<ConfigError>); 19] = [
            (
                &[("DATABASE_URL", URL), ("ASKEL_PROXY_HEADER", "x-real-ip")],
                Some(ConfigError::BadProxyHeader("x-real-ip".into())),
            ),
            (
                &[
                    ("DATABASE_URL", URL),
                    ("ASKEL_PUBLIC_URL", "https://askel.example"),
                ],
                Some(ConfigError::HttpsWithoutSessionKey),
            ),
            (
                &[
                    ("DATABASE_URL", URL),
                    ("ASKEL_SESSION_KEY", &long_key),
                    ("ASKEL_PUBLIC_URL", "https://askel.example"),
                    ("ASKEL_TLS", "false"),
                ],
                Some(ConfigError::HttpsWithoutTls),
            ),
            (
                &[
                    ("DATABASE_URL", URL),
                    ("ASKEL_SESSION_KEY", &long_key),
                    ("ASKEL_PUBLIC_URL", "https://askel.example"),
                ],
                Some(ConfigError::HttpsWithoutSmtp),
            ),
            (
                &[
                    ("DATABASE_URL", URL),
                    ("ASKEL_SESSION_KEY", &long_key),
                    ("ASKEL_PUBLIC_URL", "https://askel.example"),
                    ("ASKEL_SMTP_URL", "smtps://user:pass@smtp.example.fi"),
                ],
                None,
            ),
            (
                &[
                    ("DATABASE_URL", URL),
                    ("ASKEL_TRUSTED_PROXIES", "10.0.0.1, proxy.local"),
                ],
                Some(ConfigError::BadTrustedProxy("proxy.local".into())),
            ),
            (
                &[("DATABASE_URL", URL), ("ASKEL_MAX_CONNECTIONS", "0")],
                Some(ConfigError::BadNumber {
                    name: "ASKEL_MAX_CONNECTIONS",
                    min: 1,
                    max: 100_000,
                    value: "0".into(),
                }),
            ),
            (
                &[
                    ("DATABASE_URL", URL),
                    ("ASKEL_SESSION_IDLE_MINUTES", "forever"),
                ],
                Some(ConfigError::BadNumber {
                    name: "ASKEL_SESSION_IDLE_MINUTES",
                    min: 1,
                    max: 1440,
                    value: "forever".into(),
                }),
            ),
            (
                &[("DATABASE_URL", URL), ("ASKEL_PUBLIC_URL", "askel.fi")],
                Some(ConfigError::BadUrl("ASKEL_PUBLIC_URL")),
            ),
            (
                &[("DATABASE_URL", URL), ("ASKEL_MAIL_FROM", "not an address")],
                Some(ConfigError::BadMailFrom),
            ),
            (&[], Some(ConfigError::MissingDatabaseUrl)),
            (
                &[("DATABASE_URL", "mysql://x")],
                Some(ConfigError::BadDatabaseUrl),
            ),
            (
                &[("DATABASE_URL", URL), ("ASKEL_ADDR", "localhost")],
                Some(ConfigError::BadAddr("localhost".into())),
            ),
            (
                &[("DATABASE_URL", URL), ("ASKEL_SESSION_KEY", "short")],
                Some(ConfigError::ShortSessionKey(5)),
            ),
            (
                &[("DATABASE_URL", URL), ("ASKEL_TLS", "maybe")],
                Some(ConfigError::BadTls("maybe".into())),
            ),
            (
                &[("DATABASE_URL", URL), ("ASKEL_DB_MAX_CONNECTIONS", "0")],
                Some(ConfigError::BadNumber {
                    name: "ASKEL_DB_MAX_CONNECTIONS",
                    min: 1,
                    max: 1000,
                    value: "0".into(),
                }),
            ),
            (
                &[
                    ("DATABASE_URL", URL),
                    ("ASKEL_SESSION_KEY", &long_key),
                    ("ASKEL_TLS", "TRUE"),
                ],
                None,
            ),
            (&[("DATABASE_URL", "postgresql:///askel?host=/tmp")], None),
            (&[("DATABASE_URL", URL), ("ASKEL_ADDR", "[::1]:8080")], None),
        ];
        for (vars, expected) in cases {
            assert_eq!(config(vars).err(), expected, "vars {vars:?}");
        }
    }

    #[test]
    fn defaults_fill_what_is_unset() {
        let config = config(&[("DATABASE_URL", URL)]).expect("valid");
        assert_eq!(config.addr.to_string(), "127.0.0.1:3000");
        assert_eq!(config.site_root, "target/site");
        assert!(config.session_key_generated);
        assert_eq!(config.session_key.len(), 64);
        assert!(!config.tls);
        assert_eq!(config.db_max_connections, 10);
        assert_eq!(config.session_idle_minutes, 30);
        assert_eq!(config.session_lifetime_hours, 12);
        assert_eq!(config.public_url, "http://127.0.0.1:3000");
        assert_eq!(config.smtp_url, None);
        assert!(config.trusted_proxies.is_empty());
        assert_eq!(config.max_connections, 1024);
    }

    #[test]
    fn an_https_address_turns_secure_cookies_on() {
        let key = "k".repeat(64);
        let config = config(&[
            ("DATABASE_URL", URL),
            ("ASKEL_SESSION_KEY", &key),
            ("ASKEL_PUBLIC_URL", "https://askel.example/"),
            ("ASKEL_SMTP_URL", "smtps://user:pass@smtp.example.fi"),
            ("ASKEL_TRUSTED_PROXIES", "10.0.0.5 2001:db8::/32"),
        ])
        .expect("valid");
        assert!(config.tls);
        assert_eq!(config.public_url, "https://askel.example");
        assert_eq!(config.trusted_proxies.len(), 2);
    }
}
