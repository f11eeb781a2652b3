//! A person's own account, on the server. Every function acts on the signed-in
//! person only: none takes an account id from the request.

use time::OffsetDateTime;

use super::{
    data_export::{AccountData, AuditData, MyData, PushDeviceData, ReadMe, SessionData},
    db::{self, Details},
    details::{FIELD_EMAIL, FIELD_PASSWORD, FIELD_PHONE},
    details_input::DetailsValues,
    personal_data::timestamp,
};
use crate::{
    accounts::{
        Role, auth_settings, begin_own_write, client_ip,
        codes::{LINK_CODE_LEN, generate, keyed_hash, normalize},
        notices::{Change, tell_owner},
        password::{hash_password, new_password_problem},
        rate_limit::{AT_ACCOUNT, FROM_NETWORK},
        rate_limits, require_role, require_signed_in,
        session::{SESSION_COOKIE, token_hash},
    },
    audit::{AuditAction, db::record},
    context::pool,
    cookies::{clear_cookie, clear_site_data, request_cookie, set_cookie},
    error::{AppError, FieldError},
    i18n::{
        FluentValue, LANGUAGE_COOKIE, LANGUAGE_COOKIE_MAX_AGE, Locale, translate, translate_args,
    },
    outbox::{Email, db::enqueue},
    personal_data::Domain,
};

/// The field a clash with another account's contact belongs to.
fn taken_contact(error: &sqlx::Error) -> Option<AppError> {
    let sqlx::Error::Database(e) = error else {
        return None;
    };
    let field = match e.constraint()? {
        "account_email_key" => FIELD_EMAIL,
        "account_phone_key" => FIELD_PHONE,
        _ => return None,
    };
    Some(AppError::field(field, "account-error-contact-taken"))
}

