//! Slows down password and code guessing and floods of feedback, with limits
//! that hold across every server process: each limit is a row in PostgreSQL
//! holding one time (GCRA, the generic cell rate algorithm: the moment the
//! key's allowance is whole again), taken and moved in one statement.
//!
//! Keys are HMAC-SHA-256 of what is limited (a network, an account, a
//! contact as typed after normalising), under a key derived from the session
//! key: the table holds no addresses or contacts, every key has the same
//! size however long the input, and rows whose allowance is whole again are
//! pruned by the worker. The address is checked first, so a flood from one
//! network stops before anything else is looked at.

use std::{net::IpAddr, time::Duration};

use hmac::{Hmac, Mac};
use sha2::Sha256;

use super::{Identifier, db};
use crate::error::AppError;

/// One kind of limit: `burst` attempts at once, then one more every `refill`.
#[derive(Clone, Copy, Debug)]
pub struct Limit {
    /// Stored with each key; also keeps the keys of different limits apart.
    pub name: &'static str,
    pub burst: u32,
    pub refill: Duration,
}

/// Failed sign-ins and code tries from one network (an IPv4 address, an IPv6
/// /64): generous, as a job centre's computer room shares one address.
pub const FROM_NETWORK: Limit = Limit {
    name: "network",
    burst: 60,
    refill: Duration::from_secs(2),
};

/// Failed password guesses at one account, whatever the address.
pub const AT_ACCOUNT: Limit = Limit {
    name: "account",
    burst: 10,
    refill: Duration::from_secs(60),
};

/// Failed guesses at one account from a browser that signed in to it before:
/// a stranger using up [`AT_ACCOUNT`] does not lock the person out of their
/// own phone.
pub const FROM_KNOWN_DEVICE: Limit = Limit {
    name: "device",
    burst: 10,
    refill: Duration::from_secs(60),
};

/// Reset links asked for one email address from one network (each one
/// sends an email).
pub const RESET_LINKS: Limit = Limit {
    name: "reset-link",
    burst: 5,
    refill: Duration::from_secs(600),
};

/// Feedback from one network.
pub const FEEDBACK: Limit = Limit {
    name: "feedback",
    burst: 20,
    refill: Duration::from_secs(60),
};

/// The address a request came from: the TCP peer, or what a trusted reverse
/// proxy says the client was.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ClientIp(pub IpAddr);

impl ClientIp {
    /// The network one person controls: an IPv4 address, or the /64 an IPv6
    /// host chooses its addresses from at will.
    pub fn network(self) -> String {
        match self.0 {
            IpAddr::V4(ip) => ip.to_string(),
            IpAddr::V6(ip) => match ip.to_ipv4_mapped() {
                Some(ip) => ip.to_string(),
                None => {
                    let bits = u128::from(ip) & !((1u128 << 64) - 1);
                    format!("{}/64", std::net::Ipv6Addr::from(bits))
                }
            },
        }
    }
}

/// What an account limit counts against: the account, or (for a contact
/// with no account) the normalised contact, so every spelling of one phone
/// number shares one allowance.
pub fn account_subject(account_id: Option<i64>, contact: Option<&Identifier>) -> String {
    match (account_id, contact) {
        (Some(id), _) => format!("account:{id}"),
        (None, Some(contact)) => format!("contact:{}", contact.as_str().to_lowercase()),
        (None, None) => "contact:".to_owned(),
    }
}

/// The limiter: only a key, the counts live in PostgreSQL.
pub struct RateLimits {
    key: Vec<u8>,
}

/// One attempt counted, to be given back if the attempt succeeds: only
/// failures use up an allowance.
#[must_use = "give a charge back when the attempt succeeds"]
pub struct Charge {
    limit: Limit,
    key: Vec<u8>,
}

impl RateLimits {
    /// A limiter keyed from the server's secret.
    pub fn new(secret: &[u8]) -> Self {
        let mut mac = Hmac::<Sha256>::new_from_slice(secret).expect("HMAC accepts any key length");
        mac.update(b"askel rate limits");
        Self {
            key: mac.finalize().into_bytes().to_vec(),
        }
    }

