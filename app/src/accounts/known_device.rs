//! A browser that has signed in to an account before carries a sealed
//! "known device" cookie bound to that account. Its failed guesses count
//! against an allowance of its own, so a stranger who uses up the account's
//! allowance from elsewhere never locks the person out of their own phone.

use crate::{
    accounts::auth_settings,
    cookies::{request_cookie, set_cookie},
    seal,
};

const DEVICE_COOKIE: &str = "askel_device";
/// A year: Chromium keeps no cookie longer than 400 days anyway.
const DEVICE_COOKIE_MAX_AGE: u32 = 365 * 24 * 60 * 60;
const PURPOSE: &str = "known device";

/// The rate-limit subject of this browser for `account_id`, if it signed in
/// to that account before.
pub fn known_device(account_id: i64) -> Option<String> {
    let settings = auth_settings().ok()?;
    let cookie = request_cookie(DEVICE_COOKIE)?;
    let device = seal::open(
        &settings.code_key,
        PURPOSE,
        &account_id.to_string(),
        &cookie,
    )?;
    let device: String = device.iter().map(|b| format!("{b:02x}")).collect();
    Some(format!("device:{account_id}:{device}"))
}

/// Marks this browser as one that signed in to `account_id` (keeping the
/// device id it had, so its allowance is not reset by signing in again).
pub fn remember_device(account_id: i64) {
    let Ok(settings) = auth_settings() else {
        return;
    };
    let bound_to = account_id.to_string();
    let kept = request_cookie(DEVICE_COOKIE)
        .filter(|cookie| seal::open(&settings.code_key, PURPOSE, &bound_to, cookie).is_some());
    let cookie = kept.unwrap_or_else(|| {
        let device: [u8; 16] = rand::random();
        seal::seal(&settings.code_key, PURPOSE, &bound_to, &device)
    });
    set_cookie(DEVICE_COOKIE, &cookie, Some(DEVICE_COOKIE_MAX_AGE));
}