/// Saves new details. A new email address or phone number is a new way into
/// the account (and to reset its password), so it needs the current password,
/// voids any reset link sent before, tells the previous address, and is
/// audited. A new email address is only used once its owner follows the link
/// sent to it: until then it signs nobody in. (A new phone number is used at
/// once: Askel sends no text messages to confirm it with.)
pub async fn update_details(values: &DetailsValues) -> Result<(), AppError> {
    let me = require_signed_in()?;
    let this_year = OffsetDateTime::now_utc().year();
    let details =
        Details::parse(values, this_year).map_err(|errors| AppError::Validation { errors })?;
    let (stored, _) = db::profile(&mut *pool()?.acquire().await?, me.account_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let same_email = match (&stored.email, &details.email) {
        (Some(old), Some(new)) => old.to_lowercase() == new.to_lowercase(),
        (old, new) => old == new,
    };
    let new_email = details.email.clone().filter(|_| !same_email);
    if !same_email || stored.phone != details.phone {
        check_current_password(me.account_id, FIELD_PASSWORD, &values.current_password).await?;
    }
    if let Some(email) = &new_email
        && db::email_taken(&mut *pool()?.acquire().await?, me.account_id, email).await?
    {
        return Err(AppError::field(FIELD_EMAIL, "account-error-contact-taken"));
    }
    // The account keeps a way in while the new address waits: its old
    // email, or (when it had none) its phone, until the link is followed.
    let applied = match &new_email {
        Some(_) => Details {
            email: stored.email.clone(),
            phone: details.phone.clone().or_else(|| {
                stored
                    .email
                    .is_none()
                    .then(|| stored.phone.clone())
                    .flatten()
            }),
            ..details
        },
        None => details,
    };
    let mut tx = begin_own_write(me.account_id).await?;
    if stored.email != applied.email || stored.phone != applied.phone {
        contact_changed(&mut tx, me.account_id, stored.email.clone(), stored.locale).await?;
    }
    if let Err(error) = db::update_details(&mut tx, me.account_id, &applied).await {
        return Err(taken_contact(&error).unwrap_or_else(|| error.into()));
    }
    if let Some(email) = new_email {
        send_confirmation_link(&mut tx, me.account_id, email, stored.locale).await?;
    }
    tx.commit().await?;
    Ok(())
}

/// What follows any change of how a person signs in: reset links sent to
/// the old contact stop working, the previous address is told, and it is
/// audited.
async fn contact_changed(
    tx: &mut sqlx::PgConnection,
    account_id: i64,
    previous: Option<String>,
    locale: Locale,
) -> Result<(), AppError> {
    crate::accounts::db::cancel_reset_codes(tx, account_id).await?;
    tell_owner(tx, previous, locale, Change::Contact).await?;
    let id = Some(account_id);
    record(tx, id, id, AuditAction::ContactChanged, None).await?;
    Ok(())
}

/// How long the link to confirm a new email address works.
const CONFIRM_EMAIL_HOURS: i64 = 24;

/// Keeps `email` waiting and sends the link that puts it in use, to it.
async fn send_confirmation_link(
    tx: &mut sqlx::PgConnection,
    account_id: i64,
    email: String,
    locale: Locale,
) -> Result<(), AppError> {
    let settings = auth_settings()?;
    let code = generate(LINK_CODE_LEN);
    let expires_at = OffsetDateTime::now_utc() + time::Duration::hours(CONFIRM_EMAIL_HOURS);
    let hash = keyed_hash(&settings.code_key, &code);
    db::set_pending_email(tx, account_id, &email, &hash, expires_at).await?;
    let link = format!("{}/account/email/confirm?code={code}", settings.public_url);
    let body = translate_args(
        locale,
        "email-confirm-email-body",
        &[
            ("link", FluentValue::from(link)),
            ("hours", FluentValue::from(CONFIRM_EMAIL_HOURS)),
        ],
    );
    let message = Email {
        to: email,
        subject: translate(locale, "email-confirm-email-subject"),
        body,
        unsubscribe: None,
    };
    enqueue(tx, &message).await?;
    Ok(())
}

/// Puts a waiting email address in use with the code from its link. Anyone
/// holding the link may do it, signed in or not: the link proves the address
/// is theirs. Codes are guessed no faster than sign-ins.
pub async fn confirm_email(typed: &str) -> Result<(), AppError> {
    const FIELD_CODE: &str = "code";
    let wrong = || AppError::field(FIELD_CODE, "email-confirm-error-wrong");
    let code = normalize(typed).ok_or_else(wrong)?;
    let (pool, limits) = (pool()?, rate_limits()?);
    let network = limits
        .charge_network(&pool, FROM_NETWORK, client_ip())
        .await?;
    let hash = keyed_hash(&auth_settings()?.code_key, &code);
    let mut tx = pool.begin().await?;
    let confirmed = match db::confirm_pending_email(&mut tx, &hash).await {
        Ok(Some(confirmed)) => confirmed,
        Ok(None) => return Err(wrong()),
        Err(error) => {
            let taken = taken_contact(&error)
                .map(|_| AppError::field(FIELD_CODE, "email-confirm-error-taken"));
            return Err(taken.unwrap_or_else(|| error.into()));
        }
    };
    contact_changed(
        &mut tx,
        confirmed.account_id,
        confirmed.previous,
        confirmed.locale,
    )
    .await?;
    tx.commit().await?;
    limits.give_back(&pool, [network]).await
}

/// Checks the signed-in person's current password (typed into `field`)
/// before any transaction begins: the slow hash holds no connection or lock.
/// Guesses are rate-limited like sign-ins, on an allowance of the signed-in
/// session's own, which strangers failing to sign in cannot use up.
async fn check_current_password(account_id: i64, field: &str, typed: &str) -> Result<(), AppError> {
    if typed.is_empty() {
        return Err(AppError::field(
            field,
            "account-error-current-password-missing",
        ));
    }
    let (pool, limits) = (pool()?, rate_limits()?);
    let network = limits
        .charge_network(&pool, FROM_NETWORK, client_ip())
        .await?;
    let guess = limits
        .charge(&pool, AT_ACCOUNT, &format!("signed-in:{account_id}"))
        .await?;
    let stored = db::password_hash(&mut *pool.acquire().await?, account_id).await?;
    let charges = [network, Some(guess)];
    if limits
        .settle_password_guess(&pool, charges, typed.to_owned(), stored)
        .await?
    {
        Ok(())
    } else {
        Err(AppError::field(
            field,
            "account-error-current-password-wrong",
        ))
    }
}

pub async fn change_language(typed: &str) -> Result<(), AppError> {
    let me = require_signed_in()?;
    let locale = Locale::from_tag(typed).ok_or_else(|| {
        AppError::field(
            super::language::FIELD_LOCALE,
            "account-error-language-missing",
        )
    })?;
    let mut tx = begin_own_write(me.account_id).await?;
    db::set_locale(&mut tx, me.account_id, locale).await?;
    tx.commit().await?;
    set_cookie(
        LANGUAGE_COOKIE,
        locale.code(),
        Some(LANGUAGE_COOKIE_MAX_AGE),
    );
    Ok(())
}

/// Sets a new password after checking the current one, and signs out every
/// other browser: a person who fears someone knows their password is safe
/// again at once.
pub async fn change_password(current: &str, new: &str) -> Result<(), AppError> {
    use super::password::{FIELD_CURRENT, FIELD_NEW};

    let me = require_signed_in()?;
    let mut errors = Vec::new();
    if current.is_empty() {
        errors.push(FieldError::new(
            FIELD_CURRENT,
            "account-error-current-password-missing",
        ));
    }
    if let Some(problem) = new_password_problem(new) {
        errors.push(FieldError::new(FIELD_NEW, problem));
    }
    if !errors.is_empty() {
        return Err(AppError::Validation { errors });
    }
    // The current password first: a wrong guess costs one hash, not two.
    check_current_password(me.account_id, FIELD_CURRENT, current).await?;
    let new_hash = hash_password(new.to_owned()).await?;
    let mut tx = begin_own_write(me.account_id).await?;
    crate::accounts::db::set_password(&mut tx, me.account_id, &new_hash).await?;
    if let Some((address, locale)) =
        crate::accounts::db::notice_address(&mut tx, me.account_id).await?
    {
        tell_owner(&mut tx, address, locale, Change::Password).await?;
    }
    let this_browser = request_cookie(SESSION_COOKIE)
        .map(|token| token_hash(&token))
        .unwrap_or_default();
    db::delete_other_sessions(&mut tx, me.account_id, &this_browser).await?;
    crate::accounts::db::cancel_reset_codes(&mut tx, me.account_id).await?;
    let me = Some(me.account_id);
    record(&mut tx, me, me, AuditAction::PasswordChanged, None).await?;
    tx.commit().await?;
    Ok(())
}

/// Everything stored about the signed-in person: the account's own part,
/// then each domain's (`crate::personal_data`). The export is itself logged,
/// so the person can see when their data was taken out.
pub async fn export() -> Result<MyData, AppError> {
    let me = require_signed_in()?;
    let mut tx = pool()?.begin().await?;
    let (profile, created_at) = db::profile(&mut tx, me.account_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let id = Some(me.account_id);
    record(&mut tx, id, id, AuditAction::DataExported, None).await?;
    let sessions = db::sessions_of(&mut tx, me.account_id).await?;
    let push_devices = crate::notifications::db::push_devices(&mut tx, me.account_id).await?;
    let audit = db::audit_entries_about(&mut tx, me.account_id).await?;
    let mut data = MyData {
        read_me: ReadMe::new(profile.locale),
        exported_at: timestamp(OffsetDateTime::now_utc()),
        account: AccountData {
            role: profile.role.as_str().to_owned(),
            display_name: profile.display_name,
            email: profile.email,
            pending_email: profile.pending_email,
            phone: profile.phone,
            language: profile.locale.code().to_owned(),
            birth_year: profile.birth_year,
            gender: profile.gender,
            coach: profile.coach_name,
            created_at: timestamp(created_at),
        },
        signed_in_browsers: sessions
            .into_iter()
            .map(|s| SessionData {
                signed_in_at: timestamp(s.created_at),
                last_used_at: timestamp(s.last_seen_at),
                ends_at: timestamp(s.expires_at),
            })
            .collect(),
        notification_browsers: push_devices
            .into_iter()
            .map(|d| PushDeviceData {
                push_service: push_service_host(&d.endpoint),
                since: timestamp(d.since),
            })
            .collect(),
        audit_log: audit
            .into_iter()
            .map(|e| AuditData {
                at: timestamp(e.at),
                action: e.action,
                detail: e.detail,
                by_name: e.actor_name,
                by_role: e.actor_role.map(|role| role.as_str().to_owned()),
            })
            .collect(),
        ..MyData::default()
    };
    for domain in Domain::ALL {
        domain.export(&mut tx, me.account_id, &mut data).await?;
    }
    tx.commit().await?;
    Ok(data)
}

/// The host of a push service address: which company's service it is.
fn push_service_host(endpoint: &str) -> String {
    let after_scheme = endpoint
        .split_once("://")
        .map_or(endpoint, |(_, rest)| rest);
    after_scheme
        .split('/')
        .next()
        .unwrap_or_default()
        .to_owned()
}

/// Deletes the signed-in jobseeker's account after checking their password:
/// personal data removed, the anonymous row kept for statistics, the coach
/// told, this browser signed out.
pub async fn delete_my_account(confirmed: bool, password: &str) -> Result<(), AppError> {
    use super::deletion::{FIELD_CONFIRM, FIELD_PASSWORD};

    let me = require_role(&[Role::Jobseeker])?;
    let mut errors = Vec::new();
    if !confirmed {
        errors.push(FieldError::new(FIELD_CONFIRM, "delete-error-confirm"));
    }
    if password.is_empty() {
        errors.push(FieldError::new(
            FIELD_PASSWORD,
            "account-error-current-password-missing",
        ));
    }
    if !errors.is_empty() {
        return Err(AppError::Validation { errors });
    }
    check_current_password(me.account_id, FIELD_PASSWORD, password).await?;
    let mut tx = pool()?.begin().await?;
    let removed = db::remove_personal_data(&mut tx, me.account_id)
        .await?
        .ok_or(AppError::NotFound)?;
    if let Some(coach) = removed.coach_id {
        crate::messages::personal_data::leave_former(&mut tx, me.account_id, coach).await?;
    }
    for domain in Domain::ALL {
        domain.remove(&mut tx, me.account_id).await?;
    }
    // Recorded without the account, which must no longer be traceable.
    record(&mut tx, None, None, AuditAction::AccountDeleted, None).await?;
    if let Some(coach) = removed.coach_id {
        tell_coach(&mut tx, coach, &removed.display_name).await?;
    }
    tx.commit().await?;
    clear_cookie(SESSION_COOKIE);
    clear_site_data();
    Ok(())
}

/// Lets the coach know a jobseeker left, so they do not wait for them.
async fn tell_coach(
    conn: &mut sqlx::PgConnection,
    coach_id: i64,
    name: &str,
) -> Result<(), AppError> {
    let Some((to, locale)) = db::email_of(conn, coach_id).await? else {
        return Ok(());
    };
    let email = Email {
        to,
        subject: translate(locale, "delete-coach-email-subject"),
        body: translate_args(
            locale,
            "delete-coach-email-body",
            &[("name", FluentValue::from(name.to_owned()))],
        ),
        unsubscribe: None,
    };
    enqueue(conn, &email).await?;
    Ok(())
}
