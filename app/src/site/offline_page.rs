use leptos::prelude::*;
use leptos_meta::Title;

use crate::i18n::t;

/// What the service worker shows when a page cannot be fetched. It is cached
/// once per language, so it must not depend on anything but the locale.
#[component]
pub fn OfflinePage() -> impl IntoView {
    view! {
        <Title text=t("offline-title")/>
        <h1>{t("offline-title")}</h1>
        <p>{t("offline-body")}</p>
        <p>{t("offline-saved-work")}</p>
        <p>
            <a href="/">{t("offline-retry")}</a>
        </p>
    }
}
