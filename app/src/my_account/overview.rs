use leptos::{prelude::*, server_fn::ServerFn};
use leptos_meta::Title;

use super::{
    MyDataDownload,
    profile::{Profile, load_profile},
};
use crate::{
    accounts::{Protected, Role, SignOutButton, gender_label},
    forms::take_flash,
    i18n::{FluentValue, t, t_args, translate},
};

/// Forms that come back to this page when they succeed, and what to say then.
const SAVED_NOTICES: [(&str, &str); 4] = [
    (crate::accounts::JOIN_FORM, "account-welcome"),
    (super::details::FORM, "account-details-saved"),
    (super::language::FORM, "account-language-saved"),
    (super::password::FORM, "account-password-saved"),
];

/// "My account": what Askel knows about the person and what they can do
/// with it.
#[component]
pub fn AccountPage() -> impl IntoView {
    view! {
        <Protected roles=&Role::ALL>
            <AccountContent/>
        </Protected>
    }
}

/// The notice of the form that just brought the person here, if any.
fn saved_notice() -> Option<String> {
    SAVED_NOTICES
        .iter()
        .find_map(|(form, key)| take_flash(form).filter(|f| f.done).map(|_| t(key)))
}

#[component]
fn AccountContent() -> impl IntoView {
    let notice = saved_notice();
    view! {
        <Title text=t("account-title")/>
        <h1>{t("account-heading")}</h1>
        {notice.map(|notice| view! { <p class="notice" role="status">{notice}</p> })}
        <Suspense>
            {move || Suspend::new(async move {
                match load_profile().await {
                    Ok(profile) => view! { <AccountSections profile/> }.into_any(),
                    Err(error) => view! { <p>{t(error.message_key())}</p> }.into_any(),
                }
            })}
        </Suspense>
        <SignOutButton/>
    }
}

/// A stored value, or "not given" for an empty optional one.
fn or_not_given(value: Option<String>) -> String {
    value.unwrap_or_else(|| t("account-not-given"))
}

#[component]
fn AccountSections(profile: Profile) -> impl IntoView {
    let is_jobseeker = profile.role == Role::Jobseeker;
    let language = translate(profile.locale, "language-self-name");
    let language_lang = profile.locale.lang_unless(crate::i18n::use_locale());
    let jobseeker_rows = is_jobseeker.then(|| {
        view! {
            <div>
                <dt>{t("join-birth-year-label")}</dt>
                <dd>{or_not_given(profile.birth_year.map(|y| y.to_string()))}</dd>
            </div>
            <div>
                <dt>{t("join-gender-legend")}</dt>
                <dd>{gender_label(profile.gender.as_deref())}</dd>
            </div>
            <div>
                <dt>{t("account-coach")}</dt>
                <dd>{or_not_given(profile.coach_name.clone())}</dd>
            </div>
        }
    });
    view! {
        <section aria-labelledby="account-details-heading">
            <h2 id="account-details-heading">{t("account-details-heading")}</h2>
            <dl class="summary-list">
                <div>
                    <dt>{t("account-name")}</dt>
                    <dd>{profile.display_name.clone()}</dd>
                </div>
                <div>
                    <dt>{t("account-email")}</dt>
                    <dd>
                        {or_not_given(profile.email.clone())}
                        {profile.pending_email.clone().map(|address| view! {
                            <p class="hint">{t_args("account-email-pending", &[("address", FluentValue::from(address))])}</p>
                        })}
                    </dd>
                </div>
                <div>
                    <dt>{t("account-phone")}</dt>
                    <dd>{or_not_given(profile.phone.clone())}</dd>
                </div>
                {jobseeker_rows}
                <div>
                    <dt>{t("account-role")}</dt>
                    <dd>{t(profile.role.message_id())}</dd>
                </div>
            </dl>
            <p><a href="/account/details">{t("account-change-details")}</a></p>
        </section>
        <section aria-labelledby="account-language-heading">
            <h2 id="account-language-heading">{t("account-language-heading")}</h2>
            <p>{t("account-language-now")}" "<span lang=language_lang>{language}</span></p>
            <p><a href="/account/language">{t("account-change-language")}</a></p>
        </section>
        <section aria-labelledby="account-notify-heading">
            <h2 id="account-notify-heading">{t("notify-title")}</h2>
            <p><a href=crate::notifications::SETTINGS>{t("notify-change")}</a></p>
        </section>
        {is_jobseeker.then(|| view! {
            <section aria-labelledby="account-employers-heading">
                <h2 id="account-employers-heading">{t("contact-consent-title")}</h2>
                <p><a href=crate::employer_contacts::CONSENT>{t("account-employers-change")}</a></p>
            </section>
        })}
        <section aria-labelledby="account-password-heading">
            <h2 id="account-password-heading">{t("account-password-heading")}</h2>
            <p><a href="/account/password">{t("account-change-password")}</a></p>
        </section>
        <section aria-labelledby="account-data-heading">
            <h2 id="account-data-heading">{t("account-data-heading")}</h2>
            <p>{t("account-data-intro")}</p>
            <p><a href=MyDataDownload::url() download=super::data_export::FILE_NAME>{t("account-data-download")}</a></p>
        </section>
        {is_jobseeker.then(|| view! {
            <section aria-labelledby="account-delete-heading">
                <h2 id="account-delete-heading">{t("account-delete-heading")}</h2>
                <p>{t("account-delete-intro")}</p>
                <p><a href="/account/delete">{t("account-delete-link")}</a></p>
            </section>
        })}
    }
}
