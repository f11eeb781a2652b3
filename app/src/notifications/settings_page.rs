//! `/account/notifications`: how Askel contacts the person (email, text
//! message) and the hours when no text message comes.

use leptos::{prelude::*, server_fn::ServerFn};
use leptos_meta::Title;

use crate::{
    accounts::{Protected, Role},
    error::AppError,
    i18n::{FluentValue, t, t_args},
    ui::{
        BackLink, CheckboxField, Choice, FormState, FormSummary, PostForm, SelectField, done_notice,
    },
};

const FORM: &str = "notifications";

/// Saves how the signed-in person is told.
#[server(prefix = "/api", endpoint = "save-notifications")]
pub async fn save_notifications(
    email: Option<String>,
    sms: Option<String>,
    digest: Option<String>,
    quiet_from: Option<String>,
    quiet_until: Option<String>,
) -> Result<(), AppError> {
    let ticked = |value: &Option<String>| value.as_deref() == Some("yes");
    let (quiet_from, quiet_until) = (
        quiet_from.unwrap_or_default(),
        quiet_until.unwrap_or_default(),
    );
    let (email_on, sms_on, digest_on) = (ticked(&email), ticked(&sms), ticked(&digest));
    let result = super::server::save(email_on, sms_on, digest_on, &quiet_from, &quiet_until).await;
    let typed = vec![
        ("email".to_owned(), email.unwrap_or_default()),
        ("sms".to_owned(), sms.unwrap_or_default()),
        ("digest".to_owned(), digest.unwrap_or_default()),
        ("quiet_from".to_owned(), quiet_from),
        ("quiet_until".to_owned(), quiet_until),
    ];
    crate::forms::answer_form_post(FORM, typed, &result, super::SETTINGS);
    result
}

#[derive(Clone, Debug)]
struct Choices {
    email: Option<String>,
    phone: Option<String>,
    notify_email: bool,
    notify_sms: bool,
    notify_digest: bool,
    quiet_from: i16,
    quiet_until: i16,
    push: super::push_switch::PushData,
    /// How many browsers show the person's notices.
    push_devices: usize,
}

async fn load() -> Result<Choices, AppError> {
    #[cfg(feature = "ssr")]
    {
        let s = super::server::mine().await?;
        let push = super::push_switch::PushData {
            public_key: super::server::push_settings()?.public_key,
            texts: push_texts(),
        };
        Ok(Choices {
            push_devices: super::server::my_push_devices().await?,
            push,
            email: s.email,
            phone: s.phone,
            notify_email: s.notify_email,
            notify_sms: s.notify_sms,
            notify_digest: s.notify_digest,
            quiet_from: s.quiet_from,
            quiet_until: s.quiet_until,
        })
    }
    #[cfg(not(feature = "ssr"))]
    {
        Err(AppError::Internal)
    }
}

#[cfg(feature = "ssr")]
fn push_texts() -> super::push_switch::PushTexts {
    super::push_switch::PushTexts {
        turn_on: t("notify-push-turn-on"),
        turn_off: t("notify-push-turn-off"),
        on: t("notify-push-on"),
        off: t("notify-push-off"),
        working: t("notify-push-working"),
        blocked: t("notify-push-blocked"),
        failed: t("notify-push-failed"),
        unsupported: t("notify-push-unsupported"),
    }
}

/// `/account/notifications`.
#[component]
pub fn NotificationsPage() -> impl IntoView {
    view! {
        <Protected roles=&Role::ALL>
            <Title text=t("notify-title")/>
            <BackLink href="/account" label=t("account-back")/>
            <h1>{t("notify-title")}</h1>
            {crate::ui::loaded_page(load, |choices| view! { <Form choices/> }, "/account", "account-back")}
        </Protected>
    }
}

#[component]
fn Form(choices: Choices) -> impl IntoView {
    let state = FormState::take(FORM);
    let refused = state.posted("quiet_from").is_some();
    let hours = || {
        (0..24)
            .map(|h| Choice::new(h.to_string(), format!("{h:02}.00")))
            .collect::<Vec<_>>()
    };
    let (from, until) = if refused {
        (state.value("quiet_from"), state.value("quiet_until"))
    } else {
        (
            choices.quiet_from.to_string(),
            choices.quiet_until.to_string(),
        )
    };
    let ticked = |name: &str, stored: bool| match refused {
        true => state.value(name) == "yes",
        false => stored,
    };
    let email = choices.email.map(|address| {
        let label = t_args(
            "notify-by-email",
            &[("address", FluentValue::from(address))],
        );
        let checked = ticked("email", choices.notify_email);
        let digest = ticked("digest", choices.notify_digest);
        view! {
            <CheckboxField state=state.clone() name="email" label checked/>
            <CheckboxField state=state.clone() name="digest" label=t("notify-digest") checked=digest/>
        }
    });
    let sms = match choices.phone {
        Some(phone) => {
            let label = t_args("notify-by-sms", &[("phone", FluentValue::from(phone))]);
            let checked = ticked("sms", choices.notify_sms);
            view! { <CheckboxField state=state.clone() name="sms" label checked/> }.into_any()
        }
        None => view! { <p class="hint">{t("notify-no-phone")}</p> }.into_any(),
    };
    view! {
        <p>{t("notify-intro")}</p>
        {done_notice(&state, "notify-saved")}
        <FormSummary state=state.clone()/>
        <PostForm action=SaveNotifications::url()>
            <fieldset class="field">
                <legend>{t("notify-channels")}</legend>
                {email}
                {sms}
            </fieldset>
            <fieldset class="field">
                <legend>{t("notify-quiet")}</legend>
                <p class="hint">{t("notify-quiet-hint")}</p>
                <SelectField state=state.clone() name="quiet_from" label=t("notify-quiet-from") options=hours() selected=from/>
                <SelectField state name="quiet_until" label=t("notify-quiet-until") options=hours() selected=until/>
            </fieldset>
            <button type="submit" class="button">{t("notify-save")}</button>
        </PostForm>
        <PushSection push=choices.push devices=choices.push_devices/>
    }
}

/// Notices on the phone's own screen: the switch for this browser (with
/// JavaScript), and a plain form that stops them in every browser.
#[component]
fn PushSection(push: super::push_switch::PushData, devices: usize) -> impl IntoView {
    let state = FormState::take(super::push_switch::FORM_PUSH);
    let count = t_args(
        "notify-push-devices",
        &[("count", FluentValue::from(devices))],
    );
    let stop = (devices > 0).then(|| {
        view! {
            <PostForm action=super::StopPushEverywhere::url()>
                <button type="submit" class="button button--secondary">{t("notify-push-stop-all")}</button>
            </PostForm>
        }
    });
    view! {
        <section class="push" aria-labelledby="notify-push-heading">
            <h2 id="notify-push-heading">{t("notify-push-heading")}</h2>
            <p>{t("notify-push-intro")}</p>
            {done_notice(&state, "notify-push-stopped")}
            <p>{count}</p>
            <super::PushSwitch data=push/>
            <noscript><p class="hint">{t("notify-push-needs-script")}</p></noscript>
            {stop}
        </section>
    }
}
