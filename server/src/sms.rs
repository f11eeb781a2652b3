//! Delivers text messages: to an HTTPS gateway when `ASKEL_SMS_URL` is set,
//! otherwise as `.txt` files in `ASKEL_SMS_DIR` for development, as email
//! goes to `.eml` files. The gateway gets `{"to", "from", "text"}` as JSON
//! with a bearer token: the shape most Finnish and international SMS
//! gateways take, or a small adapter in front of one. Errors name the
//! status, never the number or the text.

use std::time::Duration;

use serde::Serialize;

use crate::Config;

/// The configured way out for text messages.
pub enum Texter {
    Gateway {
        client: reqwest::Client,
        url: String,
        token: Option<String>,
        from: String,
    },
    Files {
        dir: std::path::PathBuf,
    },
}

#[derive(Serialize)]
struct GatewayMessage<'a> {
    to: &'a str,
    from: &'a str,
    text: &'a str,
}

impl Texter {
    /// The texter `config` asks for.
    pub fn from_config(config: &Config) -> Result<Self, String> {
        match &config.sms_url {
            Some(url) => Self::gateway(url, config.sms_token.clone(), &config.sms_from),
            None => {
                std::fs::create_dir_all(&config.sms_dir)
                    .map_err(|e| format!("ASKEL_SMS_DIR {}: {e}", config.sms_dir))?;
                Ok(Texter::Files {
                    dir: config.sms_dir.clone().into(),
                })
            }
        }
    }

    /// A texter that posts to the gateway at `url`.
    pub fn gateway(url: &str, token: Option<String>, from: &str) -> Result<Self, String> {
        // One process-wide TLS provider; lettre's may have installed it already.
        let _ = rustls::crypto::ring::default_provider().install_default();
        let client = reqwest::Client::builder()
            .timeout(Duration::from_secs(20))
            .build()
            .map_err(|e| format!("ASKEL_SMS_URL: {e}"))?;
        Ok(Texter::Gateway {
            client,
            url: url.to_owned(),
            token,
            from: from.to_owned(),
        })
    }

    /// Sends `text` to `to`; the error text is kept on the outbox row.
    pub async fn send(&self, to: &str, text: &str) -> Result<(), String> {
        match self {
            Texter::Gateway {
                client,
                url,
                token,
                from,
            } => {
                let mut request = client.post(url).json(&GatewayMessage { to, from, text });
                if let Some(token) = token {
                    request = request.bearer_auth(token);
                }
                let response = request
                    .send()
                    .await
                    .map_err(|e| format!("SMS gateway unreachable: {}", e.without_url()))?;
                if response.status().is_success() {
                    Ok(())
                } else {
                    Err(format!("SMS gateway answered {}", response.status()))
                }
            }
            Texter::Files { dir } => {
                let since_epoch = std::time::SystemTime::now()
                    .duration_since(std::time::UNIX_EPOCH)
                    .unwrap_or_default();
                let name = format!(
                    "{}-{:016x}.txt",
                    since_epoch.as_nanos(),
                    rand::random::<u64>()
                );
                tokio::fs::write(dir.join(name), format!("To: {to}\n\n{text}\n"))
                    .await
                    .map_err(|e| format!("writing the SMS file: {}", e.kind()))
            }
        }
    }
}
