use leptos::prelude::*;
use leptos_meta::Title;

use crate::i18n::t;

/// Shown for any address that is not a page, with status 404.
#[component]
pub fn NotFoundPage() -> impl IntoView {
    #[cfg(feature = "ssr")]
    crate::context::set_page_status(http::StatusCode::NOT_FOUND);
    view! {
        <Title text=t("not-found-title")/>
        <h1>{t("not-found-title")}</h1>
        <p>{t("not-found-body")}</p>
        <p>
            <a href="/">{t("not-found-home-link")}</a>
        </p>
    }
}
