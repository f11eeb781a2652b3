//! Slows down password and code guessing: a few attempts per account and a
//! more generous allowance per IP address (a job centre's computer room shares
//! one address). Kept in memory per instance; the limits are low enough that
//! several instances together still stop guessing.

use std::{net::IpAddr, num::NonZeroU32, time::Duration};

use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter};

use crate::error::AppError;

/// Attempts allowed at once for one account, then one more every minute.
const ACCOUNT_BURST: u32 = 10;
const ACCOUNT_REFILL: Duration = Duration::from_secs(60);
/// Attempts allowed at once from one address, then one more every 2 seconds.
const IP_BURST: u32 = 60;
const IP_REFILL: Duration = Duration::from_secs(2);

/// The address a request came from, as the server saw it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ClientIp(pub IpAddr);

/// The limiters for sign-in and code attempts.
pub struct RateLimits {
    per_account: DefaultKeyedRateLimiter<String>,
    per_ip: DefaultKeyedRateLimiter<IpAddr>,
}

impl Default for RateLimits {
    fn default() -> Self {
        Self {
            per_account: RateLimiter::keyed(quota(ACCOUNT_BURST, ACCOUNT_REFILL)),
            per_ip: RateLimiter::keyed(quota(IP_BURST, IP_REFILL)),
        }
    }
}

fn quota(burst: u32, refill: Duration) -> Quota {
    // Both constants are non-zero, so neither call can fail.
    Quota::with_period(refill)
        .expect("refill period is non-zero")
        .allow_burst(NonZeroU32::new(burst).expect("burst is non-zero"))
}

impl RateLimits {
    /// Counts one attempt for `account` (any text naming the account tried,
    /// normalised) from `ip`; refuses when either has run out.
    pub fn check(&self, account: Option<&str>, ip: Option<ClientIp>) -> Result<(), AppError> {
        let ip_ok = ip.is_none_or(|ClientIp(ip)| self.per_ip.check_key(&ip).is_ok());
        let account_ok =
            account.is_none_or(|key| self.per_account.check_key(&key.to_lowercase()).is_ok());
        if ip_ok && account_ok {
            Ok(())
        } else {
            Err(AppError::RateLimited)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_account_is_limited_whatever_the_address() {
        let limits = RateLimits::default();
        let ip = |n| Some(ClientIp(IpAddr::from([10, 0, 0, n])));
        for n in 0..ACCOUNT_BURST {
            assert!(limits.check(Some("maija@example.fi"), ip(n as u8)).is_ok());
        }
        assert_eq!(
            limits.check(Some("MAIJA@example.fi"), ip(200)),
            Err(AppError::RateLimited)
        );
        assert!(limits.check(Some("matti@example.fi"), ip(200)).is_ok());
    }

    #[test]
    fn an_address_is_limited_whatever_the_account() {
        let limits = RateLimits::default();
        let ip = Some(ClientIp(IpAddr::from([10, 0, 0, 1])));
        for n in 0..IP_BURST {
            assert!(limits.check(Some(&format!("user{n}")), ip).is_ok());
        }
        assert_eq!(limits.check(Some("new"), ip), Err(AppError::RateLimited));
        assert!(
            limits
                .check(Some("new"), Some(ClientIp(IpAddr::from([10, 0, 0, 2]))))
                .is_ok()
        );
    }
}
