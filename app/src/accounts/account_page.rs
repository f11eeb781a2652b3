use leptos::prelude::*;
use leptos_meta::Title;

use super::{Protected, Role, SignOutButton, current_user};
use crate::{
    forms::take_flash,
    i18n::{FluentValue, t, t_args},
};

/// "My account": who is signed in, and what they can do with their account.
#[component]
pub fn AccountPage() -> impl IntoView {
    view! {
        <Protected roles=&Role::ALL>
            <AccountContent/>
        </Protected>
    }
}

#[component]
fn AccountContent() -> impl IntoView {
    let user = current_user();
    let just_joined = take_flash(super::join::FORM).is_some_and(|flash| flash.done);
    let name = user
        .as_ref()
        .map(|u| u.display_name.clone())
        .unwrap_or_default();
    let role = user.map(|u| t(u.role.message_id())).unwrap_or_default();
    view! {
        <Title text=t("account-title")/>
        <h1>{t("account-heading")}</h1>
        {just_joined.then(|| view! {
            <p class="notice" role="status">{t("account-welcome")}</p>
        })}
        <dl class="summary-list">
            <div>
                <dt>{t("account-name")}</dt>
                <dd>{name.clone()}</dd>
            </div>
            <div>
                <dt>{t("account-role")}</dt>
                <dd>{role}</dd>
            </div>
        </dl>
        <p>{t_args("account-signed-in-as", &[("name", FluentValue::from(name))])}</p>
        <SignOutButton/>
    }
}
