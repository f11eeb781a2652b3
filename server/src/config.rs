//! Settings from environment variables, checked once at start-up.

use std::net::SocketAddr;

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
    #[error("ASKEL_DB_MAX_CONNECTIONS must be a whole number from 1 to 1000, not {0:?}")]
    BadMaxConnections(String),
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
        Ok(Self {
            database_url,
            addr,
            site_root: get("ASKEL_SITE_ROOT").unwrap_or_else(|| "target/site".into()),
            session_key,
            session_key_generated,
            tls: parse_bool(get("ASKEL_TLS"))?,
            db_max_connections: parse_max_connections(get("ASKEL_DB_MAX_CONNECTIONS"))?,
        })
    }
}

fn parse_bool(value: Option<String>) -> Result<bool, ConfigError> {
    match value.as_deref().map(str::to_ascii_lowercase).as_deref() {
        None | Some("false" | "0" | "no") => Ok(false),
        Some("true" | "1" | "yes") => Ok(true),
        Some(_) => Err(ConfigError::BadTls(value.unwrap_or_default())),
    }
}

fn parse_max_connections(value: Option<String>) -> Result<u32, ConfigError> {
    let Some(value) = value else { return Ok(10) };
    match value.parse::<u32>() {
        Ok(n @ 1..=1000) => Ok(n),
        _ => Err(ConfigError::BadMaxConnections(value)),
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
        let cases: [(Vars, Option<ConfigError>); 9] = [
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
                Some(ConfigError::BadMaxConnections("0".into())),
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
    }
}
