use leptos::prelude::*;
use leptos_meta::Title;

use crate::i18n::t;

/// Where signing out lands: says it worked, and how to come back.
#[component]
pub fn SignedOutPage() -> impl IntoView {
    view! {
        <Title text=t("signed-out-title")/>
        <h1>{t("signed-out-title")}</h1>
        <p>{t("signed-out-body")}</p>
        <p><a href="/sign-in">{t("signed-out-sign-in-link")}</a></p>
    }
}
