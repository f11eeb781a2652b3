//! Delivers Web Push notices (RFC 8030): the payload encrypted to the
//! browser's key (RFC 8291, aes128gcm, by `web-push-native`), the request
//! signed with the server's VAPID key (RFC 8292, ES256 by `p256`), posted to
//! the browser's push service. A subscription the service says is gone
//! (404, 410) is forgotten; any other refusal (a 403 may be the server's own
//! fault: its clock, its key) is retried with the outbox's back-off until the
//! notice is no longer worth showing. Errors name the status, never the
//! address or the payload.

use std::{sync::Arc, time::Duration};

use app::notifications::{
    db,
    push::{LIFETIME_SECS, PushNotice, PushSettings},
};
use base64::{Engine, engine::general_purpose::URL_SAFE_NO_PAD};
use p256::ecdsa::{Signature, SigningKey, signature::Signer};
use sqlx::PgPool;
use web_push_native::{Auth, WebPushBuilder, p256::PublicKey};

use crate::Config;

/// A VAPID token is good for this long (RFC 8292 allows at most 24 hours).
const TOKEN_LIFETIME_SECS: u64 = 12 * 3600;

/// A P-256 private key from its 32 bytes in base64url, if it is one.
pub fn parse_private_key(text: &str) -> Option<[u8; 32]> {
    let bytes = URL_SAFE_NO_PAD
        .decode(text.trim().trim_end_matches('='))
        .ok()?;
    let bytes: [u8; 32] = bytes.try_into().ok()?;
    SigningKey::from_slice(&bytes).ok().map(|_| bytes)
}

/// The server's VAPID key pair.
#[derive(Clone)]
pub struct VapidKey {
    signing: SigningKey,
}

impl VapidKey {
    /// The configured key, or one derived from the session key: every
    /// process with the same session key signs with the same key, which
    /// browsers' subscriptions are bound to.
    pub fn from_config(config: &Config) -> Self {
        if let Some(signing) = config
            .vapid_private_key
            .and_then(|bytes| SigningKey::from_slice(&bytes).ok())
        {
            return Self { signing };
        }
        Self {
            signing: derived_key(&config.session_key),
        }
    }

    /// The public key browsers subscribe with: an uncompressed P-256 point.
    pub fn public_key(&self) -> Vec<u8> {
        self.signing
            .verifying_key()
            .to_encoded_point(false)
            .as_bytes()
            .to_vec()
    }

    /// The `Authorization` header for a request to `endpoint` at `now`
    /// (seconds since 1970): a JWT whose audience is the push service's
    /// origin, port included.
    pub fn authorization(&self, endpoint: &http::Uri, subject: &str, now: u64) -> Option<String> {
        // The origin as the push service names itself: hosts are compared
        // without case, and a browser may have sent capitals.
        let origin =
            format!("{}://{}", endpoint.scheme_str()?, endpoint.authority()?).to_ascii_lowercase();
        let header = URL_SAFE_NO_PAD.encode(r#"{"typ":"JWT","alg":"ES256"}"#);
        let claims = format!(
            r#"{{"aud":"{origin}","exp":{},"sub":"{subject}"}}"#,
            now + TOKEN_LIFETIME_SECS
        );
        let signed = format!("{header}.{}", URL_SAFE_NO_PAD.encode(claims));
        let signature: Signature = self.signing.sign(signed.as_bytes());
        Some(format!(
            "vapid t={signed}.{}, k={}",
            URL_SAFE_NO_PAD.encode(signature.to_bytes()),
            URL_SAFE_NO_PAD.encode(self.public_key())
        ))
    }
}

/// A key from the session key's hash with a label of its own, so that the
/// two never stand for each other; hashed again in the rare case the first
/// hash is not a valid P-256 scalar.
fn derived_key(session_key: &[u8]) -> SigningKey {
    use sha2::{Digest, Sha256};
    let mut seed = Sha256::new()
        .chain_update(b"askel web push vapid key\0")
        .chain_update(session_key)
        .finalize();
    loop {
        if let Ok(key) = SigningKey::from_slice(&seed) {
            return key;
        }
        seed = Sha256::digest(seed);
    }
}

/// What pages and server functions need to know.
pub fn settings(config: &Config) -> PushSettings {
    PushSettings {
        public_key: VapidKey::from_config(config).public_key(),
        services: config.push_services.clone().into(),
    }
}

/// The way out for push notices.
pub struct Pusher {
    client: reqwest::Client,
    key: VapidKey,
    subject: String,
    services: Arc<[String]>,
    pool: PgPool,
}

impl Pusher {
    pub fn from_config(config: &Config, pool: PgPool) -> Result<Self, String> {
        // One process-wide TLS provider; lettre's may have installed it already.
        let _ = rustls::crypto::ring::default_provider().install_default();
        let client = reqwest::Client::builder()
            .timeout(Duration::from_secs(20))
            // A push service answers; it never sends Askel elsewhere.
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .map_err(|e| format!("push client: {e}"))?;
        Ok(Self {
            client,
            key: VapidKey::from_config(config),
            subject: config.vapid_subject.clone(),
            services: config.push_services.clone().into(),
            pool,
        })
    }