    fn key_of(&self, limit: Limit, subject: &str) -> Vec<u8> {
        let mut mac =
            Hmac::<Sha256>::new_from_slice(&self.key).expect("HMAC accepts any key length");
        mac.update(limit.name.as_bytes());
        mac.update(&[0]);
        mac.update(subject.as_bytes());
        mac.finalize().into_bytes().to_vec()
    }

    /// Counts one attempt at `subject`; refuses when its allowance is used up.
    pub async fn charge(
        &self,
        pool: &sqlx::PgPool,
        limit: Limit,
        subject: &str,
    ) -> Result<Charge, AppError> {
        let key = self.key_of(limit, subject);
        let allowed = db::take_attempt(
            pool,
            limit.name,
            &key,
            limit.refill.as_secs_f64(),
            f64::from(limit.burst) * limit.refill.as_secs_f64(),
        )
        .await?;
        if allowed {
            Ok(Charge { limit, key })
        } else {
            Err(AppError::RateLimited)
        }
    }

    /// Counts one attempt from the request's network, when it is known.
    pub async fn charge_network(
        &self,
        pool: &sqlx::PgPool,
        limit: Limit,
        ip: Option<ClientIp>,
    ) -> Result<Option<Charge>, AppError> {
        match ip {
            Some(ip) => Ok(Some(self.charge(pool, limit, &ip.network()).await?)),
            None => Ok(None),
        }
    }

    /// Gives back attempts that succeeded.
    pub async fn give_back(
        &self,
        pool: &sqlx::PgPool,
        charges: impl IntoIterator<Item = Option<Charge>>,
    ) -> Result<(), AppError> {
        for charge in charges.into_iter().flatten() {
            db::give_back_attempt(
                pool,
                charge.limit.name,
                &charge.key,
                charge.limit.refill.as_secs_f64(),
            )
            .await?;
        }
        Ok(())
    }

    /// Checks a password guess whose attempts (`charges`) are already taken:
    /// a right password, or our own failure to check it (hashing saturated),
    /// gives them back; only a wrong guess keeps them.
    pub async fn settle_password_guess(
        &self,
        pool: &sqlx::PgPool,
        charges: [Option<Charge>; 2],
        typed: String,
        stored: Option<String>,
    ) -> Result<bool, AppError> {
        let verified = super::password::verify_password(typed, stored).await;
        if !matches!(verified, Ok(false)) {
            self.give_back(pool, charges).await?;
        }
        verified
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_ipv6_host_is_one_network_with_its_whole_64() {
        let network = |ip: &str| ClientIp(ip.parse().expect("address")).network();
        assert_eq!(network("192.0.2.7"), "192.0.2.7");
        assert_eq!(network("::ffff:192.0.2.7"), "192.0.2.7");
        assert_eq!(network("2001:db8:1:2:aaaa::1"), "2001:db8:1:2::/64");
        assert_eq!(
            network("2001:db8:1:2:ffff:ffff:ffff:ffff"),
            network("2001:db8:1:2::9")
        );
        assert_ne!(network("2001:db8:1:3::1"), network("2001:db8:1:2::1"));
    }

    #[test]
    fn every_spelling_of_a_contact_counts_as_one() {
        let subject = |typed: &str| account_subject(None, Identifier::parse(typed).as_ref());
        assert_eq!(subject("040 123 4567"), subject("+358401234567"));
        assert_eq!(subject("0401234567"), subject("+358 40 123 4567"));
        assert_eq!(subject("Maija@Example.fi"), subject("maija@example.fi"));
        assert_eq!(account_subject(Some(7), None), "account:7");
    }

    #[test]
    fn keys_have_one_size_and_differ_by_limit_and_secret() {
        let limits = RateLimits::new(b"secret");
        let long = "x".repeat(100_000);
        assert_eq!(limits.key_of(AT_ACCOUNT, &long).len(), 32);
        assert_ne!(
            limits.key_of(AT_ACCOUNT, "account:1"),
            limits.key_of(FROM_KNOWN_DEVICE, "account:1")
        );
        assert_ne!(
            limits.key_of(AT_ACCOUNT, "account:1"),
            RateLimits::new(b"other").key_of(AT_ACCOUNT, "account:1")
        );
    }
}