    /// Sends `payload` to the browser the outbox row names (`subscription`,
    /// its id). A subscription that is gone is forgotten, and the notice
    /// counts as done: there is nobody left to send it to; so does a notice
    /// past its time.
    pub async fn send(&self, subscription: &str, payload: &str) -> Result<(), String> {
        let Ok(id) = subscription.parse::<i64>() else {
            return Ok(());
        };
        let now = unix_now();
        let left = serde_json::from_str::<PushNotice>(payload).map_or(0, |n| n.until - now);
        if left <= 0 {
            tracing::info!(subscription = id, "push notice past its time; dropped");
            return Ok(());
        }
        let mut conn = self.pool.acquire().await.map_err(|e| e.to_string())?;
        let Some(target) = db::push_target(&mut conn, id)
            .await
            .map_err(|e| e.to_string())?
        else {
            return Ok(());
        };
        // Held no longer than the lookup: the push service may be slow.
        drop(conn);
        let lifetime = Duration::from_secs(left.min(LIFETIME_SECS).unsigned_abs());
        let request = match self.request(&target, payload, lifetime, now) {
            Some(request) => request,
            None => return self.forget(id).await,
        };
        let response = self
            .client
            .execute(request)
            .await
            .map_err(|e| format!("push service unreachable: {}", e.without_url()))?;
        match response.status().as_u16() {
            200..=299 => Ok(()),
            404 | 410 => self.forget(id).await,
            status => Err(format!("push service answered {status}")),
        }
    }

    /// The signed, encrypted request for `target`; `None` when its address
    /// is no longer at a listed service or its keys cannot be used.
    fn request(
        &self,
        target: &db::PushTarget,
        payload: &str,
        lifetime: Duration,
        now: i64,
    ) -> Option<reqwest::Request> {
        if !app::notifications::push::allowed(&self.services, &target.endpoint) {
            return None;
        }
        let endpoint: http::Uri = target.endpoint.parse().ok()?;
        let browser_key = PublicKey::from_sec1_bytes(&target.p256dh).ok()?;
        let auth = <[u8; 16]>::try_from(target.auth.as_slice()).ok()?;
        let authorization = self
            .key
            .authorization(&endpoint, &self.subject, now.unsigned_abs())?;
        let mut request = WebPushBuilder::new(endpoint, browser_key, Auth::from(auth))
            .with_valid_duration(lifetime)
            .build(payload.as_bytes().to_vec())
            .ok()?;
        request
            .headers_mut()
            .insert(http::header::AUTHORIZATION, authorization.parse().ok()?);
        reqwest::Request::try_from(request).ok()
    }

    async fn forget(&self, id: i64) -> Result<(), String> {
        let mut conn = self.pool.acquire().await.map_err(|e| e.to_string())?;
        db::forget_push_subscription(&mut conn, id)
            .await
            .map_err(|e| e.to_string())?;
        tracing::info!(subscription = id, "push subscription gone; forgotten");
        Ok(())
    }
}

fn unix_now() -> i64 {
    time::OffsetDateTime::now_utc().unix_timestamp()
}

#[cfg(test)]
mod tests {
    use p256::ecdsa::{VerifyingKey, signature::Verifier};

    use super::*;

    #[test]
    fn the_vapid_token_names_the_push_service_with_its_port_and_verifies() {
        let key = VapidKey {
            signing: derived_key(b"a session key for the test"),
        };
        let endpoint: http::Uri = "http://127.0.0.1:3101/push/7".parse().unwrap();
        let header = key
            .authorization(&endpoint, "mailto:ops@askel.example", 1_000)
            .unwrap();
        let (token, k) = header
            .strip_prefix("vapid t=")
            .and_then(|rest| rest.split_once(", k="))
            .unwrap();
        assert_eq!(URL_SAFE_NO_PAD.decode(k).unwrap(), key.public_key());
        let (signed, signature) = token.rsplit_once('.').unwrap();
        let claims = URL_SAFE_NO_PAD
            .decode(signed.split_once('.').unwrap().1)
            .unwrap();
        assert_eq!(
            String::from_utf8(claims).unwrap(),
            r#"{"aud":"http://127.0.0.1:3101","exp":44200,"sub":"mailto:ops@askel.example"}"#
        );
        let signature = Signature::from_slice(&URL_SAFE_NO_PAD.decode(signature).unwrap()).unwrap();
        let verifying = VerifyingKey::from_sec1_bytes(&key.public_key()).unwrap();
        assert!(verifying.verify(signed.as_bytes(), &signature).is_ok());
        // Another key's token does not verify.
        let other = derived_key(b"another session key");
        let forged: Signature = other.sign(signed.as_bytes());
        assert!(verifying.verify(signed.as_bytes(), &forged).is_err());
    }

    #[test]
    fn a_configured_key_is_32_bytes_of_a_valid_scalar() {
        let bytes = URL_SAFE_NO_PAD.encode([7u8; 32]);
        assert_eq!(parse_private_key(&bytes), Some([7u8; 32]));
        assert_eq!(parse_private_key(&URL_SAFE_NO_PAD.encode([0u8; 32])), None);
        assert_eq!(
            parse_private_key(&URL_SAFE_NO_PAD.encode([0xffu8; 32])),
            None
        );
        assert_eq!(parse_private_key("not base64!"), None);
        assert_eq!(parse_private_key(&URL_SAFE_NO_PAD.encode([7u8; 31])), None);
    }
}
